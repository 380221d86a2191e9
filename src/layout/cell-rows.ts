/**
 * Table rows a tool printed without their columns: each cell on a line of its
 * own (MuPDF: `Akmola region` / `514,664` / `71.2` / …, a blank line between
 * rows), or a row's cells run together with single spaces (`Akmola region
 * 514,664 71.2 81.5 18.5`). Election results tables are a label and a run of
 * figures: a row is its label's lines and then its figures, and a run of three
 * or more rows with the same number of figures is a table. A row of one figure
 * is one only where the figure is a count or a share (`48,109`, `95.2`): a
 * small whole number after a label is a page's or an item's number. Each row becomes one
 * line with its cells as column pieces, as text that keeps columns prints it,
 * so the table stage reads it as it reads any other.
 *
 * The header over the first row is taken where its cells can be told apart: a
 * cell's wrapped line ends in a space (MuPDF), or, in text that marks no wrap
 * so, blank lines stand between cells and none within one (poppler), or,
 * where nothing else parts them, the header's words with a capital open as
 * many runs as a row has cells (poppler -raw: `Party Candidates on the list
 * Women (per cent)`, or the same wrapped over lines with no mark); and there is
 * one cell more than figures; or, over rows of one figure, a label alone heads
 * the figures' column (`Number`). Otherwise the header lines stay text. A
 * header with one run more stands over labels that hold two columns (a
 * candidate and who nominated them), which the rows cannot part: those two
 * runs are one cell.
 *
 * A tool that prints a row's cells one after another (poppler -raw) puts a
 * label's lines, a cell's and then the next cell's, before the row's figures:
 * the lines between two rows are the second row's label, and those between a
 * one-line header and the first row's figures the first row's. A table cut
 * by a page's foot goes on under its header printed again: the cut row's
 * label ends there.
 */
import type { Line } from '../schema/index.ts';
import { blankLine, OPENS_CAPITAL } from './text-lines.ts';
import { runningTextTest } from './running-heads.ts';
import { allResources } from '../lang/index.ts';
import { partGluedFigures } from './glued-figures.ts';

