/**
 * A table of figures a tool printed column after column (poppler's default
 * mode reads a table's columns as blocks): the labels' column, then each
 * column of figures, or a few rows of each column at a time, with its header
 * over it or apart from it:
 *
 *   Province / Lake province / Hill province / … / Total
 *   Registered / voters / 120,400 / 98,100 / …
 *   Turnout (per / cent) / 61.2 / 58.0 / …
 *   Yes (per cent)   No (per cent)   70.5 / 66.1 / …   29.5 / 33.9 / …
 *   45,000 / 12,900   70.1 / 66.4   …
 *
 * On one page, a run of short lines (labels and figures only, blank lines
 * between blocks) is such a table where its runs of figures fall into groups
 * of as many runs as there are figure columns, each run of a group as long as
 * the others: a group is some rows, a run one column of them. The rows count
 * the figures; the labels' column is the longest run of text lines, its
 * lines grouped into as many cells as there are rows (`labelCells`), with the
 * first column's header where a header stands in it. The other runs of text
 * are the figure columns' headers, in the order they were printed; a header
 * wraps over three lines at most, so a longer run (a second column of labels,
 * which this reading does not take) makes no table, nor do fewer than three
 * rows (a table printed row by row falls into such runs). Each row
 * becomes one line with its cells as column pieces (`placeTables`), which the
 * table stage reads.
 */
import type { Line } from '../schema/index.ts';
import { fullLine } from './blocks.ts';
import { isFigure, joinCellLine, labelLike, placeTables, type FoundTable } from './cell-rows.ts';
import { OPENS_CAPITAL, OPENS_LOWER } from './text-lines.ts';
import { bodyMeasure } from './typeset.ts';
import { endsOnJoiningWord } from '../lang/joining-words.ts';

/** the longest line a cell takes, against the text's full line */
const CELL_WIDTH = 0.7;
/** the fewest rows a table has (a table printed row by row, a label over its figures, falls into runs of a few rows) */
const MIN_ROWS = 3;
/** the most lines a header cell wraps over */
const HEADER_LINES = 3;

interface Run {
  figure: boolean;
  at: number[];
}

