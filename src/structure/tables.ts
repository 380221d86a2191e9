/**
 * Tables: runs of body lines whose pieces stand in the same columns. A table is
 * a record of its own (header rows, rows of cell texts); its lines are marked
 * `table` so they never become paragraphs or sentences.
 *
 * Columns are where pieces start, shared by several lines. A line with a piece
 * in the first column opens a row, unless the vertical gaps say otherwise: where
 * rows are set apart by more space than a cell's wrapped lines, only a wider gap
 * opens a row. A cell's wrapped lines are joined.
 */
import type { ZonedLine } from '../schema/index.ts';
import { documentIndents, isUpper } from './blocks.ts';
import { cleanLineText } from '../layout/text-lines.ts';
import { isFigure } from '../layout/cell-rows.ts';
import { joinContinuedTables, repeatsHeader } from './continued-tables.ts';
import { dumpedColumnTables } from './dumped-tables.ts';

export interface TableDraft {
  page: number;
  /** index of the table's first line in the lines given, and one past its last */
  start: number;
  end: number;
  /** rows of cells, each cell its pieces line by line; `cellText` joins them */
  header: CellPart[][][];
  rows: CellPart[][][];
  /** printed column after column, its rows not put back: a printed line a row (`dumped-tables.ts`) */
  unread?: true;
}

interface Piece {
  x: number;
  width: number;
  text: string;
}

/**
 * Lines of a table whose cells' first lines a layout sets in by its paragraphs'
 * first-line indent: a cell's wrapped lines stand out from its column by that
 * much (`Анна` / `Озёрова`, the second a line further left). Such a line
 * is read as standing in the columns (its pieces moved in by the indent) and
 * never opens a row. Filled by findTables for the lines it reads.
 */
const setOut = new WeakMap<ZonedLine, number>();

const movedIn = (pieces: Piece[], by: number): Piece[] => pieces.map((p) => ({ ...p, x: p.x + by }));

const piecesOf = (l: ZonedLine): Piece[] => {
  const pieces = l.segments ?? [{ x: l.geometry?.x ?? l.indent, width: l.geometry?.width ?? l.text.length, text: l.text }];
  const by = setOut.get(l);
  return by === undefined ? pieces : movedIn(pieces, by);
};

/**
 * A text line's pieces parted also where a column of the table starts right
 * after two spaces (a tool that parts cells by two spaces where the rest of the
 * table has more: `Nurbolat Zhaksylykov  People's Unity Party`), or after one
 * where a figure fills the rest of the piece from there (a row's label and
 * its first figure printed one space apart: `Lake province 120,400`).
 */
function piecesIn(l: ZonedLine, columns: number[]): Piece[] {
  const pieces = piecesOf(l);
  const raw = l.raw;
  if (l.geometry || raw === undefined || setOut.has(l)) return pieces;
  // or after one space where a figure runs from that column to the piece's end (`Lake province 120,400`)
  const figureFrom = (p: Piece, c: number): boolean =>
    raw[c - 1] === ' ' && /\d/.test(raw[c] ?? '') && /\p{L}/u.test(raw.slice(p.x, c)) && isFigure(raw.slice(c, p.x + p.width));
  return pieces.flatMap((p) => partedAt(p, raw, columns.filter((c) => c > p.x && c < p.x + p.width && ((raw.slice(c - 2, c) === '  ' && raw[c] !== ' ') || figureFrom(p, c)))));
}

/** A piece parted at the column starts `cuts`, each part's text read off the line as the tool printed it. */
function partedAt(p: Piece, raw: string, cuts: number[]): Piece[] {
  if (cuts.length === 0) return [p];
  const ends = [p.x, ...cuts, p.x + p.width];
  return ends.slice(0, -1).map((x, k) => {
    const text = raw.slice(x, ends[k + 1]).trimEnd();
    return { x, width: text.length, text: cleanLineText(text) };
  });
}

