/**
 * The corpus as SQLite tables: one table per record kind, indexes on
 * statement and language, FTS5 full-text search over sentences (unicode61
 * folds case and diacritics in Latin and Cyrillic alike), and views that
 * join aligned sentences. Pure: the DDL and the table rows of one statement;
 * `pipeline/corpus.ts` owns the database file.
 */
import type { CorpusRows } from './corpus.ts';

export const SQLITE_SCHEMA = `
CREATE TABLE documents (
  global_id TEXT PRIMARY KEY, statement_id TEXT NOT NULL, lang TEXT NOT NULL, official INTEGER NOT NULL,
  title TEXT, document_kind TEXT, place TEXT, date TEXT, source_path TEXT NOT NULL, source_sha256 TEXT NOT NULL, format TEXT NOT NULL,
  pages INTEGER NOT NULL, sentences INTEGER NOT NULL, footnotes INTEGER NOT NULL, claims INTEGER NOT NULL,
  record TEXT NOT NULL
);
CREATE TABLE sections (
  statement_id TEXT NOT NULL, lang TEXT NOT NULL, id TEXT NOT NULL, level INTEGER NOT NULL, heading TEXT NOT NULL,
  key TEXT, page INTEGER NOT NULL, PRIMARY KEY (statement_id, lang, id)
);
CREATE TABLE sentences (
  rowid INTEGER PRIMARY KEY, global_id TEXT NOT NULL UNIQUE, statement_id TEXT NOT NULL, lang TEXT NOT NULL,
  id TEXT NOT NULL, position INTEGER NOT NULL, paragraph_id TEXT NOT NULL, section_id TEXT, section_key TEXT,
  page INTEGER NOT NULL, text TEXT NOT NULL, footnote_refs TEXT NOT NULL
);
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TABLE footnotes (
  global_id TEXT PRIMARY KEY, statement_id TEXT NOT NULL, lang TEXT NOT NULL, number INTEGER NOT NULL,
  page INTEGER NOT NULL, text TEXT NOT NULL, refs TEXT NOT NULL
);
CREATE TABLE tables (
  global_id TEXT PRIMARY KEY, statement_id TEXT NOT NULL, lang TEXT NOT NULL, id TEXT NOT NULL, page INTEGER NOT NULL,
  caption TEXT, section_id TEXT, header_rows INTEGER NOT NULL, record TEXT NOT NULL
);
CREATE TABLE table_cells (
  table_id TEXT NOT NULL, row INTEGER NOT NULL, col INTEGER NOT NULL, header INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (table_id, row, col)
);
CREATE TABLE claims (
  global_id TEXT PRIMARY KEY, statement_id TEXT NOT NULL, lang TEXT NOT NULL, sentence_id TEXT, footnote INTEGER,
  table_id TEXT, row INTEGER, col INTEGER,
  text TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL, value_number REAL, unit TEXT, qualifier TEXT, subject TEXT
);
CREATE TABLE links (
  global_id TEXT PRIMARY KEY, statement_id TEXT NOT NULL, lang_a TEXT NOT NULL, lang_b TEXT NOT NULL,
  kind TEXT NOT NULL, score REAL NOT NULL, text_a TEXT NOT NULL, text_b TEXT NOT NULL
);
CREATE TABLE link_members (
  link_id TEXT NOT NULL, side TEXT NOT NULL, member_id TEXT NOT NULL, position INTEGER NOT NULL
);
CREATE TABLE flags (
  id TEXT NOT NULL, statement_id TEXT NOT NULL, kind TEXT NOT NULL, severity TEXT NOT NULL, rule TEXT NOT NULL,
  message TEXT NOT NULL, evidence TEXT NOT NULL, PRIMARY KEY (statement_id, id)
);
CREATE TABLE flag_places (
  statement_id TEXT NOT NULL, flag_id TEXT NOT NULL, lang TEXT NOT NULL, sentence_id TEXT, footnote INTEGER, text TEXT NOT NULL
);
CREATE INDEX documents_statement ON documents (statement_id, lang);
CREATE INDEX sentences_statement ON sentences (statement_id, lang, position);
CREATE INDEX sentences_section ON sentences (section_key);
CREATE INDEX footnotes_statement ON footnotes (statement_id, lang, number);
CREATE INDEX claims_statement ON claims (statement_id, lang);
CREATE INDEX tables_statement ON tables (statement_id, lang);
CREATE INDEX claims_sentence ON claims (sentence_id);
CREATE INDEX claims_kind ON claims (kind, unit);
CREATE INDEX links_statement ON links (statement_id, lang_a, lang_b);
CREATE INDEX link_members_member ON link_members (member_id);
CREATE INDEX link_members_link ON link_members (link_id, side, position);
CREATE INDEX flags_statement ON flags (statement_id, kind, severity);
CREATE INDEX flag_places_flag ON flag_places (statement_id, flag_id);
CREATE INDEX flag_places_sentence ON flag_places (sentence_id);
-- aligned sentence pairs: both sides present
CREATE VIEW aligned_sentences AS
  SELECT global_id AS link_id, statement_id, lang_a, lang_b, score, text_a, text_b
  FROM links WHERE kind = 'sentence' AND text_a <> '' AND text_b <> '';
-- every sentence with the sentences another version links to it, one row per pair of sentences
CREATE VIEW sentence_translations AS
  SELECT a.member_id AS sentence_id, s.lang AS lang, s.text AS text,
         b.member_id AS other_id, o.lang AS other_lang, o.text AS other_text, l.score AS score
  FROM link_members a
  JOIN link_members b ON b.link_id = a.link_id AND b.side <> a.side
  JOIN links l ON l.global_id = a.link_id AND l.kind = 'sentence'
  JOIN sentences s ON s.global_id = a.member_id
  JOIN sentences o ON o.global_id = b.member_id;
`;

