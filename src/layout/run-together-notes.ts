/**
 * Footnote lines a tool ran together with no space where each wrapped. A tool
 * that starts a new line only where the baseline moves by more than its
 * font's height prints a small-type footnote zone as one line a page (pypdf
 * with footnotes set in 8 pt): `1 … the Republic ofKazakhstan". See
 * http://….2 According to …, the ODIHR EOMfor that election …`. Such a line
 * opens with a footnote's number (or the rest of one carried over, then the
 * next number run in) and is far wider than the text's lines. It is parted
 * again into the lines it was printed as: each footnote run into it on a line
 * of its own, and each footnote where it wrapped.
 *
 * Where it wrapped is read off the glue: a stop or comma before a letter, a
 * capital after a small letter, a figure after a word, a web address after a
 * word, two words of the text run together (wrap-glue.ts). The wraps that show plainly give
 * the footnotes' measure (in the font family the body is set in); then each
 * wrap is looked for where a printed line would end under that measure, the
 * word after it too long to fit.
 *
 * It runs only where three such lines at least are there: where a tool kept
 * the footnotes' line breaks, nothing changes.
 */
import type { Line } from '../schema/index.ts';
import { quantile } from './blocks.ts';
import { bodyMeasure, textWidth, type FullLine, type Metric } from './typeset.ts';
import { runInPastDecimal } from './numbered-notes.ts';
import { typicalWidth } from './joined-lines.ts';
import { wordsOf, wrapEvidence, type Words } from './wrap-glue.ts';

/** How much wider than the body's lines a footnote line is at least to have been run together. */
const RUN_TOGETHER = 1.4;
/** Where in a run-together line the next wrap may be, in body line widths past the last one: a footnote's small type holds more. */
const WRAP_FROM = 0.8;
const WRAP_TO = 1.45;

/** A line's natural width: a justified line's stretched spaces (printed doubled) count once. */
const natural = (text: string): string => text.replace(/\s+/gu, ' ').trim();

const firstWord = (text: string, at: number): string => /^\S+/u.exec(text.slice(at))?.[0] ?? '';

/**
 * The printed lines a run-together footnote's plain wraps end, each with the
 * word after it: a wrap the glue shows plainly (a stop, a capital, a figure,
 * a web address, two words the text writes), looked for from `from` to `to`
 * characters past the one before. They tell the footnotes' measure.
 */
export function plainWraps(text: string, window: { from: number; to: number }, known: Words): FullLine[] {
  const full: FullLine[] = [];
  let start = 0;
  let found = true;
  while (text.length - start > window.to) {
    let best = { at: -1, evidence: 0 };
    for (let k = Math.max(1, Math.ceil(start + window.from)); k <= start + window.to && k < text.length; k++) {
      const t = tokenAt(text, k);
      if (!t) continue;
      const ev = wrapEvidence(t.token, k - t.at, known);
      if (ev >= 2 && ev >= best.evidence) best = { at: k, evidence: ev };
    }
    if (best.at < 0) {
      // (a printed line between two found wraps only: where none was found, where the next line began is unknown)
      start += window.to;
      found = false;
      continue;
    }
    if (found) full.push({ text: natural(text.slice(start, best.at)), next: firstWord(text, best.at) });
    start = best.at;
    found = true;
  }
  return full;
}

/** How far a token runs either side of a place in it at most: no wrap is looked for in a longer one (a damaged text's run of letters). */
const LONGEST_TOKEN = 160;

/** The token (a run of non-spaces) a place inside which is `k`, or null where `k` is at a token's edge or in a token too long. */
function tokenAt(text: string, k: number): { token: string; at: number } | null {
  if (/\s/u.test(text[k - 1] ?? ' ') || /\s/u.test(text[k] ?? ' ')) return null;
  let [s, e] = [k - 1, k];
  while (s > 0 && !/\s/u.test(text[s - 1]!)) if (k - --s > LONGEST_TOKEN) return null;
  while (e < text.length && !/\s/u.test(text[e]!)) if (++e - k > LONGEST_TOKEN) return null;
  return { token: text.slice(s, e), at: s };
}

