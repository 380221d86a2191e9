/**
 * Tables continued over a page break under their header printed again, where
 * the two pages were found as two tables.
 */
import type { ZonedLine } from '../schema/index.ts';
import type { TableDraft } from './tables.ts';

const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Whether line `at` stands on the page after the table's last, with nothing but other zones (notes, furniture) between. */
function followsOnNextPage(lines: ZonedLine[], table: TableDraft, at: number): boolean {
  return lines[at]!.page === lines[table.end - 1]!.page + 1 && at >= table.end && !lines.slice(table.end, at).some((l) => l.zone === 'body' && !l.blank);
}

/** Whether line `at` prints the table's first line (its header's) again, at the top of the next page. */
export function repeatsHeader(lines: ZonedLine[], table: TableDraft | undefined, at: number): boolean {
  // (a header with an empty first cell prints one piece, in a later column: its text alone says it is the same)
  const shaped = lines[at]!.segments !== undefined || lines[table?.start ?? at]!.segments === undefined;
  return table !== undefined && shaped && followsOnNextPage(lines, table, at) && words(lines[table.start]!.text) === words(lines[at]!.text);
}

/**
 * A table the next page goes on with, under its header printed again: text that
 * keeps each page's columns sets the two pages' columns apart (a page's own
 * character grid), so they were found as two tables. The second joins the first
 * where nothing but other zones (notes, furniture) stands between them, they have
 * as many columns, and the second's header opens with the first's, cell by cell.
 * The page's first row goes on the first table's last row where it is the cut
 * row's rest: its first cell empty, or a column empty that every row fills.
 */
export function joinContinuedTables(lines: ZonedLine[], tables: TableDraft[]): TableDraft[] {
  const out: TableDraft[] = [];
  for (const t of tables) {
    const prev = out[out.length - 1];
    const head = prev?.header[0];
    const again = t.header[0];
    const repeats =
      prev !== undefined &&
      head !== undefined &&
      again !== undefined &&
      prev.rows.length > 0 &&
      followsOnNextPage(lines, prev, t.start) &&
      head.length === again.length &&
      head.every((cell, c) => cell.length <= again[c]!.length && cell.every((p, n) => words(p.text) === words(again[c]![n]!.text)));
    if (!repeats) {
      out.push(t);
      continue;
    }
    // the header's cells beyond the first's: the first row the page goes on with, which the header took in
    const rest = again!.map((cell, c) => cell.slice(head![c]!.length));
    const more = [...(rest.some((parts) => parts.length > 0) ? [rest] : []), ...t.header.slice(1), ...t.rows];
    // the page's first row is the cut row's rest where it leaves its first cell empty, or a column every row
    // of the table fills (the figures of a results table)
    const last = prev.rows[prev.rows.length - 1]!;
    const always = head!.map((_, c) => prev.rows.every((r) => r[c]!.length > 0));
    const first = more[0];
    if (first && (first[0]!.length === 0 || always.some((on, c) => on && first[c]!.length === 0))) {
      first.forEach((parts, c) => last[c]!.push(...parts));
      more.shift();
    }
    prev.rows.push(...more);
    prev.end = t.end;
  }
  return out;
}
