/**
 * Empty lines a tool printed for a wide line pitch. A tool that prints an
 * empty line wherever lines stand further apart than single spacing (MuPDF)
 * prints text set 1.5 lines apart with an empty line after every line, and a
 * paragraph's gap as one empty line too: between such lines an empty line
 * says nothing. Where a page holds a run of lines of running text each one
 * empty line from the next, most of them full, the empty lines between them
 * go, and the run reads as text printed without gaps between paragraphs (the
 * structure stage reads where those end off the lines).
 */
import type { Line } from '../schema/index.ts';
import { typicalWidth } from './joined-lines.ts';

/** Lines of text a run must hold, */
const LEAST_LINES = 6;
/** and the share of them that run near a full line (a paragraph's lines; one-line items and cells do not). */
const FULL_SHARE = 0.5;
const NEAR_FULL = 0.85;

const emptyLine = (l: Line | undefined): boolean => !!l && l.blank && l.rawLength === 0 && !l.pageStart;

export function dropPitchBlanks(lines: Line[]): Line[] {
  const width = typicalWidth(lines);
  if (width === null) return lines;
  const dropped = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    // a run: a line of text, then (one empty line, a line of text on the same page) again and again
    // (it opens after an empty line or a page's start: a line right under another is the last of lines set closer)
    if (lines[i]!.blank || (i > 0 && !lines[i - 1]!.blank && !lines[i]!.pageStart)) {
      i++;
      continue;
    }
    const texts = [i];
    let j = i;
    while (emptyLine(lines[j + 1]) && lines[j + 2] && !lines[j + 2]!.blank && !lines[j + 2]!.pageStart) {
      j += 2;
      texts.push(j);
    }
    const full = texts.filter((k) => lines[k]!.text.length >= width * NEAR_FULL).length;
    if (texts.length >= LEAST_LINES && full >= texts.length * FULL_SHARE) for (const k of texts.slice(1)) dropped.add(k - 1);
    i = j + 1;
  }
  return dropped.size === 0 ? lines : lines.filter((_, k) => !dropped.has(k));
}
