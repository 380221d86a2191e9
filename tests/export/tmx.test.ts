import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { Alignment } from '../../src/schema/index.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('a run over the bundled statement', () => {
  const out = mkdtempSync(join(tmpdir(), 'osce-tmx-'));
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/osce.js'), 'run', join(ROOT, 'corpus'), '--out', out, '--quiet', '--no-spelling'], { encoding: 'utf8' });
  const dir = join(out, 'statements', '2012-01-16-astana');

  it('writes the alignment, the TMX and the parallel text beside the documents', () => {
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['2012-01-16-astana.tmx', 'alignment.json', 'en.json', 'flags.json', 'kk.json', 'parallel.en.txt', 'parallel.kk.txt', 'parallel.ru.txt', 'review.html', 'ru.json']);
    const alignment = Alignment.parse(JSON.parse(readFileSync(join(dir, 'alignment.json'), 'utf8')));
    expect(alignment.pairs.map((p) => p.langs.join('-'))).toEqual(['en-ru', 'en-kk', 'ru-kk']);
    for (const p of alignment.pairs) expect(p.footnotes.filter((f) => f.a !== null && f.a === f.b)).toHaveLength(46);
  });

  it('the TMX parses as TMX 1.4 with a unit per aligned group and footnotes as units', () => {
    const xml = readFileSync(join(dir, '2012-01-16-astana.tmx'), 'utf8');
    const tmx = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'tu' || name === 'tuv' }).parse(xml).tmx;
    expect(tmx['@version']).toBe('1.4');
    expect(tmx.header['@srclang']).toBe('en');
    const units = tmx.body.tu as Array<{ '@tuid': string; prop: { '#text': string }; tuv: Array<{ '@xml:lang': string; seg: string | number }> }>;
    expect(units.length).toBeGreaterThan(250);
    for (const u of units) {
      expect(u.tuv.length).toBeGreaterThanOrEqual(2);
      for (const t of u.tuv) expect(['en', 'ru', 'kk']).toContain(t['@xml:lang']);
    }
    expect(units.filter((u) => u.prop['#text'] === 'footnote')).toHaveLength(46);
    expect(new Set(units.map((u) => u['@tuid'])).size).toBe(units.length);
  });

  it('parallel text files have the same number of lines', () => {
    const counts = ['en', 'ru', 'kk'].map((l) => readFileSync(join(dir, `parallel.${l}.txt`), 'utf8').split('\n').length);
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeGreaterThan(250);
  });
});
