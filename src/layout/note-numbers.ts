/**
 * Footnote numbers in PDF-to-text output, whatever the tool: a number alone on
 * its line or before its text, the footnotes over a zone that take the
 * sequence up to it, the numbers of a zone that take the sequence on, and
 * where footnotes whose numbers were lost start in a block of footnote text.
 * The zone stages (numbered-notes.ts, unruled-notes.ts) read numbers through
 * these.
 */
import type { Line } from '../schema/index.ts';

/** A footnote's number (or a marker) printed on a line of its own. */
export const LONE_NUMBER = /^\d{1,3}$/;

/** A footnote's number and its text on one line (`13 Anonymous and foreign donations …`). */
export const NUMBER_AND_TEXT = /^(\d{1,3})\s+\S/;

/** A footnote's first line: its number, a space, its text; or its number alone, its text on the next line. */
export const NUMBERED_LINE = /^(\d{1,3})(?:\s+\S|$)/;
/** Opens with a footnote's number: alone on its line, or before its text. */
export const opensNumbered = (l: Line): boolean => !l.blank && NUMBERED_LINE.test(l.text);

/** Opens with footnote number `n`: alone on its line, or before its text. */
export const opensWith = (l: Line, n: number): boolean => !l.blank && (l.text === String(n) || Number(NUMBER_AND_TEXT.exec(l.text)?.[1]) === n);

/**
 * Footnotes printed number and text on one line right over a zone that opens at
 * line `at` with footnote `first`, their numbers taking the sequence down to
 * `lowest` at most (a footnote whose marker was printed apart from its word, so
 * that nothing above refers to it): within 12 lines, from line `top` down; a
 * blank line stops the search where `blankStops`. Returns where the zone opens
 * then, and its first number.
 */
export function notesOver(lines: Line[], at: number, first: number, lowest: number, top: number, blankStops: boolean): { at: number; first: number } {
  let [open, number] = [at, first];
  for (let j = at - 1; j >= top && at - j <= 12 && number - 1 >= lowest; j--) {
    const l = lines[j]!;
    if (l.blank) {
      if (blankStops) break;
      continue;
    }
    if (Number(NUMBER_AND_TEXT.exec(l.text)?.[1]) === number - 1) [open, number] = [j, number - 1];
  }
  return { at: open, first: number };
}

/**
 * The lone numbers of a zone that take the footnote sequence on from
 * `expected`: a number is a footnote's when it is the next one, or when no
 * number after it in the zone fills the gap up to it (a footnote lost) and
 * the text refers to it (`referred`). A number that breaks the order (`20` in
 * `13 … 20 апреля … 14`), or skips ahead to a number no marker stands for (a
 * date's day in a footnote line printed a word a line), is text that the
 * tool printed on a line of its own: taken for a footnote, it would have cost
 * every footnote it skipped.
 */
export function numbersInSequence(zone: Line[], plausible: (l: Line | undefined) => boolean, expected: number, referred: (n: number) => boolean = () => true): Set<number> {
  const candidates = zone.flatMap((l, i) => (plausible(l) && zone[i + 1] ? [i] : []));
  const taken = new Set<number>();
  candidates.forEach((i, k) => {
    const n = +zone[i]!.text;
    if (n < expected) return;
    if (n > expected && candidates.slice(k + 1).some((j) => +zone[j]!.text >= expected && +zone[j]!.text < n)) return;
    if (n > expected && !referred(n)) return;
    taken.add(i);
    expected = n + 1;
  });
  return taken;
}

/** Ends a sentence or a bracket, as a footnote's last line does. */
export const ENDS = /[.!?»")\]”]$/u;
/** Ends a sentence or a web address, as a footnote's last line does. */
export const ENDED = new RegExp(`${ENDS.source}|https?:\\/\\/\\S+$`, 'u');
/** Ends a sentence with its stop, a closing mark after it or not: a bracket's end alone ends none (`(see below)`). */
export const STOPS = /[.!?][»")\]”]?$/u;
/** Ends a sentence, a footnote marker after the stop or not (`advantage.39`, `поляков. 44`). */
export const endsSentence = (text: string): boolean => ENDS.test(text.replace(/(?<=\D)\s?\d{1,3}$/u, ''));
/** Opens in lower case: a sentence going on, not a footnote's or a paragraph's start. */
export const opensLower = (l: Line | undefined): boolean => l !== undefined && /^\p{Ll}/u.test(l.text);
/** Whether a page's text goes on from the page before: its first line, past its running heads, opens in lower case. */
export const goesOnFromPageBefore = (page: Line[] | undefined, running: (l: Line) => boolean): boolean =>
  opensLower(page?.find((l) => !l.blank && !running(l)));
/** Opens as a footnote does: a capital, a figure or a web address (no i flag: with it \p{Lu} matches every letter). */
export const OPENS = /^(?:["«“(\[]\s*)?[\p{Lu}\d]|^[Hh]ttps?:/u;

/**
 * Where `count` footnotes start inside a block of footnote lines without
 * numbers: after the lines that end a sentence with the most room left, the
 * next line's first word with them (a footnote's last line ends short of the
 * margin; a sentence ending inside one breaks where its next word did not fit).
 */
export function splitPoints(block: Line[], count: number): number[] {
  if (count <= 0) return [];
  const candidates = block
    .map((l, j) => ({ j, len: j > 0 ? block[j - 1]!.text.length + 1 + (l.text.split(' ')[0] ?? '').length : Infinity }))
    .filter(({ j }) => j > 0 && ENDS.test(block[j - 1]!.text) && OPENS.test(block[j]!.text));
  return candidates
    .sort((a, b) => a.len - b.len)
    .slice(0, count)
    .map((c) => c.j)
    .sort((a, b) => a - b);
}
