/**
 * Tables continued over a page break under their header printed again, where
 * the two pages were found as two tables.
 */
import type { ZonedLine } from '../schema/index.ts';
import type { CellPart, TableDraft } from './tables.ts';

const flat = (parts: CellPart[]): string[] => parts.map((p) => p.text.replace(/\s+/g, ' ').trim());

/**
 * A table the next page goes on with, under its header printed again: text that
 * keeps each page's columns sets the two pages' columns apart (a page's own
 * character grid), so they were found as two tables. The second joins the first
 * where nothing but other zones (notes, furniture) stands between them, they have
 * as many columns, and the second's header opens with the first's, cell by cell.
 * What its header holds beyond that (the cut row's rest, in columns the first
 * cell leaves empty) goes on the first table's last row.
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
    const rest = again!.map((cell, c) => cell.slice(head!.length > c ? head![c]!.length : 0));
    const last = prev.rows[prev.rows.length - 1]!;
    if (rest[0]!.length === 0) rest.forEach((parts, c) => last[c]!.push(...parts));
    else if (rest.some((parts) => parts.length > 0)) prev.rows.push(rest);
    prev.rows.push(...t.header.slice(1), ...t.rows);
    prev.end = t.end;
  }
  return out;
}
