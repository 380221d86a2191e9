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
 * word, two words of the text run together. The wraps that show plainly give
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

/** How much wider than the body's lines a footnote line is at least to have been run together. */
const RUN_TOGETHER = 1.4;
/** Where in a run-together line the next wrap may be, in body line widths past the last one: a footnote's small type holds more. */
const WRAP_FROM = 0.8;
const WRAP_TO = 1.45;

/** A word, a compound written with its hyphens one word (a suffix after an acronym's hyphen, `ОСК-ның`, is none) */
const WORD = /\p{L}+(?:-\p{L}+)*/gu;

/** How strongly a place inside a token says a wrapped line ended there; 0: not at all. */
type Evidence = number;

interface Words {
  /** words in lower case, and how often the text writes them */
  words: Map<string, number>;
  /** tokens as written (outer punctuation off), and how often */
  tokens: Map<string, number>;
  /** how many words end with each two letters, and how many open with each two, and the most of either */
  ends: Map<string, number>;
  opens: Map<string, number>;
  most: number;
  /** the language's dictionary, where the runner gave one */
  knows?: (word: string) => boolean;
}

/**
 * How often the text writes a word, or once where only the dictionary knows
 * it: a word of four letters or more (a dictionary knows most short pieces of
 * words, `ac`, `tot`, `ion`).
 */
const seen = (known: Words, word: string): number => known.words.get(word.toLowerCase()) ?? (word.length >= 4 && known.knows?.(word.toLowerCase()) ? 1 : 0);

const bare = (token: string): string => token.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');

function wordsOf(lines: Line[]): Words {
  const words = new Map<string, number>();
  const tokens = new Map<string, number>();
  const ends = new Map<string, number>();
  const opens = new Map<string, number>();
  const add = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const l of lines) {
    for (const m of l.text.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      add(words, w);
      if (w.length >= 3) {
        add(ends, w.slice(-2));
        add(opens, w.slice(0, 2));
      }
    }
    for (const t of l.text.split(/\s+/)) if (t) add(tokens, bare(t));
  }
  return { words, tokens, ends, opens, most: Math.max(1, ...ends.values(), ...opens.values()) };
}

/**
 * How like the end of one of the text's words `left` ends and the beginning of
 * one `right` begins (their last and first two letters), from 0 to 1: a
 * language's endings and beginnings, read off the text itself.
 */
function boundary(left: string, right: string, known: Words): number {
  if (left.length < 2 || right.length < 2) return 0;
  const end = known.ends.get(left.slice(-2).toLowerCase()) ?? 0;
  const open = known.opens.get(right.slice(0, 2).toLowerCase()) ?? 0;
  return (end * open) / (known.most * known.most);
}

/**
 * How strongly the place `k` inside `token` (the wrap glued the part before
 * it to the part after) says a line ended there.
 */
