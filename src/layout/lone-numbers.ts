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
import { quantile } from './blocks.ts';

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
const MARKER_SLACK = 2;

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

/** Columns either side of a marker row's own where the gap it left in the line below may stand (Ghostscript's are a few off). */
const GAP_SLACK = 8;

/** A row of nothing but footnote numbers (`33      34`). */
const NUMBERS_ROW = /^\s*\d{1,3}(?:\s{2,}\d{1,3})*\s*$/;

/**
 * Body markers printed on a row of their own right above their line
 * (Ghostscript sets a raised glyph's row apart), in from the line's margin,
 * where the line below keeps a gap of two spaces or more after a word for
 * each of them and no other: each marker goes into its gap, glued to the
 * word, and the row goes. A line with wide gaps elsewhere (justified type
 * stretched it) tells nothing, and the row stays. The row's columns come from
 * the page's positions, the line's from its characters: where letters are
 * wider than the tool's column (Cyrillic), the markers stand further right
 * than their gaps, by a factor read off the text's rows. A full line spans the
 * same width in the rows' columns however many characters it holds, so the
 * factor of a full line is that span over its length, the span read off the
 * rows over lines at its margin. With too few rows to read any factor, each
 * number goes into its gap when it stands right of it. A marker after the
 * line's last word leaves no gap: where the one number stands at the line's
 * end, and no gap near it, it goes there.
 */
export function lowerMarkerRows(lines: Line[]): Line[] {
  const rowAt = (i: number): boolean => {
    const l = lines[i]!;
    const next = lines[i + 1];
    return !l.blank && NUMBERS_ROW.test(l.raw ?? l.text) && !l.pageStart && next !== undefined && !next.blank && !next.pageStart && next.raw !== undefined && l.indent > next.indent + MARKER_SLACK;
  };
  // each row of one marker over a line of one wide gap, read once: how much further from the margin its marker
  // stands than its gap, at which margin, over a line of how many characters
  const read = lines.flatMap((_, i) => {
    const r = rowAt(i) ? oneRatio(lines[i]!.raw!, lines[i + 1]!.raw!) : null;
    const line = lines[i + 1]?.raw ?? '';
    return r === null ? [] : [{ ratio: r, margin: marginOf(line), length: line.trimEnd().length - marginOf(line) }];
  });
  // the text's factor, their median; NaN with fewer than three such rows to read it from
  const overall = read.length < 3 ? NaN : median(read.map((x) => x.ratio));
  // a full line's span in the rows' columns, from its margin: the glyphs of a justified line that holds
  // fewer characters stand wider apart, and a page set at another margin may print its rows at another
  // scale (each margin's own rows tell)
  const spans = new Map<number, number>();
  const spanAt = (margin: number): number => {
    let span = spans.get(margin);
    if (span === undefined) {
      const own = read.filter((x) => x.margin === margin).map((x) => x.ratio * x.length);
      span = own.length >= 3 ? median(own) : NaN;
      spans.set(margin, span);
    }
    return span;
  };
  const full = quantile(lines.flatMap((l) => (!l.blank && l.raw !== undefined ? [l.raw.trimEnd().length - marginOf(l.raw)] : [])), 0.75);
  const scaleAt = (raw: string): number => {
    const margin = marginOf(raw);
    const length = raw.trimEnd().length - margin;
    const span = length >= 0.85 * full ? spanAt(margin) : NaN;
    return Number.isNaN(span) ? overall : span / length;
  };
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    const at = rowAt(i) ? gapsUnder(l.raw!, next!.raw!, scaleAt(next!.raw!)) : null;
    if (!at) {
      out.push(l);
      continue;
    }
    let raw = next!.raw!;
    for (const [p, number] of at.reverse()) raw = raw.slice(0, p) + number + raw.slice(p);
    out.push({ ...next!, raw, text: cleanLineText(raw), rawLength: raw.length });
    i++;
  }
  return out;
}

/** The column a raw line's text starts at. */
const marginOf = (raw: string): number => raw.length - raw.trimStart().length;

/** The wide gaps of a line: where the word before each ends, as columns of the raw line. */
const wideGaps = (raw: string): number[] => {
  const margin = marginOf(raw);
  return [...raw.trim().matchAll(/(?<=\S) {2,}(?=\S)/g)].map((m) => margin + m.index!);
};

/** How much further from the margin a row's one marker stands than the one wide gap of the line under it; null for other rows. */
function oneRatio(row: string, raw: string): number | null {
  const numbers = [...row.matchAll(/\d+/g)];
  const gaps = wideGaps(raw);
  const margin = marginOf(raw);
  return numbers.length === 1 && gaps.length === 1 && gaps[0]! > margin ? (numbers[0]!.index! - margin) / (gaps[0]! - margin) : null;
}

const median = (xs: number[]): number => quantile(xs, 0.5);

/**
 * Where each number of a marker row goes in the line under it: the end of the
 * word before each of the line's wide gaps, one gap a number, each near its
 * number's column (the gap's column times `scale` from the margin); null if
 * they do not pair so.
 */
function gapsUnder(row: string, raw: string, scale: number): Array<[number, string]> | null {
  const numbers = [...row.matchAll(/\d+/g)];
  const margin = marginOf(raw);
  const gaps = wideGaps(raw);
  const off = (p: number, column: number): number => Math.abs(margin + (p - margin) * (Number.isNaN(scale) ? 1 : scale) - column);
  if (gaps.length !== numbers.length) {
    // a line justified type stretched (wide gaps everywhere): one marker goes where one gap stands
    // right under it and every other is well away
    if (numbers.length !== 1) return null;
    const column = numbers[0]!.index!;
    const near = gaps.filter((p) => off(p, column) <= GAP_SLACK / 2);
    const far = gaps.every((p) => near.includes(p) || off(p, column) > GAP_SLACK);
    if (near.length === 1 && far) return [[near[0]!, numbers[0]![0]]];
    // a marker after the line's last word leaves no gap: it goes there where it stands at the line's end (the
    // text's rows told how far right its markers stand) and no gap of the line is near it
    const end = raw.trimEnd().length;
    if (near.length === 0 && far && !Number.isNaN(scale) && off(end, column) <= GAP_SLACK) return [[end, numbers[0]![0]]];
    return null;
  }
  const pairs = numbers.map((m, k): [number, string] => [gaps[k]!, m[0]]);
  // (a text with too few rows to read the scale from: each number right of its gap, however far)
  if (Number.isNaN(scale)) return pairs.every(([p], k) => numbers[k]!.index! >= p - GAP_SLACK / 2) ? pairs : null;
  return pairs.every(([p], k) => off(p, numbers[k]!.index!) <= GAP_SLACK) ? pairs : null;
}
