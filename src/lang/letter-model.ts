/**
 * A model of the letters of a language's words: how likely a word is, letter
 * by letter, from how often each run of up to `order` letters stands in the
 * language's word forms (generated data: src/lang/kk/letter-model.data.ts for
 * Kazakh). It weighs readings of a line against each other (which word a
 * letter printed apart belongs to), never a word by itself. Backs off to
 * shorter runs (stupid backoff, Brants et al. 2007) where a run was not seen.
 */
export interface LetterModel {
  /** log-likelihood of `word` as one word (lower-cased inside) */
  word(word: string): number;
}

const BACKOFF = Math.log(0.4);

/** The model from `grams`: lines `run<TAB>count`, `^` before a word, `$` after it. */
export function letterModel(grams: string, order: number): LetterModel {
  const count = new Map<string, number>();
  for (const line of grams.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab > 0) count.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  // how often each run stands before another letter: the denominator of the letter after it
  const before = new Map<string, number>();
  let letters = 0;
  for (const [g, c] of count) {
    if (g.length === 1) letters += c;
    else before.set(g.slice(0, -1), (before.get(g.slice(0, -1)) ?? 0) + c);
  }
  const floor = Math.log(0.5 / Math.max(1, letters));
  const next = (context: string, letter: string): number => {
    let penalty = 0;
    for (let h = context; h.length > 0; h = h.slice(1)) {
      const c = count.get(h + letter);
      const total = before.get(h);
      if (c && total) return penalty + Math.log(c / total);
      penalty += BACKOFF;
    }
    const c = count.get(letter);
    return penalty + (c ? Math.log(c / letters) : floor);
  };
  // (no answers kept here: src/lang/kk/word-score.ts keeps the word's whole score)
  return {
    word(word) {
      const w = '^'.repeat(order - 1) + word.toLowerCase() + '$';
      let sum = 0;
      for (let i = order - 1; i < w.length; i++) sum += next(w.slice(i - order + 1, i), w[i]!);
      return sum;
    },
  };
}
