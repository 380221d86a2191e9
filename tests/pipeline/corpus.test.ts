/** The corpus a run writes: JSONL records that pass their schemas, and an SQLite file that answers real questions. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_FILES, Document, RunManifest } from '../../src/schema/index.ts';
import { CORPUS_KINDS } from '../../src/export/corpus.ts';
import { corpusFiles, writeCorpus } from '../../pipeline/corpus.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/osce.js');
const ID = '2012-01-16-astana';

const osce = (args: string[]): Promise<number | null> =>
  new Promise((resolve) => spawn(process.execPath, [BIN, ...args], { stdio: 'ignore' }).on('close', resolve));

describe('the corpus of a run', () => {
  let out = '';
  let db: Database.Database;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osce-corpus-in-'));
    for (const l of ['en', 'ru', 'kk']) copyFileSync(join(ROOT, `corpus/kz-2012-parliamentary/${l}.pdf`), join(dir, `${l}.pdf`));
    // bad inputs mixed into the batch: recorded as failures, the corpus still written
    copyFileSync(join(ROOT, 'tests/fixtures/bad/truncated.pdf'), join(dir, 'a-truncated.pdf'));
    copyFileSync(join(ROOT, 'tests/fixtures/bad/encrypted.pdf'), join(dir, 'b-encrypted.pdf'));
    out = mkdtempSync(join(tmpdir(), 'osce-corpus-out-'));
    expect(await osce(['run', dir, '--out', out, '--quiet', '--no-spelling'])).toBe(1);
    db = new Database(join(out, 'corpus/corpus.sqlite'), { readonly: true, fileMustExist: true });
  }, 120_000);

  it('is listed in the manifest, beside the failed inputs', () => {
    const m = RunManifest.parse(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')));
    expect(m.inputs.filter((i) => i.status === 'failed').map((i) => i.errorCode).sort()).toEqual(['corrupt-pdf', 'encrypted-pdf']);
    expect(m.corpus).toMatchObject({ statements: 1 });
    expect(m.corpus!.files).toContain('corpus/corpus.sqlite');
    expect(m.corpus!.error).toBeUndefined();
  });

  it('holds every record of the statement files, one valid record per JSONL line', () => {
    const docs = ['en', 'ru', 'kk'].map((l) => Document.parse(JSON.parse(readFileSync(join(out, 'statements', ID, `${l}.json`), 'utf8'))));
    const lines: Record<string, unknown[]> = {};
    for (const k of CORPUS_KINDS) {
      const text = readFileSync(join(out, 'corpus', `${k}.jsonl`), 'utf8');
      // a kind the statement has none of (tables) is an empty file
      if (text === '') {
        lines[k] = [];
        continue;
      }
      expect(text.endsWith('\n')).toBe(true);
      lines[k] = text.trimEnd().split('\n').map((l) => CORPUS_FILES[k].parse(JSON.parse(l)));
    }
    expect(lines.documents).toHaveLength(3);
    expect(lines.sentences).toHaveLength(docs.reduce((n, d) => n + d.sentences.length, 0));
    expect(lines.footnotes).toHaveLength(3 * 46);
    expect(lines.tables).toEqual([]);
    expect(lines.claims).toHaveLength(docs.reduce((n, d) => n + d.claims.length, 0));
    const flags = JSON.parse(readFileSync(join(out, 'statements', ID, 'flags.json'), 'utf8')) as unknown[];
    expect(lines.flags).toHaveLength(flags.length);
    const alignment = JSON.parse(readFileSync(join(out, 'statements', ID, 'alignment.json'), 'utf8')) as { pairs: Array<{ links: unknown[]; footnotes: unknown[] }> };
    expect(lines.alignments).toHaveLength(alignment.pairs.reduce((n, p) => n + p.links.length + p.footnotes.length, 0));
    // global ids are unique and point at real sentences
    const ids = new Set((lines.sentences as Array<{ globalId: string }>).map((s) => s.globalId));
    expect(ids.size).toBe(lines.sentences!.length);
    for (const c of lines.claims as Array<{ sentenceGlobalId: string | null }>) if (c.sentenceGlobalId) expect(ids.has(c.sentenceGlobalId)).toBe(true);
  });

  it('has the same rows in SQLite, indexed by statement and language', () => {
    const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    expect(count('documents')).toBe(3);
    expect(count('footnotes')).toBe(138);
    expect(count('sentences')).toBe(readFileSync(join(out, 'corpus/sentences.jsonl'), 'utf8').trimEnd().split('\n').length);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM sentences WHERE statement_id = ? AND lang = 'ru'").all(ID) as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX sentences_statement/);
  });

  it('finds sentences by full-text search in all three languages, case and inflection prefixes aside', () => {
    const search = (q: string) =>
      db.prepare('SELECT s.lang, s.text FROM sentences_fts JOIN sentences s ON s.rowid = sentences_fts.rowid WHERE sentences_fts MATCH ? ORDER BY s.global_id').all(q) as Array<{ lang: string; text: string }>;
    expect(search('turnout').map((r) => r.lang)).toContain('en');
    const ru = search('явк*');
    expect(ru.length).toBeGreaterThan(0);
    expect(ru.every((r) => /явк/i.test(r.text))).toBe(true);
    expect(search('цик').some((r) => r.text.includes('ЦИК'))).toBe(true);
    expect(search('мәслихат*').every((r) => r.lang === 'kk')).toBe(true);
    expect(search('мәслихат*').length).toBeGreaterThan(0);
  });

  it('answers the README queries: turnout claims in every language, untranslated flags, one sentence in three languages', () => {
    const turnout = db
      .prepare(
        `WITH en AS (SELECT s.global_id FROM sentences_fts JOIN sentences s ON s.rowid = sentences_fts.rowid
                     WHERE sentences_fts MATCH 'turnout' AND s.lang = 'en'),
              ids AS (SELECT global_id AS id FROM en
                      UNION SELECT other_id FROM sentence_translations WHERE sentence_id IN (SELECT global_id FROM en))
         SELECT lang, text, kind, value FROM claims WHERE sentence_id IN (SELECT id FROM ids) AND kind = 'percent' ORDER BY lang`,
      )
      .all() as Array<{ lang: string; value: string }>;
    expect(turnout.map((r) => `${r.lang} ${r.value}`)).toEqual(['en 75', 'kk 75', 'ru 75']);

    const sentence = db.prepare("SELECT global_id FROM sentences WHERE lang = 'en' AND text LIKE '%turnout of 75%'").get() as { global_id: string };
    const three = db
      .prepare('SELECT lang, text FROM sentences WHERE global_id = ? UNION ALL SELECT other_lang, other_text FROM sentence_translations WHERE sentence_id = ?')
      .all(sentence.global_id, sentence.global_id) as Array<{ lang: string; text: string }>;
    expect(three.map((r) => r.lang).sort()).toEqual(['en', 'kk', 'ru']);
    expect(three.every((r) => r.text.includes('75'))).toBe(true);

    const pairs = db.prepare("SELECT count(*) AS n FROM aligned_sentences WHERE lang_a = 'en' AND lang_b = 'ru'").get() as { n: number };
    expect(pairs.n).toBeGreaterThan(250);
    // the Russian manuscript keeps the published text's English passage in a footnote
    const untranslated = db
      .prepare("SELECT p.lang, p.footnote, p.text FROM flags f JOIN flag_places p ON p.statement_id = f.statement_id AND p.flag_id = f.id WHERE f.kind = 'untranslated'")
      .all() as Array<{ lang: string; footnote: number | null; text: string }>;
    expect(untranslated.map((r) => r.lang)).toEqual(['ru']);
    expect(untranslated[0]!.footnote).not.toBeNull();
    expect(untranslated[0]!.text).toMatch(/^[\x00-\u024f\s…]+$/u); // the passage flagged is in Latin script
  });
});

describe('the corpus written while the statements are processed', () => {
  /** The corpus files under a run's output folder, each by the digest of its bytes. */
  const corpusBytes = (out: string): Record<string, string> =>
    Object.fromEntries(corpusFiles().map((f) => [f, createHash('sha256').update(readFileSync(join(out, f))).digest('hex')]));
  /** The same statements' corpus written afresh from the records on disk, into a copy of the output. */
  const fromDisk = async (out: string): Promise<Record<string, string>> => {
    const copy = mkdtempSync(join(tmpdir(), 'osce-corpus-copy-'));
    cpSync(join(out, 'statements'), join(copy, 'statements'), { recursive: true });
    await writeCorpus(copy, readdirSync(join(copy, 'statements')));
    return corpusBytes(copy);
  };

  it('holds the same bytes as a corpus written from the records on disk, its parts made by the statement tasks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osce-corpus-in-'));
    for (const l of ['en', 'ru', 'kk']) copyFileSync(join(ROOT, `corpus/kz-2012-parliamentary/${l}.pdf`), join(dir, `${l}.pdf`));
    const out = mkdtempSync(join(tmpdir(), 'osce-corpus-out-'));
    expect(await osce(['run', dir, '--out', out, '--quiet', '--no-spelling'])).toBe(0);
    expect(corpusBytes(out)).toEqual(await fromDisk(out));
  }, 120_000);

  it('reads a statement back from disk where its folder holds a version the run did not make, as a corpus written from disk does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osce-corpus-in-'));
    for (const l of ['en', 'ru', 'kk']) copyFileSync(join(ROOT, `corpus/kz-2012-parliamentary/${l}.pdf`), join(dir, `${l}.pdf`));
    const out = mkdtempSync(join(tmpdir(), 'osce-corpus-out-'));
    expect(await osce(['run', dir, '--out', out, '--quiet', '--no-spelling'])).toBe(0);
    // the next run has no Kazakh version: the earlier run's is still in the statement's folder
    rmSync(join(dir, 'kk.pdf'));
    expect(await osce(['run', dir, '--out', out, '--quiet', '--no-spelling'])).toBe(0);
    expect(corpusBytes(out)).toEqual(await fromDisk(out));
    expect(readFileSync(join(out, 'corpus/documents.jsonl'), 'utf8')).toContain(`"globalId":"${ID}/kk"`);
  }, 120_000);
});

