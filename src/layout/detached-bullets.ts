/**
 * A list's bullets printed apart from its items: a run of lone bullets (or
 * item numbers in sequence), then the items' text (poppler's `pdftotext` in
 * reading order prints the bullet column first). Each bullet is put back before its item, so the list stage
 * reads it as a list. The items are the lines under the run, up to a blank
 * line or a page's end; an item ends on a short line (its last), or on one
 * that ends a sentence, above a line that opens with a capital. Where the
 * lines do not give as many items as there are bullets, nothing changes. In a
 * text that has shown such a run, one lone bullet is a run too: a list going on
 * over a page, its bullet printed apart at the page's top.
 */
import type { Line } from '../schema/index.ts';
import { quantile } from './blocks.ts';
import { bodyMeasure, type BodyMeasure } from './typeset.ts';
import { ITEM_NUMBER, LONE_BULLET, blankLine } from './text-lines.ts';
import { singleLineWidths } from './joined-lines.ts';

/** A line a list item may open with. */
const OPENS = /^(?:["«“(\[]\s*)?[\p{Lu}\d]/u;
/** A figure's last group of digits at a line's end, and a group of three opening the next: one figure wrapped at a thousands space (`12 345` / `678 voters`). */
const ENDS_IN_GROUP = /(?:^|\s)\d{1,3}$/u;
const OPENS_WITH_GROUP = /^\d{3}(?![\d.,:/-]?\d)/u;
/** A line that may open an item under `before`: as OPENS says, unless it goes on with the figure the line before ends in. */
const opensItem = (before: string, line: string): boolean => OPENS.test(line) && !(ENDS_IN_GROUP.test(before) && OPENS_WITH_GROUP.test(line));
/** A line that ends a sentence, a footnote marker after the stop or not. */
const ENDS = /[.!?;:…»")\]”](?:\s?\d{1,3})?$/u;
/** A line that ends a sentence with its stop (a closing quote or bracket alone ends a name: `… «О референдуме»`). */
const STOPS = /[.!?…;][»")\]”]*(?:\s?\d{1,3})?$/u;

export function attachDetachedBullets(lines: Line[]): Line[] {
  const widths = lines.filter((l) => !l.blank && l.text.length >= 20).map((l) => l.text.length);
  if (widths.length < 10) return lines;
  // (lines a tool ran together where it dropped a line-end hyphen are no full line)
  const full = quantile(singleLineWidths(widths), 0.9);
  // the body's glyph widths, read once and only for a text that has a run of lone bullets (most have none)
  let measure: BodyMeasure | undefined | null = null;
  const bodyWidths = (): BodyMeasure | undefined => (measure === null ? (measure = bodyMeasure(lines)) : measure);
  const out: Line[] = [];
  let attached = false;
  for (let i = 0; i < lines.length; ) {
    // a run of two or more lone bullets, or item numbers in sequence (`1.`, `2.`), blank lines
    // between them allowed, on one page
    const bullets: Line[] = [];
    let j = i;
    const mark = (l: Line): boolean => {
      if (bullets.length === 0) return LONE_BULLET.test(l.text) || ITEM_NUMBER.test(l.text);
      const first = bullets[0]!.text;
      if (LONE_BULLET.test(first)) return LONE_BULLET.test(l.text);
      return ITEM_NUMBER.test(l.text) && parseInt(l.text, 10) === parseInt(bullets[bullets.length - 1]!.text, 10) + 1;
    };
    while (j < lines.length && ((!lines[j]!.blank && mark(lines[j]!)) || (lines[j]!.blank && bullets.length > 0)) && (j === i || !lines[j]!.pageStart)) {
      if (!lines[j]!.blank) bullets.push(lines[j]!);
      j++;
    }
    // (one lone bullet is a run where the text has shown a run of several: a list going on over a page)
    if (bullets.length < (attached && LONE_BULLET.test(bullets[0]?.text ?? '') ? 1 : 2)) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    // the items' lines: from the first line of text under the run to a blank line or the page's end; or to another
    // lone bullet, where the lines above it hold the run's items (it is the next item's, printed apart in its turn)
    let from = j;
    while (from < lines.length && lines[from]!.blank && !lines[from]!.pageStart) from++;
    let to = from;
    while (to < lines.length && !lines[to]!.blank && (to === from || !lines[to]!.pageStart)) to++;
    const bullet = lines.slice(from + 1, to).findIndex((l) => LONE_BULLET.test(l.text));
    if (bullet >= 0 && holdsItems(lines.slice(from, from + 1 + bullet), bullets.length, full)) to = from + 1 + bullet;
    // a list going on over a page, its bullets at the page's top: the page's first lines end the item the page
    // before cut (its last line ran full and ended no sentence), and the bullets are the items' after it
    const carried = cutByPage(lines, i, full) ? lines.slice(from, from + carriedLines(lines.slice(from, to))) : [];
    let block = lines.slice(from + carried.length, to);
    // too few lines end a sentence over a line that opens one: a stretched line's first word may be the last line
    // of an item, read into the next item's stretched first line (`… the count was` / `slow.` / `Turnout` / …);
    // parted where that makes the ends exactly as many as the items need
    if (stopEnds(block) < bullets.length - 1) {
      const parted = partStretched(block);
      if (parted.length > block.length && stopEnds(parted) === bullets.length - 1) block = parted;
    }
    // where an item ends: a short line, or one that ends a sentence, over a line that opens one
    const ends: number[] = [];
    for (let k = 0; k < block.length - 1 && ends.length < bullets.length - 1; k++) {
      if (endsItem(block, k, full)) ends.push(k);
    }
    // with the body's glyph widths known, an item's last line is one the next line's first word would have fitted
    // on with room to spare (narrower than the narrowest quarter of full lines, with it): a line that stopped short
    // in characters goes on where that word would not have fitted (`… chambers of Parliament, the` / `President …`)
    const measured = bodyWidths();
    if (measured) {
      const withNext = block.slice(0, -1).flatMap((l, k) => {
        const next = block[k + 1]!.text;
        return opensItem(l.text, next) ? [{ k, width: measured(`${l.text} ${next.split(' ')[0]}`) }] : [];
      });
      let written = withNext.filter((c) => c.width < measured.lowerQuartile).map((c) => c.k);
      // exactly as many lines that end a sentence with its stop over a line that opens one as the items need: the
      // items' ends (a line that stopped short of the body's width inside a list set narrower ends no item)
      const stops = withNext.filter((c) => STOPS.test(block[c.k]!.text)).map((c) => c.k);
      if (stops.length === bullets.length - 1) written = stops;
      // (too few: a list set narrower than the body; lines that end a sentence with a stop end the rest, those with most
      // room first)
      if (written.length < bullets.length - 1) {
        const more = withNext.filter((c) => !written.includes(c.k) && STOPS.test(block[c.k]!.text)).sort((a, b) => a.width - b.width);
        written.push(...more.slice(0, bullets.length - 1 - written.length).map((c) => c.k));
        written.sort((a, b) => a - b);
      }
      if (written.length >= bullets.length - 1) ends.splice(0, ends.length, ...written.slice(0, bullets.length - 1));
    }
    if (block.length < bullets.length || ends.length < bullets.length - 1 || !OPENS.test(block[0]?.text ?? '')) {
      out.push(...lines.slice(i, j));
      i = j;
      continue;
    }
    // the last item runs to its own short or sentence-ending line, the rest of the block is text after the list
    let last = ends.length > 0 ? ends[ends.length - 1]! + 1 : 0;
    // (with the glyph widths known, a short line is one the next line's first word would have fitted on; a stretched
    // line ran to the margin)
    const short = (k: number): boolean =>
      !block[k]!.stretched && block[k]!.text.length < 0.9 * full && (!measured || measured(`${block[k]!.text} ${block[k + 1]!.text.split(' ')[0]}`) < measured.lowerQuartile);
    while (last < block.length - 1 && !(short(last) || ENDS.test(block[last]!.text))) last++;
    const starts = [0, ...ends.map((k) => k + 1)];
    if (bullets.length >= 2) attached = true;
    // (the run may open a page: its first item's line opens it now)
    const opensPage = lines.slice(i, from).some((l) => l.pageStart);
    // (the lines that end the item the page before cut stand first, as they were printed)
    carried.forEach((l, k) => out.push(k === 0 && opensPage ? { ...l, pageStart: true } : l));
    block.forEach((l, k) => {
      const n = starts.indexOf(k);
      const mark = n >= 0 ? bullets[n]!.text : null;
      const line = k === 0 && opensPage && carried.length === 0 ? { ...l, pageStart: true } : l;
      out.push(mark ? { ...line, text: `${mark} ${l.text}`, ...(l.raw !== undefined ? { raw: `${mark} ${l.raw}` } : {}) } : line);
      // a blank line closes the list where text goes on under its last item
      if (k === last && k < block.length - 1) out.push(blankLine(l));
    });
    i = to;
  }
  return out;
}

/** Line `k` may end an item: a short line, or one that ends a sentence, over a line that opens one. */
const endsItem = (block: Line[], k: number, full: number): boolean =>
  (block[k]!.text.length < 0.9 * full || ENDS.test(block[k]!.text)) && opensItem(block[k]!.text, block[k + 1]!.text);

/** Whether lines can be `n` items: as many lines at least, and an item's end (a short line, or one that ends a sentence, over a line that opens one) before each but the first. */
function holdsItems(block: Line[], n: number, full: number): boolean {
  let ends = 0;
  for (let k = 0; k < block.length - 1; k++) if (endsItem(block, k, full)) ends++;
  return block.length >= n && ends >= n - 1;
}

/** How many lines end a sentence with its stop over a line that may open an item. */
function stopEnds(block: Line[]): number {
  let n = 0;
  for (let k = 0; k < block.length - 1; k++) if (STOPS.test(block[k]!.text) && opensItem(block[k]!.text, block[k + 1]!.text)) n++;
  return n;
}

/** A stretched line's first word that ends a sentence, and the space before what opens the next. */
const FIRST_ENDS = /^(\S*\p{L}[.!?…;][»")\]”]*)\s+(?=["«“(\[]?\s*[\p{Lu}\d])/u;

/**
 * The block with each stretched line (printed a word a line and joined again, scattered-words.ts) whose first word
 * ends a sentence parted after that word: the word may be a paragraph's last line, printed alone.
 */
function partStretched(block: Line[]): Line[] {
  return block.flatMap((l) => {
    const m = l.stretched ? FIRST_ENDS.exec(l.text) : null;
    if (!m) return [l];
    const [word, rest] = [m[1]!, l.text.slice(m[0].length)];
    return [
      { ...l, text: word, raw: word, rawLength: word.length, stretched: false },
      { ...l, text: rest, raw: rest, rawLength: rest.length, pageStart: false },
    ];
  });
}

/** most lines a page's running head takes over a list's bullets at its top */
const HEAD_LINES = 4;

/**
 * Whether the text before a run of bullets at line `i` stops mid-sentence at
 * the page before's end: above the run only a few lines of its own page (a
 * running head), and the page before's last line of text ran near full and
 * ended no sentence.
 */
function cutByPage(lines: Line[], i: number, full: number): boolean {
  const page = lines[i]!.page;
  let k = i - 1;
  let seen = 0;
  for (; k >= 0 && lines[k]!.page === page; k--) if (!lines[k]!.blank && ++seen > HEAD_LINES) return false;
  while (k >= 0 && lines[k]!.blank) k--;
  const last = lines[k];
  return last !== undefined && last.page !== page && last.text.length >= 0.8 * full && !ENDS.test(last.text);
}

/** The lines that end a sentence the page before cut: up to the first line that ends one, over a line that opens one. */
function carriedLines(block: Line[]): number {
  const k = block.findIndex((l, k) => k < block.length - 1 && STOPS.test(l.text) && OPENS.test(block[k + 1]!.text));
  return k + 1;
}
