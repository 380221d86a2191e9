/**
 * How likely a run of letters is as a Kazakh word, for weighing readings of a
 * line against each other (src/layout/fallback-letters.ts): its letters'
 * log-likelihood (the letter model), less a fixed cost for a word not in the
 * word list, and half of it for a listed word of two letters one of which
 * only Kazakh has (pieces of words are often such words too). Both are
 * generated from Tesseract's Kazakh word list (scripts/kazakh-words.ts). The
 * letter model alone prefers short words; the list alone knows no names.
 */
import { letterModel } from '../letter-model.ts';
import { HAS_KAZAKH_LETTER } from '../detect.ts';
import { GRAMS, ORDER } from './letter-model.data.ts';
import { isKazakhWord } from './words.ts';

export { isKazakhWord };

const UNKNOWN = 10;
const SHORT = UNKNOWN / 2;
const model = letterModel(GRAMS, ORDER);
// a listed word of one letter, or of two with a letter only Kazakh has, is more often a piece of a word than a word
const listedCost = (word: string): number => {
  const letters = [...word].length;
  return letters >= 3 ? 0 : letters < 2 ? UNKNOWN : HAS_KAZAKH_LETTER.test(word) ? SHORT : 0;
};
const scoreOf = (word: string): number => model.word(word) - (isKazakhWord(word) ? listedCost(word) : UNKNOWN);
// a line's readings ask of the same words again and again
const asked = new Map<string, number>();
export function kazakhWordScore(word: string): number {
  let s = asked.get(word);
  if (s === undefined) {
    if (asked.size >= 200_000) asked.clear();
    asked.set(word, (s = scoreOf(word)));
  }
  return s;
}
