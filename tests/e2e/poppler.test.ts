/**
 * poppler's `pdftotext` of the twelve statement PDFs, both ways it prints a page.
 *
 * `-layout` keeps a blank line for every gap of two lines or more (between
 * paragraphs) and the indentation of footnote text: from it the text path reads
 * every fixture as issue 3 asks, every heading at its level, 46 of 46 footnotes
 * and references, sentence and paragraph F1 of 0.98 or more.
 *
 * The default, reading-order mode prints no footnote rule, no blank lines between
 * paragraphs and moves the number of each page's first footnote to the page end.
 * Where a paragraph ends on a full line that text holds no trace of the break, so
 * these are floors that keep what it reads from slipping (see README, Accuracy).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/ingest/read.ts';
import { parseManuscript } from '../../src/gold/manuscript.ts';
import { scoreStructure } from '../../src/gold/score.ts';
import { buildDocument } from '../../pipeline/graph.ts';

const ROOT = new URL('../../', import.meta.url);

const TARGETS = {
  'poppler-layout': { headingRecall: 1, headingPrecision: 1, footnotes: 46, refs: 46, sentences: 0.98, paragraphs: 0.98 },
  poppler: { headingRecall: 0.9, headingPrecision: 0.95, footnotes: 44, refs: 43, sentences: 0.96, paragraphs: 0.7 },
};

const FILES = (['poppler-layout', 'poppler'] as const).flatMap((kind) =>
  ['en', 'ru', 'kk'].flatMap((lang) => ['', '.letter', '.sans', '.awkward'].map((v) => [`${lang}${v}.${kind}.txt`, lang, kind] as const)),
);

describe.each(FILES)('%s', (name, lang, kind) => {
  it('reads as the manuscript, at least as well as its targets say', async () => {
    const path = new URL(`tests/fixtures/kz-2012-parliamentary/${name}`, ROOT).pathname;
    const doc = await buildDocument(readSource(path, readFileSync(path)));
    const gold = parseManuscript(readFileSync(new URL(`corpus/kz-2012-parliamentary/${lang}.md`, ROOT), 'utf8'));
    const s = scoreStructure(doc, gold);
    const t = TARGETS[kind];
    expect(doc.lang).toBe(lang);
    expect(s.headings.recall).toBeGreaterThanOrEqual(t.headingRecall);
    expect(s.headings.precision).toBeGreaterThanOrEqual(t.headingPrecision);
    expect(s.footnotes.tp).toBeGreaterThanOrEqual(t.footnotes);
    expect(s.footnoteRefs.tp).toBeGreaterThanOrEqual(t.refs);
    expect(s.sentences.f1).toBeGreaterThanOrEqual(t.sentences);
    expect(s.paragraphs.f1).toBeGreaterThanOrEqual(t.paragraphs);
    expect(s.title).toBe(true);
  });
});
