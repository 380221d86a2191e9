/**
 * Where a page's footnote zone opens in PDF-to-text output that prints no
 * rule (unruled-notes.ts): above the page's first footnote whose number
 * stands before its text, the footnotes whose numbers the tool moved to the
 * page's end, or the rest of one cut off on the page before, reach up as far
 * as the gap the tool printed, the width of their lines (footnotes are set
 * smaller), the sentences they open and end, and the numbers moved tell.
 */
import type { Line } from '../schema/index.ts';
import { ENDS, NUMBER_AND_TEXT, OPENS, STOPS, endsSentence, notesOver, opensLower, splitPoints } from './note-numbers.ts';
import { opensWithWebAddress } from '../lang/web.ts';
import { tocEntryOf } from './title-page.ts';
import { refersTo } from './numbered-notes.ts';
import { inCapitals } from './text-lines.ts';
import { headingLike } from '../structure/line-shapes.ts';

export interface LineTests {
  /** wider than body lines: footnote text, set smaller */
  long: (l: Line) => boolean;
  /** about as wide as a body line: it does not end a paragraph */
  full: (l: Line) => boolean;
  /** a lone number that can be the next footnote's */
  plausible: (l: Line | undefined) => boolean;
  /** opens with a sentence's first word, under the line before */
  startsUnit: (l: Line, prev: Line) => boolean;
  /** the width between a full body line's and a footnote line's */
  split: number;
  /** half the difference of the two */
  gap: number;
  /** the footnote zone of the page before stopped mid-sentence */
  carried: boolean;
  /** it ended a sentence, and the page after's text opens in lower case: this page's text goes on over the page */
  goesOver: boolean;
  /** the page after's text opens in lower case: this page's text goes on over the page, its last line ends no sentence */
  textGoesOver: boolean;
  /** wider in glyphs than any body line runs: a footnote line */
  overBody: (l: Line) => boolean;
  /** wider in glyphs than one line of either size runs: two lines run together */
  twoLines: (l: Line) => boolean;
  /** a running head or foot (repeated on three pages but for its digits) */
  running: (l: Line) => boolean;
  /** the number the next footnote should have */
  next: number;
}

/** A page's lines as the zone reader holds them: where its first numbered footnote stands, the numbers moved to its end, the lines that open footnotes. */
export interface PageNumbers {
  end: number;
  trailing: Line[];
  starts: number[];
}