/**
 * The line right over a table that is its header's first line, its pieces
 * parted where a column's cell runs into the next one's without a space (a
 * word in lower case, then a capital right at the next column's start:
 * `Кандидаты в спискеЖенщины`); null if it is none. On the text path only.
 */
function headerOver(lines: ZonedLine[], first: number, columns: number[]): ZonedLine | null {
  const head = lines[first - 1];
  if (!head || head.zone !== 'body' || head.blank || head.geometry || head.raw === undefined || (head.segments?.length ?? 0) < 2) return null;
  let b = first - 2;
  while (b >= 0 && lines[b]!.zone !== 'body') b--;
  const before = lines[b];
  if (head.page !== lines[first]!.page || (before && !before.blank && before.page === head.page && !/[.!?:]$/u.test(before.text))) return null;
  const raw = head.raw;
  const pieces = head.segments!.flatMap((p) => partedAt(p, raw, columns.filter((c) => c > p.x && c < p.x + p.width && /\p{Ll}/u.test(raw[c - 1] ?? '') && /\p{Lu}/u.test(raw[c] ?? ''))));
  const tol = tolerance(head);
  if (Math.abs(pieces[0]!.x - columns[0]!) > tol || pieces.some((p) => /\d/.test(p.text) || p.x < columns[0]! - tol)) return null;
  return { ...head, segments: pieces };
}

/** How far apart two starts may be and still be one column: points, or characters on the text path. */
const tolerance = (l: ZonedLine): number => (l.geometry ? Math.max(3, 0.3 * l.geometry.size) : 1.5);

/** Column starts shared by at least `min` of the lines, left to right. */
function columnsOf(lines: ZonedLine[], min = 2): number[] {
  const starts = lines.flatMap((l) => (l.segments ? piecesOf(l) : []).map((s) => ({ x: s.x, tol: tolerance(l) })));
  starts.sort((a, b) => a.x - b.x);
  const clusters: Array<{ x: number; n: number }> = [];
  for (const s of starts) {
    const last = clusters[clusters.length - 1];
    if (last && s.x - last.x <= s.tol) last.n++;
    else clusters.push({ x: s.x, n: 1 });
  }
  return clusters.filter((c) => c.n >= min).map((c) => c.x);
}

const columnOf = (x: number, columns: number[], tol: number): number => {
  let best = -1;
  columns.forEach((c, k) => {
    if (x >= c - tol) best = k;
  });
  return Math.max(0, best);
};

/**
 * A row of a label and figures, one piece a column, printed shifted from the columns (a tool that sets a row's
 * pieces by its own spacing): the label in the first column, each figure after the start of the column before
 * its own and before the start of the one after it.
 */
function shiftedRow(pieces: Piece[], columns: number[], tol: number): boolean {
  if (columns.length < 2 || pieces.length !== columns.length || Math.abs(pieces[0]!.x - columns[0]!) > tol) return false;
  return pieces.slice(1).every((p, n) => isFigure(p.text) && p.x > columns[n]! + tol && (n + 2 >= columns.length || p.x < columns[n + 2]! - tol));
}

/** A list item's bullet or label standing apart from its text (`•`, `7.`, `b)`): a list, not a table. */
const ITEM_MARK = /^(?:[•·▪◦●■□‣⁃\-–—]|\(?[a-zа-яё]\)|\d{1,3}[.)])$/u;

/** Lines that could be a table's rows: pieces in two or more columns, no dot leaders, not a list item. */
const rowLike = (l: ZonedLine): boolean =>
  l.zone === 'body' && !l.blank && (l.segments?.length ?? 0) >= 2 && !ITEM_MARK.test(l.segments![0]!.text) && !l.segments!.some((s) => /\.{4,}|…{2,}/.test(s.text));

