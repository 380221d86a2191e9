/**
 * Footnote zones in PDF-to-text output that prints no rule (poppler's
 * `pdftotext` without `-layout`, for one): every page ends with its footnotes, each
 * number on a line of its own before its text, except that the number of the
 * page's first footnote lands alone at the very end of the page. The zone is
 * found from those numbers and from the width of its lines (footnotes are set
 * smaller, so more characters fit on a line). The result is the convention the
 * rest of the layout stage reads: a rule line before the zone, and every
 * footnote's number in front of its first line.
 */
import type { Line } from '../schema/index.ts';
import { ENDS, LONE_NUMBER, NUMBER_AND_TEXT, OPENS, notesOver, numbersInSequence, opensWith, splitPoints } from './note-numbers.ts';
import { quantile } from './blocks.ts';
import { isRule } from './pages.ts';
import { endsInWebAddress, opensWithWebAddress } from '../lang/web.ts';
import { tocEntryOf } from './title-page.ts';
import { bodyMeasure, NOT_ONE_LINE } from './typeset.ts';
import { runningLineTest } from './running-heads.ts';
import { refersTo } from './numbered-notes.ts';
import { inCapitals } from './text-lines.ts';

/** Whether the text path should look for zones this way: pages marked by form feeds, no rule printed anywhere. */
export function needsUnruledNoteZones(lines: Line[]): boolean {
  return lines.some((l) => l.pageStart) && !lines.some(isRule) && lines.some((l, i) => LONE_NUMBER.test(l.text) && lines[i + 1] && !lines[i + 1]!.blank);
}

function pagesOf(lines: Line[]): Line[][] {
  const pages: Line[][] = [];
  for (const l of lines) {
    if (pages.length === 0 || l.pageStart) pages.push([]);
    pages[pages.length - 1]!.push(l);
  }
  return pages;
}

/** Where the first footnote number printed before its text stands on a page, -1 if none. */
const firstNumbered = (page: Line[]): number => page.findIndex((l, i) => LONE_NUMBER.test(l.text) && page[i + 1] && !page[i + 1]!.blank);

