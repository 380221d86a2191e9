/**
 * How full a body line is, which tells a paragraph's last line from a line
 * that wrapped. The PDF path measures the line's extent; the text path its
 * natural width in the glyph widths of the family the text was set in (see
 * layout/typeset.ts), or its characters against the typical full line when no
 * family fits.
 */
import type { ZonedLine } from '../schema/index.ts';
import { quantile } from '../layout/blocks.ts';
import { SUPERSCRIPT_CLASS } from '../layout/superscript.ts';
import { textWidth, typesetting, type Metric } from '../layout/typeset.ts';

/** How full a line is, 0..1, with two questions a block stage asks of it. */
export type FillOf = ((line: ZonedLine) => number) & {
  /** `word` (after a space; a compound up to its hyphen) would have fitted on the line: the break after it was not made by wrapping (never after a line justification stretched) */
  fits: (line: ZonedLine, word: string) => boolean;
  /** the line reaches the right margin: in justified text only lines that go on do */
  full: (line: ZonedLine) => boolean;
  /** how the text path measured: a font family's glyph widths or characters */
  metric: Metric | 'geometry';
  /** how many printed lines a tool ran into this one (1: the line as printed) */
  printed: (line: ZonedLine) => number;
};

// a footnote marker after punctuation is set small: its digits take hardly any room
const MARKERS = new RegExp(`(?<=[.,;:!?)»"”])\\s?(?:\\d{1,3}|${SUPERSCRIPT_CLASS}{1,3})(?=\\s|$)`, 'gu');
const unmarked = (text: string): string => text.replace(MARKERS, '');

// character counts of full lines vary with the letters in them: a wide margin for that;
// glyph widths leave kerning and the odd unknown character
const FIT_CHARS = 0.92;
const FIT_GLYPHS = 0.995;

/**
 * Two printed lines in one: a tool that joins a word hyphenated at a line's
 * end joins the two lines too (poppler: `вебсайтов по-прежнему заблокированы.`
 * after a full line's words). Past a third more than a full line (a smaller
 * footnote's line runs a fifth more), what is left after one full line (or
 * more: three lines run into one) is the last printed line, which tells
 * whether the paragraph ended there.
 */
const JOINED_LINE = 1.3;
/**
 * How far past a full line one printed line runs at most, in a line found
 * run together: a line just over two full lines is three, its last one short
 * (2.2: 1 + 1 + 0.2, never 1 + 1.2). Counted in characters a line that wrapped
 * runs up to a tenth past the measure; in a family's glyph widths hardly ever
 * past it (one in two hundred by 0.3 %), so 2.05 is 1 + 1 + 0.05 there.
 */
const SINGLE_MAX_CHARS = 1.1;
const SINGLE_MAX_GLYPHS = 1.02;
const fullLinesBefore = (fill: number, most = SINGLE_MAX_CHARS): number => (fill > JOINED_LINE ? Math.ceil(fill - most) : 0);

/** What of a word a line could have taken: a compound's first part with its hyphen (`ҚБМ-` of `ҚБМ-ның`), a line may break after it. */
const breakable = (word: string): string => /^(\p{L}[^\s-]*-)\p{L}/u.exec(word)?.[1] ?? word;