/** The index of the line where the page's zone opens (`end` where nothing over the first numbered footnote belongs to it). */
export function zoneStartOf(lines: Line[], { end, trailing, starts }: PageNumbers, tests: LineTests): number {
  const { long, full, plausible, startsUnit, split, gap, carried, overBody, twoLines, next } = tests;
  // text above the first numbered footnote that still belongs to the zone: the footnote whose
  // number moved to the end, or one running over from the page before
  let zoneStart = end;
  const hasMoved = trailing.length > 0;
  // a blank line poppler printed for the gap above the footnotes (not the one under the running header)
  const firstBlank = lines.findIndex((l) => l.blank);
  let blankAbove = -1;
  for (let i = end - 1; i > firstBlank && firstBlank >= 0; i--) {
    if (lines[i]!.blank) {
      blankAbove = i;
      break;
    }
  }
  // the gap poppler printed before the zone: with numbers moved to the end, or with a footnote
  // from the page before going on under it (a lower-case line, not a paragraph's start)
  const goesOn = blankAbove >= 0 && end - blankAbove - 1 <= 8 && opensLower(lines[blankAbove + 1]);
  // the page's first numbered footnote is the next of the sequence, none moved: no footnote stands above it
  const inSequence = !hasMoved && starts.length > 0 && +lines[starts[0]!]!.text === next;
  // footnotes that could start under a line: the lines that end a sentence over one that opens one
  const startsIn = (from: number): number => 1 + splitPoints(lines.slice(from, end), lines.length).length;
  // (under the gap, no more footnotes than numbers were moved, give or take a sentence ending a line)
  const movedUnder = (from: number): boolean => end - from <= 12 * trailing.length && startsIn(from) <= trailing.length + SLACK;
  // (a heading in capitals under the gap opens no footnote: the text goes on under it, the zone further down)
  // (a page whose text ends in the gap, its moved numbers taken off under it, has no line there)
  const under = blankAbove >= 0 ? lines[blankAbove + 1] : undefined;
  const headingUnder = under !== undefined && inCapitals(under.text) && !endsSentence(under.text);
  if ((hasMoved && blankAbove >= 0 && movedUnder(blankAbove + 1) && !headingUnder) || (!hasMoved && goesOn)) {
    zoneStart = blankAbove + 1;
    // (a gap a table's cells left, the body going on under it to a heading over the zone: the zone opens under the heading)
    const heading = hasMoved ? headingOver(lines, zoneStart, end) : -1;
    if (heading >= 0) zoneStart = heading + 1;
  } else if (!inSequence || carried) {
    let i = end - 1;
    // the block's last line may be short: it belongs to the zone when a moved number says a
    // footnote is there, or when the line above it is as wide as footnote lines are
    const bottom = lines[i];
    if (bottom && !bottom.blank && !bottom.pageStart && (hasMoved || long(bottom) || (lines[i - 1] && long(lines[i - 1]!)))) {
      zoneStart = i--;
    }
    // then upwards while footnote-wide lines outweigh body-wide ones: one body-wide footnote line
    // (long words wrapped early) does not stop the zone, one long body line does not make one
    if (zoneStart === i + 1) {
      let sum = 0;
      let best = 0;
      for (let j = i; j >= 0 && i - j < 16; j--) {
        const l = lines[j]!;
        // (footnotes hold no headings: one heads the body's text over the zone)
        if (l.blank || l.pageStart || headsAt(lines, j)) break;
        // each line one vote at most (poppler runs two lines into one where it drops a hyphen); a line wider
        // in glyphs than the body runs is a full vote, two lines run together none
        // (a line over a web address stops short wherever the address would not fit: no vote against)
        // (the line that goes on the sentence of lines run together is the run's last piece, of either size: no vote)
        const vote = twoLines(l) ? runVote(l, split, gap) : goesOnRun(l, lines[j - 1], twoLines) ? 0 : overBody(l) ? gap : Math.max(-gap, Math.min(gap, width(l) - split));
        sum += opensWithWebAddress(lines[j + 1]?.text ?? '') ? Math.max(0, vote) : vote;
        // a zone opens as a footnote does, or in lower case with the rest of one cut off on the page before
        if (sum > best && ((OPENS.test(l.text) && !digitsGoOn(l, lines[j - 1])) || lines[j - 1]?.blank || lines[j - 1]?.pageStart || (carried && opensLower(l)))) {
          best = sum;
          zoneStart = j;
        }
      }
    }
  }
  // a sentence's first word after a full line that ends no sentence: the body stopped mid-sentence
  // there (it goes on over the page) and the moved footnote starts (where the zone opens so already, it stays)
  const stoppedAt = (j: number): boolean => startsUnit(lines[j]!, lines[j - 1]!) && !endsSentence(lines[j - 1]!.text) && full(lines[j - 1]!);
  if (hasMoved && !(zoneStart < end && zoneStart > 0 && !lines[zoneStart - 1]!.blank && stoppedAt(zoneStart))) {
    // (the footnote after the page's last: its moved numbers' and those that open footnotes)
    const beyond = Math.max(...trailing.map((t) => +t.text), ...starts.map((i) => +lines[i]!.text)) + 1;
    for (let j = zoneStart - 1; j > 0 && zoneStart - j <= 10; j--) {
      const l = lines[j]!;
      const prev = lines[j - 1]!;
      if (l.blank || l.pageStart || prev.blank || plausible(l) || headsAt(lines, j)) break;
      // (a line that refers to the footnote after the page's last is the body's: footnotes refer to none of them)
      if (refersTo(l.text, beyond)) break;
      if (stoppedAt(j)) {
        zoneStart = j;
        break;
      }
    }
  }
  // a moved footnote starts as a sentence does: a zone that would open in lower case, or at a web address
  // the line above introduces (and carries nothing over from the page before), opens at the nearest line
  // above that starts like one
  if (hasMoved && !carried && zoneStart < end && (!OPENS.test(lines[zoneStart]!.text) || FIGURE_TAIL.test(lines[zoneStart]!.text) || introduced(lines, zoneStart))) {
    for (let j = zoneStart - 1; j > 0 && zoneStart - j <= 6; j--) {
      if (lines[j]!.blank || lines[j]!.pageStart || plausible(lines[j]) || headsAt(lines, j)) break;
      if (OPENS.test(lines[j]!.text)) {
        zoneStart = j;
        break;
      }
    }
  }
  // where the page's text goes on over the page, its last line ends no sentence: lines over the zone that each end
  // one, up to a line that ends none, are footnotes whose numbers moved (`… led to a recount or the` / `Article 20-1
  // of the Election Law lists the rights of observers.`), as many more as moved numbers at most
  // (a line of text: no gap, no page's start, no footnote's number alone)
  const textLine = (l: Line): boolean => !l.blank && !l.pageStart && !plausible(l);
  if (hasMoved && tests.textGoesOver && zoneStart < end) {
    let j = zoneStart;
    while (j - 1 > 0 && zoneStart - j < trailing.length && textLine(lines[j - 1]!) && STOPS.test(lines[j - 1]!.text) && !headsAt(lines, j - 1)) j--;
    const above = lines[j - 1];
    if (j < zoneStart && above && !above.blank && !above.pageStart && !endsSentence(above.text) && startsIn(j) <= trailing.length + SLACK) zoneStart = j;
  }
  // each moved number is a footnote above the first numbered one: short one-line footnotes
  // are no wider than the body, so take lines that finish sentences until there are enough
  if (hasMoved) {
    while (
      startsIn(zoneStart) < trailing.length &&
      zoneStart - 1 >= 0 &&
      !lines[zoneStart - 1]!.blank &&
      !lines[zoneStart - 1]!.pageStart &&
      ENDS.test(lines[zoneStart - 1]!.text) &&
      OPENS.test(lines[zoneStart - 1]!.text)
    ) {
      zoneStart--;
    }
  }
  // the rest of a footnote from the page before, above the first numbered one. It must be somewhere: a
  // lower-case line that ends a sentence right above the first numbered footnote is its last line, even
  // under a body line that goes on over the page, and though it runs as wide as the body's lines; else
  // lower-case lines under a line that ends the body's sentence
  // (in capitals too where it ends with a stop, as footnotes do: `Prime-` / `Minister may apply.`)
  if (carried && !hasMoved && zoneStart === end) {
    const last = lines[end - 1];
    if (last && !last.blank && !last.pageStart && !plausible(last) && ((opensLower(last) && endsSentence(last.text)) || STOPS.test(last.text))) zoneStart = end - 1;
    for (let j = end - 1; zoneStart === end && j > 0 && end - j <= 6; j--) {
      const l = lines[j]!;
      if (l.blank || l.pageStart || plausible(l)) break;
      if (opensLower(l) && endsSentence(lines[j - 1]!.text)) zoneStart = j;
    }
  }
  // a footnote that ended a sentence at the foot of the page before may go on with another here: where this page's
  // text goes on over the page, a sentence ended right over the first numbered footnote, under a text line that ends
  // none, is the footnote's
  // (the gap a tool printed over the zone may stand between the two)
  if (tests.goesOver && !hasMoved && zoneStart === end && end >= 3) {
    const last = lines[end - 1]!;
    const over = lines[end - 2]!.blank ? lines[end - 3]! : lines[end - 2]!;
    if (textLine(last) && textLine(over) && STOPS.test(last.text) && !endsSentence(over.text)) zoneStart = end - 1;
  }
  // footnotes over the first numbered one, printed with their numbers before their text
  // (`13 Anonymous and foreign donations …`): the numbers just before it in the sequence
  const opening = NUMBER_AND_TEXT.exec(lines[zoneStart]?.text ?? '');
  const firstNumber = zoneStart === end && starts.length > 0 ? +lines[starts[0]!]!.text : opening ? +opening[1]! : NaN;
  // (the page's first line opens the page, never a footnote over the zone)
  if (!hasMoved && firstNumber > next) zoneStart = notesOver(lines, zoneStart, firstNumber, next, lines[0]?.pageStart ? 1 : 0, true).at;
  // a table of contents' entries are wide for their dot leaders, never footnotes
  for (let j = end - 1; j >= zoneStart; j--) {
    if (tocEntryOf(lines[j]!.text)) {
      zoneStart = j + 1;
      break;
    }
  }
  return zoneStart;
}

