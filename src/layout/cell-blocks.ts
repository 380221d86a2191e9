/**
 * A table of text cells that a tool printed a cell after another, each row a
 * block of its own between blank lines: the label's lines, then the
 * description's (MuPDF prints an annex's list of meetings so:
 * `Ministry of Justice` / `Vice Minister of Justice and the Director of the ` /
 * `Department of Registration Services and ` / …). A wrapped cell's lines end
 * in a space or go on in lower case, so a cell ends at the first line that
 * does neither. A row is a block of two cells, or a block of one cell (a label
 * that wrapped, set apart by the tool) and the block of one cell under it.
 * Every line is well short of the text's full line (the cells stand in
 * columns), and a label reads as one: a few words, no sentence ended.
 *
 * Three rows or more in a run are a table. A run of fewer on the next page is
 * one too where it opens with the same header row (a table that goes on over
 * a page repeats its header). Each row becomes one line with its cells as
 * column pieces (`placeTables`), which the table stage reads.
 */
import type { Line } from '../schema/index.ts';
import { quantile } from './blocks.ts';
import { labelLike, placeTables, type FoundTable } from './cell-rows.ts';

/** the longest line a cell of a two-column table takes, against the text's full line */
const CELL_WIDTH = 0.7;

interface Block {
  /** line indices */
  at: number[];
  /** line indices of each cell: a cell ends at a line that neither ends in a space nor goes on in lower case */
  cells: number[][];
}

/** Runs of non-blank lines on one page, between blank lines, with their cells. */
function blocksOf(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  lines.forEach((l, k) => {
    if (l.blank || (open && lines[open.at[0]!]!.page !== l.page)) open = null;
    if (l.blank) return;
    if (!open) blocks.push((open = { at: [], cells: [[]] }));
    open.at.push(k);
    open.cells[open.cells.length - 1]!.push(k);
    const next = lines[k + 1];
    const goesOn = (l.raw ?? l.text).endsWith(' ') || (next !== undefined && !next.blank && /^\p{Ll}/u.test(next.text));
    if (!goesOn) open.cells.push([]);
  });
  for (const b of blocks) if (b.cells[b.cells.length - 1]!.length === 0) b.cells.pop();
  return blocks;
}

interface Row {
  at: number[];
  cells: string[];
}

export function rowsFromCellBlocks(lines: Line[]): Line[] {
  const texts = lines.filter((l) => !l.blank).map((l) => l.text.length);
  if (texts.length === 0) return lines;
  const full = quantile(texts, 0.9);
  const narrow = (k: number): boolean => lines[k]!.text.length <= CELL_WIDTH * full;
  const cellText = (cell: number[]): string => cell.map((k) => lines[k]!.text).join(' ');
  const blocks = blocksOf(lines).filter((b) => b.at.every(narrow));
  const label = (cell: number[]): boolean => cell.length <= 3 && labelLike(cellText(cell));
  // consecutive blocks: only blank lines between them
  const adjacent = (a: Block, b: Block): boolean => {
    for (let k = a.at[a.at.length - 1]! + 1; k < b.at[0]!; k++) if (!lines[k]!.blank) return false;
    return lines[a.at[0]!]!.page === lines[b.at[0]!]!.page;
  };

  const runs: Row[][] = [];
  let run: Row[] = [];
  let last: Block | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    let row: Row | null = null;
    let used = b;
    if (b.cells.length === 2 && label(b.cells[0]!)) row = { at: b.at, cells: b.cells.map(cellText) };
    else if (b.cells.length === 1 && label(b.cells[0]!) && next && next.cells.length === 1 && adjacent(b, next) && run.length > 0) {
      row = { at: [...b.at, ...next.at], cells: [cellText(b.cells[0]!), cellText(next.cells[0]!)] };
      used = next;
      i++;
    }
    if (row && last && adjacent(last, b)) run.push(row);
    else {
      if (run.length > 0) runs.push(run);
      run = row ? [row] : [];
    }
    last = row ? used : null;
  }
  if (run.length > 0) runs.push(run);

  const headers = new Set(runs.filter((r) => r.length >= 3).map((r) => r[0]!.cells.join('\u0000')));
  const tables: FoundTable[] = runs
    .filter((r) => r.length >= 3 || (r.length >= 2 && headers.has(r[0]!.cells.join('\u0000'))))
    .map((r) => ({ rows: r.map((row) => row.at), cells: r.map((row) => row.cells) }));
  return placeTables(lines, tables);
}
