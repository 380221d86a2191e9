/**
 * Answers kept by key, up to a bound, then forgotten all at once. The stages
 * ask the same pure questions again and again: a statement repeats its words,
 * several checks read the same units' texts, the aligner and the checks look
 * for the same terms. The answers are shared: callers must not change them.
 */
export class Kept<K, V> {
  private readonly answers = new Map<K, V>();

  constructor(private readonly bound: number) {}

  /** The answer for `key`, worked out by `answer` the first time it is asked. */
  get(key: K, answer: (key: K) => V): V {
    if (this.answers.has(key)) return this.answers.get(key)!;
    const value = answer(key);
    if (this.answers.size >= this.bound) this.answers.clear();
    this.answers.set(key, value);
    return value;
  }
}