/**
 * A line that opens with a web address the line above introduces (`… is available at:` / `https://…`), or
 * that stretched the line above wide (the address did not fit there): no footnote opens there.
 */
const introduced = (lines: Line[], i: number): boolean => opensWithWebAddress(lines[i]!.text) && (/:$/u.test(lines[i - 1]?.text ?? '') || lines[i - 1]?.stretched === true);

/**
 * The last line from `from` to `end` that heads text: a line shaped as a heading
 * (line-shapes.ts), under a sentence's end or the gap, over a sentence's
 * start; -1 where there is none. Footnotes hold no headings.
 */
function headingOver(lines: Line[], from: number, end: number): number {
  for (let j = end - 2; j >= from; j--) if (headsAt(lines, j, j === from)) return j;
  return -1;
}

/** Line `j` is shaped as a heading, under a sentence's end (or what the caller says stands for one), over a sentence's start. */
const headsAt = (lines: Line[], j: number, underEnd = false): boolean => {
  const l = lines[j]!;
  const above = lines[j - 1];
  const below = lines[j + 1];
  return headingLike(l.text) && !endsSentence(l.text) && (underEnd || !above || above.blank || endsSentence(above.text)) && below !== undefined && OPENS.test(below.text);
};

/** A figure and a stop alone (`84213.`): the tail of an address, a figure or a date from the line above, never a footnote's first line. */
const FIGURE_TAIL = /^\d+[.,;)]$/u;

