/**
 * A stretched line's last words printed after the line under it. A tool that
 * reads a justified line's words apart may print the line's first words, then
 * the next line, then the rest of the first line a word at a time, an empty
 * line between the words (`… well before noon,` / `and the speakers kept to
 * their time.` / `` / `as` / `` / `planned`). Under a block of two
 * lines opened after a gap, the first going on a sentence and the second
 * ending one, words set apart so that go on a sentence (lower case or
 * figures, none ending one) are the first line's end: they go back there,
 * where no other word stands apart so after them.
 */
import type { Line } from '../schema/index.ts';
import { ENDS_SENTENCE, ONE_WORD } from './scattered-words.ts';

/** Most words a displaced line end holds: more is a block of its own (a table's cells, a list). */
const MOST_WORDS = 5;
/** A word that goes on a sentence: in lower case or a figure, ending no sentence. */
const GOES_ON = /^(?:\p{Ll}[\p{L}-]*,?|\d+(?:[.,]\d+)*)$/u;
/** A sentence's end after a word or a bracket (not a figure's decimal point). */
const SENTENCE_END = /[\p{L})»”"][.!?][»”")]?\d{0,3}$/u;
const LETTER = /\p{L}/u;

export function restoreDisplacedLineEnds(lines: Line[]): Line[] {
  const out: Line[] = [];
  let moved = false;
  for (let i = 0; i < lines.length; i++) {
    const words = displacedAfter(lines, i);
    if (!words) {
      out.push(lines[i]!);
      continue;
    }
    // (the first line and the second stay; the words and the empty lines before them go)
    const [first, second] = [lines[i]!, lines[i + 1]!];
    const text = `${first.text} ${words.map((w) => w.text).join(' ')}`;
    out.push({ ...first, text, rawLength: first.rawLength + text.length - first.text.length }, second);
    i += 1 + 2 * words.length;
    moved = true;
  }
  return moved ? out : lines;
}

/** The words set apart under line `i` and the line after it that are line `i`'s end, or null. */
function displacedAfter(lines: Line[], i: number): Line[] | null {
  const [before, first, second] = [lines[i - 1], lines[i]!, lines[i + 1]];
  if (!before?.blank || i + 3 >= lines.length || first.blank || !second || second.blank || ENDS_SENTENCE.test(first.text) || !SENTENCE_END.test(second.text) || second.pageStart) return null;
  // the words, each under an empty line
  const words: Line[] = [];
  let j = i + 2;
  while (words.length <= MOST_WORDS && lines[j]?.blank && !lines[j]!.pageStart && isWord(lines[j + 1])) {
    words.push(lines[j + 1]!);
    j += 2;
  }
  // (all of them: a word more set apart so, which goes on no sentence, is the run's too, and the run no line's end)
  if (words.length === 0 || words.length > MOST_WORDS || !words.some((w) => LETTER.test(w.text)) || (lines[j]?.blank && oneWord(lines[j + 1]))) return null;
  return words;
}

const oneWord = (l: Line | undefined): boolean => !!l && !l.blank && !l.pageStart && ONE_WORD.test(l.text);
const isWord = (l: Line | undefined): boolean => oneWord(l) && GOES_ON.test(l!.text);
