const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A short random deal id (10 chars, ~51 bits): unique enough for one rep's browser. */
export function newDealId(length = 10): string {
  let id = '';
  while (id.length < length) {
    for (const b of crypto.getRandomValues(new Uint8Array(length))) {
      // 252 = 7 * 36: skip bytes above it so every character is equally likely.
      if (b < 252 && id.length < length) id += ALPHABET[b % 36];
    }
  }
  return id;
}
