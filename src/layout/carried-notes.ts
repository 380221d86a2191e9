/**
 * The rest of a footnote carried over from the page before, in text printed
 * with no rule over the zone (numbered-notes.ts reads the zone): where the
 * page's zone opens above its first numbered footnote, the rest's lines told
 * from the text's by the gap a tool printed, their smaller type, and how the
 * footnote and the text over the rest stop.
 */
import type { Line } from '../schema/index.ts';
import { quantile } from './blocks.ts';
import { ENDED, STOPS, endsSentence, opensLower, opensNumbered } from './note-numbers.ts';
import { NOT_ONE_LINE, type BodyMeasure } from './typeset.ts';

/** A line that goes on with a sentence: it opens in lower case, or with a figure (`2009 году, но …`). */
const GOES_ON = /^(?:\p{Ll}|\d)/u;

/**
 * Where a page's zone opens when the page before ended its zone mid-sentence:
 * the footnote goes on above the first numbered one, as far up as the gap the
 * tool printed between the text and the zone (within a few lines), when the
 * lines there go on with the sentence, or are set in the footnotes' smaller
 * type (`Астана, Акмолинском …` under a note cut at `в городе`). Where it
 * ended a sentence, only where the page's text goes on over the page
 * (`goesOver`): the footnote may go on with a sentence of its own.
 */
export function carriedFrom(lines: Line[], from: number, at: number, before: string | null, ranIn: number | undefined, goesOver: () => boolean, measure: () => BodyMeasure | undefined): number {
  if (before === null) return at;
  // (a footnote that ended a sentence at the page's foot may go on with another over it, where the page's text goes
  // on over the page: a sentence ended right over the zone, under a text line that ends none, is the footnote's)
  if (ENDED.test(before.trim())) return goesOver() ? restOverNotes(lines, from, at, undefined, measure, 'sentence') : at;
  for (let j = at - 1; j > from && at - j <= 8; j--) {
    if (lines[j]!.blank) return j + 1 < at && (GOES_ON.test(lines[j + 1]!.text) || setSmaller(lines, from, j, at)) ? j + 1 : at;
  }
  return restOverNotes(lines, from, at, ranIn, measure, 'cut');
}

/** How the footnote before the zone stopped: mid-sentence, or at a sentence's end (the text going on over the page). */
type Cut = 'cut' | 'sentence';

/**
 * Where the rest of a footnote cut on the page before begins in text printed
 * with no gap over the zone (Ghostscript, PDFBox): the rest must be on this
 * page, and it stands right over the first numbered footnote. Its last line
 * there ends a sentence; lines over it belong to it while they are set in the
 * footnotes' smaller type (longer than the body's full lines). A rest of one
 * line goes on with the cut sentence (lower case, or a figure):
 * `organizations, without discrimination".` under a body line that goes on
 * over the page. The rest's last words may stand on the first footnote's line
 * instead, run into it (pypdf: `the elections.19 One REC …`): then the lines
 * over it are the rest's up to the highest set in the smaller type, where
 * the lines between are full (one of the rest's may run short of the
 * smaller type's measure, its next word a long one). The text's glyph widths
 * (`bodyMeasure`) tell the smaller type where characters do not: a body
 * line may hold as many characters as a footnote line of wider letters.
 * Otherwise the zone opens at the numbered footnote.
 */
function restOverNotes(lines: Line[], from: number, at: number, ranIn: number | undefined, measured: () => BodyMeasure | undefined, cut: Cut): number {
  const last = lines[at - 1];
  if (cut === 'sentence' && last?.blank) return at;
  // (the rest's last words may stand on the first footnote's own line, run into it: `the elections.19 One …`)
  const endsOnNoteLine = ranIn !== undefined && ENDED.test(lines[at]!.text.slice(0, ranIn).trim());
  const endsAbove = ENDED.test(last?.text.trim() ?? '');
  if (!last || at - 1 <= from || last.blank || last.pageStart || !(endsAbove || endsOnNoteLine) || opensNumbered(last)) return at;
  // (a rest run into the note's line that opens it in lower case goes on with the cut sentence there: a line above
  // that ends a sentence is the body's)
  if (endsOnNoteLine && endsAbove && opensLower(lines[at])) return at;
  // (there, the rest's lines over the note's line are set smaller, the last one too, each against the full
  // lines above it, for the rest's own lines would raise the measure; a line of it may have run short, its next
  // word too long: the rest reaches up to the highest line set smaller, over full lines of either type between)
  let k = endsAbove ? at - 1 : at;
  const measure = measured();
  let top = k;
  while (k - 1 > from && at - k < 8 && !lines[k - 1]!.blank && !lines[k - 1]!.pageStart) {
    const width = measure?.(lines[k - 1]!.text) ?? 0;
    const oneLine = width < NOT_ONE_LINE;
    if (setSmaller(lines, from, k - 2, k) || (width > SMALLER_WIDTH && oneLine)) top = --k;
    else if (width >= FULL_WIDTH && oneLine) k--;
    else break;
  }
  k = top;
  if (cut === 'sentence') {
    // (the text over the rest, past the gap a tool printed over the zone, stopped mid-sentence: it goes on over the page)
    let o = k - 1;
    if (lines[o]?.blank) o--;
    const over = o > from ? lines[o] : undefined;
    return STOPS.test(last.text.trim()) && over && !over.blank && !over.pageStart && !endsSentence(over.text.trim()) ? k : at;
  }
  if (!endsAbove) return k;
  // (one line that ends a sentence with its stop is the rest, whatever it opens with: footnotes end so, and the rest
  // must stand here: `Riverside Weekly and Hill News.` under `… the newspapers`, `Minister may apply.` under `… and the Prime-`)
  return GOES_ON.test(lines[k]!.text) || k < at - 1 || STOPS.test(last.text.trim()) ? k : at;
}

/** The characters of the page's full body lines (those a sentence wraps from, going on in lower case), or null where too few tell. */
function bodyFull(lines: Line[], from: number, to: number): number | null {
  const wrapped: number[] = [];
  for (let k = from; k + 1 < to; k++) {
    const next = lines[k + 1]!;
    if (!lines[k]!.blank && !next.blank && /^\p{Ll}/u.test(next.text)) wrapped.push(lines[k]!.text.length);
  }
  return wrapped.length < 3 ? null : quantile(wrapped, 0.9);
}

/**
 * Whether the lines from `j` up to `at` are set in smaller type than the
 * page's text above them: the longest holds more characters than the text's
 * full lines.
 */
function setSmaller(lines: Line[], from: number, j: number, at: number): boolean {
  const full = bodyFull(lines, from, j + 1);
  return full !== null && Math.max(...lines.slice(j + 1, at).map((l) => l.text.length)) > full * SMALLER;
}

/** How many more characters than the body's full lines a line in the footnotes' smaller type holds, at least. */
const SMALLER = 1.05;

/**
 * In body lines' glyph widths (`bodyMeasure`): a line in the footnotes' smaller type runs past the body's
 * margin (a justified body line's natural width stays within a few hundredths of the typical full line's);
 * a full line of either type is nearly as wide as the body's.
 */
const SMALLER_WIDTH = 1.04;
const FULL_WIDTH = 0.95;
