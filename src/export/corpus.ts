/**
 * A statement's records as corpus rows: every sentence, footnote, claim,
 * alignment link and flag a line of its own, carrying its statement, language
 * and global id, so the rows of many statements can be concatenated and
 * queried without the files they came from.
 */
import type { CorpusClaim, CorpusDocument, CorpusFlag, CorpusFootnote, CorpusKind, CorpusLink, CorpusSentence, CorpusTable, Document } from '../schema/index.ts';
import type { StatementRecords } from './records.ts';

export interface CorpusRows {
  documents: CorpusDocument[];
  sentences: CorpusSentence[];
  footnotes: CorpusFootnote[];
  tables: CorpusTable[];
  claims: CorpusClaim[];
  alignments: CorpusLink[];
  flags: CorpusFlag[];
}

export const CORPUS_KINDS: CorpusKind[] = ['documents', 'sentences', 'footnotes', 'tables', 'claims', 'alignments', 'flags'];

export const globalId = (d: Pick<Document, 'statementId' | 'lang'>, id: string): string => `${d.statementId}/${d.lang}/${id}`;
export const footnoteId = (n: number): string => `fn${n}`;

function documentRows(d: Document): Pick<CorpusRows, 'documents' | 'sentences' | 'footnotes' | 'tables' | 'claims'> {
  const { sentences, footnotes, claims, tables, ...rest } = d;
  const located = { statementId: d.statementId, lang: d.lang };
  const sectionOf = new Map(d.paragraphs.map((p) => [p.id, p.sectionId]));
  const keyOf = new Map(d.sections.map((s) => [s.id, s.key]));
  return {
    documents: [{ ...rest, globalId: `${d.statementId}/${d.lang}`, counts: { sentences: sentences.length, footnotes: footnotes.length, claims: claims.length, tables: tables.length } }],
    sentences: sentences.map((s, position) => {
      const sectionId = sectionOf.get(s.paragraphId) ?? null;
      return { ...s, ...located, globalId: globalId(d, s.id), position, sectionId, sectionKey: sectionId ? (keyOf.get(sectionId) ?? null) : null };
    }),
    footnotes: footnotes.map((f) => ({ ...f, ...located, globalId: globalId(d, footnoteId(f.number)) })),
    tables: tables.map((t) => ({ ...t, ...located, globalId: globalId(d, t.id) })),
    claims: claims.map((c) => ({
      ...c,
      ...located,
      globalId: globalId(d, c.id),
      sentenceGlobalId: 'sentenceId' in c.where ? globalId(d, c.where.sentenceId) : null,
      footnote: 'footnote' in c.where ? c.where.footnote : null,
      tableGlobalId: 'cell' in c.where ? globalId(d, c.where.cell.table) : null,
      row: 'cell' in c.where ? c.where.cell.row : null,
      col: 'cell' in c.where ? c.where.cell.col : null,
    })),
  };
}

function linkRows(records: StatementRecords): CorpusLink[] {
  const byLang = new Map(records.docs.map((d) => [d.lang, d]));
  const sentenceText = new Map(records.docs.map((d) => [d.lang, new Map(d.sentences.map((s) => [s.id, s.text]))]));
  const footnoteText = new Map(records.docs.map((d) => [d.lang, new Map(d.footnotes.map((f) => [f.number, f.text]))]));
  const out: CorpusLink[] = [];
  for (const p of records.alignment?.pairs ?? []) {
    const [la, lb] = p.langs;
    const da = byLang.get(la);
    const db = byLang.get(lb);
    if (!da || !db) continue;
    const base = `${records.alignment!.statementId}/${la}-${lb}`;
    p.links.forEach((l, n) => {
      out.push({
        globalId: `${base}/sentence/${n}`,
        statementId: records.alignment!.statementId,
        langs: [la, lb],
        kind: 'sentence',
        a: l.a.map((id) => globalId(da, id)),
        b: l.b.map((id) => globalId(db, id)),
        score: l.score,
        textA: l.a.map((id) => sentenceText.get(la)?.get(id) ?? '').join(' '),
        textB: l.b.map((id) => sentenceText.get(lb)?.get(id) ?? '').join(' '),
      });
    });
    p.footnotes.forEach((f, n) => {
      out.push({
        globalId: `${base}/footnote/${n}`,
        statementId: records.alignment!.statementId,
        langs: [la, lb],
        kind: 'footnote',
        a: f.a === null ? [] : [globalId(da, footnoteId(f.a))],
        b: f.b === null ? [] : [globalId(db, footnoteId(f.b))],
        score: f.score,
        textA: f.a === null ? '' : (footnoteText.get(la)?.get(f.a) ?? ''),
        textB: f.b === null ? '' : (footnoteText.get(lb)?.get(f.b) ?? ''),
      });
    });
    for (const t of p.tables ?? []) {
      const ta = da.tables.find((x) => x.id === t.a);
      const tb = db.tables.find((x) => x.id === t.b);
      if (!ta || !tb) continue;
      const rowsA = [...ta.header, ...ta.rows];
      const rowsB = [...tb.header, ...tb.rows];
      t.rows.forEach((r, n) => {
        out.push({
          globalId: `${base}/table/${ta.id}-${tb.id}/${n}`,
          statementId: records.alignment!.statementId,
          langs: [la, lb],
          kind: 'table-row',
          a: r.a === null ? [] : [`${globalId(da, ta.id)}/r${r.a}`],
          b: r.b === null ? [] : [`${globalId(db, tb.id)}/r${r.b}`],
          score: r.a !== null && r.b !== null ? 1 : 0,
          textA: r.a === null ? '' : rowsA[r.a]!.join(' | '),
          textB: r.b === null ? '' : rowsB[r.b]!.join(' | '),
        });
      });
    }
  }
  return out;
}

export function corpusRows(records: StatementRecords): CorpusRows {
  const rows: CorpusRows = { documents: [], sentences: [], footnotes: [], tables: [], claims: [], alignments: linkRows(records), flags: records.flags };
  for (const d of records.docs) {
    const r = documentRows(d);
    rows.documents.push(...r.documents);
    rows.sentences.push(...r.sentences);
    rows.footnotes.push(...r.footnotes);
    rows.tables.push(...r.tables);
    rows.claims.push(...r.claims);
  }
  return rows;
}
