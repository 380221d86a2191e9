/**
 * Writes `<out>/corpus/`: one JSONL file per record kind and `corpus.sqlite`,
 * statement by statement (one statement's records in memory at a time). Every
 * file is built under a temporary name and renamed into place at the end, so a
 * reader never sees a half-written corpus file and a killed run leaves the
 * previous corpus as it was.
 */
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { CORPUS_FILES } from '../src/schema/index.ts';
import { CORPUS_KINDS, corpusRows } from '../src/export/corpus.ts';
import { SQLITE_SCHEMA, tableRows, type TableRows } from '../src/export/sqlite.ts';
import { readStatement } from './records.ts';

export const CORPUS_DIR = 'corpus';
export const corpusFiles = (): string[] => [...CORPUS_KINDS.map((k) => join(CORPUS_DIR, `${k}.jsonl`)), join(CORPUS_DIR, 'corpus.sqlite')];

type Inserts = { [T in keyof TableRows]: (row: TableRows[T][number]) => void };

function prepareInserts(db: Database.Database): Inserts {
  const insert = (table: string) => {
    let stmt: Database.Statement | null = null;
    return (row: Record<string, unknown>) => {
      stmt ??= db.prepare(`INSERT INTO ${table} (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map((k) => `@${k}`).join(', ')})`);
      stmt.run(row);
    };
  };
  return {
    documents: insert('documents'),
    sections: insert('sections'),
    sentences: insert('sentences'),
    footnotes: insert('footnotes'),
    tables: insert('tables'),
    table_cells: insert('table_cells'),
    claims: insert('claims'),
    links: insert('links'),
    link_members: insert('link_members'),
    flags: insert('flags'),
    flag_places: insert('flag_places'),
  };
}

/** Builds the corpus of the given statements (sorted, for the same bytes on every run) and returns the files written. */
export async function writeCorpus(outDir: string, statementIds: string[]): Promise<string[]> {
  const dir = join(outDir, CORPUS_DIR);
  await mkdir(dir, { recursive: true });
  const tag = `${process.pid}.${randomBytes(4).toString('hex')}`;
  const temp = (name: string) => join(dir, `.${name}.${tag}.tmp`);
  const handles = new Map<string, FileHandle>();
  const dbPath = temp('corpus.sqlite');
  let db: Database.Database | null = null;
  try {
    for (const k of CORPUS_KINDS) handles.set(k, await open(temp(`${k}.jsonl`), 'w'));
    db = new Database(dbPath);
    db.pragma('journal_mode = OFF'); // a temporary file renamed at the end: no journal needed
    db.pragma('synchronous = OFF');
    db.exec(SQLITE_SCHEMA);
    const inserts = prepareInserts(db);
    const insertAll = db.transaction((t: TableRows) => {
      for (const table of Object.keys(t) as Array<keyof TableRows>) for (const row of t[table]) inserts[table](row as never);
    });
    for (const id of [...statementIds].sort()) {
      const rows = corpusRows(await readStatement(outDir, id));
      for (const k of CORPUS_KINDS) {
        const schema = CORPUS_FILES[k];
        const lines = (rows[k] as unknown[]).map((r) => JSON.stringify(schema.parse(r)) + '\n').join('');
        if (lines) await handles.get(k)!.write(lines);
      }
      insertAll(tableRows(rows));
    }
    db.exec("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild'); INSERT INTO sentences_fts(sentences_fts) VALUES ('optimize');");
    db.close();
    db = null;
    for (const h of handles.values()) await h.sync();
    for (const h of handles.values()) await h.close();
    handles.clear();
    for (const k of CORPUS_KINDS) await rename(temp(`${k}.jsonl`), join(dir, `${k}.jsonl`));
    await rename(dbPath, join(dir, 'corpus.sqlite'));
    return corpusFiles();
  } finally {
    db?.close();
    for (const h of handles.values()) await h.close().catch(() => {});
    for (const k of CORPUS_KINDS) await rm(temp(`${k}.jsonl`), { force: true });
    for (const side of ['', '-journal', '-wal', '-shm']) await rm(dbPath + side, { force: true });
  }
}
