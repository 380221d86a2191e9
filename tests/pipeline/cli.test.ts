import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, RunManifest } from '../../src/schema/index.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/osce.js');
const SAMPLE = join(ROOT, 'tests/fixtures/kz-2012-parliamentary/ru.pdftotext.txt');

const osce = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });

describe('osce run', () => {
  it('writes the Document and the manifest, and goes on past bad inputs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'osce-in-'));
    const out = mkdtempSync(join(tmpdir(), 'osce-out-'));
    copyFileSync(SAMPLE, join(dir, 'a-statement.txt'));
    writeFileSync(join(dir, 'b-empty.txt'), '');
    writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8]));
    writeFileSync(join(dir, 'd-fake.pdf'), 'not a pdf at all');
    writeFileSync(join(dir, 'e-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(SAMPLE, 'utf8'), 'utf16le')]));
    writeFileSync(join(dir, 'notes.md'), '# not an input');

    const r = osce(['run', dir, '--out', out, '--no-spelling']);
    expect(r.status).toBe(1);
    const manifest = RunManifest.parse(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')));
    const byName = Object.fromEntries(manifest.inputs.map((i) => [i.path.split('/').pop(), i]));
    expect(Object.keys(byName).sort()).toEqual(['a-statement.txt', 'b-empty.txt', 'c-binary.txt', 'd-fake.pdf', 'e-utf16.txt']);
    expect(byName['a-statement.txt']).toMatchObject({ status: 'ok', outputs: ['statements/2012-01-16-astana/ru.json', 'statements/2012-01-16-astana/flags.json', 'statements/2012-01-16-astana/review.html'] });
    expect(byName['b-empty.txt']).toMatchObject({ status: 'failed', errorCode: 'empty-file' });
    expect(byName['c-binary.txt']).toMatchObject({ status: 'failed', errorCode: 'binary-file' });
    expect(byName['d-fake.pdf']).toMatchObject({ status: 'failed', errorCode: 'not-a-pdf' });
    // the same statement decoded from UTF-16 is a duplicate of the first: refused, not overwritten
    expect(byName['e-utf16.txt']!.status).toBe('failed');
    expect(byName['e-utf16.txt']!.error).toMatch(/same statement and language \(ru\) as .*a-statement\.txt; not written/);
    // (and names no output path: a version's folder may change when statements are grouped after)
    expect(byName['e-utf16.txt']!.error).not.toMatch(/statements\//);
    for (const i of manifest.inputs.filter((x) => x.status === 'failed')) expect(i.error!.split('\n')).toHaveLength(1);

    const doc = Document.parse(JSON.parse(readFileSync(join(out, 'statements/2012-01-16-astana/ru.json'), 'utf8')));
    expect(doc.footnotes).toHaveLength(46);
    expect(readdirSync(join(out, 'statements/2012-01-16-astana')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(r.stderr).toMatch(/1 of 5 inputs ok/);
  });

  it('decodes a UTF-16 file on its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'osce-in-'));
    const out = mkdtempSync(join(tmpdir(), 'osce-out-'));
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(SAMPLE, 'utf8'), 'utf16le')]));
    expect(osce(['run', dir, '--out', out, '--quiet', '--no-spelling']).status).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, 'statements/2012-01-16-astana/ru.json'), 'utf8'));
    expect(doc.source.encoding).toBe('utf-16le');
  });

  it('reports a missing input and still exits 1, not 2', () => {
    const out = mkdtempSync(join(tmpdir(), 'osce-out-'));
    const r = osce(['run', '/no/such/file.txt', '--out', out]);
    expect(r.status).toBe(1);
    expect(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')).inputs[0].error).toMatch(/no such file/);
  });
});

describe('usage', () => {
  it('exit 2 on a usage error, 0 on --help for every command', () => {
    expect(osce(['run', 'corpus']).status).toBe(2);
    expect(osce(['frobnicate']).status).toBe(2);
    expect(osce(['run', '--bogus', 'x', '--out', 'y']).status).toBe(2);
    for (const args of [['--help'], ['run', '--help'], ['eval', '--help']]) {
      const r = osce(args);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/osce/);
    }
  });

  it('help is printed without loading the pipeline, and names every kind the checks evaluation plants', async () => {
    for (const args of [['--help'], ['run', '--help'], ['eval', '-h'], ['diff', '--help']]) {
      const r = osce(args);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^osce/);
    }
    // the launcher never imports tsx for help: nothing but the help module is loaded
    const launcher = readFileSync(BIN, 'utf8');
    expect(launcher.indexOf("await import('tsx/esm/api')")).toBeGreaterThan(launcher.indexOf('COMMAND_HELP[command]'));
    const { EVAL_HELP } = await import('../../pipeline/help.js');
    const { MUTATIONS } = await import('../../pipeline/eval-checks.ts');
    expect(EVAL_HELP).toContain(MUTATIONS.join(', '));
  });

  it('npx osce works from the project folder', () => {
    const text = execFileSync('npx', ['--no-install', 'osce', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(text).toMatch(/osce run/);
    expect(existsSync(join(ROOT, 'node_modules'))).toBe(true);
  });
});