export function addUnruledNoteZones(lines: Line[]): Line[] {
  const pages = pagesOf(lines);
  // body width: lines above the first footnote number of each page
  const bodyLengths = pages.flatMap((p) => {
    const first = firstNumbered(p);
    return (first < 0 ? p : p.slice(0, first)).filter((l) => !l.blank).map((l) => l.text.length);
  });
  const bodyWidth = quantile(bodyLengths, 0.75);
  const long = (l: Line): boolean => l.text.length > bodyWidth * 1.08;
  const full = (l: Line): boolean => l.text.length >= bodyWidth * 0.75;
  // footnote width: the lines of numbered footnotes but each one's last
  const noteLengths = pages.flatMap((p) => {
    const first = firstNumbered(p);
    if (first < 0) return [];
    return p.slice(first).filter((l, i, z) => !l.blank && !LONE_NUMBER.test(l.text) && z[i + 1] && !z[i + 1]!.blank && !LONE_NUMBER.test(z[i + 1]!.text)).map((l) => l.text.length);
  });
  const fullBody = bodyLengths.filter((n) => n >= bodyWidth * 0.8);
  const [bodyMid, noteMid] = [quantile(fullBody, 0.5), quantile(noteLengths, 0.5)];
  // (footnotes hardly wider than the body tell nothing by their width: a vote of half a character either way is noise)
  const known = noteLengths.length >= 5 && noteMid > bodyMid * NOTES_WIDER;
  const split = known ? (bodyMid + noteMid) / 2 : bodyWidth * 1.08;
  const gap = known ? (noteMid - bodyMid) / 2 : bodyWidth * 0.08;
  // a capital on a word the text also writes in lower case, and never capitalises inside a
  // sentence, starts a sentence (`The`, not `Parliament` nor `Казахстана`); so does a word whose
  // stem mostly follows a full stop (`Данная` as `Данный`, `Данное` do)
  const lower = new Set(lines.flatMap((l) => l.text.match(/(?<![\p{L}\d.])\p{Ll}+/gu) ?? []));
  const stem = (w: string): string => w.slice(0, 4).toLowerCase();
  const count = (re: RegExp): Map<string, number> => {
    const m = new Map<string, number>();
    for (const l of lines) for (const x of l.text.matchAll(re)) m.set(stem(x[1]!), (m.get(stem(x[1]!)) ?? 0) + 1);
    return m;
  };
  const inside = count(/(?<=\p{Ll}[,;:]? )(\p{Lu}\p{Ll}+)/gu);
  const afterEnd = count(/(?<=[.!?][»”")]? )(\p{Lu}\p{Ll}+)/gu);
  const afterFigure = count(/(?<=\d )(\p{Lu}\p{Ll}+)/gu);
  const startsUnit = (l: Line, prev: Line): boolean => {
    const w = /^\p{Lu}\p{Ll}+/u.exec(l.text)?.[0];
    if (w === undefined) return false;
    // nor does a word the text writes after a figure, under a line that ends in one: a date or an amount
    // broken over the line (`since 16` / `May, and …`)
    if (/\d$/.test(prev.text) && (afterFigure.get(stem(w)) ?? 0) > 0) return false;
    const mid = inside.get(stem(w)) ?? 0;
    return (lower.has(w.toLowerCase()) && mid === 0) || (afterEnd.get(stem(w)) ?? 0) >= 2 * mid + 2;
  };
  // footnotes are numbered in sequence: a lone number far ahead of the last one (a phone
  // number's tail in a table poppler printed word by word) starts no footnote
  let last = 0;
  let carried = false;
  const running = runningLineTest(lines);
  // in the glyph widths of the text's type, a line past the margin of any body line and short of two
  // lines run together is a footnote's, however few characters its figures and commas make it
  // (`187, 157, 218, 196, 300, 55 PECs in Almaty; …`)
  const measured = bodyMeasure(lines);
  const overBody = (l: Line): boolean => {
    const m = measured?.(l.text) ?? 0;
    return m > OVER_BODY && m < NOT_ONE_LINE;
  };
  // a line wider than one line of either size runs is two run together (at a hyphen dropped or a break lost):
  // of the body or of the zone, its width tells neither
  const twoLines = (l: Line): boolean => (measured?.(l.text) ?? 0) >= NOT_ONE_LINE;
  return pages.flatMap((page) => {
    const plausible = (l: Line | undefined): boolean => !!l && LONE_NUMBER.test(l.text) && +l.text > last && +l.text <= last + MAX_SKIP;
    const zoned = zonePage(page, { long, plausible, startsUnit, full, split, gap, carried, overBody, twoLines, running, next: last + 1 });
    last = Math.max(last, ...zoned.numbers);
    // a zone that stops mid-sentence goes on at the top of the next page's zone; one that ends
    // in a web address has ended (footnotes often close on a bare address)
    carried = zoned.lastNote !== null && !endsSentence(zoned.lastNote) && !endsInWebAddress(zoned.lastNote);
    return zoned.lines;
  });
}

/** A line that opens with a web address the line above introduces (`… is available at:` / `https://…`): no footnote opens there. */
const introduced = (lines: Line[], i: number): boolean => opensWithWebAddress(lines[i]!.text) && /:$/u.test(lines[i - 1]?.text ?? '');

/** How much wider than the body's full lines footnote lines must run for their width to tell them apart (a smaller type's few characters more). */
const NOTES_WIDER = 1.03;

/** A body line's natural width runs at most a few hundredths past the typical full line's (its glyphs measured); a footnote line, set smaller, a tenth or two. */
const OVER_BODY = 1.06;

/** Footnotes more than moved numbers a block under the gap may seem to start (a footnote's sentence ending at a line's end). */
const SLACK = 1;

/** How far footnote numbers may jump from one page to the next (a page can hold several). */
const MAX_SKIP = 12;

/** Poppler puts a footnote's number in the body flow when it stands alone: number, blank line, then the text. */
function joinLoneNumbers(lines: Line[], plausible: (l: Line | undefined) => boolean): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]!);
    if (plausible(lines[i]) && lines[i + 1]?.blank && lines[i + 2] && !lines[i + 2]!.blank && !LONE_NUMBER.test(lines[i + 2]!.text)) i++;
  }
  return out;
}

interface ZonedPage {
  lines: Line[];
  /** the text of the zone's last line, null without a zone */
  lastNote: string | null;
  /** the footnote numbers the page's zone starts */
  numbers: number[];
}

interface LineTests {
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
  /** wider in glyphs than any body line runs: a footnote line */
  overBody: (l: Line) => boolean;
  /** wider in glyphs than one line of either size runs: two lines run together */
  twoLines: (l: Line) => boolean;
  /** a running head or foot (repeated on three pages but for its digits) */
  running: (l: Line) => boolean;
  /** the number the next footnote should have */
  next: number;
}

