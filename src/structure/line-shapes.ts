/**
 * What a line's text alone says of it: whether it ends a sentence (a footnote
 * marker after the stop or not), could be a heading on its own, is set in
 * capitals, opens a sentence or goes on one in lower case. The blocks stage
 * (blocks.ts) and the list stage (list-lines.ts) read lines with these.
 */
import { SUPERSCRIPT_CLASS } from '../layout/superscript.ts';
import { outrunsHeading } from '../layout/heading-shape.ts';
import { headingParts } from './headings.ts';

const TERMINAL_END = /[.!?:;…»")\]]$/u;
/**
 * A line that ends a sentence, perhaps with a footnote marker after the stop (`Жанаозен.31`, `Жанаозен. 31`).
 * A closing bracket or quote ends one only after a stop (`… (ODIHR)` / `18 May …` goes on; `… «закон».` ends).
 */
const MARKER_AFTER = `(?:\\d{1,3}|${SUPERSCRIPT_CLASS}{1,3})`;
const ENDS_SENTENCE = new RegExp(`(?:[.!?:;…]|[.!?…][»")\\]]+)(?:\\s?${MARKER_AFTER})?$`, 'u');
export const ENDS_WITH_MARKER = new RegExp(`[.!?:;…,)»"]${MARKER_AFTER}$`, 'u');
/** the same, or with the marker set after a space (`exist. 8`), which a number can be too (`St. 13`) */
export const ENDS_WITH_SPACED_MARKER = new RegExp(`[.!?:;…,)»"]\\s?${MARKER_AFTER}$`, 'u');
/** ends in a comma, a footnote marker after it or not: no paragraph ends so */
export const COMMA_END = new RegExp(`,${MARKER_AFTER}?$`, 'u');
/** a title before a name (`… and Mr.` / `Lake 1.5 per cent`) ends no sentence */
const TITLE_END = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Messrs)\.$/u;
export const endsSentence = (text: string): boolean => ENDS_SENTENCE.test(text) && !TITLE_END.test(text);

/** A line that could be a heading on its own: short, no closing punctuation, starts with a capital or a section number. */
export function headingLike(text: string): boolean {
  if (text.length > 120 || text.length < 2) return false;
  // a line that ends in a footnote marker after punctuation ends a sentence (`advantage.39`; a tool may print the
  // raised marker after a space, `disabilities. 39`)
  if (ENDS_WITH_SPACED_MARKER.test(text)) return false;
  if (TERMINAL_END.test(text) && !/[)»"]$/u.test(text)) return false;
  if (/[,;]$/.test(text)) return false;
  // (a word broken at the line's end, `North-` / `Western …`, goes on under it: a table's label wrapped in its cell)
  if (/\p{L}-$/u.test(text)) return false;
  if (BULLET.test(text)) return false;
  // a date alone, a table's cell printed a line (`4 May 2019`, `4 мая 2019 года`, `2019 жылғы 4 мамыр`), is no numbered heading
  if (DATE_ALONE.test(text.trim())) return false;
  if (!/^(?:[IVX]+\.|\d+(?:\.\d+)*\.?)?\s*[\p{Lu}]/u.test(text)) return false;
  if (readsAsText(text)) return false;
  return text.split(/\s+/).length <= 12 && /\p{L}{2}/u.test(text);
}

/** A day, its month and its year, in either order, and nothing else. */
const DATE_ALONE = /^(?:\d{1,2}\s+\p{L}+\s+\d{4}(?:\s+\p{L}{1,5}\.?)?|\d{4}\s+\p{L}+\s+\d{1,2}\s+\p{L}+)$/u;

export const startsLower = (text: string): boolean => /^[\p{Ll}]/u.test(text);

export const opensSentence = (text: string): boolean => /^(?:["«“„'(\[]\s*)?[\p{Lu}\d]/u.test(text);

/** An unnumbered line, not in capitals, that reads as a piece of a sentence, not as a heading (layout/heading-shape.ts). */
function readsAsText(text: string): boolean {
  if (headingParts(text).number !== null || isUpper(text)) return false;
  return outrunsHeading(text);
}

export function isUpper(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 4 && letters.every((c) => c === c.toUpperCase() && c !== c.toLowerCase());
}

/** a bullet, a lettered item (`a)`, `(b)`), a numbered one (`3)`) */
export const BULLET = /^(?:[•·▪◦●■□‣⁃\-–—]|\(?[a-zа-я]\)|\d{1,2}\))\s+/u;
