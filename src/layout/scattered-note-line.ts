/**
 * A footnote's first line that a tool printed stretched, word by word, in
 * reading order gone astray (poppler's default mode): the words of the
 * line's left part first, over the note's next line (`Minutes` / `of` /
 * `sessions` / `http://…`), then the note's number alone, then the line's
 * other words, a blank line under each (`4` / `` / `were` / `` / `kept` /
 * `` / `at:`). They are the note's first line (the left part's words and
 * the others) and its next line again, the number a line of its own after
 * them, where the tool printed it: a tool that prints a page's first note's
 * number apart from its text prints every such number so, and the readers
 * of the footnote zone weigh where the text's numbers stand, page by page.
 *
 * The left part is a run of one-word lines right above the next line, or one
 * short line with a blank line (or the page's start) above it; the words
 * together fit on one line; the next line is one line.
 */
import type { Line } from '../schema/index.ts';
import { LONE_NUMBER } from './note-numbers.ts';
import { typicalWidth } from './joined-lines.ts';
import { ONE_WORD } from './scattered-words.ts';

/** How far past the text's typical width the first line's words may run (a stretched line is a full one). */
const FITS = 1.3;
/** The fewest words printed a blank line apart after the number. */
const MIN_SCATTERED = 2;

const word = (l: Line | undefined): l is Line => !!l && !l.blank && ONE_WORD.test(l.text) && !LONE_NUMBER.test(l.text);

/** The lines with each footnote's first line printed so put back over its next line, its number after them. */
export function joinScatteredNoteLines(lines: Line[]): Line[] {
  let width: number | null | undefined;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const after = LONE_NUMBER.test(l.text) && !l.blank ? scatteredAfter(lines, i + 1) : [];
    const next = out.at(-1);
    if (after.length < MIN_SCATTERED || !next || next.blank || l.pageStart || next.pageStart) {
      out.push(l);
      continue;
    }
    const left = leftPart(out, out.length - 1);
    if (left.length === 0) {
      out.push(l);
      continue;
    }
    width ??= typicalWidth(lines);
    const text = [...left, ...after].map((w) => w.text).join(' ');
    if (width === null || text.length + l.text.length + 1 > width * FITS) {
      out.push(l);
      continue;
    }
    // the note's first line and its next line where the left part stood, the number after them; the blank lines
    // between the words go
    out.splice(out.length - 1 - left.length, left.length + 1, { ...left[0]!, text, rawLength: text.length, stretched: true }, next, l);
    i = lines.indexOf(after.at(-1)!, i);
  }
  return out;
}

/** The words printed a blank line apart from `j` on: a blank line, a word, and so on; none past a page's start. */
function scatteredAfter(lines: Line[], j: number): Line[] {
  const words: Line[] = [];
  while (lines[j]?.blank && !lines[j]!.pageStart && word(lines[j + 1]) && !lines[j + 1]!.pageStart) {
    words.push(lines[j + 1]!);
    j += 2;
  }
  return words;
}

/** The left part of a stretched line above the line at `next`: a run of one-word lines, or one line under a blank line (or a page's start). */
function leftPart(out: Line[], next: number): Line[] {
  let k = next;
  while (k > 0 && word(out[k - 1]) && !out[k]!.pageStart) k--;
  if (k < next) return out.slice(k, next);
  const one = out[next - 1];
  const above = out[next - 2];
  if (!one || one.blank || out[next]!.pageStart || !(one.pageStart || !above || above.blank)) return [];
  return [one];
}
