/**
 * The spaces a tool printed where a fallback font's letter left its gap in a
 * line (fallback-letters.ts). A tool that prints a wider gap between two
 * pieces of text as more spaces prints a letter's gap as one space, and a
 * letter's gap that runs into a word space as two (`барлық адам`: `барлы
 * адам`, two spaces); a gap after a word space adds none, the word space
 * already printed (`бір қала`: `бір ала`). In a line it stretched to
 * the margin, every word space prints as two or more, and one space alone is
 * a gap inside a word (`оның  үйі  жаңа`: `оны  йі  жа а`).
 *
 * So the spaces say how a run of letters goes back into its gap: into a word
 * (the words either side are one), closing the word before it, opening the
 * word after it, or both with two runs; or no run at all (a plain word
 * space). A reading against what the spaces say costs, and the words'
 * likelihood can still outweigh it. Only in a text that prints such runs of
 * spaces inside its lines at all; a tool that prints one space for every gap
 * says nothing by it.
 */
import type { Line } from '../schema/index.ts';
import { ODD_SPACES } from './text-lines.ts';

/** How a run of letters (or none) goes into the space between two words. */
export type GapReading = 'plain' | 'join' | 'close' | 'open' | 'close-open';

/** How the line prints a word space: one space, or two and more (stretched to the margin); null where it cannot tell. */
export type LineSpacing = 'single' | 'wide' | null;

/** Of the lines of five words and more, how many must hold two spaces or more between words. */
const SPACED_LINES = 0.15;
/** What a reading against the spaces costs (the word scores' units: a log-likelihood). */
const AGAINST = 12;

/** Whether a text prints wider gaps inside its lines as runs of spaces. */
export function printsGapSpaces(lines: Line[]): boolean {
  let long = 0;
  let spaced = 0;
  for (const l of lines) {
    if (l.blank || l.text.split(' ').length < 5) continue;
    long++;
    if (/\S {2,}\S/u.test(l.raw ?? l.text)) spaced++;
  }
  return long > 0 && spaced >= long * SPACED_LINES;
}

/** The line's text with the runs of spaces its tool printed between words, where they are the same words; else its text. */
export function spacedText(l: Line): string {
  const spaced = (l.raw ?? l.text).replace(ODD_SPACES, ' ').trim();
  return spaced.replace(/ {2,}/g, ' ') === l.text ? spaced : l.text;
}

/**
 * `words` (the first words of a line, single-spaced; the last may be a word's
 * beginning) with the spaces `spaced` prints between them; `words` itself
 * where they are not its first words.
 */
export function respace(words: string, spaced: string): string {
  const want = words.split(' ');
  const parts = spaced.split(/( +)/);
  let out = '';
  for (let i = 0; i < want.length; i++) {
    const got = parts[2 * i];
    if (got === undefined) return words;
    const last = i === want.length - 1;
    if (got !== want[i] && !(last && got.startsWith(want[i]!))) return words;
    out += (i > 0 ? parts[2 * i - 1]! : '') + want[i]!;
  }
  return out;
}

/** How a line prints its word spaces, from the spaces between its words: most of one kind, twice the other. */
export function lineSpacing(gaps: number[]): LineSpacing {
  let one = 0;
  let more = 0;
  for (const g of gaps) {
    if (g === 1) one++;
    else if (g > 1) more++;
  }
  if (one + more < 3) return null;
  if (more >= 2 * one) return 'wide';
  if (one >= 2 * more) return 'single';
  return null;
}

/**
 * What reading a space of `spaces` spaces as `reading` costs in a line that
 * prints word spaces as `spacing`: 0 where the spaces allow it. A space
 * closing a word with letters is two at least; letters inside a word leave
 * one; in a line of single word spaces, two spaces hold a word's closing
 * letters; in a stretched line, one space is a gap inside a word.
 */
export function gapCost(reading: GapReading, spaces: number, spacing: LineSpacing): number {
  const closes = reading === 'close' || reading === 'close-open';
  if (spaces === 1) {
    if (closes) return -AGAINST;
    if (spacing === 'wide' && reading !== 'join') return -AGAINST;
    return 0;
  }
  if (reading === 'join') return -AGAINST;
  if (spacing === 'single' && !closes) return -AGAINST;
  return 0;
}
