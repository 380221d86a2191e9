import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/ingest/read.ts';
import { readPdf } from '../../src/ingest/pdf.ts';
import { InputError } from '../../src/ingest/errors.ts';
import { buildDocument } from '../../pipeline/graph.ts';

const fixture = (name: string) => new URL(`../fixtures/bad/${name}`, import.meta.url).pathname;
const failure = async (name: string): Promise<InputError> => {
  const path = fixture(name);
  try {
    await buildDocument(readSource(path, readFileSync(path)));
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error(`${name} was read without an error`);
};

describe('odd PDFs fail with a clear, typed error', () => {
  it.each([
    ['encrypted.pdf', 'encrypted-pdf', /encrypted.*password/],
    ['truncated.pdf', 'corrupt-pdf', /damaged or truncated/],
    ['scanned.pdf', 'scanned-pdf', /no text layer.*OCR/],
    ['not-a-statement.pdf', 'not-a-statement', /does not read as an election-observation statement/],
    ['empty.pdf', 'empty-file', /empty file/],
    ['text-named.pdf', 'not-a-pdf', /not a PDF/],
    ['unmapped.pdf', 'unmapped-text', /maps to no letters.*original PDF/],
  ])('%s → %s', async (name, code, message) => {
    const e = await failure(name);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
    expect(e.message.split('\n')).toHaveLength(1);
  });
});

describe('readPdf', () => {
  it('reads positioned items with size, bold and raised markers', async () => {
    const path = new URL('../../corpus/kz-2012-parliamentary/en.pdf', import.meta.url).pathname;
    const src = readSource(path, readFileSync(path));
    if (src.kind !== 'pdf') throw new Error('not read as a PDF');
    const content = await readPdf(src);
    expect(content.pages.length).toBeGreaterThan(5);
    const items = content.pages.flatMap((p) => p.items);
    expect(items.some((i) => i.bold && /PRELIMINARY CONCLUSIONS/.test(i.str))).toBe(true);
    // superscript markers: small digits
    expect(items.filter((i) => /^\d+$/.test(i.str) && i.size < 8).length).toBeGreaterThanOrEqual(46);
  });
});
