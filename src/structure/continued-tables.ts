/**
 * Tables continued over a page break under their header printed again, where
 * the two pages were found as two tables.
 */
import type { ZonedLine } from '../schema/index.ts';
import type { CellPart, TableDraft } from './tables.ts';

const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Whether `line` prints again, on the page after the table's last, the table's first line (its header's),
 * where nothing but other zones stands between them.
 */
export function repeatsHeader(lines: ZonedLine[], table: TableDraft | undefined, line: ZonedLine): boolean {
  if (!table || !line.segments || line.page !== lines[table.end - 1]!.page + 1) return false;
  const at = lines.indexOf(line);
  if (at < table.end || lines.slice(table.end, at).some((l) => l.zone === 'body' && !l.blank)) return false;
  return words(lines[table.start]!.text) === words(line.text);
}

const flat = (parts: CellPart[]): string[] => parts.map((p) => p.text.replace(/\s+/g, ' ').trim());

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
    const between = prev ? lines.slice(prev.end, t.start).filter((l) => l.zone === 'body' && !l.blank) : [];
    const head = prev?.header[0];
    const again = t.header[0];
    const repeats =
      prev !== undefined &&
      head !== undefined &&
      again !== undefined &&
      prev.rows.length > 0 &&
      between.length === 0 &&
      t.page === lines[prev.end - 1]!.page + 1 &&
      head.length === again.length &&
      head.every((cell, c) => {
        const a = flat(cell);
        const b = flat(again[c]!);
        return a.length <= b.length && a.every((x, n) => x === b[n]);
      });
    if (!repeats) {
      out.push(t);
      continue;
    }
    // the header's cells beyond the first's: the first row the page goes on with, which the header took in
    const rest = again!.map((cell, c) => cell.slice(head!.length > c ? head![c]!.length : 0));
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
