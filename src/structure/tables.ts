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

export interface TableDraft {
  page: number;
  /** index of the table's first line in the lines given */
  start: number;
  header: string[][];
  rows: string[][];
}

interface Piece {
  x: number;
  text: string;
}

const piecesOf = (l: ZonedLine): Piece[] => l.segments ?? [{ x: l.geometry?.x ?? l.indent, text: l.text }];

/** How far apart two starts may be and still be one column: points, or characters on the text path. */
const tolerance = (l: ZonedLine): number => (l.geometry ? Math.max(3, 0.3 * l.geometry.size) : 1.5);

/** Column starts shared by at least two of the lines, left to right. */
function columnsOf(lines: ZonedLine[]): number[] {
  const starts = lines.flatMap((l) => (l.segments ?? []).map((s) => ({ x: s.x, tol: tolerance(l) })));
  starts.sort((a, b) => a.x - b.x);
  const clusters: Array<{ x: number; n: number }> = [];
  for (const s of starts) {
    const last = clusters[clusters.length - 1];
    if (last && s.x - last.x <= s.tol) last.n++;
    else clusters.push({ x: s.x, n: 1 });
  }
  return clusters.filter((c) => c.n >= 2).map((c) => c.x);
}

const columnOf = (x: number, columns: number[], tol: number): number => {
  let best = -1;
  columns.forEach((c, k) => {
    if (x >= c - tol) best = k;
  });
  return Math.max(0, best);
};

/** A list item's bullet or label standing apart from its text (`•`, `7.`, `b)`): a list, not a table. */
const ITEM_MARK = /^(?:[•·▪◦●■□‣⁃\-–—]|\(?[a-zа-яё]\)|\d{1,3}[.)])$/u;

/** Lines that could be a table's rows: pieces in two or more columns, no dot leaders, not a list item. */
const rowLike = (l: ZonedLine): boolean =>
  l.zone === 'body' && !l.blank && (l.segments?.length ?? 0) >= 2 && !ITEM_MARK.test(l.segments![0]!.text) && !l.segments!.some((s) => /\.{4,}|…{2,}/.test(s.text));

/**
 * Finds the tables among the lines: returns the lines with table lines marked
 * `table`, and the tables found.
 */
export function findTables(lines: ZonedLine[]): { lines: ZonedLine[]; tables: TableDraft[] } {
  const out = lines.map((l) => ({ ...l }));
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
    let columns = columnsOf([out[i]!]);
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
      const runLines = run.map((k) => out[k]!);
      const cols = columnsOf([...runLines, l]);
      const tol = tolerance(l);
      const fits = piecesOf(l).every((p) => cols.some((c) => Math.abs(c - p.x) <= tol) || (columns.length > 0 && columns.some((c) => Math.abs(c - p.x) <= tol)));
      if (l.page !== out[run[run.length - 1]!]!.page || !(rowLike(l) ? fits || cols.length >= 2 : fits && columns.length >= 2)) break;
      run.push(j);
      columns = cols.length >= 2 ? cols : columns;
      j++;
    }
    const runLines = run.map((k) => out[k]!);
    columns = columnsOf(runLines);
    const rowLines = runLines.filter(rowLike);
    const aligned = rowLines.filter((l) => l.segments!.every((s) => columns.some((c) => Math.abs(c - s.x) <= tolerance(l))));
    if (columns.length >= 2 && rowLines.length >= 2 && aligned.length >= 0.8 * rowLines.length) {
      // a header row with an empty first cell is one piece standing in a later column, right over the table
      let above = i - 1;
      while (above >= 0 && out[above]!.blank) above--;
      const head = out[above];
      if (head && head.zone === 'body' && head.page === out[i]!.page && !head.segments && piecesOf(head).every((p) => columns.slice(1).some((c) => Math.abs(c - p.x) <= tolerance(head)))) {
        run.unshift(above);
        runLines.unshift(head);
      }
      for (const k of run) out[k]!.zone = 'table';
      tables.push(buildTable(runLines, columns, run[0]!));
      i = run[run.length - 1]! + 1;
    } else i++;
  }
  return { lines: out, tables };
}

/** The run's lines as rows of cells: rows opened by a line in the first column, or by a wider gap. */
function buildTable(lines: ZonedLine[], columns: number[], start: number): TableDraft {
  const gaps = lines.slice(1).map((l, k) => (l.geometry && lines[k]!.geometry ? lines[k]!.geometry!.y - l.geometry.y : 0));
  const pitch = Math.min(...gaps.filter((g) => g > 0));
  // rows set apart by more than a cell's line pitch: the gap says where a row opens
  const byGap = Number.isFinite(pitch) && gaps.some((g) => g > pitch * 1.12);
  const rows: Array<{ cells: string[][]; bold: boolean }> = [];
  lines.forEach((l, k) => {
    const pieces = piecesOf(l);
    const tol = tolerance(l);
    const cols = pieces.map((p) => columnOf(p.x, columns, tol));
    const opens = k === 0 || (byGap ? gaps[k - 1]! > pitch * 1.12 : cols[0] === 0 && !/^\p{Ll}/u.test(pieces[0]!.text));
    if (opens) rows.push({ cells: columns.map(() => []), bold: l.geometry?.bold === true });
    const row = rows[rows.length - 1]!;
    pieces.forEach((p, n) => row.cells[cols[n]!]!.push(p.text));
  });
  const texts = rows.map((r) => r.cells.map(joinCell));
  // header rows: the first row, and the bold rows right under it when the first is bold
  let headerRows = 1;
  if (rows[0]!.bold) while (headerRows < rows.length - 1 && rows[headerRows]!.bold) headerRows++;
  return { page: lines[0]!.page, start, header: texts.slice(0, headerRows), rows: texts.slice(headerRows) };
}

/** A cell's lines joined: a hyphen at a line's end before a lower-case letter was a break. */
function joinCell(parts: string[]): string {
  let text = '';
  for (const p of parts) {
    if (!text) text = p;
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(p)) text = text.slice(0, -1) + p;
    else text += ` ${p}`;
  }
  return text.replace(/\s+/g, ' ').trim();
}
