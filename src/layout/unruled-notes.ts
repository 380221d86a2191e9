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
import { LONE_NUMBER, NUMBER_AND_TEXT, endsSentence, goesOnFromPageBefore, numbersInSequence, opensWith, splitPoints } from './note-numbers.ts';
import { quantile } from './blocks.ts';
import { isRule } from './pages.ts';
import { endsInWebAddress } from '../lang/web.ts';
import { bodyMeasure, NOT_ONE_LINE } from './typeset.ts';
import { runningLineTest } from './running-heads.ts';
import { refersTo } from './numbered-notes.ts';
import { zoneStartOf, type LineTests } from './unruled-zone-start.ts';

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

/**
 * Line lengths as the page printed them: a tool that drops a line-end hyphen
 * may run the two lines into one (a layout that hyphenates does so on a
 * quarter of its lines), and a line nearly twice the median or more counts
 * as the lines it holds, each of their mean length.
 */
export function asPrinted(lengths: number[]): number[] {
  const mid = quantile(lengths, 0.5);
  return lengths.flatMap((n) => {
    const k = n >= RUN_TOGETHER * mid ? Math.round(n / mid) : 1;
    return k > 1 ? Array<number>(k).fill(n / k) : [n];
  });
}
const RUN_TOGETHER = 1.7;

/** Where the first footnote number printed before its text stands on a page, -1 if none. */
const firstNumbered = (page: Line[]): number => page.findIndex((l, i) => LONE_NUMBER.test(l.text) && page[i + 1] && !page[i + 1]!.blank);

export function addUnruledNoteZones(lines: Line[]): Line[] {
  const pages = pagesOf(lines);
  // body width: lines above the first footnote number of each page
  const bodyLengths = pages.flatMap((p) => {
    const first = firstNumbered(p);
    return (first < 0 ? p : p.slice(0, first)).filter((l) => !l.blank).map((l) => l.text.length);
  });
  const bodyWidth = quantile(asPrinted(bodyLengths), 0.75);
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
  let ended = false;
  return pages.flatMap((page, k) => {
    const plausible = (l: Line | undefined): boolean => !!l && LONE_NUMBER.test(l.text) && +l.text > last && +l.text <= last + MAX_SKIP;
    // (the page after's text, past its running heads, opens in lower case: this page's goes on over the page)
    const textGoesOver = goesOnFromPageBefore(pages[k + 1], running);
    const goesOver = ended && textGoesOver;
    const zoned = zonePage(page, { long, plausible, startsUnit, full, split, gap, carried, goesOver, textGoesOver, overBody, twoLines, running, next: last + 1 });
    last = Math.max(last, ...zoned.numbers);
    // a zone that stops mid-sentence goes on at the top of the next page's zone; one that ends
    // in a web address has ended (footnotes often close on a bare address)
    carried = zoned.lastNote !== null && !endsSentence(zoned.lastNote) && !endsInWebAddress(zoned.lastNote);
    ended = zoned.lastNote !== null && !carried;
    return zoned.lines;
  });
}

/** How much wider than the body's full lines footnote lines must run for their width to tell them apart (a smaller type's few characters more). */
const NOTES_WIDER = 1.03;

/** A body line's natural width runs at most a few hundredths past the typical full line's (its glyphs measured); a footnote line, set smaller, a tenth or two. */
const OVER_BODY = 1.06;

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

/** A list item's number, on a line of its own (`1.`) or before its text (`1. The law …`, joined by the lines stage). */
const ITEM_LABEL = /^\d{1,3}\.(?:$|\s+\p{Lu})/u;

/** The first line of text after line `i`. */
const nextText = (lines: Line[], i: number): Line | undefined => lines.slice(i + 1).find((l) => !l.blank);

/**
 * Where the footnotes numbered `skipped` open in a zone whose numbers, alone
 * on their lines before their texts, skip them: each inside the block of the
 * lone number before it (up to the next lone number), where a line ending a
 * sentence with room left is followed by one that opens as a footnote does
 * (`splitPoints`). Zone index → number.
 */
