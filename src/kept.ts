/**
 * Answers kept by key, up to a bound, then forgotten all at once. The stages
 * ask the same pure questions again and again: a statement repeats its words,
 * several checks read the same units' texts, the aligner and the checks look
 * for the same terms. The answers are shared: callers must not change them.
 */
const NONE: unique symbol = Symbol('none');

export class Kept<K, V> {
  // an answer of undefined is kept as NONE: one lookup a question, not two
  private readonly answers = new Map<K, V | typeof NONE>();

  constructor(private readonly bound: number) {}

  /** The answer for `key`, worked out by `answer` the first time it is asked. */
  get(key: K, answer: (key: K) => V): V {
    const known = this.answers.get(key);
    if (known !== undefined) return known === NONE ? (undefined as V) : known;
    const value = answer(key);
    if (this.answers.size >= this.bound) this.answers.clear();
    this.answers.set(key, value === undefined ? NONE : value);
    return value;
  }
}
