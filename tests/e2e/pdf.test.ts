/**
 * End to end on the rendered PDFs of the bundled statement (scripts/fixtures):
 * the three language versions and the awkward layouts, scored against the
 * manuscripts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/ingest/read.ts';
import { parseManuscript } from '../../src/gold/manuscript.ts';
import { scoreStructure } from '../../src/gold/score.ts';
import { buildDocument } from '../../pipeline/graph.ts';

const ROOT = new URL('../../', import.meta.url);
const CASES: Array<[string, string]> = ['en', 'ru', 'kk'].flatMap((lang) => [
  [lang, `corpus/kz-2012-parliamentary/${lang}.pdf`],
  ...['letter', 'sans', 'awkward'].map((v): [string, string] => [lang, `tests/fixtures/kz-2012-parliamentary/${lang}.${v}.pdf`]),
]);

describe.each(CASES)('%s: %s', (lang, file) => {
  it('recovers the manuscript', async () => {
    const path = new URL(file, ROOT).pathname;
    const doc = await buildDocument(readSource(path, readFileSync(path)));
    const gold = parseManuscript(readFileSync(new URL(`corpus/kz-2012-parliamentary/${lang}.md`, ROOT), 'utf8'));
    const s = scoreStructure(doc, gold);
    expect(doc.source.format).toBe('pdf');
    expect(doc.lang).toBe(lang);
    expect([s.headings.tp, s.headings.fp, s.headings.fn]).toEqual([15, 0, 0]);
    expect([s.footnotes.tp, s.footnotes.fp]).toEqual([46, 0]);
    expect([s.footnoteRefs.tp, s.footnoteRefs.fp]).toEqual([46, 0]);
    expect(s.sentences.f1).toBeGreaterThanOrEqual(0.98);
    expect(s.paragraphs.f1).toBeGreaterThanOrEqual(0.98);
    expect(s.title).toBe(true);
    expect(doc.furniture.filter((f) => f.kind === 'page-label').length).toBe(doc.source.pages - 1);
    expect(doc.date).toBe('2012-01-16');
  });
});