/** A heading in capitals (`ANNEX: FINAL RESULTS`): it stands over a table, never in one. */
const CAPITALS_HEADING = /^[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*\s[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*$/u;

export function rowsFromColumns(lines: Line[]): Line[] {
  const full = fullLine(lines);
  if (full === null) return lines;
  // the glyph measure of the body's lines, taken only where a run could be a table
  let measured: ((text: string) => number) | undefined;
  const measure = (text: string): number => (measured ??= bodyMeasure(lines) ?? ((t: string) => t.length / full))(text);
  const cellLike = (l: Line): boolean =>
    !l.segments && l.text.length <= CELL_WIDTH * full && (isFigure(l.text) || (labelLike(l.text) && !CAPITALS_HEADING.test(l.text)));
  const tables: FoundTable[] = [];
  for (let i = 0; i < lines.length; ) {
    if (lines[i]!.blank || !cellLike(lines[i]!)) {
      i++;
      continue;
    }
    // the run of cell-like lines on this page, blank lines between them
    let j = i;
    let lastFigure = -1;
    for (let k = i; k < lines.length && (k === i || !lines[k]!.pageStart) && lines[k]!.page === lines[i]!.page; k++) {
      if (lines[k]!.blank) continue;
      if (!cellLike(lines[k]!)) break;
      j = k;
      if (isFigure(lines[k]!.text)) lastFigure = k;
    }
    const table = lastFigure > i ? columnTable(lines, i, lastFigure, measure) : null;
    if (table) tables.push(table);
    i = j + 1;
  }
  return placeTables(lines, tables);
}

/** The table printed column after column in lines `from` to `to`, or null where the runs make none. */
function columnTable(lines: Line[], from: number, to: number, measure: (text: string) => number): FoundTable | null {
  const runs: Run[] = [];
  for (let k = from; k <= to; k++) {
    const l = lines[k]!;
    if (l.blank) continue;
    const figure = isFigure(l.text);
    const last = runs[runs.length - 1];
    if (last && last.figure === figure && last.at[last.at.length - 1] === k - 1) last.at.push(k);
    else runs.push({ figure, at: [k] });
  }
  const figureRuns = runs.filter((r) => r.figure);
  const textRuns = runs.filter((r) => !r.figure);
  if (textRuns.length < 2 || figureRuns.length < 2) return null;
  const labels = textRuns.reduce((a, b) => (b.at.length > a.at.length ? b : a));
  const heads = textRuns.filter((r) => r !== labels);
  // a header wraps over a few lines at most: a longer run of text is a second column of labels, which this reading does not take
  if (heads.some((h) => h.at.length > HEADER_LINES)) return null;
  // as many figure columns as headers, or one fewer where the first header is the labels' own
  for (const columns of [heads.length, heads.length - 1]) {
    if (columns < 2) continue;
    const groups = groupRuns(figureRuns, columns);
    if (!groups) continue;
    const rows = groups.reduce((n, g) => n + g[0]!.at.length, 0);
    if (rows < MIN_ROWS) continue;
    const ownHead = columns === heads.length - 1 ? heads[0]! : null;
    const parts = labelCells(labels.at.map((k) => lines[k]!.text), ownHead ? rows : rows + 1, measure);
    if (!parts) continue;
    const cells = parts.map((p) => p.map((n) => labels.at[n]!));
    const columnHeads = ownHead ? heads.slice(1) : heads;
    const text = (at: number[]): string => at.map((k) => lines[k]!.text).reduce(joinCellLine, '');
    const head = ownHead ? ownHead.at : cells.shift()!;
    const found: FoundTable = {
      rows: [[...head, ...columnHeads.flatMap((h) => h.at)]],
      cells: [[text(head), ...columnHeads.map((h) => text(h.at))]],
    };
    let n = 0;
    for (const group of groups) {
      for (let r = 0; r < group[0]!.at.length; r++, n++) {
        const figures = group.map((g) => g.at[r]!);
        found.rows.push([...cells[n]!, ...figures]);
        found.cells.push([text(cells[n]!), ...figures.map((k) => lines[k]!.text)]);
      }
    }
    // the row lines stand where the labels were printed: the header's first, then the rows in order
    if (found.rows[0]![0]! > found.rows[1]![0]!) continue;
    return found;
  }
  return null;
}

/** The figure runs in groups of `columns` runs of one length each (a few rows, a run a column), or null. */
function groupRuns(runs: Run[], columns: number): Run[][] | null {
  if (runs.length % columns !== 0) return null;
  const groups: Run[][] = [];
  for (let k = 0; k < runs.length; k += columns) {
    const group = runs.slice(k, k + columns);
    if (group.some((r) => r.at.length !== group[0]!.at.length)) return null;
    groups.push(group);
  }
  return groups;
}

/** A capital inside a word (`СевероКазахстанская`): a compound the tool joined over its line's end, wider than the column. */
const JOINED_COMPOUND = /\p{Ll}\p{Lu}/u;

/**
 * A column's lines in `count` cells (each the indices of its lines), or null
 * where there are fewer lines.
 * A new cell opens with a capital, the more surely where its first word would
 * have fitted on the line above (as wide as the column's widest line,
 * measured in glyphs) or where the line above went on a cell already (a label
 * seldom wraps twice) or opened with the same word (`town of Ash` /
 * `town of Elm`); a cell goes on where the next line opens in lower case
 * (a cell may open so, but seldom), and under a line that ends on a word
 * joining it to what follows (`members of the`, a Kazakh genitive). The breaks with the most for them are
 * taken; between equals, first where the next word would have run furthest
 * past the column (a word that only just failed to fit wrapped its cell).
 */
export function labelCells(own: string[], count: number, measure: (text: string) => number): number[][] | null {
  if (own.length < count || count < 2) return null;
  const plain = own.filter((t) => !JOINED_COMPOUND.test(t));
  const width = Math.max(...(plain.length > 0 ? plain : own).map(measure));
  const gaps = own.slice(1).map((text, g) => {
    const above = own[g]!;
    const words = text.split(' ');
    const joined = measure(`${above} ${words[0]!}`);
    const capital = OPENS_CAPITAL.test(text);
    const wrapped = g > 0 && OPENS_LOWER.test(above);
    const parallel = words.length > 1 && words[0] === above.split(' ')[0];
    // (no cell ends on a word that joins it to what follows: `and the`, `members of the`, `төрағасының`)
    const joining = endsOnJoiningWord(above);
    const score = (capital ? 2 : -3) + (joined <= width ? 2 : 0) + (capital && wrapped ? 1 : 0) + (parallel ? 4 : 0) + (joining ? -4 : 0);
    return { g, score, joined };
  });
  const breaks = new Set(
    gaps
      .sort((a, b) => b.score - a.score || b.joined - a.joined)
      .slice(0, count - 1)
      .map((x) => x.g),
  );
  const cells: number[][] = [[0]];
  for (let n = 1; n < own.length; n++) {
    if (breaks.has(n - 1)) cells.push([n]);
    else cells[cells.length - 1]!.push(n);
  }
  return cells;
}