function zonePage(page: Line[], { long, full, plausible, startsUnit, split, gap, carried, overBody, twoLines, running, next }: LineTests): ZonedPage {
  const lines = joinLoneNumbers(page, plausible);
  // the numbers poppler moved to the end of the page
  while (lines.length > 0 && lines[lines.length - 1]!.blank) lines.pop();
  unglueMovedNumber(lines, next);
  const trailing: Line[] = [];
  // (blank lines between them too)
  for (;;) {
    let k = lines.length - 1;
    if (trailing.length > 0) while (k > 0 && lines[k]!.blank) k--;
    if (k < 1 || !plausible(lines[k])) break;
    trailing.unshift(lines[k]!);
    lines.length = k;
  }
  // a footnote's number on a line of its own before its text; the same number printed alone
  // higher up is a body marker poppler split off a stretched line
  // (a page of this text may print its footnotes' numbers on their first lines instead: the next
  // number of the sequence, number and text on one line, opens the zone too)
  const numbered = lines
    .map((l, i) => ((plausible(l) && lines[i + 1] && !lines[i + 1]!.blank) || (trailing.length === 0 && opensWith(l, next) && !lines.slice(i + 1).some((x) => opensWith(x, next)) && !sentenceGoesOn(lines, i, next, full)) ? i : -1))
    .filter((i) => i >= 0);
  // (or printed before its text further down: `12 The examination …`)
  const opensLater = (i: number): boolean => lines.slice(i + 2).some((l) => l.text.startsWith(`${lines[i]!.text} `) && /^\d+ \p{Lu}/u.test(l.text));
  const starts = numbered.filter((i, k) => !numbered.slice(k + 1).some((j) => lines[j]!.text === lines[i]!.text) && !opensLater(i));
  const end = starts[0] ?? lines.length;
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
  const headingUnder = blankAbove >= 0 && inCapitals(lines[blankAbove + 1]!.text) && !endsSentence(lines[blankAbove + 1]!.text);
  if ((hasMoved && blankAbove >= 0 && movedUnder(blankAbove + 1) && !headingUnder) || (!hasMoved && goesOn)) {
    zoneStart = blankAbove + 1;
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
        if (l.blank || l.pageStart) break;
        // each line one vote at most (poppler runs two lines into one where it drops a hyphen); a line wider
        // in glyphs than the body runs is a full vote, two lines run together none
        // (a line over a web address stops short wherever the address would not fit: no vote against)
        const vote = twoLines(l) ? 0 : overBody(l) ? gap : Math.max(-gap, Math.min(gap, width(l) - split));
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
  // there (it goes on over the page) and the moved footnote starts
  if (hasMoved) {
    // (the footnote after the page's last: its moved numbers' and those that open footnotes)
    const beyond = Math.max(...trailing.map((t) => +t.text), ...starts.map((i) => +lines[i]!.text)) + 1;
    for (let j = zoneStart - 1; j > 0 && zoneStart - j <= 10; j--) {
      const l = lines[j]!;
      const prev = lines[j - 1]!;
      if (l.blank || l.pageStart || prev.blank || plausible(l)) break;
      // (a line that refers to the footnote after the page's last is the body's: footnotes refer to none of them)
      if (refersTo(l.text, beyond)) break;
      if (startsUnit(l, prev) && !endsSentence(prev.text) && full(prev)) {
        zoneStart = j;
        break;
      }
    }
  }
  // a moved footnote starts as a sentence does: a zone that would open in lower case, or at a web address
  // the line above introduces (and carries nothing over from the page before), opens at the nearest line
  // above that starts like one
  if (hasMoved && !carried && zoneStart < end && (!OPENS.test(lines[zoneStart]!.text) || introduced(lines, zoneStart))) {
    for (let j = zoneStart - 1; j > 0 && zoneStart - j <= 6; j--) {
      if (lines[j]!.blank || lines[j]!.pageStart || plausible(lines[j])) break;
      if (OPENS.test(lines[j]!.text)) {
        zoneStart = j;
        break;
      }
    }
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
  if (carried && !hasMoved && zoneStart === end) {
    const last = lines[end - 1];
    if (last && !last.blank && !last.pageStart && !plausible(last) && opensLower(last) && endsSentence(last.text)) zoneStart = end - 1;
    for (let j = end - 1; zoneStart === end && j > 0 && end - j <= 6; j--) {
      const l = lines[j]!;
      if (l.blank || l.pageStart || plausible(l)) break;
      if (opensLower(l) && endsSentence(lines[j - 1]!.text)) zoneStart = j;
    }
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
  // no footnotes on this page: no number opens one, none moved to its end, none goes on from the page before (a wide
  // last line is two body lines run together at a dropped hyphen)
  if (starts.length === 0 && (zoneStart === end || (!hasMoved && !carried))) return { lines: page, numbers: [], lastNote: null };
  // a one-line first footnote under a body line: keep only what is wider than the body, unless numbers say otherwise
  const out: Line[] = lines.slice(0, zoneStart);
  const template = lines[Math.max(0, zoneStart - 1)]!;
  out.push({ ...template, text: '', blank: true, rawLength: 48, pageStart: false, geometry: undefined });
  const zone = lines.slice(zoneStart).filter((l) => !l.blank);
  const pre = zone.findIndex((l, i) => plausible(l) && zone[i + 1] !== undefined);
  const preBlock = pre < 0 ? zone.length : pre;
  // the numbers moved to the end belong to the footnotes above the first numbered one, in order
  const moved = hasMoved ? trailing.map((t) => t.text) : [];
  const startsAt = new Map<number, string>();
  if (moved.length > 0 && preBlock > 0) {
    startsAt.set(0, moved[0]!);
    splitPoints(zone.slice(0, preBlock), moved.length - 1).forEach((j, k) => startsAt.set(j, moved[k + 1]!));
  }
  const numbers: number[] = [];
  let expect = moved.length > 0 ? +moved[moved.length - 1]! + 1 : next;
  // (a number past the next one is a footnote's only where the page's text above the zone refers to it)
  const body = lines.slice(0, zoneStart);
  const sequenced = numbersInSequence(zone, plausible, expect, (n) => body.some((l) => refersTo(l.text, n)));
  for (let i = 0; i < zone.length; i++) {
    const l = zone[i]!;
    if (sequenced.has(i)) {
      const next = zone[++i]!;
      numbers.push(+l.text);
      expect = +l.text + 1;
      out.push({ ...next, text: `${l.text} ${next.text}` });
      continue;
    }
    const n = startsAt.get(i);
    if (n) numbers.push(+n);
    // a footnote printed number and text on one line, next in the sequence
    else if (Number(NUMBER_AND_TEXT.exec(l.text)?.[1]) === expect) numbers.push(expect++);
    out.push(n ? { ...l, text: `${n} ${l.text}` } : l);
  }
  // (a running foot printed after the footnotes, `… есебі бет4`, ends no footnote: the last footnote line does)
  const lastNote = [...zone].reverse().find((l) => !running(l));
  return { lines: out.map((l, i) => (i === 0 ? { ...l, pageStart: true } : { ...l, pageStart: false })), numbers, lastNote: lastNote?.text ?? null };
}

/**
 * The number of a page's first footnote, moved to the page's end, run into the
 * page's last line where that line ended in a hyphen the tool dropped
 * (`… Social` + `-` + `1` printed `… Social1`): the line keeps its hyphen and
 * the number stands on a line of its own again. Only the next number of the
 * sequence, where no line of the page opens with it.
 */
function unglueMovedNumber(lines: Line[], next: number): void {
  const last = lines[lines.length - 1];
  const m = last && !last.pageStart ? /^(.*\p{L})(\d{1,3})$/u.exec(last.text) : null;
  if (!m || +m[2]! !== next || lines.some((l) => opensWith(l, next))) return;
  lines[lines.length - 1] = { ...last!, text: `${m[1]}-`, raw: `${m[1]}-`, rawLength: m[1]!.length + 1 };
  lines.push({ ...last!, text: m[2]!, raw: m[2]!, rawLength: m[2]!.length, indent: 0, pageStart: false });
}

/**
 * A line that opens with a figure the full line above goes on with (`… in force since` /
 * `1 January 2015, retains …`), where nothing above refers to footnote `n`: a date or an
 * amount broken over the line, not footnote `n` printed number and text on one line.
 */
function sentenceGoesOn(lines: Line[], i: number, n: number, full: (l: Line) => boolean): boolean {
  const above = lines[i - 1];
  if (!above || above.blank || above.pageStart || LONE_NUMBER.test(lines[i]!.text) || endsSentence(above.text) || !full(above)) return false;
  return !lines.slice(0, i).some((l) => refersTo(l.text, n));
}

/**
 * A line that opens with a figure's next group of three digits under a line that ends in the figure's
 * first digits (`… 9 472` / `035 voters …`): the figure goes on, no footnote opens there.
 */
const digitsGoOn = (l: Line, above: Line | undefined): boolean => !!above && !above.blank && /(?:^|\s)\d{1,3}$/u.test(above.text) && /^\d{3}(?!\d)/u.test(l.text);

/** Opens in lower case: a sentence going on, not a footnote's or a paragraph's start. */
const opensLower = (l: Line | undefined): boolean => l !== undefined && /^\p{Ll}/u.test(l.text);
/** Ends a sentence, a footnote marker after the stop or not (`advantage.39`, `поляков. 44`). */
const endsSentence = (text: string): boolean => ENDS.test(text.replace(/(?<=\D)\s?\d{1,3}$/u, ''));
// a footnote marker after punctuation (`contestants.22`, `called. 24`): set small, it takes hardly any room
const MARKERS = /(?<=[.,;:)»"”])\d{1,3}(?=\s|$)|(?<=[.!?] )\d{1,3}(?= \p{Lu}|$)/gu;
/** A line's width in characters, footnote markers left out. */
const width = (l: Line): number => l.text.replace(MARKERS, '').length;
