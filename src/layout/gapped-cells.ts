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
 * row) and the others labels. A block is a cell where each of its lines is a
 * label or a figure, a few lines at most. Only in a text that marks no
 * wrapped line with a space at its end: there, a blank line is the only thing
 * that parts one cell from the next (a text that marks its wraps prints such
 * a table otherwise, `cell-blocks.ts`).
 *
 * Each row becomes one line with its cells as column pieces (`placeTables`).
 */
import type { Line } from '../schema/index.ts';
import { isFigure, joinCellLine, labelLike, placeTables, splitRow, type FoundTable } from './cell-rows.ts';

/** most lines one cell takes (a name of a few words in a narrow column) */
const CELL_LINES = 4;
/** a table's columns: two text cells at least before the figures, so three columns at least */
const MIN_CELLS = 3;
const MAX_CELLS = 8;
/** rows under the header */
const MIN_ROWS = 2;

interface Cell {
  at: number[];
  text: string;
  figure: boolean;
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

/** Lines as a cell: each a label or one a figure, a few at most, no columns; null where they are not one. */
function cellOf(lines: Line[], at: number[]): Cell | null {
  const texts = at.map((k) => lines[k]!.text.trim());
  const figure = texts.length === 1 && isFigure(texts[0]!);
  const label = texts.every((t) => labelLike(t) && splitRow(t).figures.length === 0);
  const plain = at.every((k) => (lines[k]!.segments?.length ?? 0) < 2);
  if (at.length === 0 || at.length > CELL_LINES || !plain || !(figure || label)) return null;
  return { at, text: texts.reduce(joinCellLine, ''), figure };
}

/**
 * The first cell of a run at a block: the block, or where the block opens
 * with text (a table's caption with no blank line under it), its last lines
 * that read as a cell.
 */
function firstCell(lines: Line[], block: number[]): Cell | null {
  const whole = cellOf(lines, block);
  if (whole) return whole;
  let tail: Cell | null = null;
  for (let n = 1; n < block.length && n <= CELL_LINES; n++) {
    const cell = cellOf(lines, block.slice(-n));
    if (!cell) break;
    tail = cell;
  }
  return tail;
}

/**
 * The table a run of cells opens with: `n` label cells (the header), then
 * rows of `n` cells, the last `figures` of each figures and the rest labels.
 * The widest reading with the most rows wins; null where none has
 * MIN_ROWS rows.
 */
export function tableOfCells(cells: Array<{ figure: boolean }>): { columns: number; rows: number } | null {
  let best: { columns: number; rows: number } | null = null;
  for (let n = MIN_CELLS; n <= MAX_CELLS && n <= cells.length; n++) {
    if (cells.slice(0, n).some((c) => c.figure)) break;
    const first = cells.slice(n, 2 * n);
    const figures = first.length === n ? first.length - first.findIndex((c) => c.figure) : 0;
    if (figures < 1 || figures > n - 2 || !first.slice(n - figures).every((c) => c.figure)) continue;
    let rows = 0;
    for (let r = n; r + n <= cells.length; r += n) {
      const row = cells.slice(r, r + n);
      if (!row.every((c, k) => c.figure === k >= n - figures)) break;
      rows++;
    }
    if (rows >= MIN_ROWS && (!best || rows * n > best.rows * best.columns)) best = { columns: n, rows };
  }
  return best;
}

export function rowsFromGappedCells(lines: Line[]): Line[] {
  // a text that marks its wrapped lines with a space parts its cells otherwise
  if (lines.some((l) => (l.raw ?? l.text).endsWith(' '))) return lines;
  const blocks = blocksOf(lines);
  const tables: FoundTable[] = [];
  for (let b = 0; b < blocks.length; ) {
    const head = firstCell(lines, blocks[b]!);
    const cells = head ? [head] : [];
    // the cells after it, block after block on the same page
    for (let c = b + 1; head && c < blocks.length && lines[blocks[c]![0]!]!.page === lines[head.at[0]!]!.page; c++) {
      const cell = cellOf(lines, blocks[c]!);
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
    tables.push({ rows: grouped.map((row) => row.flatMap((c) => c.at)), cells: grouped.map((row) => row.map((c) => c.text)) });
    b += columns * (rows + 1);
  }
  return placeTables(lines, tables);
}
