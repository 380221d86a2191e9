/**
 * Footnote numbers printed in a column before their texts. Where a page's
 * last footnotes are one line each, poppler's reading order may print their
 * numbers first, one under the other, and then their texts:
 *
 *   26
 *   27
 *
 *   Articles 12 and 49 of the Election Law.
 *   Voting is typically assessed negatively in no more than 1 or 2 per cent …
 *
 * A run of numbers in sequence, followed by as many lines that each end a
 * sentence and then a blank line, the text's end or a line that opens anew
 * (the next page's running head, printed after the notes), goes back to number,
 * text, number, text: as the tools print any other footnote, so the zone
 * stages read them so.
 */
import type { Line } from '../schema/index.ts';
import { LONE_NUMBER } from './note-numbers.ts';
import { OPENS_LOWER } from './text-lines.ts';

/** A footnote's one line: it ends a sentence (a table's cells seldom do). */
const ENDS_SENTENCE = /[.!?…][»")”]?$/u;

export function unstackNoteNumbers(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; ) {
    // a run of lone numbers, each one more than the one above it
    let j = i;
    while (j < lines.length && !lines[j]!.blank && LONE_NUMBER.test(lines[j]!.text) && (j === i || Number(lines[j]!.text) === Number(lines[j - 1]!.text) + 1)) j++;
    const count = j - i;
    if (count >= 2) {
      let k = j;
      while (k < lines.length && lines[k]!.blank) k++;
      const texts = lines.slice(k, k + count);
      const after = lines[k + count];
      const stacked =
        texts.length === count &&
        texts.every((t) => !t.blank && !t.pageStart && !LONE_NUMBER.test(t.text) && ENDS_SENTENCE.test(t.text) && t.page === lines[i]!.page) &&
        (after === undefined || after.blank || after.pageStart === true || !OPENS_LOWER.test(after.text));
      if (stacked) {
        for (let n = 0; n < count; n++) out.push(lines[i + n]!, texts[n]!);
        // the blank lines between the numbers and the texts go; those after the texts stay
        i = k + count;
        continue;
      }
      // (a run that is no such column is left whole: a part of it is no column either)
      out.push(...lines.slice(i, j));
      i = j;
      continue;
    }
    out.push(lines[i]!);
    i++;
  }
  return out;
}
