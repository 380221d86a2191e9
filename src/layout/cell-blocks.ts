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
 * a page repeats its header). A row the page's foot cut (its last line ends
 * in a space) takes the rest of its cell from under the repeated header.
 * Each row becomes one line with its cells as column pieces (`placeTables`),
 * which the table stage reads.
 *
 * A table of figures may have more columns (a results annex: candidate,
 * nominated by, votes, per cent). Its header is a block of one-line labels, a
 * cell each, or a few blocks of labels where a narrow column wrapped them;
 * each row under it fills as many cells, from one block or from a few in a
 * row (MuPDF sets a wrapped name apart from its figures), and holds a label
 * and figures. A label of figures may head a two-column table's second column
 * alone (`Number` over the totals), a block of one line over the rows.
 *
 * A tool that sets a block apart at each change of indent (MuPDF) prints a
 * cell whose first line a layout sets in, by a first-line indent, as two
 * blocks: a cell whose last line ends in a space, or a block under a row
 * that opens in lower case, goes on past the blank line. A page's running
 * head is no cell.
 */
import type { Line } from '../schema/index.ts';
import { fullLine, keepsLineEndSpaces } from './blocks.ts';
import { isFigure, joinCellLine, labelLike, placeTables, type FoundTable } from './cell-rows.ts';
import { blankLine } from './text-lines.ts';
import { runningTextTest } from './running-heads.ts';
import { endsOnJoiningWord } from '../lang/joining-words.ts';
import { isDateText } from '../lang/dates.ts';
import { allResources } from '../lang/index.ts';

/** the longest line a cell of a two-column table takes, against the text's full line */
const CELL_WIDTH = 0.7;

interface Block {
  /** line indices */
  at: number[];
  /** line indices of each cell: a cell ends at a line that neither ends in a space nor goes on in lower case */
  cells: number[][];
}

/** How many words a line holds at least to be taken for a wrapped one by its width alone. */
const WRAPPED_WORDS = 3;

/**
 * Where a text keeps no line-end spaces (stripped on its way, or never
 * printed), whether line `k` of a block opened at `first` wrapped: it ends in a
 * comma or a short word in lower case (`of the`, `and`), or, below the block's
 * first line (a label, in a column of its own), the next line's first word
 * would not have fitted within the block's widest line under its first (a
 * line of a few words before a word: figures and a header's labels stand a
 * line each).
 */
function wrapsInBlock(lines: Line[]): (k: number, first: number) => boolean {
  return (k, first) => {
    const l = lines[k]!;
    const next = lines[k + 1];
    if (!next || next.blank || next.page !== l.page) return false;
    if (/(?:,|\s\p{Ll}{1,3})$/u.test(l.text)) return true;
    // (words only, a few on the line: a column of figures holds a figure a line, a header's block a label a line)
    if (k === first || !/\p{L}$/u.test(l.text) || !/^\p{L}/u.test(next.text) || l.text.split(' ').length < WRAPPED_WORDS) return false;
    let widest = 0;
    for (let j = first + 1; j < lines.length && !lines[j]!.blank && lines[j]!.page === l.page; j++) widest = Math.max(widest, lines[j]!.text.length);
    return l.text.length + 1 + next.text.split(' ')[0]!.length > widest;
  };
}

/** Runs of non-blank lines on one page, between blank lines, with their cells. */
function blocksOf(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  const wraps = keepsLineEndSpaces(lines) ? () => false : wrapsInBlock(lines);
  lines.forEach((l, k) => {
    if (l.blank || (open && lines[open.at[0]!]!.page !== l.page)) open = null;
    if (l.blank) return;
    if (!open) blocks.push((open = { at: [], cells: [[]] }));
    open.at.push(k);
    open.cells[open.cells.length - 1]!.push(k);
    const next = lines[k + 1];
    // (a line of a few words that ends on one joining it to the next, `… Director of the`, goes on though the tool
    // dropped its space; a label of two, `Nominated by`, is a cell of its own)
    const goesOn = (l.raw ?? l.text).endsWith(' ') || /\p{L}-$/u.test(l.text) || (next !== undefined && !next.blank && (/^\p{Ll}/u.test(next.text) || (endsOnJoiningWord(l.text) && l.text.split(' ').length >= WRAPPED_WORDS))) || wraps(k, open.at[0]!);
    if (!goesOn) open.cells.push([]);
  });
  for (const b of blocks) if (b.cells[b.cells.length - 1]!.length === 0) b.cells.pop();
  return blocks;
}

