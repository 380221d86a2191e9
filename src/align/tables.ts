/**
 * Tables of two versions aligned: tables in order (the n-th with the n-th when
 * they have as many columns), rows by the numbers their cells write, so a row
 * one version adds or drops costs only itself.
 */
import type { Document, Table, TableLink } from '../schema/index.ts';
import { alignDp } from './dp.ts';

/** The numbers a row writes, as digits only (grouping and decimal marks dropped): comparable across conventions. */
const rowNumbers = (row: string[]): string[] => row.flatMap((c) => c.match(/\d[\d\s\u00a0\u202f.,]*\d|\d/gu) ?? []).map((n) => n.replace(/\D/g, ''));

function rowSimilarity(a: string[], b: string[]): number {
  const x = rowNumbers(a);
  const y = rowNumbers(b);
  if (x.length === 0 && y.length === 0) return 0.5;
  const left = [...y];
  let shared = 0;
  for (const n of x) {
    const k = left.indexOf(n);
    if (k >= 0) {
      shared++;
      left.splice(k, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

const width = (t: Table): number => (t.header[t.header.length - 1] ?? t.rows[0] ?? []).length;
const allRows = (t: Table): string[][] => [...t.header, ...t.rows];

export function alignTables(a: Document, b: Document): TableLink[] {
  const links: TableLink[] = [];
  const n = Math.max(a.tables.length, b.tables.length);
  for (let k = 0; k < n; k++) {
    const ta = a.tables[k];
    const tb = b.tables[k];
    // (a table printed column after column keeps no rows to pair: each version printed its cells in its own order)
    if (!ta || !tb || width(ta) !== width(tb) || ta.unread || tb.unread) {
      links.push({ a: ta?.id ?? null, b: tb?.id ?? null, rows: [] });
      continue;
    }
    const ra = allRows(ta);
    const rb = allRows(tb);
    // header rows pair by position; body rows by the numbers they write
    const head = Math.min(ta.header.length, tb.header.length);
    const rows: TableLink['rows'] = Array.from({ length: head }, (_, i) => ({ a: i, b: i }));
    const beads = alignDp({
      aLen: ra.slice(ta.header.length).map((r) => r.join(' ').length || 1),
      bLen: rb.slice(tb.header.length).map((r) => r.join(' ').length || 1),
      similarity: (i, _di, j) => rowSimilarity(ra[ta.header.length + i]!, rb[tb.header.length + j]!),
      moves: [[1, 1], [1, 0], [0, 1]],
    });
    for (const bead of beads) rows.push({ a: bead.a.length ? ta.header.length + bead.a[0]! : null, b: bead.b.length ? tb.header.length + bead.b[0]! : null });
    links.push({ a: ta.id, b: tb.id, rows });
  }
  return links;
}
