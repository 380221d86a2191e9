/**
 * A list's lines: what opens an item (a bullet, a lettered or numbered mark;
 * the next number of a numbered list, though its first line reads as a
 * numbered heading), what goes on one (a dash or a figure wrapped to a line's
 * start), and what ends the list. The blocks stage (blocks.ts) groups lines
 * into lists with these, the document stage (document.ts) parts a list into
 * its items.
 */
import type { ZonedLine } from '../schema/index.ts';
import type { FillOf } from './fill.ts';
import { BULLET, endsSentence, headingLike, isUpper } from './line-shapes.ts';

/** `12. ` before a capital: a numbered item, or a numbered heading when the line reads as one (a few words, no stop) */
const NUMBERED = /^\d{1,3}\.\s+(?=[\p{Lu}«"“])/u;
const numberedHeading = (text: string): boolean => headingLike(text) && (text.split(/\s+/).length <= 7 || isUpper(text));

export const isBullet = (text: string): boolean => BULLET.test(text) || (NUMBERED.test(text) && !numberedHeading(text));

/**
 * `7. …` under item 6 of a numbered list opens the list's next item, though
 * its first line reads as a numbered heading would (a few long words: `7.
 * Избирательное законодательство следует привести в соответствие`).
 */
export const followsItem = (text: string, before: string): boolean => {
  const [m, b] = [/^(\d{1,3})\.\s+\S/u.exec(text), /^(\d{1,3})\.\s/u.exec(before)];
  return m !== null && b !== null && Number(m[1]) === Number(b[1]) + 1;
};

/**
 * The list's latest item line: a tool that shifts each page's lines (Ghostscript) indents a page's items alike,
 * not the list's. An item is a bullet's line, or the next number after the item before it, though its first
 * line reads as a numbered heading (`2. Для проведения содержательного публичного обсуждения`).
 */
export const lastItem = (current: ZonedLine[]): ZonedLine => {
  let item = current[0]!;
  for (let k = 1; k < current.length; k++) if (isBullet(current[k]!.text) || followsItem(current[k]!.text, item.text)) item = current[k]!;
  return item;
};

/**
 * A line that opens with a dash, or with a figure and a stop, under a line
 * that ran to the margin (or had no room for the dash and its word) and ended no sentence, clause or list's lead (`… 69
 * of them` / `– by majority vote …`, `… the other party –` / `4. The rest …`):
 * the sentence's own dash or figure wrapped to the line's start, not a list's
 * item. (A numbered list's next number, `followsItem`, is an item all the same.)
 */
export function dashGoesOn(prev: ZonedLine, line: ZonedLine, fill: FillOf): boolean {
  if (!(/^[–—]\s/u.test(line.text) || NUMBERED.test(line.text)) || /[.!?:;]$/u.test(prev.text)) return false;
  // (lines set flush left run to the margin no more than a word's width allows: there, the line the dash and the
  // word after it would not have fitted on)
  return fill.full(prev) || !fill.fits(prev, line.text.split(/\s+/u).slice(0, 2).join(' '));
}

/**
 * Whether a line that follows a list item ends the list. With geometry or kept
 * indentation: it starts left of the bullet. Without: the item's last line ended a
 * sentence short of the margin, and the line opens as a sentence does.
 */
export function listEnds(line: ZonedLine, prev: ZonedLine, bulletLine: ZonedLine, fill: FillOf): boolean {
  if (line.geometry && bulletLine.geometry) return line.geometry.x < bulletLine.geometry.x - 2;
  // text that keeps indentation (`pdftotext -layout`) says it the same way; on a later page than the item's bullet,
  // against the item's line over it on that page (a tool that shifts each page's lines, Ghostscript, indents the
  // item's rest there by the page's own margin)
  const ref = bulletLine.page !== line.page && prev.page === line.page ? prev : bulletLine;
  if (bulletLine.indent > 0 && line.indent < ref.indent) return true;
  // (a text that opens in lower case goes on the item, whatever its last line ended in: `… the vote was called;` /
  // `according to the authorities, …`; no paragraph opens so)
  if (/^\p{Ll}/u.test(line.text)) return false;
  return endsSentence(prev.text) && fill(prev) < 0.9;
}

/**
 * A list's next item after a blank line: tools that print a gap between a
 * list's items (MuPDF) still print one list. The item opens with the same
 * kind of mark as the list's first (a bullet, or a number after a number).
 * `listed`: the block is a list, though its first line reads as a numbered
 * heading (a list whose numbering went on past a heading).
 */
export function listGoesOn(line: ZonedLine, current: ZonedLine[], item = isBullet(line.text), listed = isBullet(current[0]!.text)): boolean {
  const first = current[0]!.text;
  if (!item || !listed) return false;
  const mark = (t: string) => (/^\d/.test(t) ? 'number' : /^\(?[a-zа-я]\)/u.test(t) ? 'letter' : 'bullet');
  return mark(line.text) === mark(first);
}
