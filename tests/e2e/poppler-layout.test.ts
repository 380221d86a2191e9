/**
 * poppler's `pdftotext -layout` keeps what the reading-order output throws away:
 * a blank line for every gap of two lines or more (between paragraphs) and the
 * indentation of footnote text. From it the text path reads every statement
 * fixture as the issue asks of it: every heading at its level, 46 of 46 footnotes
 * and references, sentence and paragraph F1 of 0.98 or more.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/ingest/read.ts';
import { parseManuscript } from '../../src/gold/manuscript.ts';
import { scoreStructure } from '../../src/gold/score.ts';
import { buildDocument } from '../../pipeline/graph.ts';

const ROOT = new URL('../../', import.meta.url);

const FILES = ['en', 'ru', 'kk'].flatMap((lang) => ['', '.letter', '.sans', '.awkward'].map((v) => [`${lang}${v}`, lang] as const));

describe.each(FILES)('%s.poppler-layout.txt', (name, lang) => {
  it('reads as the manuscript', async () => {
    const path = new URL(`tests/fixtures/kz-2012-parliamentary/${name}.poppler-layout.txt`, ROOT).pathname;
    const doc = await buildDocument(readSource(path, readFileSync(path)));
    const gold = parseManuscript(readFileSync(new URL(`corpus/kz-2012-parliamentary/${lang}.md`, ROOT), 'utf8'));
    const s = scoreStructure(doc, gold);
    expect(doc.lang).toBe(lang);
    expect(s.headings.recall).toBe(1);
    expect(s.headings.precision).toBe(1);
    expect(s.footnotes.tp).toBe(46);
    expect(s.footnoteRefs.tp).toBe(46);
    expect(s.sentences.f1).toBeGreaterThanOrEqual(0.98);
    expect(s.paragraphs.f1).toBeGreaterThanOrEqual(0.98);
    expect(s.title).toBe(true);
  });
});
