/**
 * A speller over a sorted list of every word form a Hunspell dictionary
 * accepts, expanded once (scripts/expand-dictionary.mjs) instead of in every
 * process that checks spelling. The list is one string with a newline after
 * each form; lookups are binary searches. It answers as nspell's `correct`
 * does for a dictionary without compound rules, input conversion or flags
 * that change case handling (the expansion refuses any other): the word as
 * written, then, for a word in capitals, its capitalised form, then its
 * lower-case form.
 */
import type { Speller } from './context.ts';

export class WordList implements Speller {
  private readonly starts: Uint32Array;

  constructor(private readonly text: string) {
    let n = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    this.starts = new Uint32Array(n + 1);
    let k = 0;
    this.starts[k++] = 0;
    for (let i = text.indexOf('\n'); i >= 0 && k <= n; i = text.indexOf('\n', i + 1)) this.starts[k++] = i + 1;
  }

  get size(): number {
    return this.starts.length - 1;
  }

  private at(i: number): string {
    return this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  /** Whether the form is in the list, exactly as written. */
  has(form: string): boolean {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const w = this.at(mid);
      if (w === form) return true;
      if (w < form) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  correct(value: string): boolean {
    const word = value.trim();
    if (!word) return false;
    if (this.has(word)) return true;
    if (word.toUpperCase() === word && this.has(word.charAt(0) + word.slice(1).toLowerCase())) return true;
    const lower = word.toLowerCase();
    return lower !== word && this.has(lower);
  }
}
