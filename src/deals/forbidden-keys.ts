// JSON.parse creates *own* `__proto__` keys, and valibot's record/object
// schemas skip such keys silently instead of failing. A deal containing one is
// hostile or corrupt, so we reject it outright before the schema runs.
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Path to the first forbidden key anywhere in `value`, or null when clean. */
export function findForbiddenKey(value: unknown, path: readonly (string | number)[] = []): string | null {
  const found = forbiddenPath(value);
  return found === null ? null : [...path, ...found].join('.');
}

/** The steps down to the first forbidden key, built only when there is one (every stored deal is walked at start). */
function forbiddenPath(value: unknown): (string | number)[] | null {
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = forbiddenPath(value[i]);
      if (found === null) continue;
      found.unshift(i);
      return found;
    }
    return null;
  }
  // Own keys only: Object.keys includes an own `__proto__` made by JSON.parse.
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return [key];
    const found = forbiddenPath((value as Record<string, unknown>)[key]);
    if (found === null) continue;
    found.unshift(key);
    return found;
  }
  return null;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