/** One figure: `514,664`, `71.2`, `8 716 535` (spaces between thousands), `1,7`, `45%`, a dash for none. */
const FIGURE = /^(?:[-–—]|[<>≈~]?[-+–]?\d+(?:[.,]\d+)*%?)$/u;
/** A cell that is a figure alone, its thousands perhaps set apart by spaces (`8 716 535`). */
export const isFigure = (text: string): boolean => text.trim() !== '' && text.trim().split(/[\s\u00a0\u202f]+/u).every((t) => FIGURE.test(t));
const THOUSANDS = /^\d{3}(?:[.,]\d+)?%?$/;
/** The most lines a label wraps over where the tool marks each wrap (two columns' cells in one label, a narrow column: `Анна ` / `Көлова«Орман» ауыл ` / `шаруашылығы ` / `қызметкерлерінің ` / `одағы1 200 61,2`). */
const WRAPPED_LABEL_LINES = 6;
/** Two letters or more, perhaps a closing bracket or quote, and a figure run into them. */
const GLUED_FIGURE = /^(.*\p{L}{2}[)»"”]?)(\d+(?:[.,]\d+)*)$/u;

/** A line's label and the figures it ends with (a figure's thousands kept together), null for a blank line. */
export function splitRow(text: string): { label: string; figures: string[] } {
  const tokens = text.split(' ').filter(Boolean);
  let k = tokens.length;
  while (k > 0 && FIGURE.test(tokens[k - 1]!)) k--;
  // a label's last word run into the row's first figure, where a tool dropped the gap between the cells
  // (`партиясы1 204 330 51,2`, `Union)1,204,330 51.2`): figures after it say it is a row
  // (or, where the label's word holds the row's figures all run together, their parting: `district203,41762.588.111.9`)
  const glue = k > 0 ? GLUED_FIGURE.exec(tokens[k - 1]!) : null;
  const glued = glue && (k < tokens.length || partedFigures(glue[2])) ? glue : null;
  if (glued) {
    tokens.splice(k - 1, 1, glued[1]!, glued[2]!);
    k++;
    while (k > 0 && FIGURE.test(tokens[k - 1]!)) k--;
  }
  const figures: string[] = [];
  for (const t of tokens.slice(k)) {
    const last = figures[figures.length - 1];
    // `8 716 535`: a group of three digits after a whole number goes with it
    if (last !== undefined && THOUSANDS.test(t) && /^\d{1,3}(?: \d{3})*$/.test(last)) figures[figures.length - 1] = `${last} ${t}`;
    else figures.push(t);
  }
  // a row's figures printed with no space between the cells, parted where one reading alone fits (glued-figures.ts)
  return { label: tokens.slice(0, k).join(' '), figures: partedFigures(figures.join(' ')) ?? figures };
}

const partedFigures = (run: string | undefined): string[] | null => (run ? partGluedFigures(run) : null);

/**
 * A cell's text and its next line: a cell wrapped after a hyphen goes on
 * right after it (`Восточно-` / `Казахстанская`), the hyphen dropped before a
 * lower-case letter after a lower-case one, where it broke a word (`Chair-` /
 * `person`; an acronym's ending keeps it, `ОСК-` / `ның`, and a compound a
 * language writes with its hyphen, `вице-` / `министрі`).
 */
export const joinCellLine = (text: string, line: string): string =>
  text === '' ? line : /\p{L}-$/u.test(text) ? (brokeWord(text, line) ? text.slice(0, -1) + line : text + line) : `${text} ${line}`;

/** Whether a cell's line-end hyphen broke a word: lower case either side, and no compound a language writes with it (`вице-` / `министрі`). */
function brokeWord(text: string, line: string): boolean {
  const left = /(\p{Ll}+)-$/u.exec(text)?.[1];
  const right = /^\p{Ll}+/u.exec(line)?.[0];
  if (!left || !right) return false;
  const compound = `${left}-${right}`;
  return !allResources().some((res) => res.compoundSuffixes.includes(right) || res.hyphenPrefixes.includes(left) || res.hyphenatedForms.some((re) => re.test(compound)));
}

/** A label's line: short, a few words, no sentence ended. */
export const labelLike = (text: string): boolean => text.length <= 60 && text.split(' ').length <= 8 && !/[.;:!?]$/.test(text) && /\p{L}/u.test(text);

interface Row {
  /** indices of the lines the row was printed on */
  at: number[];
  label: string;
  figures: string[];
}

/** The row that starts at line `i`: label lines, then figures, on one page; null where none does. */
function rowAt(lines: Line[], i: number): Row | null {
  // (past the text's last line: a table that ends the text has no row after it)
  if (i >= lines.length) return null;
  const page = lines[i]!.page;
  const at: number[] = [];
  const labels: string[] = [];
  const figures: string[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.blank) continue;
    if (l.page !== page || (l.segments?.length ?? 0) >= 2) break;
    const { label, figures: fs } = splitRow(l.text);
    if (label && figures.length > 0) break; // the next row's label
    if (label && !labelLike(label)) break;
    // a label goes on from a line that ends in a space (a wrapped cell) or after a hyphen, or in lower case; a line
    // before it that does neither is a caption or header over the row, not its label
    const prev = at.length > 0 ? lines[at[at.length - 1]!]! : undefined;
    if (label && prev && !(prev.raw ?? '').endsWith(' ') && !/^\p{Ll}/u.test(label) && !/\p{L}-$/u.test(prev.text)) {
      labels.length = 0;
      at.length = 0;
    }
    if (label) labels.push(label);
    figures.push(...fs);
    at.push(j);
    // a row printed whole on one line ends there: a figure alone under it is not its (a footnote's number after a table)
    if (label && fs.length > 0) break;
    // a row printed on one line, or its last figure: the next line with a label opens another
  }
  // one figure makes a row where it is a count or a share (`48,109`, `95.2`), not a page's or an item's number
  const enough = figures.length >= 2 || (figures.length === 1 && MEASURED.test(figures[0]!));
  // a label wrapped over three lines or more where the tool marks each wrap with a space (`North ` / `Kazakhstan ` /
  // `region`; two columns' cells in one label, `Ann ` / `LakebornParty of the ` / `Lakes ` / `Union)1,200 61.2`),
  // or a wrap after a hyphen (`Восточно-` / `Казахстанская ` / `область`)
  const wrapped = at.slice(0, -1).every((k) => (lines[k]!.raw ?? '').endsWith(' ') || /\p{L}-$/u.test(lines[k]!.text));
  if (labels.length === 0 || !enough || labels.length > (wrapped ? WRAPPED_LABEL_LINES : 2)) return null;
  return { at, label: labels.reduce(joinCellLine, ''), figures };
}

