/**
 * A table a tool printed a cell after another, row after row, each cell a
 * block of its own between blank lines, a wrapped cell's lines with none
 * between them (poppler's default mode, a results annex):
 *
 *   Candidate / · / Nominated by / · / Votes / · / Per cent / · /
 *   Jane Roe / · / Green Party / (Greens) / · / 120,400 / · / 61.2 / · / …
 *
 * Read row by row with the label and figures of `cell-rows.ts`, the header's
 * cells and the rows' two text cells (a candidate, who nominated them) ran
 * into each other. Here the blocks are the cells: a run of them is a table
 * where it reads as a header of `n` label cells and then two rows of `n`
 * cells at least, each row's last cells figures (the same number in every
 * row) and the others labels; or, a table of two columns of text (a list of
 * meetings: `Body` / `Who was met` / `Water Authority` / `Deputy Head of the
 * Authority and` / `staff of its legal department` / …), a
 * header of two labels over three rows at least of a label and a cell of
 * text. A block is a cell where its lines read as a label, a figure, or a
 * few lines of text well short of the text's full line (the cells stand in
 * columns). Only in a text that marks no wrapped line with a space at its
 * end: there, a blank line is the only thing that parts one cell from the
 * next (a text that marks its wraps prints such a table otherwise,
 * `cell-blocks.ts`).
 *
 * Each row becomes one line with its cells as column pieces (`placeTables`).
 */
import type { Line } from '../schema/index.ts';
import { fullLine, keepsLineEndSpaces } from './blocks.ts';
import { endsOnJoiningWord } from '../lang/joining-words.ts';
import { isFigure, joinCellLine, labelLike, placeTables, splitRow, type FoundTable } from './cell-rows.ts';

/** most lines a label takes (a name of a few words in a narrow column), and a text cell (who was met) */
const CELL_LINES = 4;
const TEXT_LINES = 8;
/** a table's columns: two text cells at least before the figures, so three columns at least */
const MIN_CELLS = 3;
const MAX_CELLS = 8;
/** rows under the header: of a table of figures, and of two columns of text */
const MIN_ROWS = 2;
const MIN_TEXT_ROWS = 3;
/** the longest line a text cell takes, against the text's full line (the cells stand in columns) */
const CELL_WIDTH = 0.7;

type Kind = 'label' | 'figure' | 'text';

export interface Cell {
  at: number[];
  /** its lines' texts */
  lines: string[];
  text: string;
  kind: Kind;
}

/** The text's blocks: runs of lines with no blank line between them, on one page. */
function blocksOf(lines: Line[]): number[][] {
  const blocks: number[][] = [];
  let open: number[] | null = null;
  for (const [k, l] of lines.entries()) {
    if (l.blank) open = null;
    else if (open && lines[open[0]!]!.page === l.page) open.push(k);
    else blocks.push((open = [k]));
  }
  return blocks;
}

/**
 * Lines as a cell: a figure alone; a label (each line one, a few at most); or
 * a cell of text, a few lines each well short of the text's full line. Null
 * where they are none, or hold columns.
 */
function cellOf(lines: Line[], at: number[], narrow: number): Cell | null {
  const texts = at.map((k) => lines[k]!.text.trim());
  if (at.length === 0 || at.some((k) => (lines[k]!.segments?.length ?? 0) >= 2)) return null;
  const kind: Kind | null =
    texts.length === 1 && isFigure(texts[0]!)
      ? 'figure'
      : at.length <= CELL_LINES && texts.every((t) => labelLike(t) && splitRow(t).figures.length === 0)
        ? 'label'
        : at.length <= TEXT_LINES && texts.every((t) => t.length <= narrow && /\p{L}/u.test(t))
          ? 'text'
          : null;
  return kind ? { at, lines: texts, text: texts.reduce(joinCellLine, ''), kind } : null;
}

/**
 * The first cell of a run at a block: the block, or where the block opens
 * with text (a table's caption or an annex's heading with no blank line
 * under it), its last line where that reads as a label.
 */
function firstCell(lines: Line[], block: number[], narrow: number): Cell | null {
  const whole = cellOf(lines, block, narrow);
  if (whole?.kind === 'label') return whole;
  const tail = block.length > 1 ? cellOf(lines, block.slice(-1), narrow) : null;
  return tail?.kind === 'label' ? tail : null;
}

/**
 * The table a run of cells opens with: `n` label cells (the header), then
 * rows of `n` cells, the last `figures` of each figures and the rest labels.
 * The widest reading with the most rows wins; where none has MIN_ROWS rows,
 * a table of two columns of text, or null.
 */
