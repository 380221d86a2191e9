/**
 * A Bloom filter over words: a set that answers "maybe" for a few words not
 * in it and never "no" for one in it, in a fraction of the list's bytes
 * (Kirsch and Mitzenmacher's double hashing over FNV-1a of the word's UTF-16
 * code units, two seeds). The generated word lists (src/lang/kk/words.data.ts)
 * are stored as such filters.
 */

/** Bits and hash functions for `count` words and the rate of false positives wanted. */
export function bloomSize(count: number, falsePositives: number): { bits: number; hashes: number } {
  const bits = Math.ceil((-Math.max(1, count) * Math.log(falsePositives)) / Math.LN2 ** 2);
  return { bits, hashes: Math.max(1, Math.round((bits / Math.max(1, count)) * Math.LN2)) };
}

function fnv(word: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The word's two hashes (double hashing): its `i`-th position is `position(first, second, i, bits)`. */
const first = (word: string): number => fnv(word, 0x811c9dc5);
const second = (word: string): number => fnv(word, 0x9e3779b9) | 1;
const position = (a: number, b: number, i: number, bits: number): number => ((a + Math.imul(i, b)) >>> 0) % bits;

export function bloomAdd(filter: Uint8Array, bits: number, hashes: number, word: string): void {
  const [a, b] = [first(word), second(word)];
  for (let i = 0; i < hashes; i++) {
    const p = position(a, b, i, bits);
    filter[p >> 3]! |= 1 << (p & 7);
  }
}

export function bloomHas(filter: Uint8Array, bits: number, hashes: number, word: string): boolean {
  // (one position at a time, no array built: most words not in the set fail at the first)
  const a = first(word);
  const b = second(word);
  for (let i = 0; i < hashes; i++) {
    const p = position(a, b, i, bits);
    if ((filter[p >> 3]! & (1 << (p & 7))) === 0) return false;
  }
  return true;
}
