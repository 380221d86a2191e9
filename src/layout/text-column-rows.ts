/**
 * A table of two text columns a tool printed row by row, its columns run
 * together: a needs assessment's list of meetings (an institution, then the
 * representatives met), as poppler's `pdftotext -raw` or pypdf print it. A
 * row's label and the first line of its description share a line; the
 * description's wrapped lines follow alone, as narrow as its column:
 *
 *   Institution Representatives met
 *   Lake Ministry Deputy Minister of Lakes and staff of
 *   the Department of Shores
 *   Hill Court Judge of the Hill Court and the Head of
 *   its Registry
 *
 * Under a header of two runs that each open with a capital (its second cell
 * perhaps wrapped onto a line in lower case), each line is one of:
 * - the description going on: it opens in lower case, or it is no wider than
 *   the column and the line above ran to the column's edge (its next word
 *   would not have fitted there), or the tool marked the line above as wrapped
 *   with a space at its end;
 * - a new row: parted at a word with a capital into a label and a
 *   description no wider than the column, the description as wide as it can
 *   be where it wrapped (the next line's first word would not have fitted);
 * - a label wrapped before its description began (its rest on the next
 *   line, alone or run into the description: `DevelopmentVice Minister …`);
 * - neither, which ends the table (a footnote, the page's end).
 * The description column's width is that of its widest line in lower case (a
 * label opens with a capital): narrower than the text, or this is no table.
 * The page after goes on under the header printed again; the lines there
 * before any row are the cut row's rest, whose first cell is empty, which the
 * table stage joins to the row (structure/continued-tables.ts). A table has
 * three rows at least over all its pages.
 */
import type { Line } from '../schema/index.ts';
import { fullLine } from './blocks.ts';
import { capitalCells, labelLike, placeTables, type FoundTable } from './cell-rows.ts';
import { OPENS_CAPITAL, OPENS_LOWER } from './text-lines.ts';
import { bodyMeasure } from './typeset.ts';

// what makes a list of two text columns, for this reader and the one of lists printed a column after the
// other (dumped-text-columns.ts)
/** the widest a description column is, against the text's full line */
export const COLUMN_WIDTH = 0.7;
/** how far a line may run past the widest line of its column (a line's width in glyphs errs by about a letter's) */
export const SLACK = 0.03;
/** the fewest rows a table has over all its pages */
export const MIN_ROWS = 3;
/** a word run into the next one's capital, where a tool ran a wrapped label into its description */
const GLUED_WORDS = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})/u;
/** a cell of such a list names people or bodies: no sentence ends in one */
export const ENDS_SENTENCE = /[.!?]$/u;

/** What a table's next page needs of the page before: its header's lines, its description column's width, and the column's last line. */
interface Carried {
  /** the header's lines as the table's first page printed them */
  header: string[];
  width: number;
  text: string;
  raw: string;
}

/** A table's rows read so far (each row's line indices, its cells' texts), how many are rows of its own, and how many lines wrapped a description. */
interface Read extends Carried {
  rows: number[][];
  cells: string[][];
  count: number;
  wraps: number;
}

interface Row {
  at: number[];
  label: string;
  description: string[];
}

/** The header's two cells, where a line is one: two runs opening with a capital, a label's length. */
function headerCells(line: Line): [string, string] | null {
  if (line.blank || line.segments || !labelLike(line.text) || /^\d/.test(line.text)) return null;
  const cells = capitalCells(line.text);
  return cells.length === 2 && cells.every((c) => c.split(' ').length <= 5) ? [cells[0]!, cells[1]!] : null;
}

