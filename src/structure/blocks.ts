import type { ZonedLine } from '../schema/index.ts';
import { fillMeasure, type FillOf } from './fill.ts';
import { endsOnJoiningWord } from '../lang/joining-words.ts';
import { findIndents, opensByIndent, type Indents } from './first-line-indent.ts';
import { COMMA_END, ENDS_WITH_MARKER, ENDS_WITH_SPACED_MARKER, endsSentence, headingLike, isUpper, opensSentence, startsLower } from './line-shapes.ts';
import { dashGoesOn, followsItem, isBullet, lastItem, listEnds, listGoesOn } from './list-lines.ts';
import { headingParts } from './headings.ts';

export { headingLike, isUpper } from './line-shapes.ts';
export { followsItem, isBullet } from './list-lines.ts';

export type BlockKind = 'heading' | 'paragraph' | 'list' | 'lines';

export interface Block {
  kind: BlockKind;
  lines: ZonedLine[];
  page: number;
  /** a list's lines that open with a dash the item's sentence wrapped to the line's start (`dashGoesOn`): no items */
  goesOn?: Set<ZonedLine>;
}

/** A block's text, its lines joined by a space. */
export const blockText = (b: Block): string => b.lines.map((l) => l.text).join(' ');

/**
 * A heading only a text's lines made (no type on a page says it): unnumbered, not in capitals, ending no
 * sentence. The kind of heading a stray short line becomes (a paragraph's first line, a table's cell).
 */
export function plainTextHeading(b: Block): boolean {
  if (b.kind !== 'heading' || b.lines.some((l) => l.geometry)) return false;
  const t = blockText(b);
  return headingParts(t).number === null && !isUpper(t) && !/[.!?:;]$/u.test(t);
}

/** The body's first-line indent and page margins (first-line-indent.ts), as this stage reads sentences' ends and list items. */
export const documentIndents = (body: ZonedLine[]): Indents => findIndents(body, endsSentence, isBullet);

/**
 * A hard line break: the next line's first word would have fit on this line,
 * so the break was written, not made by wrapping (addresses, contact lists).
 */
function hardBreak(line: ZonedLine, next: ZonedLine, fill: FillOf): boolean {
  return fill.fits(line, next.text.split(' ')[0] ?? '');
}

/**
 * Whether a line goes on the numbering of the document's last list (its next
 * number), its text running on under it: a section heading that happens to
 * carry the next number stands alone on its line. (Inside a list, the next
 * number opens an item on the same terms, in groupBlocks.)
 */
function numberingGoesOn(line: ZonedLine, next: ZonedLine | undefined, lastListItem: ZonedLine | null, fill: FillOf): boolean {
  return lastListItem !== null && !isBullet(line.text) && followsItem(line.text, lastListItem.text) && runsOn(line, next, fill);
}

/**
 * A numbered line that reads as a numbered heading (a few words) opens a
 * numbered list where its text runs on under it and the next number opens a
 * line of the same run, no gap between (`1. The legal framework should be
 * reviewed` / `well ahead of …` / `2. …`): a heading's text does not run on.
 */
function numberingOpens(body: ZonedLine[], i: number): boolean {
  const line = body[i]!;
  if (!NUMBER_MARK.test(line.text) || isBullet(line.text) || !startsLower(body[i + 1]?.text ?? '')) return false;
  for (let k = i + 1; k < body.length && k <= i + ITEM_LINES; k++) {
    const l = body[k]!;
    if (l.blank) return false;
    if (NUMBER_MARK.test(l.text)) return followsItem(l.text, line.text);
  }
  return false;
}
/** A line that opens with a number and its stop (`1. `), as a numbered item or heading does. */
const NUMBER_MARK = /^\d{1,3}\.\s/u;
/** How many lines an item's text may run to under its first, for `numberingOpens` to look for the next. */
const ITEM_LINES = 8;

/** A line whose text runs on under it: the next line opens in lower case, or the line runs to the margin. */
const runsOn = (line: ZonedLine, next: ZonedLine | undefined, fill: FillOf): boolean => (next !== undefined && startsLower(next.text)) || fill.full(line);