export function tableOfCells(cells: Cell[]): { columns: number; rows: number } | null {
  let best: { columns: number; rows: number } | null = null;
  const figure = (c: Cell): boolean => c.kind === 'figure';
  for (let n = MIN_CELLS; n <= MAX_CELLS && n <= cells.length; n++) {
    if (cells.slice(0, n).some((c) => c.kind !== 'label')) break;
    const first = cells.slice(n, 2 * n);
    const figures = first.length === n ? first.length - first.findIndex(figure) : 0;
    if (figures < 1 || figures > n - 2 || !first.slice(n - figures).every(figure)) continue;
    let rows = 0;
    for (let r = n; r + n <= cells.length; r += n) {
      const row = cells.slice(r, r + n);
      if (!row.every((c, k) => (k >= n - figures ? figure(c) : c.kind === 'label'))) break;
      rows++;
    }
    if (rows >= MIN_ROWS && (!best || rows * n > best.rows * best.columns)) best = { columns: n, rows };
  }
  return best ?? textTableOfCells(cells);
}

/**
 * A table of two columns of text (a list of meetings: an institution, who
 * was met there): two label cells as its header, then rows of a label and a
 * cell of text, MIN_TEXT_ROWS at least, the text cell wrapped over more
 * lines than the label in half the rows at least (a line of it ends on a
 * joining word or a comma, or the next goes on in lower case).
 * A column of labels printed a block each, a table printed column after
 * column, holds none such: its blocks of several lines hold a label a line.
 */
function textTableOfCells(cells: Cell[]): { columns: number; rows: number } | null {
  if (cells.length < 2 || cells[0]!.kind !== 'label' || cells[1]!.kind !== 'label') return null;
  let rows = 0;
  let wrapped = 0;
  for (let r = 2; r + 2 <= cells.length && cells[r]!.kind === 'label' && cells[r + 1]!.kind !== 'figure'; r += 2) {
    rows++;
    const [label, text] = [cells[r]!, cells[r + 1]!];
    if (text.lines.length > label.lines.length && text.lines.slice(0, -1).some((l, k) => wrapsInto(l, text.lines[k + 1]!))) wrapped++;
  }
  return rows >= MIN_TEXT_ROWS && 2 * wrapped >= rows ? { columns: 2, rows } : null;
}

/** Whether a cell's line wrapped into the next: it ends on a joining word or a comma, or the next goes on in lower case. */
const wrapsInto = (line: string, next: string): boolean => endsOnJoiningWord(line) || /[,;]$/.test(line) || /^\p{Ll}/u.test(next);

export function rowsFromGappedCells(lines: Line[]): Line[] {
  // a text that marks its wrapped lines with a space parts its cells otherwise
  const full = keepsLineEndSpaces(lines) ? null : fullLine(lines);
  if (full === null) return lines;
  const blocks = blocksOf(lines);
  const narrow = CELL_WIDTH * full;
  const tables: FoundTable[] = [];
  for (let b = 0; b < blocks.length; ) {
    const head = firstCell(lines, blocks[b]!, narrow);
    const cells = head ? [head] : [];
    // the cells after it, block after block on the same page
    for (let c = b + 1; head && c < blocks.length && lines[blocks[c]![0]!]!.page === lines[head.at[0]!]!.page; c++) {
      const cell = cellOf(lines, blocks[c]!, narrow);
      if (!cell) break;
      cells.push(cell);
    }
    const found = tableOfCells(cells);
    if (!found) {
      b++;
      continue;
    }
    const { columns, rows } = found;
    const grouped = Array.from({ length: rows + 1 }, (_, r) => cells.slice(r * columns, (r + 1) * columns));
    const table = { rows: grouped.map((row) => row.flatMap((c) => c.at)), cells: grouped.map((row) => row.map((c) => c.text)) };
    const before = tables.at(-1);
    if (before && lines[head!.at[0]!]!.page === lines[before.rows.at(-1)![0]!]!.page + 1) takeCutRest(before, table);
    tables.push(table);
    b += columns * (rows + 1);
  }
  return placeTables(lines, tables);
}

/**
 * A table that goes on over a page prints its header again there; where the
 * page before cut its last row, the rest of the cut cell stands under the
 * repeated header's cell, in its block (`Who was met` / `unit`).
 * The rest goes to the cut row; the header is as the first page printed it
 * (the table stage drops it as repeated).
 */
function takeCutRest(before: FoundTable, table: FoundTable): void {
  const [header, head] = [before.cells[0]!, table.cells[0]!];
  if (header.length !== head.length) return;
  const last = before.cells.at(-1)!;
  head.forEach((cell, k) => {
    const own = header[k]!;
    if (!cell.startsWith(`${own} `) || last[k] === undefined) return;
    last[k] = joinCellLine(last[k]!, cell.slice(own.length + 1));
    head[k] = own;
  });
}