export function wrapEvidence(token: string, k: number, known: Words): Evidence {
  const [a, b] = [token[k - 1]!, token[k]!];
  const before = token.slice(0, k);
  const after = token.slice(k);
  if (/^(?:https?:|www\.)/u.test(after) && /[\p{L}.,;:]$/u.test(before)) return 5;
  // inside a web address nothing else is a wrap: its words run together as they are
  if (/https?:|www\./u.test(before)) return 0;
  // (a figure's thousands, `21,364`, are no wrap)
  if (/[,;:]/u.test(a) && (/[\p{L}"«“(]/u.test(b) || (/\d/u.test(b) && !/\d/u.test(token[k - 2] ?? '')))) return 5;
  // a stop after a word of small letters, then a capital: a sentence's end (`election.The`, not `U.S.A`)
  if (/[.!?]/u.test(a) && /\p{Lu}/u.test(b) && /\p{Ll}{2}[.!?]$/u.test(before)) return 5;
  if (/[)"”»]/u.test(a) && /\p{L}/u.test(b)) return 4;
  // a dash, a number sign, or a word before an opening quotation mark, glued to what follows
  if ((/[–—]/u.test(a) && /[\p{L}\d]/u.test(b)) || (a === '№' && /\d/u.test(b)) || (/\p{L}/u.test(a) && /[«“(]/u.test(b))) return 4;
  // an abbreviation's stop, then a word in small letters (`См.итоговый`)
  if (a === '.' && /\p{Ll}/u.test(b) && /(?:^|[^\p{L}])\p{L}{2,4}\.$/u.test(before) && !/https?:|www\./u.test(token)) return 3;
  // a token the text writes as it is elsewhere too is a word (`YouTube`, `ЦИКа`)
  if ((known.tokens.get(bare(token)) ?? 0) >= 2) return 0;
  if (/\p{Ll}/u.test(a) && /\p{Lu}/u.test(b)) return 4;
  if ((/\p{L}/u.test(a) && /\d/u.test(b)) || (/\d/u.test(a) && /\p{L}/u.test(b))) return 3;
  const left = /\p{L}+$/u.exec(before)?.[0] ?? '';
  const right = /^\p{L}+/u.exec(after)?.[0] ?? '';
  if (!left || !right) return 0;
  // a one-letter word, then a capitalised one the text writes (`ВАлматы`)
  if (/^\p{Lu}$/u.test(left) && /^\p{Lu}\p{Ll}+$/u.test(right) && seen(known, right) > 0) return 3;
  // an acronym, then a word in small letters (`EOMfor`)
  if (/^\p{Lu}{2,}$/u.test(left) && /^\p{Ll}{2,}$/u.test(right) && seen(known, right) > 0) return 3;
  // two words of the text run together, the whole never written so
  // (a word the dictionary knows whole is one word: `within`, `another`)
  if (/\p{Ll}/u.test(a) && /\p{Ll}/u.test(b) && (known.words.get((left + right).toLowerCase()) ?? 0) < 2 && !known.knows?.((left + right).toLowerCase())) {
    const least = Math.min(seen(known, left), seen(known, right));
    if (least >= 1) return 2;
    // one of them a word of the text, the other three letters or more (`aswell`, `fundto`): the weakest sign,
    // taken only where the measure puts a wrap and nothing plainer shows
    const [l, r] = [left.length >= 2 ? seen(known, left) > 0 : (known.words.get(left.toLowerCase()) ?? 0) >= 3, right.length >= 2 && seen(known, right) > 0];
    // (of two such places, the one more like a word's end and the next one's beginning)
    if ((l && right.length >= 3) || (r && left.length >= 3)) return 1 + 0.9 * boundary(left, right, known);
  }
  // neither part a word the text writes elsewhere: how like the ends and beginnings of the text's words they are,
  // below any sign above
  return /\p{L}/u.test(a) && /\p{L}/u.test(b) ? 0.9 * boundary(left, right, known) : 0;
}

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
  while (width(start, text.length) + space > set.measure) {
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
      if (ev > 0 && ev >= best.evidence) best = { at: k, evidence: ev };
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

/** The text's run-together footnote lines with where their footnotes open, and its lines' width; null where there are not three. */
function runTogetherLines(lines: Line[]): { width: number; wide: Map<Line, number[]> } | null {
  const width = typicalWidth(lines);
  if (width === null) return null;
  const wide = new Map<Line, number[]>();
  let next = 1;
  for (const l of lines) {
    if (l.text.length < width * RUN_TOGETHER) continue;
    const notes = noteStarts(l.text, next);
    if (!notes) continue;
    wide.set(l, notes.starts);
    next = notes.next;
  }
  return wide.size >= 3 ? { width, wide } : null;
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
  const { width, wide } = found;
  const rest = lines.filter((l) => !wide.has(l));
  // (the run-together lines' words count too: most of their words stand apart)
  const own = wordsOf(lines);
  const known: Words = knows ? { ...own, knows } : own;
  const notes = (l: Line): string[] => {
    const starts = wide.get(l)!;
    return starts.map((s, k) => l.text.slice(s, starts[k + 1] ?? l.text.length).trim());
  };
  // first the wraps the glue shows plainly, a line's width or a little less to half as much again apart: the
  // printed lines they end give the footnotes' measure, in the family the body is set in (read off its full lines)
  // (the text's own words only: a dictionary knows more pieces of words than a wrap needs to be plain)
  const full = [...wide.keys()].flatMap((l) => notes(l).flatMap((t) => plainWraps(t, { from: width * WRAP_FROM, to: width * WRAP_TO }, own)));
  if (full.length < 3) return lines;
  const metric = bodyMeasure(rest)?.metric ?? 'chars';
  const set = { metric, measure: measureOf(full, metric) };
  return lines.flatMap((l) => {
    if (!wide.has(l)) return [l];
    const printed = notes(l).flatMap((t) => {
      const cuts = measuredWraps(t, set, known);
      return [0, ...cuts].map((c, k) => t.slice(c, cuts[k] ?? t.length).trim());
    });
    return printed.map((text, k) => ({ ...l, text, raw: text, rawLength: text.length, ...(k > 0 ? { indent: 0, pageStart: false } : {}) }));
  });
}