/**
 * Groups body lines into blocks. Within a page a blank line separates blocks.
 * Across a page break (and the footnote zone printed in between) the text goes
 * on unless the new page opens with a heading, or the last line of the old page
 * ends a sentence without filling the line while the new page starts with a
 * capital: then a new paragraph begins. A line that goes on the numbering of
 * the last list (`5. …` under a heading after a list that ended at 4), its
 * text running on under it, opens a list though its first line reads as a
 * numbered heading: such lines go into `opened`, for classifyBlock.
 */
export function groupBlocks(lines: ZonedLine[], fill: FillOf, opened: Set<ZonedLine> = new Set()): Array<ZonedLine[]> {
  const groups: ZonedLine[][] = [];
  let current: ZonedLine[] = [];
  let sawBlank = false;
  let afterHeading = false;
  // the last item of the last list, whose numbering a later list may go on (`5. …` after a heading, the list
  // before it ending at 4)
  let lastListItem: ZonedLine | null = null;
  const opensList = (l: ZonedLine): boolean => isBullet(l.text) || opened.has(l);
  const body = lines.filter((l) => l.zone === 'body');
  // a table between a sentence's end and a line that opens one stands between paragraphs (over a page
  // break too): the line after it opens a block. A sentence that goes on under a table's rest is left alone.
  const afterTable = new Set<ZonedLine>();
  let sawTable = false;
  let lastBody: ZonedLine | undefined;
  for (const l of lines) {
    if (l.zone === 'table') sawTable = true;
    else if (l.zone === 'body' && !l.blank) {
      if (sawTable && lastBody && endsSentence(lastBody.text) && !startsLower(l.text)) afterTable.add(l);
      sawTable = false;
      lastBody = l;
    }
  }
  // without blank lines between paragraphs (poppler's pdftotext), where one ends is read off the lines
  const wrapsAll = !separatedByBlanks(body, fill);
  // (and a text with blank lines between paragraphs may print none on some pages: those pages read as such text)
  const wrapsPages = wrapsAll ? new Set<number>() : pagesWithoutGaps(body, fill);
  const nextText = (i: number): ZonedLine | undefined => {
    for (let k = i + 1; k < body.length; k++) if (!body[k]!.blank) return body[k];
    return undefined;
  };
  // in text without positions or indentation (no page columns kept) a tool's blank line after a raised
  // marker cannot be told from a gap by the gap itself: the full line it follows says it (a paragraph's
  // last line seldom runs to the margin). Any line of the page indented, a running head set right by
  // spaces among them, says the tool kept columns: its blank lines are gaps.
  const markerGaps = !wrapsAll && (printsGapsAfterMarkers(body) || lines.every((l) => l.blank || (l.indent === 0 && !l.geometry)));
  const contactRuns = contactBlocks(body, fill);
  const indents = documentIndents(body);
  body.forEach((line, i) => {
    if (line.blank) {
      sawBlank = true;
      return;
    }
    const wrapMode = wrapsAll || wrapsPages.has(line.page);
    const prev = current[current.length - 1];
    const next = nextText(i);
    // the line of text under `next`, looked up where a heading's test asks for it
    const afterNext = (): ZonedLine | undefined => (next ? nextText(body.indexOf(next, i)) : undefined);
    if (!prev) {
      current.push(line);
      sawBlank = false;
      // a document opening with its title: what follows starts a new block
      afterHeading = wrapMode ? headingLike(line.text) && fill(line) < 0.8 && next !== undefined && opensSentence(next.text) : headsText(line, body[i + 1], fill);
      return;
    }
    let newBlock: boolean;
    // the block so far is a list, and its latest item (read only in a list: a scan over the block)
    const inList = opensList(current[0]!);
    const latest = inList ? lastItem(current) : current[0]!;
    // the line opens a list's item: a bullet, or the next number of the numbered list it stands in
    const goesOnNumbering = (numberingGoesOn(line, next, lastListItem, fill) || numberingOpens(body, i)) && !inList;
    // (the next number of the numbered list the block is, its text running on under it)
    const nextNumber = inList && followsItem(line.text, latest.text) && runsOn(line, next, fill);
    const item = isBullet(line.text) || nextNumber || goesOnNumbering;
    const headingHere =
      wrapMode && (endsSentence(prev.text) || afterHeading || outOfPlace(prev, sawBlank)) && headsWhatFollows(line, next, fill, afterNext);
    // a bold heading line stands apart from the plain text around it even where the gap is small, or none
    const boldTurn = !!line.geometry && !!prev.geometry && line.geometry.bold !== prev.geometry.bold && headingLike((line.geometry.bold ? line : prev).text);
    if (line.page !== prev.page) {
      const isolated = body[i + 1] === undefined || body[i + 1]!.blank || body[i + 1]!.page !== line.page;
      const prevEnded = endsSentence(prev.text) || (current.length === 1 && headingLike(prev.text));
      const prevHeading = current.length === 1 && headingLike(prev.text) && fill(prev) < 0.8;
      if (startsLower(line.text) || /[-\u00ad]$/.test(prev.text)) newBlock = false;
      else if (item && inList) newBlock = false; // a list goes on
      // a heading closed the old page (one in capitals says so itself, where nothing set it apart: no gap, no text under
      // it on its page; so does a bold one over plain text)
      else if (prevHeading && (sawBlank || afterHeading || isUpper(prev.text) || (boldTurn && prev.geometry!.bold))) newBlock = true;
      else if (headingLike(line.text) && fill(line) < 0.8 && (isolated || headingHere || (!wrapMode && headsText(line, body[i + 1], fill))) && prevEnded) newBlock = true;
      // text with blank lines for gaps has none at a page's foot to tell: a sentence ended on a line the new page's
      // first word would have fitted on ended its paragraph there, where that word is more than a letter (a line's
      // width in glyphs errs by about a letter's, and one letter fits nearly any line)
      else newBlock = endsSentence(prev.text) && (wrapMode ? nextWordFits(prev, line, fill) : !fill.full(prev) || gapUnder(body, i, prev) >= 2 || (nextWordFits(prev, line, fill) && /^\p{L}{2}/u.test(line.text)));
    } else if (wrapMode && afterHeading && current.length === 1 && isUpper(prev.text) && isUpper(line.text) && headingLike(line.text)) {
      newBlock = false; // a heading in capitals wrapped onto a second line
    } else if (wrapMode) {
      const bullet = item && (!dashGoesOn(prev, line, fill) || nextNumber);
      newBlock =
        afterHeading ||
        headingHere ||
        (bullet !== inList && (bullet || listEnds(line, prev, latest, fill))) ||
        (!item && endsSentence(prev.text) && opensSentence(line.text) && !numberGoesOn(prev, line) && nextWordFits(prev, line, fill));
    } else {
      // a bullet opens a list; a line after a list that is not one closes it; a bold heading turns (boldTurn)
      const bullet = item && (sawBlank || !dashGoesOn(prev, line, fill) || nextNumber);
      newBlock =
        (sawBlank && !listGoesOn(line, current, item, inList) && !falseGap(prev, line, fill, markerGaps, current.length > 1)) ||
        afterHeading ||
        boldTurn ||
        (bullet !== inList && (bullet || listEnds(line, prev, latest, fill)));
    }
    // a first-line indent opens a paragraph where no gap does
    if (!newBlock && !item && !inList && opensByIndent(prev, line, next, indents, endsSentence, isBullet)) newBlock = true;
    if (afterTable.has(line)) newBlock = true;
    // a contact block (an address, a telephone, an e-mail) is one block of its own
    const contact = contactRuns.get(i);
    if (contact !== undefined) newBlock = contact;
    if (newBlock) {
      if (inList) lastListItem = latest;
      groups.push(current);
      current = [];
      if (goesOnNumbering) opened.add(line);
    }
    current.push(line);
    if (contact !== undefined) {
      afterHeading = false;
      sawBlank = false;
      return;
    }
    afterHeading =
      headingHere ||
      (newBlock && wrapMode && current.length === 1 && headsWhatFollows(line, next, fill, afterNext)) ||
      (newBlock && !wrapMode && headsText(line, body[i + 1], fill));
    sawBlank = false;
  });
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * A stretched line a tool printed word by word, set apart by a blank line: it
 * ran to the margin, so no paragraph ends on it where it stood, but a tool that
 * tears such lines apart prints their words in its own order (two stretched
 * lines' words column after column, after the sentence they belong in). Under
 * it, a heading over a sentence's first line is a heading still.
 */
const outOfPlace = (prev: ZonedLine, sawBlank: boolean): boolean => prev.stretched === true && sawBlank;

/**
 * A blank line a tool printed where the paragraph goes on:
 * - after a line that justified type stretched to the margin (its word
 *   spaces printed wider here and there), which a paragraph's last line never is;
 * - where the sentence goes on in lower case under a line that ends none,
 *   nor a list's lead or item (a paragraph never opens in lower case);
 * - after a line a tool printed word by word that goes on a paragraph's
 *   lines above it and ends no sentence (MuPDF prints a gap after its words;
 *   such a line standing alone, a table's cell, keeps its gap);
 * - after a line that goes on a sentence from the line above (it opens in
 *   lower case) and stops on a word, mid-sentence: a printed line's rest a
 *   tool set apart after a raised marker;
 * - after a line that ends in a raised marker, which some tools (MuPDF) set
 *   apart: proven where the text goes on in lower case; in a text that does
 *   that anywhere, or keeps neither positions nor indentation, also where the
 *   line ran to the margin (the next word would not have fitted on it).
 */
function falseGap(prev: ZonedLine, line: ZonedLine, fill: FillOf, markerGaps: boolean, goesOnBlock = false): boolean {
  if (prev.page !== line.page || isBullet(line.text) || (headingLike(line.text) && shortForHeading(line, fill))) return false;
  if (justifiedWide(prev)) return true;
  // a sentence that goes on in lower case under a line that ends neither it nor a list's lead or item (`:`, `;`):
  // MuPDF sets a list item's first line apart, and in some layouts a paragraph's line or a word of it, full or not
  if (startsLower(line.text) && !endsSentence(prev.text) && !/[:;]$/.test(prev.text)) return true;
  if (ENDS_WITH_MARKER.test(prev.text) && startsLower(line.text)) return true;
  // no paragraph ends in a comma on a full line: the sentence goes on, whatever opens the next line
  // (`(RECs),19` / `207 District …`); an address's short lines end in commas too
  if (COMMA_END.test(prev.text) && fill.full(prev)) return true;
  // nor on a line that ran (nearly: a first line set in runs short by its indent) to the margin and ends no
  // sentence, unless a tool printed it word by word (it counts as full): MuPDF sets a first-line-indented
  // paragraph's first line apart (`… was won by the incumbent. The` / `Mazhilis (the lower house) …`)
  // (a section's name in capitals runs wide too)
  if (!prev.stretched && !endsSentence(prev.text) && !/[:;]$/.test(prev.text) && fill(prev) >= 0.85 && !(isUpper(prev.text) && headingLike(prev.text) && shortForHeading(prev, fill))) return true;
  // a line printed word by word that goes on a paragraph's lines above it (no cell standing alone) and ends no
  // sentence: the paragraph goes on under the gap the tool printed after its words
  if (prev.stretched && goesOnBlock && !endsSentence(prev.text) && !/[:;,]$/.test(prev.text)) return true;
  // a line that goes on a sentence from the line above and stops mid-sentence, on a word: the rest of a line a tool
  // broke after a raised marker and set apart with a gap under it (MuPDF: `… were held,1` / `and` / gap)
  if (goesOnBlock && startsLower(prev.text) && /\p{Ll}$/u.test(prev.text)) return true;
  return ENDS_WITH_SPACED_MARKER.test(prev.text) && markerGaps && fill.full(prev) && !nextWordFits(prev, line, fill);
}

/**
 * A line whose word spaces the tool printed wider here and there: justified
 * type stretched it to the margin, which a paragraph's last line never is.
 */
const justifiedWide = (line: ZonedLine): boolean => {
  const gaps = (line.raw ?? '').trim().match(/(?<=\S) +(?=\S)/g) ?? [];
  const wide = gaps.filter((g) => g.length >= 2).length;
  return wide >= 2 && wide * 3 >= gaps.length;
};

/** Whether a text prints a blank line after a marker where the sentence goes on in lower case. */
function printsGapsAfterMarkers(body: ZonedLine[]): boolean {
  return body.some((l, i) => {
    if (!l.blank || i === 0) return false;
    const prev = body[i - 1]!;
    const next = body[i + 1];
    return !prev.blank && next !== undefined && !next.blank && next.page === prev.page && ENDS_WITH_MARKER.test(prev.text) && startsLower(next.text);
  });
}

/** Contact data: an e-mail or web address, or a telephone number in international form. */
const CONTACT = /\S@\S|https?:\/\/|www\.|\+\d{1,3}[\s-]?\(?\d/u;

/**
 * Runs of three or more short lines, one after the other on a page, at least
 * one of them contact data: an address block, one block of lines whatever its
 * lines look like (`Astana 010000` is no heading). Each run's first line maps
 * to true (it opens a block), the others to false.
 */
function contactBlocks(body: ZonedLine[], fill: FillOf): Map<number, boolean> {
  const runs = new Map<number, boolean>();
  for (let i = 0; i < body.length; ) {
    let j = i;
    // (a line that ends a sentence ends the run: it closes a paragraph or the block)
    while (j < body.length && !body[j]!.blank && body[j]!.page === body[i]!.page && fill(body[j]!) < 0.9 && !isBullet(body[j]!.text)) {
      j++;
      if (/[.!?]$/u.test(body[j - 1]!.text)) break;
    }
    // the run opens a block: under a blank line on its page or a sentence's end (not an address going on over a page)
    let b = i - 1;
    while (b >= 0 && body[b]!.blank) b--;
    const before = body[b];
    const opens = !before || /[.:;!?]$/u.test(before.text) || (b < i - 1 && before.page === body[i]!.page);
    if (opens && j - i >= 3 && body.slice(i, j).some((l) => CONTACT.test(l.text))) for (let k = i; k < j; k++) runs.set(k, k === i);
    i = Math.max(j, i + 1);
  }
  return runs;
}

/**
 * Blank lines between a page's last body line and the page's end. Text that keeps
 * vertical gaps (`pdftotext -layout`) prints two or more where the body stopped
 * short of its foot: the paragraph ended there, even on a full line.
 */
function gapUnder(body: ZonedLine[], i: number, prev: ZonedLine): number {
  let n = 0;
  for (let j = i - 1; j >= 0 && body[j] !== prev; j--) if (body[j]!.blank && body[j]!.page === prev.page) n++;
  return n;
}

/** A number's thousands printed on the next line (`… т. е. 1` / `068 200 тенге …`): the line ends in a group of up to three digits and the next opens with a group of three that has a leading zero, or with two groups of three. */
const numberGoesOn = (prev: ZonedLine, line: ZonedLine): boolean => /(?:^|\s)\d{1,3}$/u.test(prev.text) && /^(?:0\d{2}|\d{3}[ \u00a0]\d{3})(?![\d.,])/u.test(line.text);

const words = (l: ZonedLine | undefined): boolean => !!l && !l.blank && /\p{L}/u.test(l.text);

/** Paragraphs separated by blank lines: one blank for every few lines within pages. */
function separatedByBlanks(body: ZonedLine[], fill: FillOf): boolean {
  const { blanks, text, endsOverBlank, endsOverText } = gapCounts(body, fill);
  // blank lines in a few places (a table's, an address's) do not part a text's paragraphs when most
  // paragraphs' last lines have the next sentence right under them
  // (in lines a PDF placed, where no paragraph's last line stands over a gap, one over the next sentence is enough)
  const placed = endsOverBlank === 0 && body.some((l) => l.geometry);
  return blanks >= Math.max(1, text * 0.03) && (placed ? endsOverText === 0 : endsOverText < 3 || endsOverText <= 2 * endsOverBlank);
}

/** Of a text's lines: blank lines between lines of words, lines of text, and short lines ending a sentence over a blank line or over the next sentence. */
function gapCounts(body: ZonedLine[], fill: FillOf, textUnder = false): { blanks: number; text: number; endsOverBlank: number; endsOverText: number } {
  let blanks = 0;
  let text = 0;
  // short lines that end a sentence (paragraphs' last lines), with a blank line under them or the next sentence
  let endsOverBlank = 0;
  let endsOverText = 0;
  body.forEach((l, i) => {
    if (!l.blank) text++;
    // under a line of words: not under a bullet a tool printed on a line of its own
    else if (words(body[i - 1]) && body[i + 1] && body[i - 1]!.page === body[i + 1]!.page) blanks++;
    const next = body[i + 1];
    if (l.blank || !next || next.page !== l.page || !endsSentence(l.text) || fill(l) >= 0.75 || !words(l)) return;
    // (with `textUnder`, only a blank line with text under it on the page: not the gap over the page's footnotes)
    // (not over a list's next item: a tool may print a gap before a bullet where it prints none between paragraphs)
    // (nor, in lines a PDF placed, over a heading: a heading has its space around it where the paragraphs have none;
    // a tool's text prints blank lines by rules of its own, before headings too)
    if (next.blank) {
      const under = body.slice(i + 2).find((u) => !u.blank);
      const overHeading = !!under?.geometry && headingLike(under.text) && fill(under) < 0.8;
      endsOverBlank += (!textUnder || (!!under && under.page === l.page)) && !isBullet(under?.text ?? '') && !overHeading ? 1 : 0;
    }
    // (with `textUnder`, not over a list's next item: items of one sentence each end short over the next)
    else if (opensSentence(next.text) && !(textUnder && isBullet(next.text))) endsOverText++;
  });
  return { blanks, text, endsOverBlank, endsOverText };
}

/** Paragraphs' last lines a page must show over the next sentence before it reads as printed without gaps. */
const UNGAPPED_ENDS = 2;

/**
 * The pages of a text with blank lines between paragraphs that print none
 * there: several paragraphs' last lines over the next sentence, twice as many
 * as over a blank line with text under it at least (a tool that reads a
 * page's gaps against its line spacing may find them on one page and not on
 * the next, or only around a list).
 */
export function pagesWithoutGaps(body: ZonedLine[], fill: FillOf): Set<number> {
  const pages = new Map<number, ZonedLine[]>();
  for (const l of body) {
    const on = pages.get(l.page);
    if (on) on.push(l);
    else pages.set(l.page, [l]);
  }
  const out = new Set<number>();
  for (const [page, lines] of pages) {
    // (lines with positions have their gaps from the page, not from a tool's blank lines)
    if (lines.some((l) => l.geometry)) continue;
    const c = gapCounts(lines, fill, true);
    if (c.endsOverText >= UNGAPPED_ENDS && c.endsOverText >= 2 * c.endsOverBlank) out.add(page);
  }
  return out;
}

/**
 * With blank lines between paragraphs, a heading may still sit right on its text
 * (`pdftotext -layout` prints a blank only for a gap of two lines): a short line
 * that opens a block, reads like a heading and has a sentence under it. Lines with
 * geometry have their headings from it.
 */
function headsText(line: ZonedLine, next: ZonedLine | undefined, fill: FillOf): boolean {
  if (line.geometry || !next || next.blank || next.page !== line.page) return false;
  return headsWhatFollows(line, next, fill) && !goesOnShort(line, fill);
}

/**
 * A short line that reads like a heading, over a sentence's start (or nothing), not over an address's next line,
 * nor a sentence broken early over the full line it goes on in (`… given to` / `Parties that …`; a line set in
 * columns is a table's and may end anywhere).
 */
function headsWhatFollows(line: ZonedLine, next: ZonedLine | undefined, fill: FillOf, afterNext?: () => ZonedLine | undefined): boolean {
  if (!headingLike(line.text) || !shortForHeading(line, fill)) return false;
  if (!next) return true;
  // (a short line that stops at a comma is no address's where the word under it would not have fitted on it: a
  // justified line a long word left short, printed with single spaces)
  const short = goesOnShort(next, fill);
  const after = short ? afterNext?.() : undefined;
  const address = short && !(after && !after.blank && after.page === next.page && !nextWordFits(next, after, fill));
  return opensSentence(next.text) && !address && !(endsOnJoiningWord(line.text) && !line.segments && fill(next) >= 0.8);
}

/**
 * How short of the margin a line in capitals stops at most to head what
 * follows: capitals run wide, and a narrow measure leaves a section's name in
 * them little room (a line of plain text that short would end a paragraph).
 */
const CAPITALS_SHORT = 0.95;
const shortForHeading = (line: ZonedLine, fill: FillOf): boolean => fill(line) < (isUpper(line.text) ? CAPITALS_SHORT : 0.8);

/** A short line that stops at a comma: the next line of an address, not the text under a heading (nor lines a tool ran together). */
const goesOnShort = (line: ZonedLine, fill: FillOf): boolean => /,$/.test(line.text) && fill(line) < 0.8 && fill.printed(line) === 1;

/** The first word of the next line would have fitted on this one: the break was not made by wrapping. */
function nextWordFits(prev: ZonedLine, line: ZonedLine, fill: FillOf): boolean {
  return fill.fits(prev, line.text.split(' ')[0] ?? '');
}

/**
 * How many lines an address without contact data runs to: a street, a town, a
 * country. Lines whose breaks were written are an address or a contact list;
 * a longer run of lines that each left room for the next word, none of them
 * contact data, is a tool's breaking (a marker's rest on a line of its own, a
 * justified line torn word by word, a table's cells a line each), read on as
 * a paragraph.
 */
const ADDRESS_LINES = 3;
const writtenBreaksFit = (group: ZonedLine[]): boolean => group.length <= ADDRESS_LINES || group.some((l) => CONTACT.test(l.text));

/** What kind of block a group of lines is. */
export function classifyBlock(group: ZonedLine[], fill: FillOf, opened: ReadonlySet<ZonedLine> = new Set()): BlockKind {
  const first = group[0]!;
  if (group.every((l) => headingLike(l.text) && (shortForHeading(l, fill) || l.geometry?.bold === true)) && (group.length === 1 || (group.length === 2 && isUpper(group.map((l) => l.text).join(' '))))) {
    return 'heading';
  }
  if (isBullet(first.text) || opened.has(first)) return 'list';
  if (group.length >= 2 && writtenBreaksFit(group) && group.every((l, i) => i === group.length - 1 || hardBreak(l, group[i + 1]!, fill)) && !wrappedInOwnMeasure(group, fill) && !sentenceWrapped(group)) return 'lines';
  return 'paragraph';
}

/**
 * Lines that carry one sentence on: each but the last ends on a word in lower
 * case (or on a figure or a comma, the next line going on in lower case: `…
 * some 40` / `per cent of …`), and the last ends the sentence. A line broken
 * early (a marker's rest a tool printed on a line of its own, a paragraph a
 * tool ran together on one line) leaves room for the next word, as a written
 * break does, but an address's or a list's lines do not go on so.
 */
const sentenceWrapped = (group: ZonedLine[]): boolean =>
  group.slice(0, -1).every((l, i) => /\p{Ll}$/u.test(l.text) || (/(?:\p{L}\s\d+|\p{L},)$/u.test(l.text) && /^\p{Ll}/u.test(group[i + 1]!.text))) && endsSentence(group[group.length - 1]!.text);

/**
 * A paragraph set narrower than the text (an indented list's items whose
 * bullets the tool lost): every line but the last ran to the block's own
 * measure, its widest line, where the next word would not have fitted.
 */
function wrappedInOwnMeasure(group: ZonedLine[], fill: FillOf): boolean {
  if (group.length < 3) return false;
  const own = Math.max(...group.slice(0, -1).map((l) => fill(l)));
  if (own < 0.6) return false;
  return group.slice(0, -1).every((l, i) => fill({ ...l, text: `${l.text} ${group[i + 1]!.text.split(' ')[0] ?? ''}`, stretched: false }) > own * 0.995);
}

/** A line that opens with a dash and a space, as a dashed list's item does. */
const DASH_ITEM = /^[–—]\s/u;

export function buildBlocks(lines: ZonedLine[]): Block[] {
  const fill = fillMeasure(lines);
  const opened = new Set<ZonedLine>();
  return groupBlocks(lines, fill, opened).map((g) => {
    const kind = classifyBlock(g, fill, opened);
    const goesOn = kind === 'list' ? new Set(g.filter((l, k) => k > 0 && DASH_ITEM.test(l.text) && dashGoesOn(g[k - 1]!, l, fill))) : undefined;
    return { kind, lines: g, page: g[0]!.page, ...(goesOn?.size ? { goesOn } : {}) };
  });
}