export function rowsFromTextColumns(lines: Line[]): Line[] {
  if (!lines.some((l) => headerCells(l))) return lines;
  const full = fullLine(lines);
  if (full === null) return lines;
  const measure = bodyMeasure(lines) ?? ((t: string) => t.length / full);
  // tables by their header's text: a header printed again on the next page goes on the same table
  const found = new Map<string, Read & { page: number }>();
  const done: Read[] = [];
  // a running head repeats on most pages; a table's header only on the pages the table takes
  const seen = new Map<string, number>();
  for (const l of lines) if (!l.blank) seen.set(l.text.trim(), (seen.get(l.text.trim()) ?? 0) + 1);
  const pages = new Set(lines.map((l) => l.page)).size;
  for (let i = 0; i < lines.length; i++) {
    const head = headerCells(lines[i]!);
    const key = lines[i]!.text.trim();
    if (!head || (seen.get(key) ?? 0) > Math.max(2, pages / 2) || !(found.has(key) || opensTable(lines, i))) continue;
    const prior = found.get(key);
    const table = prior && prior.page === lines[i]!.page - 1 ? prior : undefined;
    const read = readPage(lines, i, head, measure, table);
    if (!read) continue;
    if (table) {
      table.rows.push(...read.rows);
      table.cells.push(...read.cells);
      table.count += read.count;
      table.wraps += read.wraps;
      Object.assign(table, { width: read.width, text: read.text, raw: read.raw });
      table.page = lines[i]!.page;
    } else if (read.count > 0) {
      if (prior) done.push(prior);
      found.set(key, { ...read, page: lines[i]!.page });
    }
    i = Math.max(i, ...read.rows.flat());
  }
  // descriptions wrap: a column of names alone, its lines parted at a capital, makes no such table
  const tables: FoundTable[] = [...done, ...found.values()].filter((t) => t.count >= MIN_ROWS && t.wraps * 2 >= t.count);
  return placeTables(lines, tables.flatMap(perPage(lines)));
}

/** A header opens a table after a heading in capitals or a sentence's end, or at its page's top: not inside a cell's lines. */
function opensTable(lines: Line[], i: number): boolean {
  let p = i - 1;
  while (p >= 0 && lines[p]!.blank) p--;
  const prev = lines[p];
  return !prev || prev.page !== lines[i]!.page || ENDS_SENTENCE.test(prev.text) || !/\p{Ll}/u.test(prev.text);
}

/** A table's rows in one found table a page, so that each page's rows stand together where they were printed. */
const perPage =
  (lines: Line[]) =>
  (t: FoundTable): FoundTable[] => {
    const pages = new Map<number, FoundTable>();
    t.rows.forEach((at, n) => {
      const page = lines[at[0]!]!.page;
      if (!pages.has(page)) pages.set(page, { rows: [], cells: [] });
      pages.get(page)!.rows.push(at);
      pages.get(page)!.cells.push(t.cells[n]!);
    });
    return [...pages.values()];
  };

