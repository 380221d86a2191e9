/**
 * Footnote numbers and raised markers printed on rows of their own, in text
 * that keeps each line's place on the page (poppler's `pdftotext -layout`, for one), so a
 * footnote's first line is indented past its number (the tab after it), a gap of
 * two lines or more becomes a blank line, and a footnote number, printed raised,
 * is a line of its own, usually above its text but sometimes below it. A raised
 * marker in the body can take a row of its own too, under its line, at its column.
 * These stages put footnote numbers back above their text, as poppler's
 * reading-order output prints them, and markers back into their lines, so the zone
 * stage after them reads both outputs alike.
 */
import type { Line } from '../schema/index.ts';
import { LONE_NUMBER } from './note-numbers.ts';
import { cleanLineText } from './text-lines.ts';

const indented = (l: Line | undefined): boolean => l !== undefined && !l.blank && l.indent > 0 && !LONE_NUMBER.test(l.text);

/**
 * Whether a text keeps its lines' columns (as `-layout` does): most lone numbers stand next to an
 * indented line (reading-order output indents nothing).
 */
export function keepsLineColumns(lines: Line[]): boolean {
  let lone = 0;
  let besideIndent = 0;
  lines.forEach((l, i) => {
    if (!LONE_NUMBER.test(l.text)) return;
    lone++;
    if (indented(lines[i + 1]) || indented(lines[i - 1])) besideIndent++;
  });
  return lone >= 3 && besideIndent >= lone * 0.5;
}

/**
 * A lone number printed under the indented first line of its footnote moves above
 * it; the blank line poppler left under the number (the raised number took a row
 * of its own) goes, so the footnote's next line joins it again.
 */
export function raiseLoneNoteNumbers(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const prev = out[out.length - 1];
    const numberAbove = out.length >= 2 && LONE_NUMBER.test(out[out.length - 2]!.text);
    if (LONE_NUMBER.test(l.text) && !indented(lines[i + 1]) && indented(prev) && !numberAbove && !prev!.pageStart) {
      out.splice(out.length - 1, 0, l);
      if (lines[i + 1]?.blank && lines[i + 2] && !lines[i + 2]!.blank && !lines[i + 2]!.pageStart) i++;
      continue;
    }
    out.push(l);
  }
  return out;
}

/** Columns either side of a raised marker's own where the word it follows may end. */
export const MARKER_SLACK = 2;

/**
 * A body marker poppler printed on a row of its own (`                28`) under
 * the line it belongs to goes back into that line at its column, glued to the word
 * that ends there; the blank row it left goes too. Only inside a page: a number
 * alone at a page's top or foot is a page number.
 */
export function lowerRaisedMarkers(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const prev = out[out.length - 1];
    const after = lines[i + 1]?.blank ? i + 2 : i + 1;
    const goesOn = lines[after] !== undefined && !lines[after]!.blank && !lines[after]!.pageStart;
    // a marker follows a word: a number at the line's own left margin is a footnote's (Ghostscript prints them so)
    const pastMargin = prev !== undefined && l.indent > prev.indent + MARKER_SLACK;
    const at = LONE_NUMBER.test(l.text) && l.indent > 0 && !l.pageStart && goesOn && pastMargin && prev?.raw && !prev.blank ? wordEndNear(prev.raw, l.indent) : -1;
    if (at < 0) {
      out.push(l);
      continue;
    }
    const raw = prev!.raw!.slice(0, at) + l.text + prev!.raw!.slice(at);
    out[out.length - 1] = { ...prev!, raw, text: cleanLineText(raw), rawLength: raw.length };
    i = after - 1;
  }
  return out;
}

/** The end of a word (or its punctuation) nearest to `column`, -1 if none is near. */
function wordEndNear(raw: string, column: number): number {
  let best = -1;
  for (let p = Math.max(1, column - MARKER_SLACK); p <= column + MARKER_SLACK && p <= raw.length; p++) {
    const ends = raw[p - 1] !== ' ' && (p === raw.length || raw[p] === ' ');
    if (ends && (best < 0 || Math.abs(p - column) < Math.abs(best - column))) best = p;
  }
  return best;
}
