/**
 * number-mismatch in tables: aligned rows compared cell by cell, the numbers a
 * cell writes read in each version's conventions. A flag names the table, the
 * row (by its first cell) and the column (by its header).
 */
import type { Document, Table } from '../schema/index.ts';
import { type Check, type FlagDraft, pivotPairs } from './context.ts';

/** A cell's numbers: grouping spaces and commas dropped, a decimal comma read as a point. */
export function cellNumbers(text: string, lang: Document['lang']): number[] {
  return (text.match(/\d{1,3}(?:[ \u00a0\u202f,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/gu) ?? []).map((n) => {
    let t = n.replace(/[ \u00a0\u202f]/g, '');
    // commas grouping thousands (English, and English mixed into a translation), else a decimal comma
    t = /,\d{3}(?:,\d{3})*(?:\.\d+)?$/.test(t) && (lang === 'en' || /,\d{3},/.test(t) || t.includes('.')) ? t.replace(/,/g, '') : t.replace(',', '.');
    return Number(t);
  });
}

const rowsOf = (t: Table): string[][] => [...t.header, ...t.rows];

export const tableMismatch: Check = (ctx) => {
  const flags: FlagDraft[] = [];
  for (const { pair, a, b } of pivotPairs(ctx)) {
    for (const link of pair.tables ?? []) {
      const ta = a.tables.find((t) => t.id === link.a);
      const tb = b.tables.find((t) => t.id === link.b);
      if (!ta || !tb) continue;
      const head = ta.header[ta.header.length - 1] ?? [];
      for (const r of link.rows) {
        if (r.a === null || r.b === null || r.a < ta.header.length) continue;
        const ia = r.a;
        const ra = rowsOf(ta)[ia]!;
        const rb = rowsOf(tb)[r.b]!;
        ra.forEach((cell, col) => {
          const other = rb[col] ?? '';
          // (as multisets: a language may write a cell's numbers in another order, `4 May 2019`, `2019 жылғы 4 мамыр`)
          const x = cellNumbers(cell, a.lang).sort((p, q) => p - q).join(' ');
          const y = cellNumbers(other, b.lang).sort((p, q) => p - q).join(' ');
          if (x === y) return;
          const where = `table ${ta.id}${ta.caption ? ` («${ta.caption.slice(0, 60)}»)` : ''}, row «${ra[0] ?? ia + 1}», column «${head[col] ?? col + 1}»`;
          flags.push({
            kind: 'number-mismatch',
            severity: 'error',
            rule: 'checks/tables',
            where: [{ lang: a.lang, text: cell }, { lang: b.lang, text: other }],
            message: `${where}: ${a.lang} has ${cell || 'nothing'}, ${b.lang} has ${other || 'nothing'}`,
            evidence: { table: [ta.id, tb.id], row: [r.a, r.b], column: col, [a.lang]: x, [b.lang]: y },
          });
        });
      }
    }
  }
  return flags;
};