/** A figure with a separator, decimals or four digits: a count or a share. */
const MEASURED = /\d[.,\s]\d|\d{4}/u;

/** A table's header: the lines it was printed on, its cells, and lines under it that are the first row's label. */
interface Header {
  at: number[];
  cells: string[];
  label?: number[];
}

/** The header's cells over a table's first row: lines up to a sentence's end, a wrapped cell's lines joined. */
function headerAbove(lines: Line[], first: number, cells: number, labels: string[] = [], running: (l: Line) => boolean = () => false): Header | null {
  const page = lines[first]!.page;
  const above: number[] = [];
  for (let j = first - 1; j >= 0 && above.length < 3 * cells; j--) {
    const l = lines[j]!;
    if (l.blank) continue;
    // (a page's running head over a table that opens the page is none of its header)
    if (l.page !== page || !labelLike(l.text) || splitRow(l.text).figures.length > 0 || running(l)) break;
    above.unshift(j);
  }
  // a tool that marks no wrapped line with a space (poppler) may set the header's cells apart with blank lines:
  // lines with none between them are then one cell's (`Женщины (в` / `процентах)`)
  const marksWraps = above.some((j) => (lines[j]!.raw ?? '').endsWith(' '));
  const gapped = !marksWraps && above.some((j, n) => n > 0 && j > above[n - 1]! + 1);
  const groups: number[][] = [];
  let open = false;
  for (const [n, j] of above.entries()) {
    if (open || (gapped && n > 0 && j === above[n - 1]! + 1)) groups[groups.length - 1]!.push(j);
    else groups.push([j]);
    open = (lines[j]!.raw ?? '').endsWith(' ');
  }
  // nothing else parts the cells (poppler -raw: one line, single spaces; or lines wrapped with no mark,
  // `Область Зарегистриров` / `ано` / `избирателей` / `Явка (в` / `процентах)` / …): each cell opens with a
  // capital and the words inside one do not (`Party Candidates on the list Women (per cent)`)
  if (!marksWraps && !gapped) {
    const parts = capitalCells(above.map((j) => lines[j]!.text).join(' '));
    if (parts.length === cells) return { at: above, cells: parts };
    if (above.length > 0) {
      const merged = labelColumns(parts, cells, labels);
      if (merged) return { at: above, cells: merged };
      // the header on one line, the first row's label wrapped over the lines under it, its cells one after
      // another (`Кандидат Кем выдвинут Голоса Процент` / `Анна` / `Озёрова` / `Партия озёр и` / …)
      const firstLabel = [...above.slice(1).map((j) => lines[j]!.text), ...labels.slice(0, 1)].join(' ');
      const top = labelColumns(capitalCells(lines[above[0]!]!.text), cells, [firstLabel, ...labels.slice(1)]);
      if (top && above.length > 1) return { at: [above[0]!], cells: top, label: above.slice(1) };
    }
  }
  // the last `cells` groups, when the lines above them end a sentence or there are no more
  if (groups.length < cells || open) {
    // one cell's wrapped lines may hold the next cell's start, run into it with no space (pypdf: `Region Registered ` /
    // `votersTurnout (per ` / `cent)Yes (per cent) No (per cent)`): parted there, each cell opens with a capital
    const parts = capitalCells(above.map((j) => lines[j]!.text).join(' ').replace(GLUED_CELL, ' '));
    return parts.length === cells ? { at: above, cells: parts } : null;
  }
  const kept = groups.slice(groups.length - cells);
  return { at: kept.flat(), cells: kept.map((g) => g.map((k) => lines[k]!.text).join(' ')) };
}

