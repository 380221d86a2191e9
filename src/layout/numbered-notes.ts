/**
 * The footnote zone read off the footnotes' own numbering, for text printed
 * without a rule over the zone and with each footnote's number at the start
 * of its first line (`1 Under the Constitution, …`), as most PDF-to-text
 * tools print it. Footnotes are numbered in sequence through the document and
 * stand at the foot of the page whose text refers to them. On each page the
 * zone opens at the first line that starts with the next number of the
 * sequence and whose number the text above it refers to with a marker (`exist.8`,
 * `Сенат).6`); from there to the page's end it is the zone, the numbered lines
 * in it taking the sequence on. A rule line is put before it, where a drawn
 * rule would stand, and the zone stage after this reads it as it reads a rule.
 */
import type { Line } from '../schema/index.ts';
import { ENDED, LONE_NUMBER, NUMBERED_LINE, goesOnFromPageBefore, notesOver } from './note-numbers.ts';
import { carriedFrom } from './carried-notes.ts';
import { runningLineTest } from './running-heads.ts';
import { bodyMeasure, type BodyMeasure } from './typeset.ts';

const numberOf = (l: Line | undefined): number | null => {
  const m = !l || l.blank ? null : NUMBERED_LINE.exec(l.text);
  return m ? Number(m[1]) : null;
};

/** `m` is a number from `low` up to, not including, `high`. */
const inRange = (m: number | null, low: number, high: number): boolean => m !== null && m >= low && m < high;

/** A number alone on its line. */
const lone = (l: Line): boolean => LONE_NUMBER.test(l.text);

/** How far the sequence may jump from one page's zone to the next (a footnote missed, or set on a later page). */
export const MAX_SKIP = 6;

/**
 * A marker for footnote `n` in a line: the number glued to a word, a stop or a
 * closing mark, not inside a longer number, or printed after a sentence's stop
 * and a space (`акты. 46. Такие`, `parliament. 5`, as the marker stage reads
 * it too); and not a page number after a table of contents' dot leaders
 * (`INTRODUCTION.........1`).
 */
export const refersTo = (text: string, n: number): boolean => !/[.…]{3}/u.test(text) && markerPattern(n).test(text);

/** The pattern of footnote `n`'s marker, made once a number (the zones ask about every line above a candidate). */
const markerPatterns = new Map<number, RegExp>();
const markerPattern = (n: number): RegExp => {
  let re = markerPatterns.get(n);
  if (!re) markerPatterns.set(n, (re = new RegExp(`(?<=[\\p{L}.,;:)»"”'’%\\]])${n}(?!\\d)|(?<=[.!?;)»"”]\\s)${n}(?=[.;:]?(?:\\s|$))`, 'u')));
  return re;
};

/** A page's zone: its first line, the footnote numbers it opens, how many stand alone, and where footnotes run into a line (line → offsets). */
type Zone = { at: number; numbers: number[]; alone: number; runIn: Map<number, number[]> };

/**
 * A footnote run into the line of the one before, its number glued to that
 * one's last stop, closing mark or web address (`called early.2 Http://…`,
 * `the latter.4 The activities`, `…/fom/8671336 See`: the address's last
 * digits, then the number): a tool that breaks lines only where the baseline
 * drops prints a footnote's raised number on the line before. Where footnote
 * `n`'s text opens in `text` from `from` on, or -1.
 */
function runInAt(text: string, n: number, from = 0): number {
  let re = runInPatterns.get(n);
  if (!re) runInPatterns.set(n, (re = new RegExp(`(?<=\\S[.!?»"”)\\]]|/|https?://\\S*\\d)${n} (?=["«“(]?[\\p{Lu}\\d]|https?:)`, 'gu')));
  // (searched from `from` in the whole text: what stands before it counts)
  re.lastIndex = from;
  return re.exec(text)?.index ?? -1;
}
const runInPatterns = new Map<number, RegExp>();

/** A short figure and its stop right before a place: a number there may be the figure's decimals (`Пункту 7.9 …`). */
const AFTER_FIGURE_STOP = /(?:^|\s)\d{1,3}\.$/u;

/**
 * Where footnote `n` opens run into `text` from `from` on, as `runInAt`, past
 * a decimal: where the first place follows a short figure's stop and a later
 * one is there, the later. `decimal` says the place given still follows one.
 */
export function runInPastDecimal(text: string, n: number, from: number): { at: number; decimal: boolean } {
  const at = runInAt(text, n, from);
  if (at < 0 || !AFTER_FIGURE_STOP.test(text.slice(0, at))) return { at, decimal: false };
  const later = runInAt(text, n, at + 1);
  return later >= 0 ? { at: later, decimal: false } : { at, decimal: true };
}

/**
 * The zones of a text that has pages and numbered footnotes but no rule
 * (three footnote-like lines in sequence, each referred to above it), or
 * null where this stage is not the one to read it.
 */
