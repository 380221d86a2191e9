/**
 * Body markers a tool printed on a row of their own, right above the line
 * they belong in (Ghostscript sets a raised glyph's row apart), go back into
 * that line's gaps.
 */
import type { Line } from '../schema/index.ts';
import { cleanLineText } from './text-lines.ts';
import { quantile } from './blocks.ts';
import { textWidth, type Metric } from './typeset.ts';
import { MARKER_SLACK } from './lone-numbers.ts';

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
 * end, and no gap near it, it goes there. Where the widths of a family's
 * glyphs place the rows' markers far more alike than characters do (the
 * page's positions follow the glyphs' widths, narrow and wide), a row they
 * place goes in too.
 */
export function lowerMarkerRows(lines: Line[]): Line[] {
  const rowAt = (i: number): boolean => {
    const l = lines[i]!;
    const next = lines[i + 1];
    return !l.blank && NUMBERS_ROW.test(l.raw ?? l.text) && !l.pageStart && next !== undefined && !next.blank && !next.pageStart && next.raw !== undefined && l.indent > next.indent + MARKER_SLACK;
  };
  // each row of one marker over a line of one wide gap: the marker's column, the line, its gap
  const rows = lines.flatMap((l, i) => {
    const one = rowAt(i) ? oneGap(l.raw!, lines[i + 1]!.raw!) : null;
    return one ? [one] : [];
  });
  const full = quantile(lines.flatMap((l) => (!l.blank && l.raw !== undefined ? [l.raw.trimEnd().length - marginOf(l.raw)] : [])), 0.75);
  // where characters place a row's markers, and where the glyphs' widths do, where a family's place the rows'
  // markers far more alike (a tool's columns count characters, the page's positions their widths): a row that
  // fits either goes in
  const byChars = placing(rows, 'chars', full);
  const metric = metricOf(rows);
  const byWidths = metric === 'chars' ? null : placing(rows, metric, full);
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    const at = rowAt(i) ? (byChars(l.raw!, next!.raw!) ?? byWidths?.(l.raw!, next!.raw!) ?? null) : null;
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

type Row = { column: number; raw: string; gap: number };

/** How wide a raw line's columns `from` to `to` are under a metric: characters, or a family's glyph widths. */
type Width = (raw: string, from: number, to: number) => number;
const widthIn = (metric: Metric): Width => (metric === 'chars' ? (_raw, from, to) => to - from : (raw, from, to) => textWidth(raw.slice(from, to), metric));

/** How many of the row's columns its marker stands past the margin, for each unit of width to the gap under it. */
const ratioOf = (r: Row, width: Width): number => {
  const margin = marginOf(r.raw);
  return (r.column - margin) / width(r.raw, margin, r.gap);
};

/**
 * Where each number of a marker row goes in the line under it, under one
 * metric: the text's factor read off its rows (how many columns a unit of
 * width past the margin), or, for a full line, its margin's span over the
 * line's width, where that puts the rows' markers nearer their gaps than the
 * factor does (in text set flush left no line is stretched).
 */
function placing(rows: Row[], metric: Metric, full: number): (row: string, raw: string) => Array<[number, string]> | null {
  const width = widthIn(metric);
  const read = rows.map((r) => {
    const margin = marginOf(r.raw);
    const end = r.raw.trimEnd().length;
    return { ratio: ratioOf(r, width), margin, length: width(r.raw, margin, end), chars: end - margin };
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
  const spanScale = (x: { margin: number; length: number; chars: number }): number => (x.chars >= 0.85 * full ? spanAt(x.margin) / x.length : NaN);
  const spanFits = ((): boolean => {
    const both = read.filter((x) => !Number.isNaN(spanScale(x)));
    if (both.length < 3) return true;
    const miss = (scale: (x: (typeof read)[number]) => number): number => both.reduce((sum, x) => sum + Math.abs(scale(x) - x.ratio) / x.ratio, 0);
    return miss(spanScale) <= miss(() => overall);
  })();
  return (row, raw) => {
    const margin = marginOf(raw);
    const end = raw.trimEnd().length;
    const span = spanFits ? spanScale({ margin, length: width(raw, margin, end), chars: end - margin }) : NaN;
    return gapsUnder(row, raw, Number.isNaN(span) ? overall : span, width);
  };
}

const METRICS: Metric[] = ['chars', 'times', 'arial', 'dejavu'];

/** The metric under which the rows' markers stand most alike past their gaps: the least spread of their factors about the median (a family's at most half of the characters'). */
function metricOf(rows: Row[]): Metric {
  if (rows.length < 3) return 'chars';
  let best: { metric: Metric; spread: number } = { metric: 'chars', spread: Infinity };
  for (const metric of METRICS) {
    const width = widthIn(metric);
    const ratios = rows.map((r) => ratioOf(r, width));
    const m = median(ratios);
    const spread = median(ratios.map((x) => Math.abs(x - m) / m));
    // (a family's widths must bring them far closer than characters do: rows a character apart differ by chance)
    if (spread < (best.metric === 'chars' ? best.spread / 2 : best.spread)) best = { metric, spread };
  }
  return best.metric;
}

/** The column a raw line's text starts at. */
const marginOf = (raw: string): number => raw.length - raw.trimStart().length;

/** The wide gaps of a line: where the word before each ends, as columns of the raw line. */
const wideGaps = (raw: string): number[] => {
  const margin = marginOf(raw);
  return [...raw.trim().matchAll(/(?<=\S) {2,}(?=\S)/g)].map((m) => margin + m.index!);
};

/** A row's one marker over a line of one wide gap: the marker's column and the gap's; null for other rows. */
function oneGap(row: string, raw: string): Row | null {
  const numbers = [...row.matchAll(/\d+/g)];
  const gaps = wideGaps(raw);
  return numbers.length === 1 && gaps.length === 1 && gaps[0]! > marginOf(raw) ? { column: numbers[0]!.index!, raw, gap: gaps[0]! } : null;
}

const median = (xs: number[]): number => quantile(xs, 0.5);

/**
 * Where each number of a marker row goes in the line under it: the end of the
 * word before each of the line's wide gaps, one gap a number, each near its
 * number's column (the gap's column times `scale` from the margin); null if
 * they do not pair so.
 */
function gapsUnder(row: string, raw: string, scale: number, width: Width): Array<[number, string]> | null {
  const numbers = [...row.matchAll(/\d+/g)];
  const margin = marginOf(raw);
  const gaps = wideGaps(raw);
  const off = (p: number, column: number): number => Math.abs(margin + (Number.isNaN(scale) ? p - margin : width(raw, margin, p) * scale) - column);
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