interface Row {
  at: number[];
  cells: string[];
}

/** The blocks of a text, short lines only, none already a table's row, and what the passes ask of them. */
interface Blocks {
  blocks: Block[];
  cellText: (cell: number[]) => string;
  label: (cell: number[]) => boolean;
  /** consecutive blocks: only blank lines between them, on one page */
  adjacent: (a: Block, b: Block) => boolean;
  /** a block with nothing over it on its page but the page's running head */
  opensPage: (b: Block) => boolean;
  /** a cell whose last line ends in a space: it goes on past the blank line under it */
  goesOn: (cell: number[]) => boolean;
}

function blocksIn(lines: Line[]): Blocks | null {
  const full = fullLine(lines);
  if (full === null) return null;
  const narrow = (k: number): boolean => lines[k]!.text.length <= CELL_WIDTH * full && !lines[k]!.segments;
  const cellText = (cell: number[]): string => cell.map((k) => lines[k]!.text).reduce(joinCellLine, '');
  const label = (cell: number[]): boolean => cell.length <= 3 && labelLike(cellText(cell));
  const adjacent = (a: Block, b: Block): boolean => {
    for (let k = a.at[a.at.length - 1]! + 1; k < b.at[0]!; k++) if (!lines[k]!.blank) return false;
    return lines[a.at[0]!]!.page === lines[b.at[0]!]!.page;
  };
  // (a page's running head is no cell: printed a block a line, it would head the table that opens the page)
  const running = runningTextTest(lines);
  const blocks = blocksOf(lines).flatMap((b) => labelAfterText(b, lines, narrow));
  const opensPage = (b: Block): boolean => {
    const page = lines[b.at[0]!]!.page;
    for (let k = b.at[0]! - 1; k >= 0 && lines[k]!.page === page; k--) if (!lines[k]!.blank && !running(lines[k]!)) return false;
    return true;
  };
  const goesOn = (cell: number[]): boolean => /\s$/.test(lines[cell[cell.length - 1]!]!.raw ?? '');
  return { blocks: blocks.filter((b) => b.at.every(narrow) && !b.at.some((k) => running(lines[k]!))), cellText, label, adjacent, opensPage, goesOn };
}

/**
 * A table's first header cell printed right under the paragraph that
 * introduces the table, no blank line between (`… as percentages of valid
 * votes.` / `Region`, the other cells a block each under it): a block that
 * holds a wide line (a paragraph's) and ends in a short label under a line
 * that ends a sentence is that paragraph and, apart, the label's block.
 */
function labelAfterText(b: Block, lines: Line[], narrow: (k: number) => boolean): Block[] {
  const n = b.at.length;
  if (n < 2) return [b];
  const [before, last] = [b.at[n - 2]!, b.at[n - 1]!];
  if (!narrow(last) || b.at.slice(0, -1).every(narrow) || !/[.!?:]$/u.test(lines[before]!.text) || !labelLike(lines[last]!.text)) return [b];
  const cells = b.cells.map((c) => c.filter((k) => k !== last)).filter((c) => c.length > 0);
  return [{ at: b.at.slice(0, -1), cells }, { at: [last], cells: [[last]] }];
}

/** Tables of three columns or more (`wideTables`); runs before the reading of label-and-figures rows, which would take their rows apart. */
export function rowsFromWideCellBlocks(lines: Line[]): Line[] {
  const found = blocksIn(lines);
  return found ? placeTables(lines, wideTables(found)) : lines;
}

