import "server-only";

/**
 * The last answer this process gave for each public notice URL: its ETag and body.
 *
 * Published versions are immutable (docs/decisions/008), so a kept body is never wrong
 * for its ETag; it is only possibly not the newest. That is why it is used in two ways
 * only: while the database answers, the database decides which version is current
 * (every request asks it) and a kept body with that version's ETag saves rendering it
 * again; while the database is out of reach, the kept body is served as the last
 * published version this process knows (docs/decisions/013). Per process, so nothing
 * has to agree across app servers: each asks the database whenever it can. (The answers
 * written before Next, public-fast-path.ts, are kept there, for a few seconds at most
 * between notifications: docs/decisions/016.)
 */
export type KeptAnswer = { etag: string; body: string };

/** Bodies are a few tens of kB; this bounds the memory held by all of them (UTF-16 code units). */
const MAX_CHARACTERS = 16 * 1024 * 1024;

const kept = new Map<string, KeptAnswer>();
let characters = 0;

export function lastKept(key: string): KeptAnswer | undefined {
  return kept.get(key);
}

/** Keeps `answer` for `key`, dropping the least recently kept answers beyond the bound. */
export function keep(key: string, answer: KeptAnswer): void {
  forget(key);
  if (answer.body.length > MAX_CHARACTERS) return;
  kept.set(key, answer);
  characters += answer.body.length;
  for (const [oldest, value] of kept) {
    if (characters <= MAX_CHARACTERS) break;
    kept.delete(oldest);
    characters -= value.body.length;
  }
}

/** The URL names nothing any more (unknown slug, company gone): nothing to fall back on. */
export function forget(key: string): void {
  const previous = kept.get(key);
  if (!previous) return;
  kept.delete(key);
  characters -= previous.body.length;
}
