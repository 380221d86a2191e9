/**
 * A table of two text columns a tool printed column after column (poppler's
 * default mode reads each column as blocks): a needs assessment's list of
 * meetings as its labels' column under the first header, then its
 * descriptions' column under the second, on every page the table takes, with
 * the page's footnotes perhaps between them:
 *
 *   Institution / Lake Ministry / Hill Court / Forest Agency / (blank) /
 *   Representatives met / Deputy Minister of Lakes and the staff / of the
 *   Department of Shores / Judge of the Hill Court / Head of the Agency and
 *   its staff
 *
 * The two header cells are short lines the table prints again on the next
 * page (a running head comes back on most pages, they on two or three), the
 * first over the second on each; a page's part ends at the page's end, or
 * where nothing marks pages (form feeds removed), at the next printing of the
 * first header. The labels are the label-like lines between
 * them, a label wrapped where its next line opens in lower case or is one
 * word that would not have fitted on it (in the labels' own column); a
 * footnote printed between the columns stays. The description lines run from
 * the second header to the first blank line, and fall into as many cells as
 * there are labels (`labelCells`), one more where the page goes on with the
 * cut row of the page before (its last line ran to the column's edge). Each
 * page's rows become lines with their cells as column pieces, together where
 * its first header was printed (`placeTables`); the cut row's rest goes on the
 * row of the page before, and a page may hold that rest alone. A third
 * header further down a page (a table of more columns), fewer than three
 * rows, or descriptions that never wrap: no table.
 */
import type { Line } from '../schema/index.ts';
import { fullLine } from './blocks.ts';
import { joinCellLine, labelLike, placeTables, type FoundTable } from './cell-rows.ts';
import { labelCells } from './column-tables.ts';
import { OPENS_CAPITAL, OPENS_LOWER } from './text-lines.ts';
import { COLUMN_WIDTH, ENDS_SENTENCE, MIN_ROWS, SLACK } from './text-column-rows.ts';
import { bodyMeasure } from './typeset.ts';

/** a header cell's words at most */
const HEADER_WORDS = 4;

/** What the table's next page needs of the page before: the second header's lines, and the descriptions' last line and width. */
interface Carried {
  header: string[];
  last: string;
  /** the descriptions' column: its widest line so far */
  width: number;
}

/** A description's line: words, no sentence ended, narrower than the text (a column's) */
const descriptionLine = (l: Line, measure: (text: string) => number): boolean =>
  !l.blank && !l.segments && /^[«"“(]?\p{L}/u.test(l.text.trim()) && !ENDS_SENTENCE.test(l.text.trim()) && measure(l.text.trim()) <= COLUMN_WIDTH;

const cellLine = (l: Line): boolean => !l.blank && !l.segments && labelLike(l.text) && !/^\d/.test(l.text) && !ENDS_SENTENCE.test(l.text.trim());

export function rowsFromDumpedTextColumns(lines: Line[]): Line[] {
  if (lines.every((l) => l.blank)) return lines;
  // short lines printed again: where each is printed (line indices)
  const printed = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (!cellLine(l) || !OPENS_CAPITAL.test(l.text) || l.text.split(' ').length > HEADER_WORDS) return;
    const key = l.text.trim();
    printed.set(key, [...(printed.get(key) ?? []), i]);
  });
  // the pages, from form feeds or running heads; where nothing marks them, as many at least as a running head is printed
  const marked = new Set(lines.map((l) => l.page)).size;
  const pages = Math.max(marked, ...[...printed.values()].map((at) => at.length));
  // a table's headers are printed on the pages it takes, not on most (running heads)
  const heads = new Set([...printed].filter(([, at]) => at.length >= 2 && at.length <= Math.max(2, pages / 2)).map(([key]) => key));
  if (heads.size < 2) return lines;
  const full = fullLine(lines)!;
  const measure = bodyMeasure(lines) ?? ((t: string) => t.length / full);
  // each printing of a first header, then of a second printed after each of its printings, before the next
  const tables: FoundTable[] = [];
  let count = 0;
  let wraps = 0;
  let carried: Carried | undefined;
  let last: { key: string; n: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const key = lines[i]!.text.trim();
    if (!heads.has(key)) continue;
    const at = printed.get(key)!;
    const n = at.indexOf(i);
    // a page's part: to the header's next printing, or the page's end
    let end = at[n + 1] ?? lines.length;
    for (let k = i + 1; k < end; k++) if (lines[k]!.page !== lines[i]!.page) end = k;
    let j = i + 1;
    while (j < end && !(heads.has(lines[j]!.text.trim()) && follows(printed, key, lines[j]!.text.trim()))) j++;
    if (j >= end) continue;
    const read = readPage(lines, i, j, end, heads, measure, last?.key === key && last.n === n - 1 ? carried : undefined);
    if (!read) continue;
    // the cut row's rest goes on the last row of the page before
    const before = tables[tables.length - 1];
    if (read.rest.length > 0 && before) {
      before.rows[before.rows.length - 1]!.push(...read.rest);
      const cells = before.cells[before.cells.length - 1]!;
      cells[1] = read.rest.map((r) => lines[r]!.text.trim()).reduce(joinCellLine, cells[1]!);
    }
    tables.push(read.table);
    count += read.count;
    wraps += read.wraps;
    carried = read.carried;
    last = { key, n };
    i = Math.max(i, ...read.table.rows.flat());
  }
  if (count < MIN_ROWS || wraps * 2 < count) return lines;
  return placeTables(lines, tables);
}