/**
 * Every wrap of a run-together footnote line, under the footnotes' measure: a
 * printed line ends where it is no wider than the measure and the word after
 * it would have made it wider. Of such places the one the glue shows most
 * plainly, and of two alike the later; where none shows, the line wrapped at a
 * space that stayed, the last that fits.
 */
export function measuredWraps(text: string, set: { metric: Metric; measure: number }, known: Words): number[] {
  const width = (a: number, b: number): number => textWidth(natural(text.slice(a, b)), set.metric);
  const cuts: number[] = [];
  let start = 0;
  // (the rest wrapped where it is wider than the measure once the space lost at its wrap is counted)
  const space = textWidth(' ', set.metric);
  for (;;) {
    // a rest within a few per cent of the measure (read off a few lines) may have wrapped still: where two words
    // plainly run together
    const rest = width(start, text.length) + space;
    const over = rest > set.measure;
    if (!over && rest <= set.measure * OVERFILLS) break;
    let best = { at: -1, evidence: 0 };
    let lastSpace = -1;
    for (let k = start + 1; k < text.length; k++) {
      if (width(start, k) > set.measure * FITS) break;
      if (text[k] === ' ' && text[k - 1] !== ' ') lastSpace = k;
      const t = tokenAt(text, k);
      if (!t) continue;
      // the word after the wrap would not have fitted
      if (textWidth(`${natural(text.slice(start, k))} ${firstWord(text, k)}`, set.metric) <= set.measure * OVERFILLS) continue;
      const ev = wrapEvidence(t.token, k - t.at, known);
      if (ev > FAINTEST && ev >= best.evidence) best = { at: k, evidence: ev };
    }
    if (!over) {
      if (best.evidence >= 2) cuts.push(best.at);
      break;
    }
    if (best.at >= 0) {
      cuts.push(best.at);
      start = best.at;
    } else if (lastSpace > start) {
      start = lastSpace + 1;
    } else break;
  }
  return cuts;
}

/**
 * Evidence this faint is none: letters the text writes side by side and
 * almost never apart (`раз|мещены`, a word the tool printed whole before a
 * space it kept at the wrap: the line wrapped at that space).
 */
const FAINTEST = 0.001;

/** How far past the measure a printed line may run (the measure is read off a few lines), and how far short the next word may leave it. */
const FITS = 1.03;
const OVERFILLS = 0.97;

/**
 * The footnotes' measure under `metric`: the width that leaves fewest of the
 * printed lines on its wrong side (a line wider than it, or one the next word
 * would not have overfilled); a wrap found in the wrong place is one line
 * among many, not the widest.
 */
export function measureOf(full: FullLine[], metric: Metric): number {
  const widths = full.map((l) => textWidth(l.text, metric));
  const over = full.map((l) => textWidth(`${l.text} ${l.next}`, metric));
  let best = { measure: quantile(widths, 0.98), wrong: Infinity };
  for (const m of [...widths].sort((a, b) => a - b)) {
    const wrong = widths.filter((w) => w > m).length + over.filter((o) => o <= m).length;
    if (wrong < best.wrong) best = { measure: m, wrong };
  }
  return best.measure;
}

/** A line that opens as a numbered footnote does, and its number. */
const NUMBERED = /^(\d{1,3})\s+\S/u;

/**
 * A run-together line's footnotes: where each opens (the first at 0, which may
 * be the rest of a footnote carried over from the page before), and the number
 * the next footnote will have; null where the line holds none. `next` is the
 * number the next footnote has, read off the lines before.
 */
function noteStarts(text: string, next: number): { starts: number[]; next: number } | null {
  const opens = NUMBERED.exec(text);
  let n: number;
  if (opens) n = Number(opens[1]) + 1;
  else {
    // a footnote's rest carried over, then the next footnote run into it
    if (runInPastDecimal(text, next, 1).at < 0) return null;
    n = next;
  }
  const starts = [0];
  for (let at = runInPastDecimal(text, n, 1).at; at > 0; at = runInPastDecimal(text, n, at + 1).at) {
    starts.push(at);
    n++;
  }
  return { starts, next: n };
}

