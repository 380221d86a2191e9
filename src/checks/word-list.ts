/**
 * A speller over a sorted list of every word form a Hunspell dictionary
 * accepts, expanded once (scripts/expand-dictionary.mjs) instead of in every
 * process that checks spelling. The list is UTF-8 with a newline after each
 * form, sorted by bytes; a lookup is a binary search over the bytes
 * themselves, each probe stepping back to the start of the line it lands in.
 * Nothing is decoded or indexed on load, so the 33 MB Russian list is ready
 * as soon as it is read. With the dictionary's rules beside it (input
 * conversions, compound rules, forms only allowed in compounds) it answers as
 * nspell's `correct` does for a dictionary without flags that change case
 * handling (the expansion refuses any other): the converted word as written,
 * then, for a word in capitals, its capitalised form, then its lower-case
 * form; each is a form of the list, or, unless it is a compound-only form,
 * matches a compound rule.
 */
import { Kept } from '../kept.ts';
import type { Speller } from './context.ts';

const NL = 10;
const utf8 = new TextEncoder();

/** bytes[from, to) against all of key: negative, zero or positive. */
function compareBytes(bytes: Uint8Array, from: number, to: number, key: Uint8Array): number {
  const n = Math.min(to - from, key.length);
  for (let i = 0; i < n; i++) {
    const d = bytes[from + i]! - key[i]!;
    if (d !== 0) return d;
  }
  return to - from - key.length;
}

/** What scripts/expand-dictionary.mjs writes beside a list: regular expressions as [source, flags]. */
export interface WordListRules {
  conversion: Array<[string, string, string]>;
  compoundMin: number | null;
  compoundRules: Array<[string, string]>;
  onlyInCompound: string[];
}

export class WordList implements Speller {
  private readonly bytes: Uint8Array;
  private count = -1;
  private readonly conversion: Array<[RegExp, string]>;
  private readonly compounds: RegExp[];
  private readonly compoundMin: number;
  private readonly onlyInCompound: Set<string>;
  private scratch = new Uint8Array(256);

  /** The list as its file's bytes, or as text (tests), and its dictionary's rules if it has any. */
  constructor(list: Uint8Array | string, rules?: WordListRules) {
    this.bytes = typeof list === 'string' ? utf8.encode(list) : list;
    this.conversion = (rules?.conversion ?? []).map(([source, flags, to]) => [new RegExp(source, flags), to]);
    this.compounds = (rules?.compoundRules ?? []).map(([source, flags]) => new RegExp(source, flags));
    this.compoundMin = rules?.compoundMin ?? Infinity;
    this.onlyInCompound = new Set(rules?.onlyInCompound ?? []);
  }

  /** How many forms the list holds. */
  get size(): number {
    if (this.count < 0) {
      this.count = 0;
      for (let i = this.bytes.indexOf(NL); i >= 0; i = this.bytes.indexOf(NL, i + 1)) this.count++;
    }
    return this.count;
  }

  /** Whether the form is in the list, exactly as written. */
  has(form: string): boolean {
    if (form === '' || form.includes('\n')) return false;
    // encoded into a buffer kept for the purpose (a word's UTF-8 is at most three bytes a UTF-16 unit)
    if (this.scratch.length < form.length * 3) this.scratch = new Uint8Array(form.length * 3);
    const key = this.scratch.subarray(0, utf8.encodeInto(form, this.scratch).written);
    const bytes = this.bytes;
    // [lo, hi) always holds whole lines
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
      let start = (lo + hi) >>> 1;
      while (start > lo && bytes[start - 1] !== NL) start--;
      let end = bytes.indexOf(NL, start);
      if (end < 0 || end > hi) end = hi;
      const c = compareBytes(bytes, start, end, key);
      if (c === 0) return true;
      if (c < 0) lo = end + 1;
      else hi = start;
    }
    return false;
  }

  /** A form of the dictionary: in the list, or, unless only allowed inside one, a compound. */
  private exact(form: string): boolean {
    if (this.has(form)) return true;
    if (this.onlyInCompound.has(form)) return false;
    return form.length >= this.compoundMin && this.compounds.some((re) => re.test(form));
  }

  /** Answers kept by word: a statement repeats its words, and each answer is a few binary searches of the list. */
  private readonly answers = new Kept<string, boolean>(100_000);

  correct(value: string): boolean {
    return this.answers.get(value, (v) => this.lookUp(v));
  }

  private lookUp(value: string): boolean {
    let word = value.trim();
    if (!word) return false;
    for (const [re, to] of this.conversion) word = word.replace(re, to);
    if (this.exact(word)) return true;
    if (word.toUpperCase() === word && this.exact(word.charAt(0) + word.slice(1).toLowerCase())) return true;
    const lower = word.toLowerCase();
    return lower !== word && this.exact(lower);
  }
}
