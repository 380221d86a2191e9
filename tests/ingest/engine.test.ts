import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/ingest/pdf.ts';

const native = (f: unknown): boolean => typeof f === 'function' && Function.prototype.toString.call(f).includes('[native code]');

describe('the PDF engine', () => {
  it('leaves the built-ins its polyfills replace as they were: push and JSON.parse stay native', async () => {
    const push = Array.prototype.push;
    const parse = JSON.parse;
    const PDFParse = await loadEngine();
    expect(typeof PDFParse).toBe('function');
    expect(Array.prototype.push).toBe(push);
    expect(JSON.parse).toBe(parse);
    expect(native(Array.prototype.push)).toBe(true);
    expect(native(JSON.parse)).toBe(true);
    // the engine's worker module, which loads with the first document, brings its own copies
    const { readPdf } = await import('../../src/ingest/pdf.ts');
    const { readSource } = await import('../../src/ingest/read.ts');
    const path = new URL('../../corpus/kz-2012-parliamentary/en.pdf', import.meta.url).pathname;
    const { readFileSync } = await import('node:fs');
    await readPdf(readSource(path, new Uint8Array(readFileSync(path))) as never);
    expect(Array.prototype.push).toBe(push);
    expect(JSON.parse).toBe(parse);
    // what Node 20 lacks and the engine needs is still there
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe('function');
  });
});

describe('the engine’s parser', () => {
  it('is pdf.js’s modern build, of the display layer’s release', async () => {
    await loadEngine();
    const parser = (globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker;
    expect(typeof parser?.WorkerMessageHandler).toBe('function');
    const { readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const ours = JSON.parse(readFileSync(require.resolve('pdfjs-dist/package.json'), 'utf8')) as { version: string };
    const pdfParse = JSON.parse(readFileSync(new URL('../../node_modules/pdf-parse/package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    expect(pdfParse.dependencies['pdfjs-dist']).toBe(ours.version);
  });
});

describe('the engine’s loopback port', () => {
  it('hands messages over uncopied, and leaves structuredClone as it was', async () => {
    const { readPdf } = await import('../../src/ingest/pdf.ts');
    const { readSource } = await import('../../src/ingest/read.ts');
    const { readFileSync } = await import('node:fs');
    const path = new URL('../../tests/fixtures/kz-2015-presidential-interim/en.compact.pdf', import.meta.url).pathname;
    const source = () => readSource(path, new Uint8Array(readFileSync(path))) as never;
    await readPdf(source()); // the port exists from the first document on
    const original = globalThis.structuredClone;
    let copies = 0;
    const counting = ((v: unknown, o?: StructuredSerializeOptions) => {
      copies++;
      return original(v, o);
    }) as typeof structuredClone;
    globalThis.structuredClone = counting;
    try {
      const content = await readPdf(source());
      expect(content.pages.length).toBeGreaterThan(0);
      expect(content.pages[0]!.items.length).toBeGreaterThan(10);
      expect(copies).toBe(0);
    } finally {
      expect(globalThis.structuredClone).toBe(counting);
      globalThis.structuredClone = original;
    }
  });
});
