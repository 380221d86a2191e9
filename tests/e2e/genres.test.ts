/**
 * The genre corpus (corpus/GENRES-CORPUS.md): eight documents of four genres and
 * three elections, each read from its PDFs in two layouts, and the faithful
 * trios run through the whole pipeline. The targets, held for every
 * document, test set and dev set alike (the README has the first-sight figures).
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/ingest/read.ts';
import { parseManuscript } from '../../src/gold/manuscript.ts';
import { scoreStructure } from '../../src/gold/score.ts';
import { Flag } from '../../src/schema/index.ts';
import { buildDocument } from '../../pipeline/graph.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const IDS = readdirSync(join(ROOT, 'corpus')).filter((d) => /^kz-20\d\d-/.test(d) && d !== 'kz-2012-parliamentary');
const INPUTS = IDS.flatMap((id) => ['en', 'ru', 'kk'].flatMap((lang) => [[id, lang, `corpus/${id}/${lang}.pdf`], [id, lang, `tests/fixtures/${id}/${lang}.compact.pdf`]] as const));

describe.each(INPUTS)('%s %s: %s', (id, lang, rel) => {
  it('reads as the manuscript: headings with their numbers, paragraphs, sentences, footnotes, tables, kind, place and date', async () => {
    const path = join(ROOT, rel);
    const doc = await buildDocument(readSource(path, readFileSync(path)));
    const s = scoreStructure(doc, parseManuscript(readFileSync(join(ROOT, 'corpus', id, `${lang}.md`), 'utf8')));
    expect(doc.lang).toBe(lang);
    expect(s.headings.f1).toBe(1);
    expect(s.paragraphs.f1).toBeGreaterThanOrEqual(0.98);
    expect(s.sentences.f1).toBeGreaterThanOrEqual(0.98);
    expect(s.footnotes.fn + s.footnotes.fp).toBe(0);
    expect(s.footnoteRefs.fn + s.footnoteRefs.fp).toBe(0);
    expect(s.tables.f1).toBeGreaterThanOrEqual(0.98);
    expect(s.meta).toEqual({ kind: true, place: true, date: true });
  }, 120_000);
});

describe('the faithful trios through the whole pipeline', () => {
  it('raise at most one error or warning flag per 100 sentences, no folder left empty', () => {
    const out = mkdtempSync(join(tmpdir(), 'osce-genres-'));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/osce.js'), 'run', ...IDS.map((id) => join(ROOT, 'corpus', id)), '--out', out, '--quiet', '--no-spelling', '--no-corpus'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    let flags = 0;
    let sentences = 0;
    const statements = readdirSync(join(out, 'statements'));
    expect(statements).toHaveLength(IDS.length);
    for (const s of statements) {
      const files = readdirSync(join(out, 'statements', s));
      expect(files.filter((f) => /^[a-z]{2}\.json$/.test(f)).sort()).toEqual(['en.json', 'kk.json', 'ru.json']);
      for (const f of files.filter((x) => /^[a-z]{2}\.json$/.test(x))) sentences += (JSON.parse(readFileSync(join(out, 'statements', s, f), 'utf8')) as { sentences: unknown[] }).sentences.length;
      flags += (JSON.parse(readFileSync(join(out, 'statements', s, 'flags.json'), 'utf8')) as unknown[]).map((x) => Flag.parse(x)).filter((x) => x.severity !== 'info').length;
    }
    expect((100 * flags) / sentences).toBeLessThanOrEqual(1);
  }, 600_000);
});