/**
 * A header's cells over rows of `cells` cells: as many runs opening with a
 * capital, or one more where the rows' labels hold two columns printed as one
 * (`Candidate Nominated by Votes Per cent` over `Ann Lake Hill Party 1,200
 * 61.2`): the first two runs are then one cell, as each label holds both. A
 * label holds two only where it holds two cells' names: three words with a
 * capital or more in most rows (a page's foot may cut one: `Lake region`,
 * `Adal Zhol` hold one; a capital inside a header's cell, `Candidates on the
 * List`, is no second column).
 */
function labelColumns(parts: string[], cells: number, labels: string[]): string[] | null {
  if (parts.length === cells) return parts;
  // (a cell run into the next one's capital, `Озёрова«Лесная`, is two words)
  const capitals = (label: string): number => label.replace(GLUED_CELL, ' ').split(' ').filter((w) => OPENS_CAPITAL.test(w)).length;
  const twoCells = labels.filter((l) => capitals(l) >= 3).length * 2 > labels.length;
  if (cells >= 3 && parts.length === cells + 1 && twoCells) return [`${parts[0]} ${parts[1]}`, ...parts.slice(2)];
  return null;
}

/** Where a header's cell runs into the next one's capital (a quotation mark before it or not): after a lower-case letter or a closing bracket. */
const GLUED_CELL = /(?<=\p{Ll}|\))(?=[«"“]?\p{Lu}\p{Ll})/gu;

/** A label right over rows of a label and one figure heads the figures' column alone (`Number`). */
function figureHeadAbove(lines: Line[], first: number): Header | null {
  let j = first - 1;
  while (j > 0 && lines[j]!.blank) j--;
  const l = lines[j];
  if (!l || l.blank || l.page !== lines[first]!.page || !labelLike(l.text) || splitRow(l.text).figures.length > 0 || l.text.split(' ').length > 3) return null;
  return { at: [j], cells: ['', l.text] };
}

/** A text's words in runs that each open on a word with a capital; none where the text opens in lower case. */
export function capitalCells(text: string): string[] {
  if (!OPENS_CAPITAL.test(text)) return [];
  const cells: string[] = [];
  for (const word of text.split(' ').filter(Boolean)) {
    if (OPENS_CAPITAL.test(word)) cells.push(word);
    else cells[cells.length - 1] += ` ${word}`;
  }
  return cells;
}

/** A row as one line whose pieces stand in the table's columns. */
function rowLine(template: Line, cells: string[], starts: number[]): Line {
  const segments = cells.map((text, k) => ({ x: starts[k]!, width: text.length, text }));
  const raw = segments.reduce((s, p) => s.padEnd(p.x) + p.text, '');
  // (the template may be the blank line the row was printed after)
  return { ...template, text: cells.join(' '), raw, rawLength: raw.length, segments, indent: 0, blank: false };
}

/** A table found in lines printed without columns: each row's line indices, and its cells' texts. */
export interface FoundTable {
  rows: number[][];
  cells: string[][];
  /**
   * the rows stand together, in this order, where the first was printed (a
   * table printed a column after another, whose rows' lines are not in row
   * order), and take only their own lines, blank lines between them kept;
   * otherwise each row stands where its first line was printed
   */
  together?: boolean;
}

/**
 * Puts each found table's rows in place of the lines they were printed on:
 * one line a row, its cells as pieces in columns wide enough for the longest
 * cell, as text that keeps columns prints it. The blank lines between a
 * table's rows go; one blank line sets the table apart from the text.
 */
export function placeTables(lines: Line[], tables: FoundTable[]): Line[] {
  if (tables.length === 0) return lines;
  const replace = new Map<number, Line | null>();
  const before = new Map<number, Line>();
  const after = new Map<number, Line>();
  const rowsAt = new Map<number, Line[]>();
  for (const { rows, cells: texts, together } of tables) {
    const cells = Math.max(...texts.map((t) => t.length));
    const starts: number[] = [];
    for (let k = 0, x = 0; k < cells; k++) {
      starts.push(x);
      x += Math.max(...texts.map((t) => (t[k] ?? '').length)) + 4;
    }
    const span = rows.flat();
    const [first, last] = [Math.min(...span), Math.max(...span)];
    if (together) {
      // rows that stand together take only their own lines: a row may go on over a page, past its furniture
      for (const k of span) replace.set(k, null);
      rowsAt.set(first, rows.map((at, n) => rowLine(lines[at[0]!]!, texts[n]!, starts)));
    } else {
      for (let k = first; k <= last; k++) if (lines[k]!.blank) replace.set(k, null);
      rows.forEach((at, n) => {
        at.forEach((k, m) => replace.set(k, m === 0 ? rowLine(lines[k]!, texts[n]!, starts) : null));
      });
    }
    before.set(first, blankLine(lines[first]!));
    after.set(last, blankLine(lines[last]!));
  }
  return lines.flatMap((l, k) => {
    const r = replace.get(k);
    const own = rowsAt.get(k) ?? (r === undefined ? [l] : r === null ? [] : [r]);
    return [...(before.has(k) ? [before.get(k)!] : []), ...own, ...(after.has(k) ? [after.get(k)!] : [])];
  });
}

/**
 * A row's label lines that its reading left above it (a line that opens with
 * a capital after one not marked as wrapped reads as a caption over a row):
 * between two rows of a table, every label line is the second row's, its
 * cells printed one after another (`Анна` / `Озёрова` / `Союз
 * работников` / `лесного хозяйства` / `«Бор»` / `12 300 4,1`).
 */
function wrappedLabels(lines: Line[], rows: Row[]): void {
  for (let n = 1; n < rows.length; n++) {
    const from = rows[n - 1]!.at.at(-1)! + 1;
    const left: number[] = [];
    for (let k = from; k < rows[n]!.at[0]!; k++) left.push(k);
    if (left.length > 0 && left.every((k) => lines[k]!.page === lines[from]!.page && labelOnly(lines[k]!))) {
      withLabelLines(lines, rows[n]!, left);
    }
  }
}

/**
 * A table that goes on over a page prints its header again there; where the
 * page before cut its last row, the rest of the row's label stands under the
 * repeated header, label lines with no figure. Returns the repeated header's
 * line and the rest's, or null where the next page does not open so (a page's
 * running head may stand over it).
 */
function cutRowRest(lines: Line[], header: string, last: Row): number[] | null {
  const page = lines[last.at.at(-1)!]!.page;
  let k = last.at.at(-1)! + 1;
  while (k < lines.length && lines[k]!.page === page) k++;
  // the repeated header, under a running head of a few lines at most
  for (let seen = 0; k < lines.length && lines[k]!.page === page + 1 && lines[k]!.text !== header && seen < RUNNING_HEAD_LINES; k++) {
    if (!lines[k]!.blank) seen++;
  }
  if (lines[k]?.text !== header || lines[k]!.page !== page + 1) return null;
  const at = [k];
  let n = k + 1;
  for (; lines[n] && lines[n]!.page === page + 1 && labelOnly(lines[n]!); n++) at.push(n);
  // label lines over figures are the next row's, not the cut one's rest
  if (lines[n] && !lines[n]!.blank && splitRow(lines[n]!.text).figures.length > 0) return [k];
  return at;
}
/** Most lines a page's running head takes over a repeated header. */
const RUNNING_HEAD_LINES = 4;

/** A line of a label's text alone: no figure, no columns. */
const labelOnly = (l: Line): boolean => !l.blank && !l.segments && labelLike(l.text) && splitRow(l.text).figures.length === 0;

/** The row with label lines put before its own. */
function withLabelLines(lines: Line[], row: Row, at: number[]): void {
  row.label = [...at.map((k) => lines[k]!.text), row.label].reduce(joinCellLine, '');
  row.at = [...at, ...row.at];
}

/**
 * A table that goes on over a page prints its figures' label again over the
 * rows there (`Number`): the same label at the foot of the page before, over
 * rows of as many figures, however few (`Voters on the lists` / `3,120,774`),
 * opened the table. The rows under the label printed at `head`, from the page
 * before, or null; `found` are the tables found so far, which keep their lines.
 */
function openedBefore(lines: Line[], head: number, figures: number, found: FoundTable[]): FoundTable | null {
  const page = lines[head]!.page;
  let k = head - 1;
  while (k >= 0 && lines[k]!.page >= page - 1 && !(lines[k]!.page === page - 1 && lines[k]!.text === lines[head]!.text)) k--;
  if (k < 0 || lines[k]!.page !== page - 1 || found.some((t) => t.rows.flat().some((at) => at >= k))) return null;
  const rows: Row[] = [];
  for (let row = rowAt(lines, k + 1); row && row.figures.length === figures; row = rowAt(lines, row.at.at(-1)! + 1)) rows.push(row);
  if (rows.length === 0) return null;
  return { rows: [[k], ...rows.map((r) => r.at)], cells: [['', lines[k]!.text], ...rows.map((r) => [r.label, ...r.figures])] };
}

export function rowsFromCells(lines: Line[]): Line[] {
  const tables: FoundTable[] = [];
  const isRunning = runningTextTest(lines);
  /** a cut row's rest under its repeated header, taken into the row */
  const emptied = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    const rows: Row[] = [];
    let j = i;
    for (let row = rowAt(lines, j); row; row = rowAt(lines, j)) {
      if (rows.length > 0 && row.figures.length !== rows[0]!.figures.length) break;
      // (a running head is no row: `… Election, 4 May 2031` is a label and a figure to look at)
      if (row.at.some((k) => isRunning(lines[k]!))) break;
      rows.push(row);
      j = row.at[row.at.length - 1]! + 1;
    }
    if (rows.length < 3) {
      i = (rows[0]?.at[0] ?? i) + 1;
      continue;
    }
    const cells = rows[0]!.figures.length + 1;
    wrappedLabels(lines, rows);
    const header = headerAbove(lines, rows[0]!.at[0]!, cells, rows.map((r) => r.label), isRunning) ?? (cells === 2 ? figureHeadAbove(lines, rows[0]!.at[0]!) : null);
    if (header?.label) withLabelLines(lines, rows[0]!, header.label);
    if (header?.at.length === 1) {
      // the rest goes to the cut row; the repeated header and the rest's lines are read no more (the table keeps
      // to its own page: the lines between, a page's foot and head, stay as they are)
      const rest = cutRowRest(lines, lines[header.at[0]!]!.text, rows.at(-1)!);
      if (rest) {
        const last = rows.at(-1)!;
        last.label = rest.slice(1).map((k) => lines[k]!.text).reduce(joinCellLine, last.label);
        for (const k of rest) emptied.add(k);
      }
    }
    const opened = header?.at.length === 1 && header.cells[0] === '' ? openedBefore(lines, header.at[0]!, rows[0]!.figures.length, tables) : null;
    if (opened) tables.push(opened);
    tables.push({
      rows: [...(header ? [header.at] : []), ...rows.map((r) => r.at)],
      cells: [...(header ? [header.cells] : []), ...rows.map((r) => [r.label, ...r.figures])],
    });
    i = j;
  }
  return placeTables(emptied.size ? lines.map((l, k) => (emptied.has(k) ? { ...blankLine(l), pageStart: l.pageStart } : l)) : lines, tables);
}
