/** `osce diff` between two real runs: a known change is reported, nothing else; exit 0 / 1 / 2. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/osce.js');
const SAMPLE = join(ROOT, 'tests/fixtures/kz-2012-parliamentary/ru.pdftotext.txt');

const osce = (args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });

describe('osce diff', () => {
  const outs: string[] = [];
  beforeAll(async () => {
    const text = readFileSync(SAMPLE, 'utf8');
    // the known change: one percentage of the published text altered
    const changed = text.replace('17,6', '18,6');
    expect(changed).not.toBe(text);
    for (const body of [text, text, changed]) {
      const dir = mkdtempSync(join(tmpdir(), 'osce-diff-in-'));
      writeFileSync(join(dir, 'ru.txt'), body);
      const out = mkdtempSync(join(tmpdir(), 'osce-diff-out-'));
      expect((await osce(['run', dir, '--out', out, '--quiet', '--no-spelling'])).status).toBe(0);
      outs.push(out);
    }
  }, 60_000);

  it('exits 0 and says so when two runs wrote the same records', async () => {
    const r = await osce(['diff', outs[0]!, outs[1]!]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('No changes.');
  });

  it('reports the changed sentence and its claim, summary first, and exits 1', async () => {
    const r = await osce(['diff', outs[0]!, outs[2]!, '--json']);
    expect(r.status).toBe(1);
    const { summary, changes } = JSON.parse(r.stdout) as { summary: Array<{ kind: string; changed: number; added: number; removed: number }>; changes: Array<{ kind: string; change: string; before?: string; after?: string }> };
    const sentence = changes.filter((c) => c.kind === 'sentence');
    expect(sentence).toHaveLength(1);
    expect(sentence[0]).toMatchObject({ change: 'changed' });
    expect(sentence[0]!.before).toContain('17,6');
    expect(sentence[0]!.after).toContain('18,6');
    expect(changes.filter((c) => c.kind === 'claim').map((c) => c.change)).toEqual(['changed']);
    expect(changes.filter((c) => c.kind === 'section' || c.kind === 'footnote')).toEqual([]);
    expect(summary.find((s) => s.kind === 'sentence')).toMatchObject({ changed: 1, added: 0, removed: 0 });

    const md = await osce(['diff', outs[0]!, outs[2]!, '--md']);
    expect(md.status).toBe(1);
    expect(md.stdout).toMatch(/^## Extraction diff/);
    const term = await osce(['diff', outs[0]!, outs[2]!]);
    expect(term.stdout).toMatch(/^Summary/);
    expect(term.stdout).not.toContain('\x1b[');
  });

  it('exits 2 with a clear message on a folder that is not a run, or a damaged record', async () => {
    const notRun = mkdtempSync(join(tmpdir(), 'osce-diff-none-'));
    const r = await osce(['diff', notRun, outs[0]!]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no statements\/ folder/);

    const damaged = mkdtempSync(join(tmpdir(), 'osce-diff-bad-'));
    mkdirSync(join(damaged, 'statements/x'), { recursive: true });
    writeFileSync(join(damaged, 'statements/x/ru.json'), '{"half": ');
    const d = await osce(['diff', outs[0]!, damaged]);
    expect(d.status).toBe(2);
    expect(d.stderr).toMatch(/ru\.json: not a record of this pipeline/);
    expect((await osce(['diff', outs[0]!])).status).toBe(2);
  });
});