function skippedStarts(zone: Line[], skipped: number[], plausible: (l: Line | undefined) => boolean): Map<number, number> {
  const out = new Map<number, number>();
  const lone = zone.map((l, i) => (plausible(l) && i + 1 < zone.length ? i : -1)).filter((i) => i >= 0);
  for (const n of skipped) {
    let k = lone.length - 1;
    while (k >= 0 && +zone[lone[k]!]!.text >= n) k--;
    if (k < 0 || (k + 1 < lone.length && +zone[lone[k + 1]!]!.text < n)) continue;
    // the block's first line is the lone number's own text: a footnote opens after it
    const from = lone[k]! + 1;
    const block = zone.slice(from, lone[k + 1] ?? zone.length);
    const [j] = splitPoints(block, 1);
    if (j !== undefined && !out.has(from + j)) out.set(from + j, n);
  }
  return out;
}

/**
 * A running foot printed between a page's footnotes and the numbers moved off
 * them (`… the last footnote's text`, `Republic of Ruritania`, `Report Page:7`,
 * `28`): the page is read without it, the numbers under the footnotes as on a
 * page with none, and the foot goes after the page's zone, where it closes the page.
 */
function zonePage(page: Line[], tests: LineTests): ZonedPage {
  let j = page.length - 1;
  while (j >= 0 && (page[j]!.blank || tests.plausible(page[j]))) j--;
  let i = j;
  while (i > 0 && (page[i]!.blank || tests.running(page[i]!))) i--;
  const moved = page.slice(j + 1).some((l) => !l.blank);
  if (!moved || !page.slice(i + 1, j + 1).some((l) => !l.blank)) return zoneLines(page, tests);
  const zoned = zoneLines([...page.slice(0, i + 1), ...page.slice(j + 1)], tests);
  return { ...zoned, lines: [...zoned.lines, ...page.slice(i + 1, j + 1)] };
}

interface ZonedPage {
  lines: Line[];
  /** the text of the zone's last line, null without a zone */
  lastNote: string | null;
  /** the footnote numbers the page's zone starts */
  numbers: number[];
}


/** A page's zone, its lines as printed. */
function zoneLines(page: Line[], tests: LineTests): ZonedPage {
  const { full, plausible, carried, running, next } = tests;
  // (a number set among a list's item numbers printed apart, `28` / `` / `1.` / `` / `Осы …`, or over an item, is one
  // poppler moved there off the page's first footnote, as it moves others to the page's end: it goes with those)
  const amongItems = page.filter((l, i) => plausible(l) && ITEM_LABEL.test(nextText(page, i)?.text ?? ''));
  const lines = joinLoneNumbers(page.filter((l) => !amongItems.includes(l)), plausible);
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
  // (footnotes go down a page in order: a lone number above a lower one opens none, a body marker or a figure of a
  // stretched line that poppler printed alone)
  const numberOf = (i: number): number => Number(NUMBER_AND_TEXT.exec(lines[i]!.text)?.[1] ?? lines[i]!.text);
  const outOfOrder = (i: number, k: number): boolean => LONE_NUMBER.test(lines[i]!.text) && numbered.slice(k + 1).some((j) => numberOf(j) < numberOf(i));
  const starts = numbered.filter((i, k) => !numbered.slice(k + 1).some((j) => lines[j]!.text === lines[i]!.text) && !opensLater(i) && !outOfOrder(i, k));
  const end = starts[0] ?? lines.length;
  // (a number moved to the end that the page's numbered footnotes skip, `6` and `8` numbered and `7` at the end,
  // is the number of a footnote between them: it opens inside the block of the one before it)
  const firstNumbered = starts.length > 0 ? numberOf(starts[0]!) : Infinity;
  const between = trailing.filter((t) => +t.text > firstNumbered).map((t) => +t.text);
  trailing.splice(0, trailing.length, ...trailing.filter((t) => +t.text <= firstNumbered));
  trailing.unshift(...amongItems);
  const hasMoved = trailing.length > 0;
  // the text over the first numbered footnote that still belongs to the zone (unruled-zone-start.ts)
  const zoneStart = zoneStartOf(lines, { end, trailing, starts }, tests);
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
  for (const [at, n] of skippedStarts(zone, between, plausible)) startsAt.set(at, String(n));
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