/** The nearest line over line `i` that is not blank, -1 where there is none. */
function nonBlankAbove(lines: ZonedLine[], i: number): number {
  let k = i - 1;
  while (k >= 0 && lines[k]!.blank) k--;
  return k;
}

/**
 * Finds the tables among the lines: returns the lines with table lines marked
 * `table`, and the tables found.
 */
export function findTables(lines: ZonedLine[]): { lines: ZonedLine[]; tables: TableDraft[] } {
  const out = lines.map((l) => ({ ...l }));
  // the first-line indent of the document's paragraphs, which a table's cells may be set in by too
  const indent = documentIndents(out.filter((l) => l.zone === 'body')).indent;
  const tables: TableDraft[] = [];
  let i = 0;
  while (i < out.length) {
    if (!rowLike(out[i]!)) {
      i++;
      continue;
    }
    // grow the run: row-like lines, and lines that fall into the columns found so far on the same page
    const run = [i];
    let j = i + 1;
    while (j < out.length) {
      const l = out[j]!;
      if (l.zone !== 'body') {
        j++;
        continue;
      }
      if (l.blank) {
        // a blank inside a table only where the table goes on right under it
        const next = out.slice(j + 1).find((x) => !x.blank && x.zone === 'body');
        if (!next || !rowLike(next) || next.page !== l.page) break;
        j++;
        continue;
      }
      // a line goes on the table when every piece of it starts in a column of the lines so far
      const columns = columnsOf(run.map((k) => out[k]!), 1);
      const tol = tolerance(l);
      // and ends before the next column's start (a paragraph's line under a table runs across them)
      const inColumns = (pieces: Piece[]): boolean =>
        pieces.every((p) => {
          const k = columns.findIndex((c) => Math.abs(c - p.x) <= tol);
          return k >= 0 && (k + 1 >= columns.length || p.x + p.width <= columns[k + 1]! + tol);
        });
      let fits = inColumns(piecesIn(l, columns));
      // or it is a cell's wrapped line, out from its column by the first-line indent the cells' first lines are set in by
      if (!fits && indent !== null && columns.length >= 2 && inColumns(movedIn(piecesOf(l), indent))) {
        setOut.set(l, indent);
        fits = true;
      }
      // or it stands in every column so far and in one more: a column the lines so far ran into their neighbours'
      const pieces = piecesOf(l);
      const widens = !fits && rowLike(l) && columns.length >= 2 && pieces.length === columns.length + 1 && columns.every((c) => pieces.some((p) => Math.abs(c - p.x) <= tol));
      // or it is a row the tool printed shifted: a label in the first column, then a figure a column, each after the
      // column before its own starts and before the one after it (its cells go to those columns)
      const shifted = !fits && !widens && shiftedRow(pieces, columns, tol);
      if (shifted) out[j] = { ...l, segments: pieces.map((p, k) => ({ ...p, x: columns[k]! })) };
      // a table goes on over a page break: the first lines of the next page that fit its columns
      if ((!fits && !widens && !shifted) || l.page > out[run[run.length - 1]!]!.page + 1) break;
      run.push(j);
      j++;
    }
    // a line in capitals alone in the first column under the last row is the heading after the table
    // (a label's wrapped rest, `Kazakhstan` / `region`, is not in capitals)
    while (run.length > 2 && piecesOf(out[run[run.length - 1]!]!).length === 1 && isUpper(out[run[run.length - 1]!]!.text)) run.pop();
    // the run's lines parted at its columns where two spaces part their cells
    const found = columnsOf(run.map((k) => out[k]!), 1);
    for (const k of run) {
      const parted = piecesIn(out[k]!, found);
      if (parted.length > piecesOf(out[k]!).length) out[k] = { ...out[k]!, segments: parted };
    }
    const runLines = run.map((k) => out[k]!);
    // a table's header printed again at the top of the next page: its cells are the columns, though the rows
    // under it (the last rows, or a cut row's rest) leave some of them empty
    const over = nonBlankAbove(out, run[0]!);
    // (or printed right over them, where its only piece stands in a later column: the row under it is the rows')
    const repeated = repeatsHeader(out, tables[tables.length - 1], run[0]!) ||
      (over >= 0 && out[over]!.page === out[run[0]!]!.page && !out[over]!.segments && repeatsHeader(out, tables[tables.length - 1], over));
    // (a table's first row alone at a page's foot, the table going on over the page: its pieces are the columns)
    const firstPart = run.length === 1 && rowLike(runLines[0]!) && goesOnNextPage(out, run[0]!);
    const columns = repeated || firstPart ? piecesOf(runLines[0]!).map((p) => p.x) : columnsOf(runLines);
    const rowLines = runLines.filter(rowLike);
    const aligned = rowLines.filter((l) => piecesOf(l).every((s) => columns.some((c) => Math.abs(c - s.x) <= tolerance(l))));
    // (under a repeated header, a cut row's rest alone, in one column, is enough; so is the header alone, where
    // a reader of the lines put the rest on its row already: it goes with the table, not the text)
    if (columns.length >= 2 && (rowLines.length >= 2 || repeated || firstPart) && aligned.length >= 0.8 * rowLines.length) {
      // a header row with an empty first cell is one piece standing in a later column, right over the table
      // (two such lines at most, the lower one over the other: a header's cells wrapped over three lines, `Registered` /
      // `voters   came (per` / `cent)`; a line of pieces goes on a cell, in lower case or a bracket, with no figure)
      for (let taken = 0; taken < 2; taken++) {
        const above = nonBlankAbove(out, run[0]!);
        const head = out[above];
        const oneOrWrapped = !head?.segments || (!/\d/.test(head.text) && /^[\p{Ll}(]/u.test(head.segments[0]!.text));
        if (!(head && head.zone === 'body' && head.page === out[i]!.page && oneOrWrapped && piecesOf(head).every((p) => columns.slice(1).some((c) => Math.abs(c - p.x) <= tolerance(head))))) break;
        run.unshift(above);
        runLines.unshift(head);
      }
      // the header's first line over that: its cells in the table's columns, the first in the first, no figures,
      // right under a blank line or a sentence's end (`Партия   Кандидаты в спискеЖенщины (в` / `процентах)`)
      const top = headerOver(out, run[0]!, columns);
      if (top !== null) {
        run.unshift(run[0]! - 1);
        runLines.unshift(top);
        out[run[0]!] = top;
      }
      for (const k of run) out[k]!.zone = 'table';
      tables.push({ ...buildTable(runLines, columns, run[0]!), end: run[run.length - 1]! + 1 });
      i = run[run.length - 1]! + 1;
    } else i++;
  }
  const joined = joinContinuedTables(out, tables);
  // a table printed column after column that no reader could put back into rows
  const dumped = dumpedColumnTables(out);
  return { lines: dumped.lines, tables: [...joined, ...dumped.tables].sort((x, y) => x.start - y.start) };
}

/**
 * A table's first row at a page's foot under a one-piece header line
 * (`Number` over `Voters on the lists   3,120,774`), the next page opening
 * with that header over more rows: the table goes on there, and one row is
 * enough for its first part (joinContinuedTables puts the two together).
 */
function goesOnNextPage(lines: ZonedLine[], first: number): boolean {
  let above = first - 1;
  while (above >= 0 && lines[above]!.blank) above--;
  const head = lines[above];
  if (!head || head.zone !== 'body' || head.segments || head.page !== lines[first]!.page) return false;
  // (the next page only: the lines after it are not looked at)
  let k = first + 1;
  while (k < lines.length && lines[k]!.page <= head.page + 1 && !(lines[k]!.page === head.page + 1 && lines[k]!.zone === 'body' && lines[k]!.text === head.text)) k++;
  if (k >= lines.length || lines[k]!.page > head.page + 1) return false;
  const next = lines.slice(k + 1).find((l) => !l.blank);
  return next !== undefined && rowLike(next) && next.page === head.page + 1;
}

/** The run's lines as rows of cells: rows opened by a line in the first column, or by a wider gap. */
function buildTable(lines: ZonedLine[], columns: number[], start: number): Omit<TableDraft, 'end'> {
  const gaps = lines.slice(1).map((l, k) => (l.geometry && lines[k]!.geometry && l.page === lines[k]!.page ? lines[k]!.geometry!.y - l.geometry.y : 0));
  const pitch = Math.min(...gaps.filter((g) => g > 0));
  // rows set apart by more than a cell's line pitch: the gap says where a row opens
  const byGap = Number.isFinite(pitch) && gaps.some((g) => g > pitch * 1.12);
  const rows: Array<{ cells: CellPart[][]; bold: boolean }> = [];
  // how wide a column's text may run: to the next column's start, less the gap between columns
  const size = lines[0]!.geometry?.size ?? 0;
  const room = (k: number): number => (k + 1 < columns.length ? columns[k + 1]! - columns[k]! - (size ? 2 * size : 3) : Infinity);
  // the columns whose cells wrap: a line of the table with its first cell empty has a piece in them
  const wraps = new Set<number>();
  for (const l of lines) {
    const cs = piecesOf(l).map((p) => columnOf(p.x, columns, tolerance(l)));
    if (cs[0] !== 0) for (const c of cs) wraps.add(c);
  }
  let headerLines = 0;
  let skip = 0;
  let afterBreak = false;
  // how many columns the first line of a body row fills, at the least (set once a body row opens)
  let cover = Infinity;
  lines.forEach((l, k) => {
    const newPage = k > 0 && l.page !== lines[k - 1]!.page;
    if (newPage) afterBreak = true;
    // a header the new page repeats is no row of the table
    if (newPage && headerLines > 0 && lines.slice(k, k + headerLines).every((x, n) => x.text === lines[n]!.text)) skip = headerLines;
    if (skip > 0) {
      skip--;
      return;
    }
    const pieces = piecesOf(l);
    const tol = tolerance(l);
    const cols = pieces.map((p) => columnOf(p.x, columns, tol));
    const filled = new Set(cols).size;
    // a line in the first column opens a row, unless it goes on in lower case, where it fills only some columns:
    // a line with a piece in every column, figures among them, is a row of its own (`город Алматы  1 194 440  43,1`)
    // and a line whose other cells all go on in lower case, in columns whose cells wrap elsewhere in the table (a
    // line with its first cell empty), continues the row above: its first cell is a label's wrapped rest
    // (`City Election  The chair, deputy and` / `Commission  secretary of …`). A column of short lower-case words
    // that never wraps (`registered`, `refused`) opens rows.
    const goesOn = pieces.length > 1 && pieces.every((p, n) => n === 0 || (/^\p{Ll}/u.test(p.text) && wraps.has(cols[n]!)));
    // a label's wrapped rest alone in the first column goes on over a capital: after a hyphen (`Восточно-` /
    // `Казахстанская`), or in a table whose rows so far each opened with a piece in three columns or more
    // (`North` / `Kazakhstan` / `region`, the figures on the label's first line)
    const lastLabel = rows[rows.length - 1]?.cells[0]?.at(-1)?.text ?? '';
    const labelRest =
      pieces.length === 1 && !isFigure(pieces[0]!.text) && (/\p{L}-$/u.test(lastLabel) || (rows.length >= 2 && cover >= 3 && !/[.:;]$/.test(lastLabel)));
    const firstColumn = cols[0] === 0 && !goesOn && !labelRest && !setOut.has(l) && (!/^\p{Ll}/u.test(pieces[0]!.text) || (filled === columns.length && pieces.slice(1).some((p) => isFigure(p.text))));
    // over a page break the gap says nothing: a row opens in the first column filling as many columns
    // as a row's first line does, else the row the break cut goes on
    const opens = k === 0 || (afterBreak ? firstColumn && (rows.length < 2 || filled >= cover) : byGap ? gaps[k - 1]! > pitch * 1.12 : firstColumn);
    afterBreak = false;
    if (opens) {
      if (rows.length >= 1) cover = Math.min(cover, filled);
      rows.push({ cells: columns.map(() => []), bold: l.geometry?.bold === true });
    }
    if (rows.length === 1) headerLines = k + 1;
    const row = rows[rows.length - 1]!;
    pieces.forEach((p, n) => row.cells[cols[n]!]!.push({ text: p.text, full: p.width >= room(cols[n]!) }));
  });
  const texts = rows.map((r) => r.cells);
  // header rows: the first row, and the bold rows right under it when the first is bold
  let headerRows = 1;
  if (rows[0]!.bold) while (headerRows < rows.length - 1 && rows[headerRows]!.bold) headerRows++;
  return { page: lines[0]!.page, start, header: texts.slice(0, headerRows), rows: texts.slice(headerRows) };
}

/** A piece of a cell on one line; `full` when it ran to the column's edge. */
export interface CellPart {
  text: string;
  full: boolean;
}

/**
 * A word too long for its column is cut at the column's edge without a hyphen
 * (`Зарегистриров` / `ано`). A line that is one word and ran to the edge, under
 * which the cell goes on in lower case, is glued to what follows when the glued
 * word is one the document writes, or the rest is no word it writes and a short one.
 */
export function glueOverflow(parts: CellPart[], known: (word: string) => boolean): string[] {
  const out: string[] = [];
  let glue = false;
  for (const p of parts) {
    const rest = p.text.match(/^\p{Ll}+/u)?.[0];
    const last = out[out.length - 1];
    if (glue && rest && last !== undefined && (known(last + rest) || (!known(rest) && rest.length <= 3))) out[out.length - 1] = last + p.text;
    else out.push(p.text);
    glue = p.full && /^\p{L}+$/u.test(p.text);
  }
  return out;
}

/**
 * The same cut where no line's width is known (a table a text tool printed, its
 * cells' lines already joined by spaces): a word the document never writes, over
 * a piece in lower case, is glued to it where the glued word is one the document
 * writes, or the word is long, the piece short and no word the document writes
 * (`Кызылординска я`).
 */
export function glueCutWords(text: string, known: (word: string) => boolean): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (const w of words) {
    const last = out[out.length - 1];
    // the rest is a word of its own (`ано`, `я`), not the head of a compound (`веб-сайта`)
    const rest = w.match(/^(\p{Ll}+)[.,;:)»"]*$/u)?.[1];
    const cut = last !== undefined && rest !== undefined && /^\p{L}{4,}$/u.test(last) && !known(last);
    // a cut word is a long one (it ran past a column that holds a few words); a short piece alone proves no cut
    if (cut && (known(last + rest) || (last.length >= 8 && rest.length <= 3 && !known(rest)))) out[out.length - 1] = last + w;
    else out.push(w);
  }
  return out.join(' ');
}

/** A cell's text: its pieces glued where a word overflowed, joined by `join`, and cut words glued. */
export const cellText = (parts: CellPart[], join: (lines: string[]) => string, known: (word: string) => boolean): string =>
  parts.length === 0 ? '' : glueCutWords(join(glueOverflow(parts, known)), known);

/** A cell's lines joined: a hyphen at a line's end before a lower-case letter was a break. */
export function joinCellLines(parts: string[]): string {
  let text = '';
  for (const p of parts) {
    if (!text) text = p;
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(p)) text = text.slice(0, -1) + p;
    else if (/\p{L}-$/u.test(text)) text += p;
    else text += ` ${p}`;
  }
  return text.replace(/\s+/g, ' ').trim();
}
