/**
 * poppler's `pdftotext` (default, reading-order mode) prints no footnote rule, no
 * blank lines between paragraphs and moves the number of each page's first
 * footnote to the page end. The text path reads most of it; where a paragraph
 * ends on a full line the text holds no trace of the break, so these are floors,
 * not the targets (those hold for `-layout` output: poppler-layout.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/ingest/read.ts';
import { parseManuscript } from '../../src/gold/manuscript.ts';
import { scoreStructure } from '../../src/gold/score.ts';
import { buildDocument } from '../../pipeline/graph.ts';

const ROOT = new URL('../../', import.meta.url);

const FILES = ['en', 'ru', 'kk'].flatMap((lang) => ['', '.letter', '.sans', '.awkward'].map((v) => [`${lang}${v}`, lang] as const));

describe.each(FILES)('%s.poppler.txt', (name, lang) => {
  it('keeps its floors', async () => {
    const path = new URL(`tests/fixtures/kz-2012-parliamentary/${name}.poppler.txt`, ROOT).pathname;
    const doc = await buildDocument(readSource(path, readFileSync(path)));
    const gold = parseManuscript(readFileSync(new URL(`corpus/kz-2012-parliamentary/${lang}.md`, ROOT), 'utf8'));
    const s = scoreStructure(doc, gold);
    expect(doc.lang).toBe(lang);
    expect(s.headings.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.headings.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.footnotes.tp).toBeGreaterThanOrEqual(44);
    expect(s.footnoteRefs.tp).toBeGreaterThanOrEqual(43);
    expect(s.sentences.f1).toBeGreaterThanOrEqual(0.96);
    expect(s.paragraphs.f1).toBeGreaterThanOrEqual(0.7);
    expect(s.title).toBe(true);
  });
});