/** The header at line `h` and the rows under it on its page; null where the lines under it make no such table. */
function readPage(lines: Line[], h: number, head: [string, string], measure: (text: string) => number, carried?: Carried): Read | null {
  const page = lines[h]!.page;
  const header = { at: [h], cells: [head[0], head[1]] as string[] };
  let j = h + 1;
  // the second cell wrapped onto a line of its own, in lower case; printed again, as the first page printed it
  const wraps = (k: number): boolean =>
    carried ? header.at.length < carried.header.length && lines[k]!.text === carried.header[header.at.length] : OPENS_LOWER.test(lines[k]!.text) && header.at.length < 3;
  while (j < lines.length && lines[j]!.page === page && !lines[j]!.blank && wraps(j)) {
    header.cells[1] += ` ${lines[j]!.text.trim()}`;
    header.at.push(j++);
  }
  const region: number[] = [];
  for (let k = j; k < lines.length && lines[k]!.page === page && !lines[k]!.segments && lines[k]!.text !== lines[h]!.text; k++) if (!lines[k]!.blank) region.push(k);
  // the description column: its widest line in lower case (a label opens with a capital)
  // (not one run into the next cell's first word: `развитияВице-министр`)
  const lower = region.filter((k) => OPENS_LOWER.test(lines[k]!.text) && !GLUED_WORDS.test(lines[k]!.text)).map((k) => measure(lines[k]!.text.trim()));
  // (a page that holds only the cut row's rest has its column from the page before)
  if (lower.length === 0 && carried === undefined) return null;
  const width = Math.max(...lower, carried?.width ?? 0);
  if (width > COLUMN_WIDTH) return null;
  // a text no wider than the column's widest line surely fits; one a little wider may
  const fits = (text: string): boolean => measure(text) <= width;
  const mayFit = (text: string): boolean => measure(text) <= width + SLACK;
  const marksWraps = region.some((k) => (lines[k]!.raw ?? '').endsWith(' '));
  const rows: Row[] = [];
  // the cut row's rest, before the page's first row
  const rest: Row = { at: [], label: '', description: [] };
  for (const [n, k] of region.entries()) {
    const line = lines[k]!;
    const text = line.text.trim();
    const row = rows[rows.length - 1] ?? rest;
    // the line above in the column: this row's, or on the page's first line the last of the page before
    const first = row === rest && rest.at.length === 0;
    const above = first ? carried?.text : row.description[row.description.length - 1];
    const aboveRaw = first ? carried?.raw : row.at.length > 0 ? (lines[row.at[row.at.length - 1]!]!.raw ?? '') : undefined;
    const wrapped = aboveRaw !== undefined && (marksWraps ? aboveRaw.endsWith(' ') : above !== undefined && !fits(`${above} ${text.split(' ')[0]}`));
    const goesOn = /\p{L}/u.test(text) && !ENDS_SENTENCE.test(text) && mayFit(text) && (OPENS_LOWER.test(text) || wrapped || (first && carried === undefined));
    const next = n + 1 < region.length ? lines[region[n + 1]!] : undefined;
    const split = goesOn ? null : partRow(text, next, fits, mayFit, marksWraps ? (line.raw ?? '').endsWith(' ') : undefined);
    if (row !== rest && row.description.length === 0) {
      // a label that wrapped: its rest, then the description (pypdf runs the two together: `DevelopmentVice Minister …`)
      const glued = GLUED_WORDS.exec(text);
      row.at.push(k);
      if (glued) {
        row.label += ` ${text.slice(0, glued.index)}`;
        row.description.push(text.slice(glued.index));
      } else if (text.split(' ').length <= 2 && !split) row.label += ` ${text}`;
      else row.description.push(text);
    } else if (goesOn && (rows.length > 0 || OPENS_LOWER.test(text) || wrapped || !partRow(text, next, fits, mayFit))) {
      row.at.push(k);
      row.description.push(text);
    } else if (split) {
      rows.push({ at: [k], label: split.label, description: [split.description] });
    } else if (labelLike(text) && !wrapped && OPENS_CAPITAL.test(text)) {
      // a label wrapped before its description began
      rows.push({ at: [k], label: text, description: [] });
    } else break;
  }
  if (rows.length === 0 && rest.at.length === 0) return null;
  const all = [...(rest.at.length > 0 ? [rest] : []), ...rows];
  const last = all[all.length - 1]!;
  return {
    rows: [header.at, ...all.map((r) => r.at)],
    cells: [header.cells, ...all.map((r) => [r.label, r.description.join(' ')])],
    count: rows.length,
    wraps: all.reduce((n, r) => n + Math.max(0, r.description.length - 1), 0),
    width,
    header: carried?.header ?? header.at.map((k) => lines[k]!.text),
    text: last.description[last.description.length - 1] ?? '',
    raw: lines[last.at[last.at.length - 1]!]!.raw ?? '',
  };
}

/**
 * A row's first line parted into its label and the first line of its
 * description, at a word that opens with a capital: the description no wider
 * than its column, and as wide as it can be where it wrapped (`wrapped`, or
 * read off the next line: in lower case, or its first word would not have
 * fitted after the description).
 */
function partRow(text: string, next: Line | undefined, fits: (text: string) => boolean, mayFit: (text: string) => boolean, wrapped?: boolean): { label: string; description: string } | null {
  if (ENDS_SENTENCE.test(text)) return null;
  const words = text.split(' ').filter(Boolean);
  // (a line that opens with a figure is no description's: a footnote under the table)
  const nextWord = next && !next.blank && /^[«"“(]?\p{L}/u.test(next.text.trim()) ? next.text.trim().split(' ')[0] : undefined;
  for (let w = 1; w < words.length; w++) {
    if (!OPENS_CAPITAL.test(words[w]!)) continue;
    const label = words.slice(0, w).join(' ');
    const description = words.slice(w).join(' ');
    if (!labelLike(label) || !mayFit(description)) continue;
    // the first part that fits is the widest description; where the next line goes on it, the next word must not have fitted
    const goesOn = wrapped ?? (nextWord !== undefined && OPENS_LOWER.test(nextWord));
    if (goesOn && nextWord !== undefined && fits(`${description} ${nextWord}`)) continue;
    return { label, description };
  }
  return null;
}
