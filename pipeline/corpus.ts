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
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { CORPUS_KINDS } from '../src/export/corpus.ts';
import { corpusPart, type CorpusPart } from '../src/export/corpus-part.ts';
import { SQLITE_SCHEMA, type TableRows } from '../src/export/sqlite.ts';
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

/**
 * A corpus being written: statements go in one at a time, in the order the
 * caller keeps (sorted ids, for the same bytes on every run), each read back
 * from disk when it is added; `finish` puts every file in place, `abort`
 * leaves nothing behind. The runner adds each statement as soon as it and
 * those before it are done, while the workers go on with the rest.
 */
export class CorpusWriter {
  /** the time spent adding and finishing, in ms */
  busyMs = 0;
  private constructor(
    private readonly outDir: string,
    private readonly temp: (name: string) => string,
    private readonly handles: Map<string, FileHandle>,
    private db: Database.Database | null,
    private readonly insertAll: (t: TableRows) => void,
  ) {}

  static async open(outDir: string): Promise<CorpusWriter> {
    const t0 = performance.now();
    const dir = join(outDir, CORPUS_DIR);
    await mkdir(dir, { recursive: true });
    const tag = `${process.pid}.${randomBytes(4).toString('hex')}`;
    const temp = (name: string) => join(dir, `.${name}.${tag}.tmp`);
    const handles = new Map<string, FileHandle>();
    let db: Database.Database | null = null;
    try {
      for (const k of CORPUS_KINDS) handles.set(k, await open(temp(`${k}.jsonl`), 'w'));
      db = new Database(temp('corpus.sqlite'));
      db.pragma('journal_mode = OFF'); // a temporary file renamed at the end: no journal needed
      db.pragma('synchronous = OFF');
      db.exec(SQLITE_SCHEMA);
      const inserts = prepareInserts(db);
      const insertAll = db.transaction((t: TableRows) => {
        for (const table of Object.keys(t) as Array<keyof TableRows>) for (const row of t[table]) inserts[table](row as never);
      });
      const writer = new CorpusWriter(outDir, temp, handles, db, insertAll);
      writer.busyMs = performance.now() - t0;
      return writer;
    } catch (e) {
      await new CorpusWriter(outDir, temp, handles, db, () => {}).abort();
      throw e;
    }
  }

  /** Appends one statement: the part its task made, or its records read back from `<out>/statements/<id>/`. */
  async add(statementId: string, made?: CorpusPart): Promise<void> {
    const t0 = performance.now();
    const part = made ?? corpusPart(await readStatement(this.outDir, statementId));
    for (const k of CORPUS_KINDS) if (part.jsonl[k]) await this.handles.get(k)!.write(part.jsonl[k]);
    this.insertAll(part.tables);
    this.busyMs += performance.now() - t0;
  }

  /** Indexes the text, closes every file and renames it into place; returns the files written. */
  async finish(): Promise<string[]> {
    const t0 = performance.now();
    try {
      const db = this.db!;
      db.exec("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild'); INSERT INTO sentences_fts(sentences_fts) VALUES ('optimize');");
      db.close();
      this.db = null;
      for (const h of this.handles.values()) await h.sync();
      for (const h of this.handles.values()) await h.close();
      this.handles.clear();
      const dir = join(this.outDir, CORPUS_DIR);
      for (const k of CORPUS_KINDS) await rename(this.temp(`${k}.jsonl`), join(dir, `${k}.jsonl`));
      await rename(this.temp('corpus.sqlite'), join(dir, 'corpus.sqlite'));
      this.busyMs += performance.now() - t0;
      return corpusFiles();
    } finally {
      await this.abort();
    }
  }

  /** Closes and removes the temporary files (what finish renamed is gone from under them already). */
  async abort(): Promise<void> {
    this.db?.close();
    this.db = null;
    for (const h of this.handles.values()) await h.close().catch(() => {});
    this.handles.clear();
    for (const k of CORPUS_KINDS) await rm(this.temp(`${k}.jsonl`), { force: true });
    for (const side of ['', '-journal', '-wal', '-shm']) await rm(this.temp('corpus.sqlite') + side, { force: true });
  }
}

/** Builds the corpus of the given statements (sorted, for the same bytes on every run) and returns the files written. */
export async function writeCorpus(outDir: string, statementIds: string[]): Promise<string[]> {
  const writer = await CorpusWriter.open(outDir);
  try {
    for (const id of [...statementIds].sort()) await writer.add(id);
    return await writer.finish();
  } finally {
    await writer.abort();
  }
}
