/**
 * Footnote markers in body text. PDF-to-text output prints a superscript
 * number as plain digits glued to the word or punctuation before it
 * (`Парламента).1`, `Жанаозен30`, `органом,20 в то время`) or, at the end of a
 * paragraph, after a space (`преимущество. 39`). Real numbers (`1 234 567`,
 * `2012 года`, `(22 случая).45`'s 22) stand after a space or a digit. Candidates
 * are accepted in reading order against the footnote numbers the document has,
 * which is what tells a marker from a number that happens to be glued.
 */

import { SUPERSCRIPT_CLASS, fromSuperscript } from '../layout/superscript.ts';

export interface Marker {
  number: number;
  /** position of the marker's first character in the unit's text */
  start: number;
  end: number;
}

interface Candidate extends Marker {
  unit: number;
  /** glued to the text before it; spaced candidates need the number to be the expected one */
  glued: boolean;
  /** only the exact number expected next makes this one a marker */
  exact?: boolean;
  /** how sure its pattern is of a marker */
  weight: number;
}

// digits right after a letter or closing punctuation that itself is not preceded by a digit
const GLUED = /(?<=(?:\p{L}|(?<!\d)[.,;:!?)\]»"”’]))(\d{1,3})(?=[\s.,;:!?)\]»"”’]|$)/gu;
// digits after sentence punctuation and a space, closing the text or followed by a new sentence
const SPACED = /(?<=[.!?;)»"”]\s)(\d{1,3})(?=\s*$|\s+[\p{Lu}«"(])/gu;
// digits between spaces inside a sentence, before a word or a number: a marker only where it
// is the very number expected next and no later marker has that number (`жеңілдетілуі, 13 халықаралық`,
// `restrictions 33 and`, `(RECs), 19 207 District`), else a count (`parties, 13 of`)
const SPACED_MID = /(?<=[\p{L},;)\]]\s)(\d{1,3})(?=\s+[\p{L}\d])/gu;
// digits after a sentence's end and a space, before a number that opens the next sentence (`шешеді. 10 2009 жылғы`):
// only the number expected next
const SPACED_BEFORE_NUMBER = /(?<=[.!?;)»"”]\s)(\d{1,3})(?=\s+\d)/gu;
// digits after a sentence's end and a space, before a stop that closes the text or opens the next
// sentence (`акты. 46. Такие`, the source's own doubled stop)
const SPACED_BEFORE_STOP = /(?<=[.!?;)»"”]\s)(\d{1,3})(?=[.;:](?:\s*$|\s+[\p{Lu}«"(]))/gu;
// digits glued to a number's closing stop at a sentence's end (`multiple voting in 6.24`, `in 2012.3`):
// a decimal there is rare, so the number expected next is a marker
const AFTER_NUMBER_STOP = /(?<=\d\.)(\d{1,3})(?=\s*$|\s+[\p{Lu}«"(])/gu;
// superscript digits, but not inside a word: ² and ³ are also Latin-1 letters of mojibake (Ð³ for г), never
// followed by a lower-case letter when they mark a footnote
const SUPER = new RegExp(`(?<![ÐÑÃÂ])${SUPERSCRIPT_CLASS}+(?!\\p{Ll})`, 'gu');

/**
 * The patterns in the order they are read: whether the digits touch the text (then
 * no space goes with them), whether only the number expected next counts, and how
 * the number is read off the match.
 */
const PATTERNS: Array<{ re: RegExp; glued: boolean; exact: boolean; weight: number; number: (m: RegExpMatchArray) => number }> = [
  { re: GLUED, glued: true, exact: false, weight: 2, number: (m) => Number(m[1]) },
  { re: SPACED, glued: false, exact: false, weight: 1.5, number: (m) => Number(m[1]) },
  { re: SPACED_BEFORE_NUMBER, glued: false, exact: true, weight: 1, number: (m) => Number(m[1]) },
  { re: SPACED_BEFORE_STOP, glued: false, exact: false, weight: 1.5, number: (m) => Number(m[1]) },
  { re: SPACED_MID, glued: false, exact: true, weight: 1, number: (m) => Number(m[1]) },
  { re: SUPER, glued: true, exact: false, weight: 3, number: (m) => Number(fromSuperscript(m[0])) },
  { re: AFTER_NUMBER_STOP, glued: true, exact: true, weight: 1, number: (m) => Number(m[1]) },
];

/** The word right after position `at` (past the spaces). */
const WORD_AFTER = /\s+([\p{L}]+)/uy;
const wordAfter = (text: string, at: number): string => {
  WORD_AFTER.lastIndex = at;
  return WORD_AFTER.exec(text)?.[1] ?? '';
};

function candidates(texts: string[], isMonth: (word: string) => boolean = () => false): Candidate[] {
  const out: Candidate[] = [];
  texts.forEach((text, unit) => {
    for (const { re, glued, exact, weight, number } of PATTERNS) {
      for (const m of text.matchAll(re)) {
        // a figure in mid-sentence before a month's name is a date's day (`on 1 April`, `на 1 апреля`), not a marker
        if (re === SPACED_MID && isMonth(wordAfter(text, m.index + m[0].length))) continue;
        out.push({ unit, number: number(m), start: m.index, end: m.index + m[0].length, glued, exact, weight });
      }
    }
  });
  return out.sort((a, b) => a.unit - b.unit || a.start - b.start);
}

/** What a marker left out of the sequence costs: a skipped footnote number (two skipped outweigh a spaced candidate, three a glued one). */
const SKIP = 0.7;

/** One step of a path through the candidates: one marker, or two printed as one run of digits. */
interface Step {
  /** the candidate it reads: where it stands in the text */
  from: Candidate;
  markers: Marker[];
  weight: number;
  exact: boolean;
}

/** A marker read off a candidate: a spaced one takes the space before it too. */
const markerAt = (c: Candidate, number: number, start = c.start, end = c.end): Marker => ({ number, start: c.glued ? start : start - 1, end });

/**
 * Finds the footnote markers of a document's body units (paragraphs, list
 * items, lines) in reading order. `numbers` are the footnotes the document has.
 * Returns the markers of each unit.
 *
 * The candidates are matched against the footnote sequence all at once: the
 * path through them, in reading order with rising numbers, that collects the
 * most weight (how sure each candidate's pattern is) less what the footnote
 * numbers it skips cost. A missed or doubtful marker costs its own reference
 * and no other. A candidate that only the very next number makes a marker (a
 * count in mid-sentence) must follow its predecessor without a gap, and gives
 * way to a surer candidate of the same number later on. A repeated or
 * out-of-order reference, glued to its word, is read after the path.
 */
export function findMarkers(texts: string[], numbers: number[], isMonth?: (word: string) => boolean): Marker[][] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const rank = new Map(sorted.map((n, i) => [n, i]));
  const all = candidates(texts, isMonth);
  // the number a later, surer candidate carries: then a spaced one in mid-sentence is a count
  const lastSure = new Map<number, number>();
  all.forEach((c, i) => !c.exact && lastSure.set(c.number, i));
  // a spaced one gives way to a later one glued to its text too (`since 1 January` before `2015.1`)
  const lastGlued = new Map<number, number>();
  all.forEach((c, i) => (!c.exact || c.glued) && lastGlued.set(c.number, i));
  const steps: Step[] = [];
  all.forEach((c, i) => {
    const yields = c.exact && ((lastSure.get(c.number) ?? -1) > i || (!c.glued && (lastGlued.get(c.number) ?? -1) > i));
    if (rank.has(c.number) && !yields) {
      steps.push({ from: c, markers: [markerAt(c, c.number)], weight: c.weight, exact: c.exact === true });
    }
    // two markers side by side print as one run of digits (⁷⁸ for 7 and 8)
    const digits = String(c.number);
    if (c.glued && c.end - c.start === digits.length) {
      for (let cut = 1; cut < digits.length; cut++) {
        const [x, y] = [Number(digits.slice(0, cut)), Number(digits.slice(cut))];
        if (digits[cut] === '0' || !rank.has(x) || !rank.has(y) || rank.get(y)! - rank.get(x)! < 1 || rank.get(y)! - rank.get(x)! > 2) continue;
        steps.push({ from: c, markers: [markerAt(c, x, c.start, c.start + cut), markerAt(c, y, c.start + cut)], weight: c.weight * 2 - SKIP * (rank.get(y)! - rank.get(x)! - 1) - 0.1, exact: false });
      }
    }
  });
  const first = (s: Step) => rank.get(s.markers[0]!.number)!;
  const last = (s: Step) => rank.get(s.markers.at(-1)!.number)!;
  // best[i]: the most a path ending in step i collects; back[i]: the step before it
  const best: number[] = [];
  const back: number[] = [];
  steps.forEach((s, i) => {
    let score = s.exact && first(s) !== 0 ? Number.NEGATIVE_INFINITY : s.weight - SKIP * first(s);
    let prev = -1;
    for (let j = 0; j < i; j++) {
      const p = steps[j]!;
      if (best[j] === Number.NEGATIVE_INFINITY || last(p) >= first(s) || (p.from.unit === s.from.unit && p.from.end > s.from.start)) continue;
      const gap = first(s) - last(p) - 1;
      if (s.exact && gap > 0) continue;
      const value = best[j]! + s.weight - SKIP * gap;
      if (value > score) [score, prev] = [value, j];
    }
    best.push(score);
    back.push(prev);
  });
  let end = -1;
  let total = 0; // no marker at all
  steps.forEach((s, i) => {
    const value = best[i]! - SKIP * (sorted.length - 1 - last(s));
    if (value > total) [total, end] = [value, i];
  });
  const path: Step[] = [];
  for (let i = end; i >= 0; i = back[i]!) path.unshift(steps[i]!);
  const result: Marker[][] = texts.map(() => []);
  const referenced = new Set(path.flatMap((s) => s.markers.map((m) => m.number)));
  for (const s of path) result[s.from.unit]!.push(...s.markers);
  // references the rising path cannot hold, glued to their word: one out of order near its neighbours
  // (8 before 7), or a repeated one after every footnote was referenced
  const onPath = new Set(path.map((s) => s.from));
  const position = (c: Candidate) => c.unit * 1e7 + c.start;
  for (const c of all) {
    if (onPath.has(c) || !rank.has(c.number) || result[c.unit]!.some((m) => m.start < c.end && c.start < m.end)) continue;
    const before = path.filter((s) => position(s.from) < position(c)).at(-1);
    const after = path.find((s) => position(s.from) > position(c));
    // a candidate that only the next number makes a marker, right after a missed one: the path could not take it
    // with a gap before it, but it fits between its neighbours and one of them follows or precedes it directly
    const lo = before ? last(before) : -1;
    const hi = after ? first(after) : sorted.length;
    const r = rank.get(c.number)!;
    const between = !referenced.has(c.number) && lo < r && r < hi && (r === lo + 1 || r === hi - 1);
    const near = (s: Step | undefined) => s !== undefined && Math.abs(s.markers[0]!.number - c.number) <= 2;
    const outOfOrder = c.glued && !referenced.has(c.number) && (near(before) || near(after));
    const repeated = c.glued && referenced.size === sorted.length && after === undefined && before !== undefined && c.number <= before.markers.at(-1)!.number && c.number > before.markers.at(-1)!.number - 3;
    if (!between && !outOfOrder && !repeated) continue;
    result[c.unit]!.push(markerAt(c, c.number));
    referenced.add(c.number);
  }
  for (const r of result) r.sort((a, b) => a.start - b.start);
  return result;
}

/** White space before a stop, a comma or a colon, which no typesetting puts there. */
const SPACE_BEFORE_STOP = /\s+(?=[.,;:!?])/uy;

/** Removes markers from a text; returns the text and where each marker stood in it. */
export function removeMarkers(text: string, markers: Marker[]): { text: string; at: Array<{ number: number; offset: number }> } {
  let out = '';
  let pos = 0;
  const at: Array<{ number: number; offset: number }> = [];
  for (const m of [...markers].sort((a, b) => a.start - b.start)) {
    out += text.slice(pos, m.start);
    at.push({ number: m.number, offset: out.length });
    pos = m.end;
    // no stop follows a space: one between the marker and a stop is where a tool broke the line after the marker
    SPACE_BEFORE_STOP.lastIndex = pos;
    if (SPACE_BEFORE_STOP.test(text)) pos = SPACE_BEFORE_STOP.lastIndex;
  }
  out += text.slice(pos);
  return { text: out, at };
}

/** Numbers that stand where a marker could: evidence that a footnote of that number exists. */
export function markerLikeNumbers(texts: string[]): Set<number> {
  return new Set(candidates(texts).map((c) => c.number));
}