export function fillMeasure(lines: ZonedLine[]): FillOf {
  const body = lines.filter((l) => l.zone === 'body' && !l.blank);
  const withGeometry = body.filter((l) => l.geometry);
  if (withGeometry.length > body.length / 2) return geometricFill(withGeometry);
  // lines that surely ran to the margin: the sentence goes on, in lower case, on the next line
  const wraps = body.flatMap((l, i) => {
    const next = body[i + 1];
    return next !== undefined && next.page === l.page && /^\p{Ll}/u.test(next.text) && !/[-\u00ad]$/.test(l.text) && l.text.length > 30 ? [{ l, next }] : [];
  });
  // (two printed lines a tool ran into one set no measure: a text that drops many hyphens holds them by the
  // quarter and more, and no single line runs far wider than most lines that wrapped)
  const median = wraps.length >= 20 ? quantile(wraps.map(({ l }) => l.text.length), 0.5) : Infinity;
  const single = (l: ZonedLine): boolean => l.text.length <= median * JOINED_LINE;
  const full = wraps.filter(({ l }) => single(l)).map(({ l, next }) => ({ text: unmarked(l.text), next: breakable(next.text.split(' ')[0] ?? '') }));
  const set = typesetting(full);
  if (set.metric === 'chars') {
    const fullChars = Math.max(1, quantile(body.filter(single).map((l) => l.text.length), 0.9));
    const chars = (l: ZonedLine): number => l.text.length / fullChars;
    const fill = (l: ZonedLine): number => (l.stretched ? 1 : chars(l) - fullLinesBefore(chars(l)));
    return Object.assign(fill, {
      fits: (l: ZonedLine, word: string) => !l.stretched && (unmarked(l.text).length + breakable(word).length + 1) / fullChars - fullLinesBefore(chars(l)) < FIT_CHARS,
      full: (l: ZonedLine) => fill(l) >= 0.9,
      metric: 'chars' as const,
      printed: (l: ZonedLine) => (l.stretched ? 1 : 1 + fullLinesBefore(chars(l))),
    });
  }
  const width = (text: string): number => textWidth(unmarked(text), set.metric) / set.measure;
  // a line stretched word by word ran to the margin, whatever its letters measure
  const fill = (l: ZonedLine): number => {
    if (l.stretched) return 1;
    const w = width(l.text);
    return w - fullLinesBefore(w, SINGLE_MAX_GLYPHS);
  };
  return Object.assign(fill, {
    fits: (l: ZonedLine, word: string) => !l.stretched && width(`${l.text} ${breakable(word)}`) - fullLinesBefore(width(l.text), SINGLE_MAX_GLYPHS) < FIT_GLYPHS,
    full: (l: ZonedLine) => fill(l) >= 0.9,
    metric: set.metric,
    printed: (l: ZonedLine) => (l.stretched ? 1 : 1 + fullLinesBefore(width(l.text), SINGLE_MAX_GLYPHS)),
  });
}

function geometricFill(withGeometry: ZonedLine[]): FillOf {
  const left = quantile(withGeometry.map((l) => l.geometry!.x), 0.1);
  const right = quantile(withGeometry.map((l) => l.geometry!.x + l.geometry!.width), 0.9);
  const width = Math.max(1, right - left);
  // justified lines that end in a written line break are stretched to the full width,
  // so a line is only as full as its characters say too
  const fullChars = Math.max(1, quantile(withGeometry.map((l) => l.text.length), 0.9));
  const geometric = (l: ZonedLine): number => (l.geometry ? (l.geometry.x + l.geometry.width - left) / width : 1);
  // (a line's characters start where it does: an indented first line holds fewer, though as full)
  const indentChars = (l: ZonedLine): number => (l.geometry ? Math.max(0, ((l.geometry.x - left) * fullChars) / width) : 0);
  const chars = (text: string, l: ZonedLine): number => text.length + indentChars(l);
  const fill = (l: ZonedLine): number => Math.min(geometric(l), chars(l.text, l) / fullChars);
  const rightEdge = (l: ZonedLine): number => (l.geometry ? l.geometry.x + l.geometry.width : 0);
  const justified = withGeometry.filter((l) => Math.abs(rightEdge(l) - right) <= 1.5).length > 0.5 * withGeometry.length;
  // (a line of justified text that runs to the margin: stretched there, or a line that went on)
  const atMargin = (l: ZonedLine): boolean => right - rightEdge(l) <= 1.5;
  // (lines set flush left stop short of the margin by up to a word: the margin is where the widest lines end)
  const margin = quantile(withGeometry.map(rightEdge), 0.98);
  // the line's own width a character
  const letter = (l: ZonedLine): number => l.geometry!.width / Math.max(1, l.text.length);
  // the word and a space after the line's end, at that width, short of the margin
  const fitsAt = (l: ZonedLine, word: string): boolean => rightEdge(l) + (breakable(word).length + 1) * letter(l) < margin;
  // (half a letter: a justified line that stops short of the margin by more was not stretched, so no word wrapped
  // after it: its break was written, whatever word follows)
  const unstretched = (l: ZonedLine): boolean => justified && right - rightEdge(l) > letter(l) / 2;
  return Object.assign(fill, {
    // (in justified text a line that stops short of the margin: its break was written where it stops well short,
    // else its own width says what fits)
    fits: (l: ZonedLine, word: string) =>
      l.geometry && (!justified || !atMargin(l)) ? unstretched(l) || fitsAt(l, word) : (chars(unmarked(l.text), l) + breakable(word).length + 1) / fullChars < FIT_CHARS,
    full: (l: ZonedLine) => (justified && l.geometry ? atMargin(l) : geometric(l) >= 0.9),
    metric: 'geometry' as const,
    printed: () => 1,
  });
}
