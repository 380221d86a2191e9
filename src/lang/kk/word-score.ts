/**
 * How likely a run of letters is as a Kazakh word, for weighing readings of a
 * line against each other (src/layout/fallback-letters.ts): its letters'
 * log-likelihood (the letter model), less a fixed cost for a word not in the
 * word list, and half of it for a listed word of two letters one of which
 * only Kazakh has (pieces of words are often such words too). Both are
 * generated from Tesseract's Kazakh word list (scripts/kazakh-words.ts). The
 * letter model alone prefers short words; the list alone knows no names.
 *
 * Each word costs a little, and a word Hunspell's dictionary has too wins a
 * little less back: where a letter could join two words or stand at the
 * edge of one of them, a reading of fewer words the dictionary has gains
 * a little, and two words it has beat one it lacks (`бір ғана`: the web's
 * list has `бірғана`, a writer's slip). The letters still weigh most, but a
 * compound the dictionary has, of two words it has (`халықаралық`), scores
 * its letters no worse than the two words' letters: the letter model alone
 * reads `халық аралық`, each word likelier than the long one.
 *
 * Of words alike by their letters, the one the language uses more wins a
 * little: an eighth for each doubling of how often a body of Kazakh text
 * holds it (frequencies.ts; `ал`, a conjunction, over `қал`). More than that
 * outweighs the letters: the body is software's words, not a report's.
 */
import { letterModel } from '../letter-model.ts';
import { HAS_KAZAKH_LETTER } from '../detect.ts';
import { GRAMS, ORDER } from './letter-model.data.ts';
import { isCheckedKazakhWord, isKazakhWord } from './words.ts';
import { kazakhWordCount } from './frequencies.ts';
import { isNumberEnding } from './number-endings.ts';

export { isCheckedKazakhWord, isKazakhWord };

const UNKNOWN = 10;
/** What each word costs, and what a word the dictionary has wins back (less: a reading of fewer such words wins). */
const WORD = 4;
const CHECKED = 3;
const SHORT = UNKNOWN / 2;
/** What each doubling of how often a body of Kazakh text uses the word adds: a tie's breaker between words alike by their letters. */
const USED = 0.125;
const model = letterModel(GRAMS, ORDER);
// a listed word of one letter, or of two with a letter only Kazakh has, is more often a piece of a word than a word
const listedCost = (word: string): number => {
  const letters = [...word].length;
  return letters >= 3 ? 0 : letters < 2 ? UNKNOWN : HAS_KAZAKH_LETTER.test(word) ? SHORT : 0;
};
/** Letters each part of a compound has at least (`не` + `ғұрлым`). */
const PART = 2;
/**
 * The letters' log-likelihood; for a word the dictionary has that is two
 * words it has run together (`халықаралық`, `әлдеқайда`), no less than the two
 * parts' own: the letter model, drawn from a list of words, knows a long
 * compound no better than its parts, and so read it as two words.
 */
function lettersScore(word: string): number {
  const own = model.word(word);
  if (!isCheckedKazakhWord(word)) return own;
  const chars = [...word];
  let best = own;
  for (let k = PART; k <= chars.length - PART; k++) {
    const [a, b] = [chars.slice(0, k).join(''), chars.slice(k).join('')];
    if (isCheckedKazakhWord(a) && isCheckedKazakhWord(b)) best = Math.max(best, model.word(a) + model.word(b));
  }
  return best;
}
const scoreOf = (word: string): number => USED * Math.log2(1 + kazakhWordCount(word)) + lettersScore(word) - (isKazakhWord(word) ? listedCost(word) : UNKNOWN) - WORD + (isCheckedKazakhWord(word) ? CHECKED : 0);
/** What an ending after a figure's hyphen scores (number-endings.ts): a common short word's letters. */
const ENDING = -8;
// a line's readings ask of the same words again and again
const asked = new Map<string, number>();
/** `afterNumber`: the letters follow a figure and a hyphen (`971-і`), where an ending stands as often as a word. */
export function kazakhWordScore(word: string, afterNumber = false): number {
  if (afterNumber && isNumberEnding(word)) return Math.max(ENDING, kazakhWordScore(word));
  let s = asked.get(word);
  if (s === undefined) {
    if (asked.size >= 200_000) asked.clear();
    asked.set(word, (s = scoreOf(word)));
  }
  return s;
}
