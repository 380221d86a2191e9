/** The flags on the real published Russian text match the reviewed expectation, no more and no fewer. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Flag } from '../../src/schema/index.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('flags on the published Russian text', () => {
  it('are exactly the reviewed ones', () => {
    const out = mkdtempSync(join(tmpdir(), 'osce-flags-'));
    const inputs = ['corpus/kz-2012-parliamentary/en.pdf', 'corpus/kz-2012-parliamentary/kk.pdf', 'tests/fixtures/kz-2012-parliamentary/ru.pdftotext.txt'].map((p) => join(ROOT, p));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/osce.js'), 'run', ...inputs, '--out', out, '--quiet'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const flags = (JSON.parse(readFileSync(join(out, 'statements/2012-01-16-astana/flags.json'), 'utf8')) as unknown[]).map((f) => Flag.parse(f));
    const got = flags.filter((f) => f.severity !== 'info').map((f) => `${f.kind}\t${f.where[0]!.lang}\t${f.where[0]!.sentenceId ?? `fn${f.where[0]!.footnote}`}\t${f.where[0]!.text}`);
    const expected = readFileSync(join(ROOT, 'tests/expectations/kz-2012-parliamentary.flags.tsv'), 'utf8')
      .split('\n').filter((l) => l && !l.startsWith('#')).slice(1)
      .map((l) => l.split('\t').slice(0, 4).join('\t'));
    expect(got.sort()).toEqual(expected.sort());
    // spelling (info): the published text's typos, and not the words a dictionary cannot know
    const unknown = flags.filter((f) => f.kind === 'spelling' && f.where[0]!.lang === 'ru').map((f) => f.evidence.word);
    expect(unknown).toEqual(expect.arrayContaining(['голосвания', 'плитических', 'соотвествии', 'прдставителей', 'установленныхх']));
    // a garbled word is reported once, as garbled, not again as a spelling error
    expect(unknown).not.toContain('расссмотрение');
    for (const word of unknown) expect(String(word)).not.toMatch(/^(маслихат|акимат|веб-|г-на)/);
  });
});
