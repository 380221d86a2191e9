/**
 * Fuzzing the readers (fast-check): random and mutated inputs, text and PDF,
 * never crash and never hang; every failure is a typed input error with a
 * one-line message naming the file. fast-check prints the seed and the
 * shrunk input of any failure, so a finding can be replayed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/ingest/read.ts';
import { isInputError } from '../../src/ingest/errors.ts';
import { Document } from '../../src/schema/index.ts';
import { buildDocument } from '../../pipeline/graph.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const TEXT = readFileSync(join(ROOT, 'tests/fixtures/kz-2012-parliamentary/ru.pdftotext.txt'));
const PDF = new Uint8Array(readFileSync(join(ROOT, 'corpus/kz-2012-parliamentary/en.pdf')));

/** Reads an input; resolves to 'ok' or the error code, and fails on anything that is not a typed input error. */
async function read(path: string, bytes: Uint8Array): Promise<string> {
  try {
    const doc = await buildDocument(readSource(path, bytes));
    Document.parse(doc);
    return 'ok';
  } catch (e) {
    if (!isInputError(e)) throw new Error(`${path}: untyped failure: ${(e as Error)?.stack ?? e}`);
    expect(e.message.startsWith(path)).toBe(true);
    expect(e.message).not.toContain('\n');
    return e.code;
  }
}

/** A mutation of a byte string: cut, spliced with garbage, bytes flipped, a run deleted or repeated. */
const mutation = (base: Uint8Array) =>
  fc.oneof(
    fc.integer({ min: 0, max: base.length }).map((n) => base.slice(0, n)),
    fc.tuple(fc.integer({ min: 0, max: base.length }), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, junk]) => new Uint8Array([...base.slice(0, at), ...junk, ...base.slice(at)])),
    fc.array(fc.tuple(fc.integer({ min: 0, max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }).map((flips) => {
      const b = base.slice();
      for (const [at, v] of flips) b[at] = v;
      return b;
    }),
    fc.tuple(fc.integer({ min: 0, max: base.length }), fc.integer({ min: 1, max: 4096 })).map(([at, n]) => new Uint8Array([...base.slice(0, at), ...base.slice(at + n)])),
    fc.tuple(fc.integer({ min: 0, max: base.length }), fc.integer({ min: 1, max: 2048 })).map(([at, n]) => new Uint8Array([...base.slice(0, at + n), ...base.slice(at)])),
  );

describe('fuzzing the text reader', () => {
  it('takes random bytes and random text without a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 4096 }), fc.string({ unit: 'grapheme', maxLength: 2000 }).map((s) => new Uint8Array(Buffer.from(s)))), async (bytes) => {
        await read('fuzz.txt', bytes);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('takes mutations of the published text, and still reads most of them', async () => {
    const codes: string[] = [];
    await fc.assert(
      fc.asyncProperty(mutation(new Uint8Array(TEXT)), async (bytes) => {
        codes.push(await read('mutated.txt', bytes));
      }),
      { numRuns: 40 },
    );
    // a cut or a flipped byte does not make a statement unreadable
    expect(codes.filter((c) => c === 'ok').length).toBeGreaterThan(codes.length / 2);
  }, 180_000);

  it('takes text made of the sample\'s own lines, shuffled and repeated', async () => {
    const lines = TEXT.toString('utf8').split('\n');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...lines), { maxLength: 300 }), async (picked) => {
        await read('lines.txt', new Uint8Array(Buffer.from(picked.join('\n'))));
      }),
      { numRuns: 60 },
    );
  }, 180_000);
});

describe('fuzzing the PDF reader', () => {
  it('takes damaged PDFs (cut, spliced, flipped, holed) without a crash or a hang', async () => {
    await fc.assert(
      fc.asyncProperty(mutation(PDF), async (bytes) => {
        await read('damaged.pdf', bytes);
      }),
      { numRuns: 30 },
    );
  }, 240_000);

  it('takes random bytes behind a PDF signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (junk) => {
        const code = await read('junk.pdf', new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...junk]));
        expect(code).not.toBe('ok');
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