/** Footnotes more than moved numbers a block under the gap may seem to start (a footnote's sentence ending at a line's end). */
const SLACK = 1;

/**
 * A line that opens with a figure's next group of three digits under a line that ends in the figure's
 * first digits (`… 9 472` / `035 voters …`): the figure goes on, no footnote opens there.
 */
const digitsGoOn = (l: Line, above: Line | undefined): boolean => !!above && !above.blank && /(?:^|\s)\d{1,3}$/u.test(above.text) && /^\d{3}(?!\d)/u.test(l.text);

/**
 * The vote of lines run together into one: where its sentence goes on past it, each line it holds was full, so
 * it holds a whole number of full lines of its type; two or three of one type and not of the other tell it
 * (`split` and `gap` give the full body line's and footnote line's widths). Else none.
 */
function runVote(l: Line, split: number, gap: number): number {
  if (endsSentence(l.text) || gap <= 0) return 0;
  const chars = width(l);
  const off = (w: number): number => {
    const k = Math.round(chars / w);
    return k >= 2 && k <= 3 ? Math.abs(chars / w - k) : 1;
  };
  const [body, note] = [off(split - gap), off(split + gap)];
  return note < WHOLE_RUN && body > 2 * WHOLE_RUN ? gap : body < WHOLE_RUN && note > 2 * WHOLE_RUN ? -gap : 0;
}
/** How far from a whole number of full lines a run may hold (the glyph error of two or three lines). */
const WHOLE_RUN = 0.12;

/** A line that goes on, in lower case, the sentence of the line above where the tool ran lines together into that one. */
const goesOnRun = (l: Line, above: Line | undefined, twoLines: (l: Line) => boolean): boolean =>
  above !== undefined && !above.blank && opensLower(l) && twoLines(above) && !endsSentence(above.text);

// a footnote marker after punctuation (`contestants.22`, `called. 24`): set small, it takes hardly any room
const MARKERS = /(?<=[.,;:)»"”])\d{1,3}(?=\s|$)|(?<=[.!?] )\d{1,3}(?= \p{Lu}|$)/gu;
/** A line's width in characters, footnote markers left out. */
const width = (l: Line): number => l.text.replace(MARKERS, '').length;
