/** The batch runner's promises: incremental runs, one run per folder, a killed run resumed to the same output. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { RunManifest } from '../../src/schema/index.ts';
import { runBatch } from '../../pipeline/run.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/osce.js');
/** The CLI, run without blocking the test worker's event loop (vitest's RPC times out under a long spawnSync). */
const osce = (args: string[]): Promise<{ status: number | null; stderr: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args, '--no-spelling'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stderr }));
  });
const manifest = (out: string) => RunManifest.parse(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')));

/** Three versions of the sample as inputs of their own folder. */
function inputs(): string {
  const dir = mkdtempSync(join(tmpdir(), 'osce-in-'));
  for (const l of ['en', 'ru', 'kk']) copyFileSync(join(ROOT, `corpus/kz-2012-parliamentary/${l}.pdf`), join(dir, `${l}.pdf`));
  return dir;
}

/** Every file under a folder with its content, the run manifest's timings and statuses left out. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (name === '.osce-cache') continue;
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'run.json') out[relative(dir, p)] = JSON.stringify(manifest(dir).inputs.map((i) => ({ path: i.path, sha256: i.sha256, outputs: i.outputs })));
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('incremental runs', () => {
  it('reads back unchanged inputs, redoes a changed one, and redoes all with --force', async () => {
    const dir = inputs();
    const out = mkdtempSync(join(tmpdir(), 'osce-out-'));
    expect((await osce(['run', dir, '--out', out, '--quiet'])).status).toBe(0);
    const first = snapshot(out);
    expect(manifest(out).inputs.map((i) => i.status)).toEqual(['ok', 'ok', 'ok']);

    const again = await osce(['run', dir, '--out', out]);
    expect(again.status).toBe(0);
    expect(manifest(out).inputs.map((i) => i.status)).toEqual(['cached', 'cached', 'cached']);
    expect(again.stderr).toContain('unchanged 2012-01-16-astana');
    expect(snapshot(out)).toEqual(first);

    // a changed input (here: the Russian version replaced by the published text) is processed again
    copyFileSync(join(ROOT, 'tests/fixtures/kz-2012-parliamentary/ru.pdftotext.txt'), join(dir, 'ru.txt'));
    const changed = [join(dir, 'en.pdf'), join(dir, 'kk.pdf'), join(dir, 'ru.txt')];
    expect((await osce(['run', ...changed, '--out', out, '--quiet'])).status).toBe(0);
    expect(manifest(out).inputs.map((i) => i.status)).toEqual(['cached', 'cached', 'ok']);
    expect(readFileSync(join(out, 'statements/2012-01-16-astana/ru.json'), 'utf8')).toContain('ru.txt');

    expect((await osce(['run', ...changed, '--out', out, '--quiet', '--force'])).status).toBe(0);
    expect(manifest(out).inputs.every((i) => i.status === 'ok')).toBe(true);
  }, 300_000);

  it('does not trust a cached Document that was damaged on disk', async () => {
    const dir = inputs();
    const out = mkdtempSync(join(tmpdir(), 'osce-out-'));
    expect((await osce(['run', join(dir, 'en.pdf'), '--out', out, '--quiet'])).status).toBe(0);
    writeFileSync(join(out, 'statements/2012-01-16-astana/en.json'), '{"half": ');
    expect((await osce(['run', join(dir, 'en.pdf'), '--out', out, '--quiet'])).status).toBe(0);
    expect(manifest(out).inputs[0]!.status).toBe('ok');
    expect(JSON.parse(readFileSync(join(out, 'statements/2012-01-16-astana/en.json'), 'utf8')).lang).toBe('en');
  });
});

describe('one run per output folder', () => {
  it('refuses a second run while the first holds the lock, and takes over a stale lock', async () => {
    const dir = inputs();
    const out = mkdtempSync(join(tmpdir(), 'osce-out-'));
    // this test process is alive: its pid in the lock is a run in progress
    writeFileSync(join(out, '.osce.lock'), JSON.stringify({ pid: process.pid, startedAt: '2026-01-01T00:00:00Z' }));
    const refused = await osce(['run', join(dir, 'en.pdf'), '--out', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/in use by another osce run \(pid \d+/);
    expect(existsSync(join(out, 'run.json'))).toBe(false);
    // a pid that no longer exists: the lock of a killed run
    writeFileSync(join(out, '.osce.lock'), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    expect((await osce(['run', join(dir, 'en.pdf'), '--out', out, '--quiet'])).status).toBe(0);
    expect(existsSync(join(out, '.osce.lock'))).toBe(false);
  });

  it('closes the workers its caller started when the lock refuses the run', async () => {
    const out = mkdtempSync(join(tmpdir(), 'osce-out-'));
    writeFileSync(join(out, '.osce.lock'), JSON.stringify({ pid: process.pid, startedAt: '2026-01-01T00:00:00Z' }));
    let closed = 0;
    const executor = {
      buildInput: () => Promise.reject(new Error('not expected')),
      processStatement: () => Promise.reject(new Error('not expected')),
      prepareStatements: () => {},
      prestartInputs: () => {},
      close: async () => void closed++,
    };
    await expect(runBatch([join(ROOT, 'corpus/kz-2012-parliamentary/en.pdf')], out, { quiet: true, executor })).rejects.toThrow(/in use by another osce run/);
    expect(closed).toBe(1);
  });
});

describe('a run killed mid-way', () => {
  // kill -9 at three moments: the first Document on disk, a statement's flags written, the corpus being written
  // the first Document counts as done once the run has also recorded it (its cache entry, written right after)
  const moments: Array<[string, string, string?]> = [
    ['after the first Document', 'statements/2012-01-16-astana/en.json', '.osce-cache/inputs'],
    ['after the flags', 'statements/2012-01-16-astana/flags.json'],
    ['while the corpus is written', 'corpus'],
  ];
  it.each(moments)('%s, started again, ends with the output of an uninterrupted run', async (_when, marker, recorded) => {
    const dir = inputs();
    const clean = mkdtempSync(join(tmpdir(), 'osce-clean-'));
    expect((await osce(['run', dir, '--out', clean, '--quiet'])).status).toBe(0);

    const out = mkdtempSync(join(tmpdir(), 'osce-killed-'));
    const child = spawn(process.execPath, [BIN, 'run', dir, '--out', out, '--quiet', '--no-spelling'], { stdio: 'ignore' });
    const reached = (): boolean =>
      existsSync(join(out, marker)) && (!recorded || (existsSync(join(out, recorded)) && readdirSync(join(out, recorded)).some((f) => f.endsWith('.json'))));
    for (let t = 0; t < 1200 && !reached(); t++) await new Promise((r) => setTimeout(r, 25));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(existsSync(join(out, 'run.json'))).toBe(false); // it really was cut short
    mkdirSync(out, { recursive: true });

    const resumed = await osce(['run', dir, '--out', out, '--quiet']);
    expect(resumed.status).toBe(0);
    // what the killed run finished is read back, the rest is made
    expect(manifest(out).inputs.map((i) => i.status)).toContain('cached');
    expect(snapshot(out)).toEqual(snapshot(clean));
    // no temporary file is left behind, not even one the killed run had open
    expect(Object.keys(snapshot(out)).filter((f) => f.includes('.tmp'))).toEqual([]);
  }, 300_000);

  it('removes the temporary files a killed run left, and nothing else', async () => {
    const out = mkdtempSync(join(tmpdir(), 'osce-debris-'));
    mkdirSync(join(out, 'corpus'), { recursive: true });
    writeFileSync(join(out, 'corpus', '.corpus.sqlite.12345.0badc0de.tmp'), 'half a database');
    writeFileSync(join(out, 'corpus', '.corpus.sqlite.12345.0badc0de.tmp-journal'), 'its journal');
    writeFileSync(join(out, 'corpus', 'notes.tmp'), 'a file of the user, not ours');
    expect((await osce(['run', join(inputs(), 'en.pdf'), '--out', out, '--quiet'])).status).toBe(0);
    expect(readdirSync(join(out, 'corpus')).filter((f) => f.includes('.tmp'))).toEqual(['notes.tmp']);
  }, 60_000);
});

describe('parallel runs', () => {
  it('write the same files with one job as with two worker processes', async () => {
    const dir = inputs();
    copyFileSync(join(ROOT, 'tests/fixtures/kz-2012-parliamentary/ru.pdftotext.txt'), join(dir, 'published-ru.txt'));
    const one = mkdtempSync(join(tmpdir(), 'osce-j1-'));
    const two = mkdtempSync(join(tmpdir(), 'osce-j2-'));
    // exit 1: the published text and ru.pdf are the same statement and language; the first in input order wins, whichever finishes first
    expect((await osce(['run', dir, '--out', one, '--quiet', '--jobs', '1'])).status).toBe(1);
    expect((await osce(['run', dir, '--out', two, '--quiet', '--jobs', '2'])).status).toBe(1);
    expect(snapshot(two)).toEqual(snapshot(one));
    expect(manifest(two).inputs.map((i) => `${i.path.split('/').pop()} ${i.status}`)).toEqual(['en.pdf ok', 'kk.pdf ok', 'published-ru.txt ok', 'ru.pdf failed']);
  }, 120_000);
});

describe('an output folder that cannot take the output', () => {
  it('is refused with a clear message and exit 2 when a file stands in its path', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'osce-file-')), 'plain-file');
    writeFileSync(file, 'x');
    const r = await osce(['run', join(ROOT, 'corpus'), '--out', join(file, 'out')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot write to .*plain-file\/out: a part of the path is a file/);
  });

  // a 300 kB file system fills up part-way through the run; needs root and mount (skipped where tmpfs cannot be mounted)
  const tiny = mkdtempSync(join(tmpdir(), 'osce-tiny-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=300k', 'tmpfs', tiny]).status === 0;
  it.skipIf(!mounted)('records "no space left" per input when the disk fills up, and still writes the manifest', async () => {
    try {
      const r = await osce(['run', join(ROOT, 'corpus'), '--out', join(tiny, 'out')]);
      expect(r.status).toBe(1);
      const m = manifest(join(tiny, 'out'));
      expect(m.inputs.some((i) => /no space left on the output device/.test(i.error ?? ''))).toBe(true);
      expect(m.corpus?.error ?? 'no space left').toMatch(/no space left/);
      // no temporary file is left behind
      const left: string[] = [];
      const walk = (d: string): void => readdirSync(d).forEach((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : left.push(n)));
      walk(join(tiny, 'out'));
      expect(left.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    } finally {
      spawnSync('umount', [tiny]);
    }
  }, 60_000);
});

describe('paragraph breaks taken from other versions', () => {
  it('writes a version again with the breaks another shows, and gives the same files when the statement is done again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osce-in-'));
    for (const l of ['en', 'ru', 'kk']) copyFileSync(join(ROOT, `tests/fixtures/kz-2023-parliamentary-preliminary/${l}.gs.txt`), join(dir, `${l}.txt`));
    const out = mkdtempSync(join(tmpdir(), 'osce-out-'));
    const run = await osce(['run', dir, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/aligned [^\n]*; \d+ paragraph break\(s\) taken from the other versions/);
    const first = snapshot(out);
    const docs = Object.entries(first).filter(([rel]) => /\/(en|ru|kk)\.json$/.test(rel)).map(([, text]) => JSON.parse(text) as { diagnostics: Array<{ rule: string }> });
    expect(docs).toHaveLength(3);
    expect(docs.some((d) => d.diagnostics.some((x) => x.rule === 'paragraph-from-translation'))).toBe(true);
    // each input's outputs name its own Document only, once
    for (const i of manifest(out).inputs) expect(i.outputs!.filter((rel) => /\/(en|ru|kk)\.json$/.test(rel))).toEqual([i.outputs![0]]);
    // the statement done again from the Documents on disk (which hold the breaks taken) writes the same
    rmSync(join(out, '.osce-cache', 'statements'), { recursive: true });
    expect((await osce(['run', dir, '--out', out, '--quiet'])).status).toBe(0);
    expect(snapshot(out)).toEqual(first);
  }, 60_000);
});
