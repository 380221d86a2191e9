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
// superscript digits, but not inside a word: ² and ³ are also Latin-1 letters of mojibake (Ð³ for г), never
// followed by a lower-case letter when they mark a footnote
const SUPER = new RegExp(`(?<![ÐÑÃÂ])${SUPERSCRIPT_CLASS}+(?!\\p{Ll})`, 'gu');

/**
 * The patterns in the order they are read: whether the digits touch the text (then
 * no space goes with them), whether only the number expected next counts, and how
 * the number is read off the match.
 */
const PATTERNS: Array<{ re: RegExp; glued: boolean; exact: boolean; number: (m: RegExpMatchArray) => number }> = [
  { re: GLUED, glued: true, exact: false, number: (m) => Number(m[1]) },
  { re: SPACED, glued: false, exact: false, number: (m) => Number(m[1]) },
  { re: SPACED_BEFORE_NUMBER, glued: false, exact: true, number: (m) => Number(m[1]) },
  { re: SPACED_BEFORE_STOP, glued: false, exact: false, number: (m) => Number(m[1]) },
  { re: SPACED_MID, glued: false, exact: true, number: (m) => Number(m[1]) },
  { re: SUPER, glued: true, exact: false, number: (m) => Number(fromSuperscript(m[0])) },
];

function candidates(texts: string[]): Candidate[] {
  const out: Candidate[] = [];
  texts.forEach((text, unit) => {
    for (const { re, glued, exact, number } of PATTERNS) {
      for (const m of text.matchAll(re)) out.push({ unit, number: number(m), start: m.index, end: m.index + m[0].length, glued, exact });
    }
  });
  return out.sort((a, b) => a.unit - b.unit || a.start - b.start);
}

/**
 * Finds the footnote markers of a document's body units (paragraphs, list
 * items, lines) in reading order. `numbers` are the footnotes the document has.
 * Returns the markers of each unit.
 */
export function findMarkers(texts: string[], numbers: number[]): Marker[][] {
  const known = new Set(numbers);
  const sorted = [...known].sort((a, b) => a - b);
  const result: Marker[][] = texts.map(() => []);
  const referenced = new Set<number>();
  let last = 0;
  const nextExpected = (): number | undefined => sorted.find((n) => n > last && !referenced.has(n));
  const accept = (unit: number, number: number, start: number, end: number): void => {
    result[unit]!.push({ number, start, end });
    referenced.add(number);
    last = Math.max(last, number);
  };
  const all = candidates(texts);
  // the number a later, surer candidate carries: then a spaced one in mid-sentence is a count
  const lastSure = new Map<number, number>();
  all.forEach((c, i) => !c.exact && lastSure.set(c.number, i));
  const laterSure = all.map((c, i) => c.exact === true && (lastSure.get(c.number) ?? -1) > i);
  for (const [i, c] of all.entries()) {
    if (laterSure[i]) continue;
    const expected = nextExpected();
    // two markers side by side print as one run of digits (⁷⁸ for 7 and 8): split it where the sequence says
    if (c.glued && expected !== undefined && c.number !== expected && c.end - c.start >= 2) {
      const digits = String(c.number);
      const k = [...Array(digits.length - 1).keys()].map((cut) => cut + 1).find((cut) => Number(digits.slice(0, cut)) === expected && known.has(Number(digits.slice(cut))) && Number(digits.slice(cut)) > expected && Number(digits.slice(cut)) <= expected + 2 && digits[cut] !== '0');
      if (k !== undefined && c.end - c.start === digits.length) {
        accept(c.unit, expected, c.start, c.start + k);
        accept(c.unit, Number(digits.slice(k)), c.start + k, c.end);
        continue;
      }
    }
    if (!known.has(c.number)) continue;
    const ok =
      c.number === expected ||
      // a spaced marker after a missed one: the sequence picks up again
      (!c.glued && !c.exact && expected !== undefined && c.number > expected && c.number <= expected + 2 && !referenced.has(c.number)) ||
      // out of order or a repeated reference: only a glued marker near the expected place
      (c.glued && expected !== undefined && Math.abs(c.number - expected) <= 2 && !referenced.has(c.number)) ||
      (c.glued && expected === undefined && c.number > last - 3 && c.number <= last);
    if (!ok) continue;
    // a spaced candidate also needs the space dropped with it
    accept(c.unit, c.number, c.glued ? c.start : c.start - 1, c.end);
  }
  return result;
}

/** Removes markers from a text; returns the text and where each marker stood in it. */
export function removeMarkers(text: string, markers: Marker[]): { text: string; at: Array<{ number: number; offset: number }> } {
  let out = '';
  let pos = 0;
  const at: Array<{ number: number; offset: number }> = [];
  for (const m of [...markers].sort((a, b) => a.start - b.start)) {
    out += text.slice(pos, m.start);
    at.push({ number: m.number, offset: out.length });
    pos = m.end;
  }
  out += text.slice(pos);
  return { text: out, at };
}

/** Numbers that stand where a marker could: evidence that a footnote of that number exists. */
export function markerLikeNumbers(texts: string[]): Set<number> {
  return new Set(candidates(texts).map((c) => c.number));
}
