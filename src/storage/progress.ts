// Self-check quiz progress, per stage: which option the reader chose for each
// question, and how many of the stage's questions that gets right. Its own key,
// apart from the deals: a quiz page never loads the deal workspace.
//
// Stored shape, version 1:
//   playbook:quiz-progress   {"version":1,"stages":{"<stage>":{"answers":{"<question>":"<option>"},
//                                                     "correct":n,"total":n,"updatedAt":ISO}}}
//
// Read defensively: an unreadable value is copied aside (a quarantine key, as
// the deal storage does) and progress starts empty; a value from a newer version
// is left untouched and nothing is written over it. Where storage is blocked,
// progress lives in memory for the page's life. Nothing here throws.
import { atom, type ReadableAtom } from 'nanostores';
import type { StorageLike } from './engine';
import { quarantineKey } from './keys';

export const PROGRESS_KEY = 'playbook:quiz-progress';
export const PROGRESS_VERSION = 1;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LIMIT = { stages: 50, answers: 50 } as const;

export interface StageProgress {
  /** Question id → chosen option id. */
  answers: Readonly<Record<string, string>>;
  correct: number;
  total: number;
  updatedAt: string;
}
export type Progress = Readonly<Record<string, StageProgress>>;

export type Decoded =
  | { ok: true; progress: Progress }
  | { ok: false; reason: 'unreadable' }
  | { ok: false; reason: 'newer'; version: number };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const count = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1000;

function readStage(value: unknown): StageProgress | null {
  if (!isRecord(value) || !isRecord(value['answers'])) return null;
  const { correct, total, updatedAt } = value;
  if (!count(correct) || !count(total) || correct > total || typeof updatedAt !== 'string') return null;
  const entries = Object.entries(value['answers']);
  if (entries.length > LIMIT.answers) return null;
  const answers: Record<string, string> = {};
  for (const [question, option] of entries) {
    if (!ID.test(question) || typeof option !== 'string' || !ID.test(option)) return null;
    answers[question] = option;
  }
  return { answers, correct, total, updatedAt };
}

/** The stored text as progress; never throws. `null` (nothing stored) is empty progress. */
export function decodeProgress(raw: string | null): Decoded {
  if (raw === null) return { ok: true, progress: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (!isRecord(parsed) || !count(parsed['version']) || parsed['version'] === 0)
    return { ok: false, reason: 'unreadable' };
  if (parsed['version'] > PROGRESS_VERSION) return { ok: false, reason: 'newer', version: parsed['version'] };
  const stages = parsed['stages'];
  if (!isRecord(stages) || Object.keys(stages).length > LIMIT.stages)
    return { ok: false, reason: 'unreadable' };
  const progress: Record<string, StageProgress> = {};
  for (const [stage, value] of Object.entries(stages)) {
    const read = readStage(value);
    if (!ID.test(stage) || read === null) return { ok: false, reason: 'unreadable' };
    progress[stage] = read;
  }
  return { ok: true, progress };
}

export function encodeProgress(progress: Progress): string {
  return JSON.stringify({ version: PROGRESS_VERSION, stages: progress });
}

/** window.localStorage, or null where reading it throws (site data blocked) or there is no window. */
export function browserStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Reads progress without writing anything (the home page's map); empty when unreadable. */
export function readProgress(storage: StorageLike | null = browserStorage()): Progress {
  let raw: string | null;
  try {
    raw = storage?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    return {};
  }
  const decoded = decodeProgress(raw);
  return decoded.ok ? decoded.progress : {};
}

/** Where progress is kept: in storage, in memory only (blocked, or a newer version is stored). */
export type ProgressMode = 'persistent' | 'memory';

export interface ProgressStore {
  $progress: ReadableAtom<Progress>;
  $mode: ReadableAtom<ProgressMode>;
  /** Records one stage's answers; false when they could only be kept in memory. */
  saveStage(stage: string, value: Omit<StageProgress, 'updatedAt'>): boolean;
  resetStage(stage: string): boolean;
}

export function createProgressStore(
  storage: StorageLike | null = browserStorage(),
  now: () => Date = () => new Date(),
): ProgressStore {
  const $progress = atom<Progress>({});
  const $mode = atom<ProgressMode>(storage ? 'persistent' : 'memory');

  if (storage) {
    let raw: string | null = null;
    let readable = true;
    try {
      raw = storage.getItem(PROGRESS_KEY);
    } catch {
      readable = false;
    }
    const decoded = readable ? decodeProgress(raw) : ({ ok: false, reason: 'unreadable' } as const);
    if (decoded.ok) $progress.set(decoded.progress);
    else if (!readable || decoded.reason === 'newer') $mode.set('memory');
    else {
      // Keep the unreadable text aside, then start over.
      try {
        storage.setItem(quarantineKey(PROGRESS_KEY, now()), raw ?? '');
        storage.removeItem(PROGRESS_KEY);
      } catch {
        $mode.set('memory');
      }
    }
  }

  function write(next: Progress): boolean {
    $progress.set(next);
    if ($mode.get() !== 'persistent' || !storage) return false;
    try {
      storage.setItem(PROGRESS_KEY, encodeProgress(next));
      return true;
    } catch {
      return false;
    }
  }

  return {
    $progress,
    $mode,
    saveStage(stage, value) {
      return write({ ...$progress.get(), [stage]: { ...value, updatedAt: now().toISOString() } });
    },
    resetStage(stage) {
      const next = { ...$progress.get() };
      delete next[stage];
      return write(next);
    },
  };
}
