/**
 * One statement's share of the corpus, ready to append: each record kind's
 * JSONL lines, every row checked against its schema, and the SQLite table
 * rows. The statement task makes it from the records it holds, so the runner
 * writes the corpus without reading the statement back.
 */
import { CORPUS_FILES, type CorpusKind } from '../schema/index.ts';
import { CORPUS_KINDS, corpusRows } from './corpus.ts';
import { tableRows, type TableRows } from './sqlite.ts';
import type { StatementRecords } from './records.ts';

export interface CorpusPart {
  /** each kind's lines, in the corpus's order, every line ending in a newline */
  jsonl: Record<CorpusKind, string>;
  tables: TableRows;
}

export function corpusPart(records: StatementRecords): CorpusPart {
  const rows = corpusRows(records);
  const jsonl = Object.fromEntries(
    CORPUS_KINDS.map((k) => [k, (rows[k] as unknown[]).map((r) => JSON.stringify(CORPUS_FILES[k].parse(r)) + '\n').join('')]),
  ) as Record<CorpusKind, string>;
  return { jsonl, tables: tableRows(rows) };
}