/** Tables of two columns, a label and its text. */
export function rowsFromCellBlocks(lines: Line[]): Line[] {
  const found = blocksIn(lines);
  if (!found) return lines;
  const { blocks, cellText, label, adjacent, opensPage, goesOn } = found;
  const keepsSpaces = keepsLineEndSpaces(lines);
  const runs: Row[][] = [];
  /** the block each run opens with */
  const opens = new Map<Row[], Block>();
  let run: Row[] = [];
  let last: Block | null = null;
  /** the first rows of the runs so far, and the last row of the last run of two rows or more */
  const firstRows = new Set<string>();
  let lastRow: Row | null = null;
  // (a cell the page's foot cut goes on on the next page: a footnote under it, `18 Article …`, is none of it)
  const cellGoesOn = (row: Row, b: Block): boolean =>
    !/^\d/.test(lines[b.at[0]!]!.text) && (goesOn([row.at[row.at.length - 1]!]) || /^\p{Ll}/u.test(lines[b.at[0]!]!.text));
  /** runs that open with a repeated header whose block or the block under it held a cut row's rest */
  const resumed = new Set<Row[]>();
  /**
   * A table that goes on over a page prints its header again there. Where the
   * page before cut its last row (the row's last line ends in a space: the
   * cell goes on; in a text that keeps no line-end spaces, it ends no
   * sentence), the rest of that cell stands under the repeated header, in
   * the header's block or in a block of its own. It is joined to the cut
   * cell; the header's row opens the page's run, and the table stage drops it
   * as repeated.
   */
  function underRepeatedHeader(b: Block, next: Block | undefined, then: Block | undefined, before: Row | null): { rows: Row[]; used: Block } | null {
    if (!before || b.cells.length < 2 || b.cells.length > 3) return null;
    const endLine = lines[before.at[before.at.length - 1]!]!;
    // (a text that keeps no line-end spaces cannot say the cell goes on: a last line that ends no sentence may)
    const goesOn = /\s$/.test(endLine.raw ?? '') || (!keepsSpaces && !/[.!?;]$/u.test(endLine.text));
    if (!goesOn || lines[b.at[0]!]!.page <= endLine.page) return null;
    const head = b.cells.slice(0, 2);
    if (!firstRows.has(head.map(cellText).join('\u0000'))) return null;
    const own = b.cells.length === 3 ? b.cells[2]! : null;
    // a block of one cell of its own, unless it is a label set apart over the text of its row
    const labelApart = (n: Block): boolean => label(n.cells[0]!) && then !== undefined && then.cells.length === 1 && adjacent(n, then);
    const apart = !own && next && next.cells.length === 1 && adjacent(b, next) && !labelApart(next) ? next.cells[0]! : null;
    const rest = own ?? apart;
    if (!rest) return null;
    // the rest goes to the cut cell; its lines go with the header's row, which the table stage drops as repeated
    const cut = before.cells.length - 1;
    before.cells[cut] = rest.map((k) => lines[k]!.text).reduce(joinCellLine, before.cells[cut]!);
    return { rows: [{ at: [...head.flat(), ...rest], cells: head.map(cellText) }], used: apart ? next! : b };
  }
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    const repeated = underRepeatedHeader(b, next, blocks[i + 2], lastRow);
    if (repeated) {
      if (run.length > 0) runs.push(run);
      run = repeated.rows;
      opens.set(run, b);
      resumed.add(run);
      lastRow = run[run.length - 1]!;
      last = repeated.used;
      if (repeated.used === next) i++;
      continue;
    }
    // a row's last cell going on past a blank line (a tool set a cell's first line apart from the rest, the first
    // line set in by an indent: `… and staff of the ` / `` / `Department of …`): its last line ends in a space, or
    // the block goes on in lower case
    const open = run[run.length - 1];
    if (open && last && adjacent(last, b) && b.cells.length === 1 && open.cells.length === 2 && cellGoesOn(open, b)) {
      open.cells[1] = joinCellLine(open.cells[1]!, cellText(b.cells[0]!));
      open.at.push(...b.at);
      last = b;
      continue;
    }
    let row: Row | null = null;
    let used = b;
    // a label wrapped where the tool marked no wrap, its second line opening with a capital (`Городская
    // избирательная комиссия` / `Озёрска`), reads as a label and a cell: its text is the block of one cell under it
    // (the label's rest a word or two, well short of its first line; the text under it no footnote: `18 «Закон …`)
    const wrappedLabel = run.length > 0 && b.cells.length === 2 && b.cells.every(label) && cellText(b.cells[1]!).length * 2 <= cellText(b.cells[0]!).length
      && next?.cells.length === 1 && !label(next.cells[0]!) && !/^\d/.test(cellText(next.cells[0]!)) && adjacent(b, next);
    if (wrappedLabel) {
      row = { at: [...b.at, ...next!.at], cells: [cellText(b.cells.flat()), cellText(next!.cells[0]!)] };
      used = next!;
      i++;
    } else if (b.cells.length === 2 && label(b.cells[0]!)) row = { at: b.at, cells: b.cells.map(cellText) };
    // (a label set apart opens no table, but where it opens a page under its running head: a table's header printed again)
    else if (b.cells.length === 1 && label(b.cells[0]!) && next && next.cells.length === 1 && adjacent(b, next) && (run.length > 0 || opensPage(b))) {
      row = { at: [...b.at, ...next.at], cells: [cellText(b.cells[0]!), cellText(next.cells[0]!)] };
      used = next;
      i++;
    }
    if (row && last && adjacent(last, b)) run.push(row);
    else {
      if (run.length > 0) runs.push(run);
      run = row ? [row] : [];
      if (row) {
        opens.set(run, b);
        firstRows.add(row.cells.join('\u0000'));
      }
    }
    last = row ? used : null;
    if (row && run.length >= 2) lastRow = row;
  }
  if (run.length > 0) runs.push(run);

  const headers = new Set(runs.filter((r) => r.length >= 3).map((r) => r[0]!.cells.join('\u0000')));
  const tables: FoundTable[] = runs
    .filter((r) => r.length >= 3 || (r.length >= 2 && headers.has(r[0]!.cells.join('\u0000'))))
    .map((r) => {
      const rows = r.map((row) => row.at);
      const cells = r.map((row) => row.cells);
      // a one-line label right over rows whose second cells are all figures heads that column
      const open = opens.get(r)!;
      const above = blocks[blocks.indexOf(open) - 1];
      if (above && above.at.length === 1 && label(above.cells[0]!) && adjacent(above, open) && r.every((row) => isFigure(row.cells[1]!))) {
        rows.unshift(above.at);
        cells.unshift(['', cellText(above.cells[0]!)]);
      }
      return { rows, cells };
    });
  // a page whose table is only the repeated header over the cut row's rest has nothing left to read
  const emptied = new Set(runs.filter((r) => r.length === 1 && resumed.has(r)).flatMap((r) => r[0]!.at));
  return placeTables(emptied.size ? lines.map((l, k) => (emptied.has(k) ? blankLine(l) : l)) : lines, tables);
}