type Row = Record<string, string | number | null>;
export type TableRows = Record<'documents' | 'sections' | 'sentences' | 'footnotes' | 'tables' | 'table_cells' | 'claims' | 'links' | 'link_members' | 'flags' | 'flag_places', Row[]>;

const json = (x: unknown): string => JSON.stringify(x);

/** The table rows of one statement's corpus rows; column names as in SQLITE_SCHEMA. */
export function tableRows(rows: CorpusRows): TableRows {
  const out: TableRows = { documents: [], sections: [], sentences: [], footnotes: [], tables: [], table_cells: [], claims: [], links: [], link_members: [], flags: [], flag_places: [] };
  for (const d of rows.documents) {
    out.documents.push({
      global_id: d.globalId, statement_id: d.statementId, lang: d.lang, official: d.official ? 1 : 0, title: d.title, document_kind: d.documentKind, place: d.place, date: d.date,
      source_path: d.source.path, source_sha256: d.source.sha256, format: d.source.format, pages: d.source.pages,
      sentences: d.counts.sentences, footnotes: d.counts.footnotes, claims: d.counts.claims, record: json(d),
    });
    for (const s of d.sections) out.sections.push({ statement_id: d.statementId, lang: d.lang, id: s.id, level: s.level, heading: s.heading, key: s.key, page: s.page });
  }
  for (const s of rows.sentences) {
    out.sentences.push({
      global_id: s.globalId, statement_id: s.statementId, lang: s.lang, id: s.id, position: s.position, paragraph_id: s.paragraphId,
      section_id: s.sectionId, section_key: s.sectionKey, page: s.page, text: s.text, footnote_refs: json(s.footnoteRefs),
    });
  }
  for (const f of rows.footnotes) out.footnotes.push({ global_id: f.globalId, statement_id: f.statementId, lang: f.lang, number: f.number, page: f.page, text: f.text, refs: json(f.refs) });
  for (const t of rows.tables) {
    out.tables.push({ global_id: t.globalId, statement_id: t.statementId, lang: t.lang, id: t.id, page: t.page, caption: t.caption, section_id: t.sectionId, header_rows: t.header.length, record: json(t) });
    [...t.header, ...t.rows].forEach((r, row) => r.forEach((text, col) => out.table_cells.push({ table_id: t.globalId, row, col, header: row < t.header.length ? 1 : 0, text })));
  }
  for (const c of rows.claims) {
    out.claims.push({
      global_id: c.globalId, statement_id: c.statementId, lang: c.lang, sentence_id: c.sentenceGlobalId, footnote: c.footnote,
      table_id: c.tableGlobalId, row: c.row, col: c.col, text: c.text, kind: c.kind,
      value: json(c.value), value_number: typeof c.value === 'number' ? c.value : null, unit: c.unit, qualifier: c.qualifier, subject: c.subject,
    });
  }
  for (const l of rows.alignments) {
    out.links.push({ global_id: l.globalId, statement_id: l.statementId, lang_a: l.langs[0], lang_b: l.langs[1], kind: l.kind, score: l.score, text_a: l.textA, text_b: l.textB });
    l.a.forEach((m, position) => out.link_members.push({ link_id: l.globalId, side: 'a', member_id: m, position }));
    l.b.forEach((m, position) => out.link_members.push({ link_id: l.globalId, side: 'b', member_id: m, position }));
  }
  for (const f of rows.flags) {
    out.flags.push({ id: f.id, statement_id: f.statementId, kind: f.kind, severity: f.severity, rule: f.rule, message: f.message, evidence: json(f.evidence) });
    for (const w of f.where) {
      out.flag_places.push({
        statement_id: f.statementId, flag_id: f.id, lang: w.lang,
        sentence_id: w.sentenceId !== undefined ? `${f.statementId}/${w.lang}/${w.sentenceId}` : null, footnote: w.footnote ?? null, text: w.text,
      });
    }
  }
  return out;
}
