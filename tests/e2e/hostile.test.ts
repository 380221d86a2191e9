/**
 * The hostile-PDF corpus (scripts/fixtures/hostile-pdfs.ts) beside a good
 * statement, with the deadlines lowered so the run stays short: every input
 * is accounted for with a one-line typed error, the statement comes out
 * whole, and a worker killed at its deadline leaves nothing behind.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../pipeline/run.ts';
import { hostilePdfs, writeHostile } from '../../scripts/fixtures/hostile-pdfs.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const GOOD = ['en', 'ru', 'kk'].map((l) => join(ROOT, `corpus/kz-2012-parliamentary/${l}.pdf`));
const LIMITS = { inputMs: 20_000, pageMs: 3000 };
const CODES = new Set(['corrupt-pdf', 'not-a-statement', 'no-text', 'scanned-pdf', 'no-structure', 'too-large', 'timeout', 'encrypted-pdf']);

/** Every file under `dir`, relative to it. */
const filesUnder = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)) : [];

describe('a batch of hostile PDFs and one good statement', () => {
  it('accounts for every input with a one-line typed error, and processes the statement whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osce-hostile-'));
    const out = mkdtempSync(join(tmpdir(), 'osce-hostile-out-'));
    const hostile = hostilePdfs(true);
    for (const pdf of hostile) writeHostile(dir, pdf);
    GOOD.forEach((p, i) => copyFileSync(p, join(dir, `good-${i}.pdf`)));

    const manifest = await runBatch([dir], out, { quiet: true, spelling: false, jobs: 2, limits: LIMITS });
    expect(manifest.inputs).toHaveLength(hostile.length + GOOD.length);
    const byName = new Map(manifest.inputs.map((i) => [i.path.split('/').pop()!, i]));
    for (const pdf of hostile) {
      const input = byName.get(pdf.name)!;
      expect(input.status, `${pdf.name} (${pdf.what})`).toBe('failed');
      expect(CODES.has(input.errorCode ?? ''), `${pdf.name}: ${input.errorCode} ${input.error}`).toBe(true);
      expect(input.error!.split('\n')).toHaveLength(1);
      expect(input.error).not.toMatch(/internal error|\bat \S+:\d+/);
    }
    // refused before being read, and by page count
    expect(byName.get('file-300mb.pdf')).toMatchObject({ errorCode: 'too-large' });
    expect(byName.get('pages-5000.pdf')).toMatchObject({ errorCode: 'too-large' });
    // a page that loops the PDF engine meets its page deadline
    expect(byName.get('q-stack-200k.pdf')).toMatchObject({ errorCode: 'timeout' });
    for (let i = 0; i < GOOD.length; i++) expect(byName.get(`good-${i}.pdf`)!.status).toBe('ok');
    const statement = readdirSync(join(out, 'statements'));
    expect(statement).toHaveLength(1);
    expect(existsSync(join(out, 'statements', statement[0]!, 'alignment.json'))).toBe(true);
    expect(existsSync(join(out, 'statements', statement[0]!, 'flags.json'))).toBe(true);
  }, 240_000);

  it('leaves nothing of an input whose worker was killed at its deadline, and reads it whole on the next run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osce-deadline-'));
    const out = mkdtempSync(join(tmpdir(), 'osce-deadline-out-'));
    copyFileSync(GOOD[0]!, join(dir, 'en.pdf'));
    const killed = await runBatch([dir], out, { quiet: true, spelling: false, jobs: 1, limits: { inputMs: 100 } });
    expect(killed.inputs[0]).toMatchObject({ status: 'failed', errorCode: 'timeout' });
    expect(killed.inputs[0]!.error).toMatch(/en\.pdf: ran past its deadline/);
    expect(filesUnder(join(out, 'statements'))).toEqual([]);
    expect(filesUnder(out).filter((f) => /tmp|\.partial/.test(f))).toEqual([]);
    const whole = await runBatch([dir], out, { quiet: true, spelling: false, jobs: 1 });
    expect(whole.inputs[0]).toMatchObject({ status: 'ok' });
    expect(JSON.parse(readFileSync(join(out, whole.inputs[0]!.outputs![0]!), 'utf8')).footnotes).toHaveLength(46);
  }, 120_000);

  it('protects a run of one job as it does a pool: the stuck input fails, the next one is read by a new worker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osce-one-job-'));
    const out = mkdtempSync(join(tmpdir(), 'osce-one-job-out-'));
    const stuck = hostilePdfs().find((p) => p.name === 'q-stack-200k.pdf')!;
    writeHostile(dir, { ...stuck, name: 'a-stuck.pdf' });
    copyFileSync(join(ROOT, 'tests/fixtures/kz-2012-parliamentary/ru.pdftotext.txt'), join(dir, 'b-good.txt'));
    const manifest = await runBatch([dir], out, { quiet: true, spelling: false, jobs: 1, limits: { pageMs: 1000 } });
    expect(manifest.inputs.map((i) => [i.path.split('/').pop(), i.status, i.errorCode])).toEqual([
      ['a-stuck.pdf', 'failed', 'timeout'],
      ['b-good.txt', 'ok', undefined],
    ]);
  }, 120_000);

  it("gives a statement's alignment and checks a deadline too: past it, the statement fails and none of its files is written", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osce-statement-'));
    const out = mkdtempSync(join(tmpdir(), 'osce-statement-out-'));
    copyFileSync(join(ROOT, 'tests/fixtures/kz-2012-parliamentary/ru.pdftotext.txt'), join(dir, 'ru.txt'));
    const manifest = await runBatch([dir], out, { quiet: true, spelling: false, jobs: 1, corpus: false, limits: { statementMs: 1 } });
    expect(manifest.inputs[0]).toMatchObject({ status: 'failed', errorCode: 'timeout' });
    expect(manifest.inputs[0]!.error).toMatch(/aligning and checking ran past its deadline/);
    // the Document was whole when written; nothing of the statement's own work is
    expect(filesUnder(join(out, 'statements')).map((f) => f.split('/').pop())).toEqual(['ru.json']);
  }, 120_000);
});