export function numberedNoteZones(lines: Line[], hasRule: (l: Line) => boolean): Zone[] | null {
  if (lines.some(hasRule)) return null;
  const zones = zoneStarts(lines);
  // numbers printed mostly on lines of their own are read by the stage for that quirk
  // (layout/unruled-notes.ts: it also finds numbers moved to a page's end)
  const alone = zones.reduce((n, z) => n + z.alone, 0);
  const all = zones.reduce((n, z) => n + z.numbers.length, 0);
  return zones.length >= 3 && alone * 2 < all ? zones : null;
}

export const needsNumberedNotes = (lines: Line[], hasRule: (l: Line) => boolean): boolean => numberedNoteZones(lines, hasRule) !== null;

/**
 * Each page's zone, following the sequence: the index of its first line
 * (`at`), the footnote numbers it opens, and how many of them stand alone on
 * their line.
 */
function zoneStarts(lines: Line[]): Zone[] {
  const pages: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i === lines.length || lines[i]!.pageStart) {
      pages.push([start, i]);
      start = i;
    }
  }
  const zones: Zone[] = [];
  // a page's last line may be its running foot (`стр.5`), which is no footnote's last line
  const running = runningLineTest(lines);
  let next = 1;
  let zoneEnd = 0;
  let measured: BodyMeasure | undefined | null = null;
  const measure = (): BodyMeasure | undefined => (measured === null ? (measured = bodyMeasure(lines)) : measured);
  for (const [k, [from, to]] of pages.entries()) {
    // (the page after's text opens in lower case: this page's text goes on over the page)
    const goesOver = (): boolean => k + 1 < pages.length && goesOnFromPageBefore(lines.slice(...pages[k + 1]!), running);
    // the last zone's last line, read on that zone's own page (a page of text between, without footnotes,
    // ends no footnote: its last line going on over the page is the text's)
    const before = (): string | null => (zones.length > 0 ? lastText(lines, zones[zones.length - 1]!.at, zoneEnd, running) : null);
    let zone: (Zone & { next: number }) | null = null;
    for (let i = from; i < to && !zone; i++) {
      const n = numberOf(lines[i]);
      // the next number, or one a little past it (a footnote missed); a number far ahead is not a footnote
      if (n === null || n < next || n > next + MAX_SKIP) continue;
      // a lone number is a footnote's only when its text follows
      if (lone(lines[i]!) && (i + 1 >= to || lines[i + 1]!.blank || numberOf(lines[i + 1]) === n + 1)) continue;
      // a figure the sentence above goes on with (`… by a court, with` / `2 of its leaders …`) opens no footnote
      if (figureGoesOn(lines, i)) continue;
      // the text above refers to it, on this page or at the foot of the one before
      const above = lines.slice(Math.max(0, from - 40), i);
      if (!above.some((l) => refersTo(l.text, n))) continue;
      // a body line that happens to open with the number: the footnote itself opens further down
      if (openedAgainBelow(lines, i, to, n)) continue;
      // one past the next number (`9 февраля …` where 5 is next) when a number between opens a line
      // further down the page: that one is the zone's
      if (n > next && lines.slice(i + 1, to).some((l) => inRange(numberOf(l), next, n))) continue;
      // footnotes right above it that take the sequence up to it, their markers printed apart
      // from their words (Ghostscript puts a raised marker on a row of its own)
      const { at, first } = notesOver(lines, i, n, next, from, false);
      zone = readZone(lines, { from, to, at, i, first, above, before: before(), goesOver, measure });
    }
    // no line opens with the next number: the page's first footnote may run into the last line of one
    // carried over from the page before (`organizations".10 This mechanism …`), the lowest such line
    for (let i = to - 1; i > from && !zone; i--) {
      const above = lines.slice(Math.max(0, from - 40), i);
      if (runInAt(lines[i]!.text, next, 1) < 0 || !above.some((l) => refersTo(l.text, next))) continue;
      zone = readZone(lines, { from, to, at: i, i, first: next, above, before: before(), goesOver, measure });
    }
    if (zone) {
      zones.push(zone);
      zoneEnd = to;
      next = zone.next;
    }
  }
  return zones;
}

/**
 * A page's zone from line `at` (footnotes above its first numbered line `i`
 * included) to the page's end `to`: the numbers it opens, in sequence from
 * `first`, and the footnotes run into its lines from line `i` on. It opens
 * higher where a footnote cut on the page before goes on there.
 */