/**
 * The text's run-together footnote lines with where their footnotes open, and
 * its lines' width; null where there are not three. Beside them, the lines
 * wider than the text's that open with the footnote next in sequence and hold
 * no other (`shorter`): a footnote of two printed lines run together is not
 * far wider than the body's lines (its small type holds more), and is told by
 * the footnotes' measure once that is known.
 */
function runTogetherLines(lines: Line[]): { width: number; wide: Map<Line, number[]>; shorter: Set<Line>; sequenced: number } | null {
  const width = typicalWidth(lines);
  if (width === null) return null;
  const wide = new Map<Line, number[]>();
  const shorter = new Set<Line>();
  let sequenced = 0;
  let next = 1;
  for (const l of lines) {
    if (l.text.length < width * RUN_TOGETHER) {
      const opens = NUMBERED.exec(l.text);
      // (a footnote of one printed line keeps the count too)
      if (opens && Number(opens[1]) === next && noteStarts(l.text, next)?.starts.length === 1) {
        if (l.text.length > width) shorter.add(l);
        next++;
      }
      continue;
    }
    const notes = noteStarts(l.text, next);
    if (!notes) continue;
    const opens = NUMBERED.exec(l.text);
    if (!opens || Number(opens[1]) === next) sequenced++;
    wide.set(l, notes.starts);
    next = notes.next;
  }
  return wide.size >= 3 ? { width, wide, shorter, sequenced } : null;
}

/** Whether a text's tool ran its footnotes' lines together (the runner then hands over the language's dictionary). */
export const runsNotesTogether = (lines: Line[]): boolean => runTogetherLines(lines) !== null;

/**
 * The lines with each run-together footnote line parted into the lines it was
 * printed as: each footnote run into it on a line of its own, each wrap
 * spaced. The others as they were. A run-together line opens with a
 * footnote's number and is far wider than the text's lines; three such lines
 * at least make a text whose tool runs its footnotes' lines together.
 */
export function partRunTogetherNotes(lines: Line[], knows?: (word: string) => boolean): Line[] {
  const found = runTogetherLines(lines);
  if (!found) return lines;
  const { width, wide, shorter, sequenced } = found;
  const rest = lines.filter((l) => !wide.has(l) && !shorter.has(l));
  // (the run-together lines' words count too: most of their words stand apart; their tokens as written do not)
  const own = wordsOf(lines, undefined, rest);
  const known: Words = knows ? { ...own, knows } : own;
  const notes = (l: Line): string[] => {
    const starts = wide.get(l)!;
    return starts.map((s, k) => l.text.slice(s, starts[k + 1] ?? l.text.length).trim());
  };
  // first the wraps the glue shows plainly, a line's width or a little less to half as much again apart: the
  // printed lines they end give the footnotes' measure, in the family the body is set in (read off its full lines)
  // (the text's own words only: a dictionary knows more pieces of words than a wrap needs to be plain; but where
  // they show fewer than three and the wide lines are footnotes in sequence, the dictionary's words too: Kazakh and
  // Russian footnotes of two or three printed lines, glued between two words of small letters, show few plain signs)
  const plain = (words: Words): FullLine[] => [...wide.keys()].flatMap((l) => notes(l).flatMap((t) => plainWraps(t, { from: width * WRAP_FROM, to: width * WRAP_TO }, words)));
  let full = plain(own);
  if (full.length < 3 && knows && sequenced >= 3 && sequenced * 3 >= wide.size * 2) full = plain(known);
  if (full.length < 3) return lines;
  const metric = bodyMeasure(rest)?.metric ?? 'chars';
  const set = { metric, measure: measureOf(full, metric) };
  // (a shorter footnote line is parted where it runs past the footnotes' measure, as a run-together one is)
  for (const l of shorter) wide.set(l, [0]);
  return lines.flatMap((l) => {
    if (!wide.has(l)) return [l];
    const printed = notes(l).flatMap((t) => {
      const cuts = measuredWraps(t, set, known);
      return [0, ...cuts].map((c, k) => t.slice(c, cuts[k] ?? t.length).trim());
    });
    return printed.map((text, k) => ({ ...l, text, raw: text, rawLength: text.length, ...(k > 0 ? { indent: 0, pageStart: false } : {}) }));
  });
}
