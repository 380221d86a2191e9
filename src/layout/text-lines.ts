import type { Line } from '../schema/index.ts';
import { pageSeparatorsToFormFeeds } from './page-separators.ts';
import { restoreMarkedLineBreaks } from './marked-line-breaks.ts';
import { restoreDecomposedSigns } from './decomposed-signs.ts';

// Debris PDF-to-text tools leave: tabs, no-break and other odd spaces, soft hyphens inside words,
// zero-width characters.
export const ODD_SPACES = /[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** Bullets that fonts map into the private use area (Word's Symbol bullet U+F0B7, Wingdings). */
export const PRIVATE_BULLETS = /[\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8]/g;

/** Cleans one line's text: odd spaces become plain ones, runs of spaces collapse, ends are trimmed. */
export function cleanLineText(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(PRIVATE_BULLETS, '•').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Latin ligatures a font set as one glyph, which a tool (or the PDF's own text) gives as their presentation forms (U+FB00–FB06). */
const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

/** The text with each ligature's presentation form as its letters (`ﬁnal` is `final`): words, searches and the other versions hold letters. */
export const unligated = (text: string): string => text.replace(/[ﬀ-ﬆ]/g, (c) => LIGATURES[c] ?? c);

/** A text line's pieces set apart by three or more spaces (columns a text tool kept), with the column each starts at. */
function textSegments(raw: string): Array<{ x: number; width: number; text: string }> | undefined {
  const line = raw.replace(ODD_SPACES, ' ');
  const pieces = [...line.matchAll(/\S+(?: {1,2}\S+)*/g)].map((m) => ({ x: m.index!, width: m[0].length, text: cleanLineText(m[0]) }));
  return pieces.length >= 2 ? pieces : undefined;
}

/** A CJK ideograph whose low byte is zero: ASCII read as UTF-16 with its bytes swapped (`f` 0x0066 as 昀 U+6600). */
const SWAPPED = /[\u4e00-\u7eff]/gu;
const lowByteZero = (c: string): boolean => (c.charCodeAt(0) & 0xff) === 0;

/**
 * Letters a tool printed byte-swapped: a font's ligatures (fi, fl) mapped to
 * Unicode in the wrong byte order come out as CJK ideographs whose low byte is
 * zero (`de昀椀ciencies`). In a text with no other CJK, they are swapped back.
 * The ffi ligature comes out as a swapped `f` and U+CF00 (`O昀케ce`, Office):
 * that code after a swapped `f` is the ligature's `fi`.
 */
export function unswapBytes(text: string): string {
  const cjk = text.match(/[\u4e00-\u9fff]/gu);
  if (!cjk || cjk.some((c) => !lowByteZero(c))) return text;
  return text.replace(FFI_TAIL, 'fi').replace(TTI_TAIL, 'ti').replace(SWAPPED, (c) => (lowByteZero(c) ? String.fromCharCode(c.charCodeAt(0) >> 8) : c));
}
const FFI_TAIL = /(?<=\u6600)\ucf00/gu;
/**
 * The tti ligature (Calibri's, Carlito's) comes out as a swapped `t` and
 * U+DD00, a lone surrogate no UTF-8 reader takes: read as three replacement
 * characters (`Bianche琀���`, Bianchetti), they are the ligature's `ti`.
 */
const TTI_TAIL = /(?<=\u7400)(?:\udd00|\ufffd{3})/gu;

/**
 * A text double-spaced on its way (an empty line after every line: copied from
 * a viewer, or line ends converted oddly): every line of text has an empty one
 * under it, and its own empty lines come out as three. Where every run of empty
 * lines between lines of text is odd and the lines are a page's lines, not
 * paragraphs printed a line each (most no longer than a wide page's line), each
 * run of 2k + 1 empty lines becomes k.
 */
const PAGE_LINE = 150;
function undoubled(raw: string[]): string[] {
  const empty = (l: string): boolean => l.trim() === '' && !l.includes('\f');
  // the runs of empty lines, as [start, end), read once
  const runs: Array<[number, number]> = [];
  let texts = 0;
  let long = 0;
  for (let i = 0; i < raw.length; ) {
    if (empty(raw[i]!)) {
      let j = i;
      while (j < raw.length && empty(raw[j]!)) j++;
      runs.push([i, j]);
      i = j;
    } else {
      texts++;
      if (raw[i]!.length > PAGE_LINE) long++;
      if (i + 1 < raw.length && !empty(raw[i + 1]!)) return raw;
      i++;
    }
  }
  const between = runs.filter(([i, j]) => i > 0 && j < raw.length);
  if (texts < 20 || long * 10 > texts || between.some(([i, j]) => (j - i) % 2 === 0)) return raw;
  // the text's own empty lines (a rule's spaces among them) stand between the added ones
  const kept = new Set(runs.flatMap(([i, j]) => Array.from({ length: Math.floor((j - i) / 2) }, (_, k) => i + 2 * k + 1)));
  return raw.filter((l, i) => !empty(l) || kept.has(i));
}

/** Tabs to spaces at stops every eight columns, as a terminal shows them: a column printed with tabs keeps its place. */
const TAB_STOP = 8;
function expandTabs(raw: string): string {
  if (!raw.includes('\t')) return raw;
  let out = '';
  for (const ch of raw) out += ch === '\t' ? ' '.repeat(TAB_STOP - (out.length % TAB_STOP)) : ch;
  return out;
}

/**
 * The text path's `lines` stage: decoded text becomes Line[]. A form feed marks a
 * page break (a tool's own page lines, `-- 2 of 9 --`, become form feeds first, and a line break a tool
 * marked with U+FFFE is one again, a numero sign decomposed to `No` is `№`, a ligature's presentation form its letters); without form feeds everything is page 1 until layout finds the breaks.
 */
export function textToLines(text: string): Line[] {
  // CRLF, a CR doubled by a second conversion (CR CR LF: blank lines between every line otherwise), or a CR alone
  const printed = undoubled(unswapBytes(text).replace(/\r+\n/g, '\n').replace(/\r/g, '\n').split('\n'));
  // (a line break a tool marked is put back once the lines are the tool's: a copy's doubling is undone first)
  const rawLines = pageSeparatorsToFormFeeds(unligated(restoreDecomposedSigns(restoreMarkedLineBreaks(printed.join('\n')))).split('\n')).map(expandTabs);
  const lines: Line[] = [];
  let page = 1;
  rawLines.forEach((raw0, i) => {
    let raw = raw0;
    let pageStart = false;
    if (raw.includes('\f')) {
      // a form feed ends the page: the text after it starts the next one
      const parts = raw.split('\f');
      page += parts.length - 1;
      raw = parts[parts.length - 1]!;
      pageStart = true;
      const before = parts.slice(0, -1).join(' ');
      if (before.trim() !== '') {
        lines.push(makeLine(before, page - (parts.length - 1), i + 1, false));
      }
    }
    lines.push(makeLine(raw, page, i + 1, pageStart));
  });
  // a trailing form feed leaves an empty last page behind
  while (lines.length > 0 && lines[lines.length - 1]!.blank && lines[lines.length - 1]!.pageStart) lines.pop();
  return lines;
}

/**
 * A justified line a tool printed with its stretched word spaces as runs of
 * spaces, every gap alike (`to   Kazakhstan's   international   commitments.`):
 * one line of text that ran to the margin, not columns. Columns are set apart
 * by gaps of different widths.
 */
export function stretchedLine(raw: string): boolean {
  const gaps = [...raw.trim().replace(ODD_SPACES, ' ').matchAll(/ +/g)].map((m) => m[0].length);
  return gaps.length >= 3 && Math.min(...gaps) >= 2 && Math.max(...gaps) - Math.min(...gaps) <= 1;
}

/** A list item's number or bullet glued to its text (`3.The law should …`, `•On 14 February`): the tool dropped the gap after it. */
const GLUED_ITEM_MARK = /^(\d{1,3}\.(?=["«“(]?\p{Lu})|[•▪◦●■‣⁃](?=\S))/u;

/**
 * A table row's label glued to its first figure (`область1 146 864 83,6 86,2`, `Lake Workers154,377 1.7`,
 * `(Hill Party)1,204,330 51.2`; pypdf): the figures that end the line, two of them at least, after two
 * lower-case letters or a closing bracket.
 */
const GLUED_FIGURES = /(?<=\p{Ll}{2}|\p{Ll}\))(?=\d[\d.,]*(?: \d+(?:[.,]\d+)?)+$)/u;

function makeLine(raw: string, page: number, no: number, pageStart: boolean): Line {
  const text = cleanLineText(raw).replace(GLUED_ITEM_MARK, '$1 ').replace(GLUED_FIGURES, ' ');
  const indent = raw.length - raw.replace(/^ +/, '').length;
  const stretched = stretchedLine(raw);
  const segments = stretched ? undefined : textSegments(raw);
  return { text, page, no, indent, blank: text === '', rawLength: raw.length, pageStart, raw, ...(segments ? { segments } : {}), ...(stretched ? { stretched } : {}) };
}

/** Line `l` read again from its raw line rewritten by a stage (letters put back into the line as printed): text, columns and all. */
export const withRaw = (l: Line, raw: string): Line => (raw === l.raw ? l : makeLine(raw, l.page, l.no, l.pageStart));

/** Line `l` with its text rewritten by a stage (letters put back, pieces joined): its raw line is the text at its indent. */
export const withText = (l: Line, text: string): Line => {
  if (text === l.text) return l;
  // (the columns the line was printed in say nothing of the text it is now)
  const { segments: _printed, ...rest } = l;
  return { ...rest, text, raw: ' '.repeat(l.indent) + text, rawLength: l.indent + text.length };
};

/** An empty line on `l`'s page where a stage sets text apart (no page starts there). */
export const blankLine = ({ segments: _columns, ...l }: Line): Line => ({ ...l, text: '', raw: '', blank: true, rawLength: 0, pageStart: false });

/** A list item's bullet printed on a line of its own. */
export const LONE_BULLET = /^[•·▪◦●■‣⁃]$/u;

/** A list item's number with its stop, alone on a line (`1.`, `12.`). */
export const ITEM_NUMBER = /^\d{1,3}\.$/;

/** Opens with a capital, perhaps after `«`, `"`, `“` or `(` (`«Казахстан» и …`). */
export const OPENS_CAPITAL = /^[«"“(]?\p{Lu}/u;

/** A line (or word) that opens in lower case: it goes on what stands before it. */
export const OPENS_LOWER = /^\p{Ll}/u;

/** A line in capitals (a heading, a running head's line), three capitals in a row at least. */
export const inCapitals = (text: string): boolean => /\p{Lu}{3}/u.test(text) && text === text.toUpperCase();

/** A numbered list item's number printed on a line of its own (`1.`, `12.`, `a)`). */
const LONE_ITEM_NUMBER = /^(?:\d{1,3}|\p{Ll})[.)]$/u;

/** An item's text opens with a capital (or a quotation mark or bracket before one). */
const OPENS_ITEM = /^(?:["«“(\[]\s*)?\p{Lu}/u;
/** A bulleted item's text opens so, or with a figure (`2022 жылғы 5 мамырда …`): a bullet is no number to take it for. */
const OPENS_BULLETED_ITEM = /^(?:["«“(\[]\s*)?[\p{Lu}\d]/u;

/** Whether the item number `label` (`5.`) comes right after an item of the lines read so far (`4. …`, within a page or two). */
const continuesList = (label: string, read: Line[]): boolean => {
  const n = parseInt(label, 10);
  if (!(n > 1)) return false;
  const before = new RegExp(`^${n - 1}[.)]\\s`);
  return read.slice(-120).some((l) => before.test(l.text));
};

/**
 * The number `1.` under a line that ends in no sentence's stop (a heading, `… as follows:`): it opens a list,
 * its item over a blank line under it (the list's next number may stand on the next page).
 */
const opensUnderHead = (label: string, read: Line[]): boolean => parseInt(label, 10) === 1 && /[\p{L}:]$/u.test(read[lastTextAt(read)]?.text ?? '');

/** Where the last line of text read so far stands (-1: none). */
function lastTextAt(read: Line[]): number {
  let k = read.length - 1;
  while (k >= 0 && read[k]!.blank) k--;
  return k;
}

/** A line that opens with a bullet: a list's item. */
const BULLETED = new RegExp(`^${LONE_BULLET.source.slice(1, -1)} `, 'u');

/** The last line read introduces a list (`… please contact:`) or is an item of one. */
function introduced(out: Line[]): boolean {
  let k = lastTextAt(out);
  if (k >= 0 && out[k]!.text.endsWith(':')) return true;
  // (an item's lines: its first opens with a bullet)
  for (let n = 0; k >= 0 && !out[k]!.blank && n < ITEM_LINES; k--, n++) if (BULLETED.test(out[k]!.text)) return true;
  return false;
}

/**
 * A lone bullet on the next lines after an item's first, on its page: the list
 * goes on, so a bullet over a blank line and that item is one of its items
 * though no line read introduces it (a list going on over a page, the running
 * head read last).
 */
function bulletAfterItem(lines: Line[], from: number): boolean {
  for (let k = from; k < Math.min(lines.length, from + 4) && !lines[k]!.pageStart; k++) if (LONE_BULLET.test(lines[k]!.text)) return true;
  // (or right under the item's lines, past the blank line after them: an item of several lines)
  return LONE_BULLET.test(lineAfterItem(lines, from)?.text ?? '');
}
/**
 * The next number of a list whose number `label` (`1.`) stands alone over a
 * blank line and an item: alone on the line right under the item's lines,
 * past a blank line (a list printed its numbers apart from its items).
 */
function nextLabelAfterItem(lines: Line[], from: number, label: string): boolean {
  const n = parseInt(label, 10);
  return n >= 1 && lineAfterItem(lines, from)?.text === `${n + 1}${label.slice(-1)}`;
}
/** The line under an item's lines from `from` on, past the blank lines after them, on the item's page. */
function lineAfterItem(lines: Line[], from: number): Line | undefined {
  let k = from;
  // (a lone bullet right under them, no blank line between, is the next item's: the item's lines end over it)
  while (k < Math.min(lines.length, from + ITEM_LINES) && !lines[k]!.blank && !lines[k]!.pageStart && !LONE_BULLET.test(lines[k]!.text)) k++;
  while (k < lines.length && lines[k]!.blank && !lines[k]!.pageStart) k++;
  return k < lines.length && !lines[k]!.pageStart ? lines[k] : undefined;
}
/** Lines an item runs to at most, for the bullet under it. */
const ITEM_LINES = 12;

/** A bullet or number that opens a page keeps the page for the item it is joined to (`\f12.` / `` / `The CEC …`). */
const keptPage = (l: Line): Partial<Line> => (l.pageStart ? { pageStart: true } : {});

/**
 * Some tools print a list item's bullet (poppler's `pdftotext` without
 * `-layout`) or its number (MuPDF) on a line of its own, its text on the next:
 * the two are one line.
 */
export function joinLoneBullets(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    // a number with a stop is an item's only where no sentence runs into it (`… меньше` / `171 642.`) and text follows
    const prev = out[out.length - 1];
    // (and a number opens a list or goes on with one: a figure a sentence ran into stops there, `… KZT` / `490.`)
    const numberGoesOn = !/^\d/.test(l.text) || parseInt(l.text, 10) <= 1 || continuesList(l.text, out);
    const item = LONE_ITEM_NUMBER.test(l.text) && numberGoesOn && !(prev && !prev.blank && /[\p{Ll},]$/u.test(prev.text)) && next !== undefined && !/^\d/.test(next.text);
    if ((LONE_BULLET.test(l.text) || item) && next && !next.blank && !next.pageStart) {
      out.push({ ...next, text: `${l.text} ${next.text}`, no: l.no, indent: l.indent, ...keptPage(l) });
      i++;
      // a blank line between a bullet and its item, under the line that introduces the list or an item of it, or
      // over a lone bullet of the list's next item
    } else if (LONE_BULLET.test(l.text) && (introduced(out) || bulletAfterItem(lines, i + 3)) && next?.blank && !next.pageStart && OPENS_BULLETED_ITEM.test(lines[i + 2]?.text ?? '') && !lines[i + 2]!.pageStart) {
      out.push({ ...lines[i + 2]!, text: `${l.text} ${lines[i + 2]!.text}`, no: l.no, indent: l.indent, ...keptPage(l) });
      i += 2;
    } else if (item && next?.blank && !next.pageStart && (continuesList(l.text, out) || nextLabelAfterItem(lines, i + 3, l.text) || opensUnderHead(l.text, out)) && OPENS_ITEM.test(lines[i + 2]?.text ?? '') && !lines[i + 2]!.pageStart) {
      // a blank line between the number and its text, where the list's item before it has been read
      out.push({ ...lines[i + 2]!, text: `${l.text} ${lines[i + 2]!.text}`, no: l.no, indent: l.indent, ...keptPage(l) });
      i += 2;
    } else out.push(l);
  }
  return out;
}