function readZone(lines: Line[], z: { from: number; to: number; at: number; i: number; first: number; above: Line[]; before: string | null; goesOver: () => boolean; measure: () => BodyMeasure | undefined }): Zone & { next: number } {
  const { from, to, at, i, above } = z;
  const numbers: number[] = [];
  let alone = 0;
  let expect = z.first;
  const runIn = new Map<number, number[]>();
  for (let j = at; j < to; j++) {
    // (a figure the line above goes on with, `… от` / `16 февраля …`, opens no footnote)
    const m = j > at && figureGoesOn(lines, j) ? null : numberOf(lines[j]);
    // the next number, or one or two past it (a footnote's number lost in printing) that the text above refers to
    if (!(m === null || m < expect || m > expect + 2 || (m > expect && !above.some((l) => refersTo(l.text, m))))) {
      numbers.push(m);
      expect = m + 1;
      if (lone(lines[j]!)) alone++;
    }
    // the next footnotes run into this line, each referred to above
    for (let pos = 1; j >= i; ) {
      const { at: k, decimal } = runInPastDecimal(lines[j]!.text, expect, pos);
      // (a decimal's figure, no later place on the line: the footnote is one run in further down, where there is one)
      if (decimal && lines.slice(j + 1, to).some((l) => runInAt(l.text, expect) >= 0)) break;
      // (a number that opens a line further down is the footnote's: here it is a figure)
      if (k < 0 || !above.some((l) => refersTo(l.text, expect)) || lines.slice(j + 1, to).some((l, d) => numberOf(l) === expect && !figureGoesOn(lines, j + 1 + d))) break;
      runIn.set(j, [...(runIn.get(j) ?? []), k]);
      numbers.push(expect);
      pos = k + 1;
      expect++;
    }
  }
  // (where the zone's first footnote is run into its line, what stands before it there is the cut footnote's rest)
  const first = numberOf(lines[at]) === null ? runIn.get(at)?.[0] : undefined;
  return { at: carriedFrom(lines, from, at, z.before, first, z.goesOver, z.measure), numbers, alone, runIn, next: expect };
}

/**
 * Whether footnote `n`, taken to open at line `i`, opens again further down its
 * page, past a blank line and before any footnote `n + 1`: a footnote is not
 * followed by another of its number, and a blank line is the gap between text
 * and zone or between paragraphs, not a wrap inside a footnote. The line at `i`
 * is then text that opens with a number (`2 of the 47 seats …`, wrapped
 * from the line above). Where it goes on in lower case after the number, or
 * under a line whose sentence it goes on with, no blank line is needed: a
 * footnote opens as a sentence does.
 */
export function openedAgainBelow(lines: Line[], i: number, to: number, n: number): boolean {
  // (so does a line under one whose sentence it goes on with: `… in force since` / `1 January 2015, …`)
  let gap = /^\d+ \p{Ll}/u.test(lines[i]!.text) || goesOnFromAbove(lines, i);
  for (let k = i + 1; k < to; k++) {
    const l = lines[k]!;
    if (l.blank) {
      gap = true;
      continue;
    }
    const m = numberOf(l);
    if (m === n + 1) return false;
    if (m === n && gap && !lone(l)) return true;
  }
  return false;
}

/**
 * A line that opens with a figure the sentence above goes on with, not a
 * footnote's number: the line above ends no sentence, and a word in lower case
 * follows the figure (`… suspended by a court, with` / `2 of its leaders …`,
 * a date whose month a language writes in lower case). A footnote opens as a
 * sentence does, or with a web address.
 */
function figureGoesOn(lines: Line[], i: number): boolean {
  const text = lines[i]!.text;
  return /^\d+ \p{Ll}/u.test(text) && !/^\d+ (?:www\.|https?:)/u.test(text) && goesOnFromAbove(lines, i);
}

/** The line above line `i` goes on into it: text (not blank, not a page's first line) that ends no sentence. */
function goesOnFromAbove(lines: Line[], i: number): boolean {
  const above = lines[i - 1];
  return !!above && !above.blank && !above.pageStart && !ENDED.test(above.text.trim());
}

/** The last non-blank line's text of the zone that opened at `at`, on the page that ends before `end`. */
function lastText(lines: Line[], at: number, end: number, running: (l: Line) => boolean): string {
  for (let j = end - 1; j >= at; j--) if (!lines[j]!.blank && !running(lines[j]!)) return lines[j]!.text;
  return '';
}

/**
 * Puts a rule line before each page's footnote zone, a footnote's number
 * printed alone back before the text on the line after it, and footnotes run
 * into the line of the one before on lines of their own.
 */
export function addNumberedNotes(lines: Line[], zones: Zone[] = zoneStarts(lines)): Line[] {
  const starts = new Set(zones.map((z) => z.at));
  const runIn = new Map(zones.flatMap((z) => [...z.runIn]));
  const out: Line[] = [];
  let numbers = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.pageStart) numbers = new Set();
    if (starts.has(i)) {
      const { segments: _columns, ...line } = l;
      out.push({ ...line, text: '', raw: '', blank: true, rawLength: 48, indent: 0, pageStart: false });
      numbers = new Set(zones.find((z) => z.at === i)!.numbers);
    }
    // footnotes run into a line go on lines of their own
    const cuts = runIn.get(i);
    if (cuts) {
      const { segments: _columns, ...line } = l;
      [0, ...cuts].forEach((c, n) => {
        const text = l.text.slice(c, cuts[n] ?? l.text.length).trim();
        out.push({ ...line, text, raw: text, rawLength: text.length, ...(n > 0 ? { indent: 0, pageStart: false } : {}) });
      });
      continue;
    }
    const next = lines[i + 1];
    // its text may open with a number of its own (`61 per cent …`), but not with the next footnote's
    if (lone(l) && numbers.has(Number(l.text)) && next && !next.blank && !next.pageStart && numberOf(next) !== Number(l.text) + 1) {
      out.push({ ...next, text: `${l.text} ${next.text}`, no: l.no });
      i++;
      continue;
    }
    out.push(l);
  }
  return out;
}