/**
 * Tables of three columns or more, each headed by a block of one-line label
 * cells or by a few blocks of label cells in a row (the count of blocks with
 * the most rows under it wins); a row takes the cells of the blocks under it,
 * one block after another, until it holds as many as the header (`rowsUnder`).
 * A header with fewer than two rows is no table.
 */
function wideTables(found: Blocks): FoundTable[] {
  const { blocks, cellText, label, adjacent, goesOn } = found;
  const wide: FoundTable[] = [];
  const figure = (cell: number[]): boolean => isFigure(cellText(cell));
  for (let i = 0; i < blocks.length; i++) {
    // the header: this block of label cells, or a few in a row (a narrow column wraps its header cells)
    const heads: Block[] = [];
    for (let k = i; k < blocks.length && heads.length < HEADER_BLOCKS; k++) {
      const b = blocks[k]!;
      if ((heads.length > 0 && !adjacent(heads[heads.length - 1]!, b)) || !b.cells.every((c) => label(c) && !figure(c))) break;
      heads.push(b);
    }
    let best: FoundTable | null = null;
    /** the most rows under a header so far; two at the least make a table */
    let most = 1;
    let next = i + 1;
    for (let k = 1; k <= heads.length; k++) {
      const head = heads.slice(0, k);
      // (a header cell wrapped past a blank line goes on in the next block: `Registered ` / `` / `voters`)
      const cells = head.reduce<number[][]>((all, b) => withBlock(all, b, found), []);
      // one block of one-line cells, or several blocks
      if (cells.length < 3 || (k === 1 && cells.some((c) => c.length !== 1))) continue;
      const table = rowsUnder(found, i + k, head[k - 1]!, cells.length);
      if (table.rows.length > most) {
        most = table.rows.length;
        best = { rows: [head.flatMap((b) => b.at), ...table.rows], cells: [cells.map(cellText), ...table.cells] };
        next = table.next;
      }
    }
    if (!best) continue;
    wide.push(best);
    i = next - 1;
  }
  return wide;
}

/**
 * Cells with a block's cells after them: a cell whose last line ends in a space goes on in the block's first
 * (`Анна ` / `` / `Озёрова`), unless that is a figure (a label the page's foot cut, `Северо-` /
 * `Озёрная `, over its row's figures).
 */