/** Whether header `b` is printed as often as `a`, each time after a printing of `a` and before its next. */
function follows(printed: Map<string, number[]>, a: string, b: string): boolean {
  const [pa, pb] = [printed.get(a)!, printed.get(b)!];
  return a !== b && pa.length === pb.length && pa.every((x, m) => x < pb[m]! && pb[m]! < (pa[m + 1] ?? Infinity));
}

/** The table on one page (up to line `end`), its first header at line `a` and its second at `b`; null where the lines make none. */
function readPage(lines: Line[], a: number, b: number, end: number, heads: Set<string>, measure: (text: string) => number, carried?: Carried): { table: FoundTable; rest: number[]; count: number; wraps: number; carried: Carried } | null {
  // the labels: label-like lines between the headers (a footnote printed between the columns stays)
  const labelLines: number[] = [];
  for (let k = a + 1; k < b; k++) if (cellLine(lines[k]!)) labelLines.push(k);
  // the second header wraps onto lines in lower case, at most two; printed again, as the first page printed it
  const second = [b];
  let k = b + 1;
  const wraps = (n: number): boolean =>
    carried ? second.length < carried.header.length && lines[n]!.text === carried.header[second.length] : second.length < 3 && !lines[n]!.blank && OPENS_LOWER.test(lines[n]!.text);
  while (k < end && wraps(k)) second.push(k++);
  // the descriptions: to the first blank line or the page's end
  const descLines: number[] = [];
  for (; k < end && descriptionLine(lines[k]!, measure); k++) descLines.push(k);
  // (a page may hold only the cut row's rest, under the headers printed again)
  if ((labelLines.length === 0 && carried === undefined) || descLines.length < labelLines.length || descLines.length === 0) return null;
  // a third header further down the page: a table of more columns, which this reading does not take
  for (let n = k; n < end; n++) if (heads.has(lines[n]!.text.trim())) return null;
  const labelWidth = Math.max(...labelLines.map((n) => measure(lines[n]!.text)));
  const labels: number[][] = [];
  for (const n of labelLines) {
    const last = labels[labels.length - 1];
    const above = last ? lines[last[last.length - 1]!]!.text : undefined;
    const text = lines[n]!.text;
    // a label goes on where it opens in lower case, or with a single word that would not have fitted on the line above
    const wrapped = OPENS_LOWER.test(text) || (!text.includes(' ') && above !== undefined && measure(`${above} ${text}`) > labelWidth + SLACK);
    if (last && wrapped) last.push(n);
    else labels.push([n]);
  }
  const descTexts = descLines.map((n) => lines[n]!.text.trim());
  const descWidth = Math.max(...descTexts.map(measure));
  // the page goes on with the cut row of the page before where that row's last line ran to the column's edge
  // (on a page with no label of its own, the descriptions can only be that rest)
  const rest = carried !== undefined && (labels.length === 0 || OPENS_LOWER.test(descTexts[0]!) || measure(`${carried.last} ${descTexts[0]!.split(' ')[0]}`) > Math.max(descWidth, carried.width) + SLACK);
  const cells = labels.length + (rest ? 1 : 0);
  const parts = cells === 1 ? [descTexts.map((_, n) => n)] : labelCells(descTexts, cells, measure);
  if (!parts) return null;
  const join = (at: number[]): string => at.map((n) => lines[n]!.text.trim()).reduce(joinCellLine, '');
  // the rows in the order they are read, where the header was printed; the cut row's rest apart, for the row it goes on
  const table: FoundTable = { rows: [[a, ...second]], cells: [[join([a]), join(second)]], together: true };
  const restLines = rest ? parts[0]!.map((m) => descLines[m]!) : [];
  labels.forEach((at, n) => {
    const desc = parts[n + (rest ? 1 : 0)]!.map((m) => descLines[m]!);
    table.rows.push([...at, ...desc]);
    table.cells.push([join(at), join(desc)]);
  });
  const header = carried?.header ?? second.map((n) => lines[n]!.text);
  return { table, rest: restLines, count: labels.length, wraps: descLines.length - cells, carried: { header, last: descTexts[descTexts.length - 1]!, width: Math.max(descWidth, carried?.width ?? 0) } };
}
