/**
 * How wide a line of PDF-to-text output was on the page. Text output keeps no
 * positions, but a justified paragraph's lines all ran to the margin, and the
 * glyph widths of the few metric families statements are set in (Times New
 * Roman, Arial, DejaVu Sans) turn a line's characters into its natural width
 * far more closely than counting characters does. The family is the one under
 * which the lines that surely ran full (the sentence goes on below them) are
 * most alike; characters are the fallback.
 */
import { GLYPH_WIDTHS } from './glyph-widths.ts';
import type { Line } from '../schema/index.ts';
import { quantile } from './blocks.ts';

export type Metric = 'chars' | 'times' | 'arial' | 'dejavu';
const FAMILIES: Metric[] = ['times', 'arial', 'dejavu'];

/** The average advance of a family's letters: stands in for a character it lacks. */
const average = new Map(
  FAMILIES.map((f) => {
    const ws = Object.values(GLYPH_WIDTHS[f]!);
    return [f, ws.reduce((a, b) => a + b, 0) / Math.max(1, ws.length)];
  }),
);

/**
 * Each family's widths by code point in one array, the average where the
 * family lacks a character: the look-up of every character of every line
 * was a property look-up in a sparse object.
 */
const dense = new Map(
  FAMILIES.map((f) => {
    const widths = GLYPH_WIDTHS[f]!;
    const top = Math.max(...Object.keys(widths).map(Number));
    const out = new Float64Array(top + 1).fill(average.get(f)!);
    for (const [k, w] of Object.entries(widths)) out[Number(k)] = w;
    return [f, out];
  }),
);

export function textWidth(text: string, metric: Metric): number {
  if (metric === 'chars') return [...text].length;
  const widths = dense.get(metric)!;
  const fallback = average.get(metric)!;
  let sum = 0;
  for (const ch of text) sum += widths[ch.codePointAt(0)!] ?? fallback;
  return sum;
}

/** A line that surely ran to the margin, and the first word of the line after it (which did not fit). */
export interface FullLine {
  text: string;
  next: string;
}

export interface Typesetting {
  metric: Metric;
  /** the width of a full line under the metric */
  measure: number;
  /** how well the metric explains the breaks: the room between the widest full lines and the narrowest that the next word would have overfilled, relative (about 0 for the right family, clearly below for a wrong one) */
  margin: number;
}

/**
 * Under the family the text was set in, every full line is at most the measure
 * wide, and with the next line's first word it would be wider: the widest full
 * lines and the narrowest overfilled ones meet. Under a wrong family (or
 * counting characters) they overlap. Picks the family under which fewest lines
 * stand on the wrong side of one measure; where the extremes meet breaks ties.
 * (The extremes alone were a few lines' word: an indented list's full lines, a
 * line a tool broke early, and Times lost to a family the text was not set in.)
 */
export function typesetting(full: FullLine[]): Typesetting {
  const candidates: Metric[] = full.length >= 20 ? ['chars', ...FAMILIES] : ['chars'];
  const scored = candidates.map((metric) => {
    // lines set wider than the text around them (a cover note or a table in a smaller size) do not
    // make the measure: only full lines within a fifth of the typical one's width count
    const all = full.map((l) => ({ width: textWidth(l.text, metric), over: textWidth(`${l.text} ${l.next}`, metric) }));
    const typical = quantile(all.map((l) => l.width), 0.5);
    const kept = all.filter((l) => l.width <= typical * 1.2);
    const widths = kept.map((l) => l.width);
    const overfilled = kept.map((l) => l.over);
    const measure = Math.max(1e-6, quantile(widths, 0.98));
    return { metric, measure, margin: (quantile(overfilled, 0.02) - measure) / measure, misfit: misfits(widths, overfilled) };
  });
  const best = scored.reduce((a, b) => (b.misfit < a.misfit || (b.misfit === a.misfit && b.margin > a.margin) ? b : a));
  return { metric: best.metric, measure: best.measure, margin: best.margin };
}

/**
 * The share of lines on the wrong side of the best single measure: full lines
 * wider than it, or lines the next word would not overfill.
 */
function misfits(widths: number[], overfilled: number[]): number {
  const events = [...widths.map((w) => [w, 1] as const), ...overfilled.map((o) => [o, -1] as const)].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  // a measure below every value: every full line is wider (misfit), no overfilled line falls short
  let wrong = widths.length;
  let best = wrong;
  for (const [, kind] of events) {
    wrong -= kind;
    best = Math.min(best, wrong);
  }
  return best / Math.max(1, widths.length);
}

/**
 * Wider than this in body lines (`bodyMeasure`), a line is two run together (at a hyphen a tool dropped, a
 * break it lost, a table's row, a title), no one line of the body or of the footnotes set smaller.
 */
export const NOT_ONE_LINE = 1.3;

/** A text's width in body lines (1: a typical full line), and where the narrowest quarter of full lines ends. */
export type BodyMeasure = ((text: string) => number) & { lowerQuartile: number; metric: Metric };

/** A marker glued to a word or stop: set small, its digits take hardly any of the line's width. */
const MARKERS = /(?<=[\p{L}.,;:)»"”'’])\d{1,3}(?=\s|$)/gu;

/**
 * How much of a body line's width a text takes, 1 for a typical full line.
 * The lines that surely ran full (the sentence goes on under them in lower
 * case) give the font family and the width; those set longer than the text's
 * typical one (footnotes in a smaller size) are left out. Counting characters
 * against all lines had taken the footnotes' measure for the body's: a line
 * and its broken-off rest fell short of it by a tenth.
 */
export function bodyMeasure(lines: Line[]): BodyMeasure | undefined {
  const full = lines.flatMap((l, i) => {
    const next = lines[i + 1];
    const goesOn = next && !l.blank && !next.blank && /^\p{Ll}/u.test(next.text) && l.text.length > 30 && !/[-\u00ad]$/.test(l.text);
    return goesOn ? [{ text: l.text, next: next.text.split(' ')[0] ?? '' }] : [];
  });
  if (full.length < 10) return undefined;
  const typical = quantile(full.map((l) => l.text.length), 0.5);
  const body = full.filter((l) => l.text.length <= typical * 1.1);
  const { metric } = typesetting(body);
  // a justified line's natural width falls short of the margin by its stretched spaces: the upper quartile
  const widths = body.map((l) => textWidth(l.text, metric));
  const unit = quantile(widths, 0.75);
  const measure = (text: string): number => textWidth(text.replace(MARKERS, ''), metric) / unit;
  return Object.assign(measure, { lowerQuartile: quantile(widths, 0.25) / unit, metric });
}