function withBlock(cells: number[][], b: Block, { goesOn, cellText }: Pick<Blocks, 'goesOn' | 'cellText'>): number[][] {
  const before = cells[cells.length - 1];
  return before && goesOn(before) && !isFigure(cellText(b.cells[0]!)) ? [...cells.slice(0, -1), [...before, ...b.cells[0]!], ...b.cells.slice(1)] : [...cells, ...b.cells];
}

/**
 * Rows a tool printed a column a block: `width` adjacent blocks from `j` on, each of as many cells (two or
 * more), the first's labels and the others' figures; row n takes each block's cell n.
 */
function columnBlockRows(blocks: Block[], j: number, prev: Block, width: number, adjacent: Blocks['adjacent'], cellText: Blocks['cellText']): { at: number[]; texts: string[] }[] | null {
  const group = blocks.slice(j, j + width);
  const n = group[0]?.cells.length ?? 0;
  if (group.length < width || n < 2 || group.some((b) => b.cells.length !== n)) return null;
  if (!group.every((b, m) => adjacent(m === 0 ? prev : group[m - 1]!, b))) return null;
  const texts = group.map((b) => b.cells.map(cellText));
  if (texts[0]!.some(isFigure) || !texts.slice(1).every((column) => column.every(isFigure))) return null;
  return Array.from({ length: n }, (_, r) => ({ at: group.flatMap((b) => b.cells[r]!), texts: texts.map((column) => column[r]!) }));
}

/** A cell of figures, or a date (`4 May 2019`, `2019 жылғы 4 мамыр`): what a row holds beside its labels. */
const isValue = (text: string): boolean => isFigure(text) || isDateText(text, allResources());

/** at most this many blocks make a header */
const HEADER_BLOCKS = 6;

/**
 * The rows under a header `width` cells wide, from block `from` on: each takes
 * the cells of the blocks under the last, one block after another, until it
 * holds `width`; it must hold a label and a figure, figures where the first
 * row holds them.
 */
function rowsUnder({ blocks, cellText, adjacent, goesOn }: Blocks, from: number, after: Block, width: number): FoundTable & { next: number } {
  /** whether two cells (their lines) stand in one block: lines with no blank line between */
  const sameBlock = (a: number[], b: number[]): boolean => blocks.some((x) => x.at.includes(a[0]!) && x.at.includes(b[0]!));
  const rows: number[][] = [];
  const cells: string[][] = [];
  /** which cells of the first row are figures, which every row repeats */
  let pattern: string | null = null;
  let prev = after;
  let j = from;
  for (;;) {
    // a few rows printed a column a block (`Coast Party` / `Hill League`, then `58` / `37`, then `24.1` / `30.6`)
    const across = columnBlockRows(blocks, j, prev, width, adjacent, cellText);
    if (across && (pattern === null || across.every((r) => r.texts.map(isFigure).join() === pattern))) {
      pattern ??= across[0]!.texts.map(isFigure).join();
      for (const r of across) {
        rows.push(r.at);
        cells.push(r.texts);
      }
      prev = blocks[j + width - 1]!;
      j += width;
      continue;
    }
    const at: number[] = [];
    let got: number[][] = [];
    let k = j;
    let end = prev;
    while (k < blocks.length && got.length < width && adjacent(end, blocks[k]!)) {
      got = withBlock(got, blocks[k]!, { goesOn, cellText });
      at.push(...blocks[k]!.at);
      end = blocks[k++]!;
    }
    // a cell wrapped where the tool marked no wrap, its next line opening with a capital or a quote (`Союз
    // работников лесного хозяйства` / `«Бор»`), took a cell too many: a block's last two text cells are one
    while (got.length > width) {
      let n = got.length - 1;
      while (n > 0 && (isValue(cellText(got[n]!)) || isValue(cellText(got[n - 1]!)) || !sameBlock(got[n]!, got[n - 1]!))) n--;
      if (n <= 0) break;
      got.splice(n - 1, 2, [...got[n - 1]!, ...got[n]!]);
    }
    const texts = got.map(cellText);
    const figures = texts.map(isValue);
    // a label and figures (or dates: a candidates' table, who and when): a tool that printed the table column by column leaves rows of figures alone
    if (got.length !== width || !figures.includes(true) || !figures.includes(false) || (pattern !== null && figures.join() !== pattern)) break;
    pattern ??= figures.join();
    rows.push(at);
    cells.push(texts);
    prev = end;
    j = k;
  }
  return { rows, cells, next: j };
}
