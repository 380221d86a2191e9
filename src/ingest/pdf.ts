/**
 * Reads a PDF's positioned text with pdf-parse and its engine, pdfjs-dist:
 * every text item with its baseline, size and font (bold, italic), page by
 * page, and the document's metadata. Failures become typed input errors.
 */
import type { PDFParse as PDFParseClass } from 'pdf-parse';
import type { PdfContent, PdfItem, PdfPage, PdfSource } from '../schema/index.ts';
import { InputError } from './errors.ts';
import { imageDictionaries, pageSizedImages } from './images.ts';

export interface ReadPdfOptions {
  /** a PDF of more pages is refused with `too-large` before any page is read */
  maxPages?: number;
  /** told the page count as soon as it is known (the runner scales the input's deadline by it) */
  onPages?: (pages: number) => void;
  /** told each time a page has been read (the runner gives each page its own deadline) */
  onPage?: (page: number) => void;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

interface PdfJsPage {
  view: number[];
  getTextContent(): Promise<{ items: Array<TextItem | { type: string }> }>;
  getOperatorList(): Promise<unknown>;
  commonObjs: { has(id: string): boolean; get(id: string): { name?: string } | undefined };
  cleanup(): void;
}

interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfJsPage>;
  getMetadata(): Promise<{ info?: unknown }>;
}

function classify(e: unknown, path: string): InputError {
  const err = e as { name?: string; message?: string };
  const name = err?.name ?? '';
  const message = (err?.message ?? String(e)).split('\n')[0];
  if (/Password/i.test(name) || /password/i.test(message ?? '')) {
    return new InputError('encrypted-pdf', `${path}: the PDF is encrypted and needs a password; decrypt it first (qpdf --decrypt)`);
  }
  if (/InvalidPDF|FormatError|UnknownError|MissingPDF/i.test(name) || /Invalid PDF|xref|trailer|startxref|stream must have data|bad XRef/i.test(message ?? '')) {
    return new InputError('corrupt-pdf', `${path}: the PDF is damaged or truncated and cannot be read (${message})`);
  }
  return new InputError('corrupt-pdf', `${path}: the PDF cannot be read (${name ? `${name}: ` : ''}${message})`);
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/**
 * The engine, loaded once a process. pdf.js's legacy build, the one that runs
 * on Node 20, brings core-js polyfills that replace built-ins this Node has
 * with plain JavaScript: `Array.prototype.push` (for a spec corner about
 * non-writable lengths) and `JSON.parse` (for a reviver's source text) among
 * them, with the engine (and again with its legacy worker module, where that
 * loads: see loadParser). Every stage of a worker that had read a PDF then
 * paid for them: push alone was a fifth of the reading time. The built-ins are
 * put back after each load; the engine relies on neither corner. What the
 * polyfills add (Promise.withResolvers, Set and iterator methods Node 20
 * lacks) stays.
 */
const NATIVES: Array<[object, PropertyKey, PropertyDescriptor | undefined]> = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [Function.prototype, 'toString'],
].map(([o, k]) => [o as object, k as PropertyKey, Object.getOwnPropertyDescriptor(o as object, k as PropertyKey)]);

const restoreNatives = (): void => {
  for (const [o, k, d] of NATIVES) if (d && Object.getOwnPropertyDescriptor(o, k)?.value !== d.value) Object.defineProperty(o, k, d);
};

/**
 * The engine's parser (its worker module, which in Node runs in this thread)
 * comes from pdf.js's modern build, not the legacy one pdf-parse names: the
 * legacy build is the same code transpiled for old browsers, private fields
 * and all, and reads a document's text about a fifth slower alone (some 5 %
 * of the reading in a batch, where the rest of the work warms it). The modern
 * parser needs nothing Node 20 lacks but what the legacy display layer, loaded
 * first, polyfills (`Promise.withResolvers`, `transferToFixedLength`); the
 * two builds are one release (pdf-parse pins it, and so does package.json),
 * and the display layer takes a parser set on `globalThis.pdfjsWorker` before
 * it would import its own.
 */
const loadParser = async (): Promise<void> => {
  const g = globalThis as { pdfjsWorker?: unknown };
  g.pdfjsWorker ??= await import('pdfjs-dist/build/pdf.worker.mjs');
};

let engine: Promise<typeof PDFParseClass> | null = null;
export function loadEngine(): Promise<typeof PDFParseClass> {
  return (engine ??= import('pdf-parse')
    .then(async (m) => {
      restoreNatives();
      await loadParser();
      return m.PDFParse;
    })
    .finally(restoreNatives));
}

/**
 * Reads a PDF source into positioned text. Images are never decoded: the
 * engine drops every image before its data is touched (`maxImageSize: 0`),
 * so a damaged or oversized JBIG2, JPX, CCITT or Flate image costs nothing.
 */
const LETTER = /\p{L}/gu;
/** Below this share of letters among a PDF's characters its text maps to none (prose holds about four in five). */
const UNMAPPED_SHARE = 0.3;

export async function readPdf(source: PdfSource, options: ReadPdfOptions = {}): Promise<PdfContent> {
  const PDFParse = await loadEngine();
  const parser = new PDFParse({ data: new Uint8Array(source.bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false, maxImageSize: 0, disableFontFace: false });
  try {
    let doc: PdfJsDocument;
    let info: Record<string, unknown> = {};
    try {
      // load() is pdf-parse's own loader (typed private): the pdfjs document, loaded once,
      // with pdf-parse's error normalisation, shared with getInfo()
      doc = (await (parser as unknown as { load(): Promise<unknown> }).load()) as PdfJsDocument;
      restoreNatives(); // (had no parser been set, the engine's own would load with the first document)
      handOverUncopied(doc);
      keepFontsUnbound(doc);
      // the document information dictionary only: pdf-parse's getInfo() also reads the outline, the
      // permissions and the page labels, which nothing here uses
      info = ((await doc.getMetadata()).info ?? {}) as Record<string, unknown>;
    } catch (e) {
      throw classify(e, source.path);
    }
    options.onPages?.(doc.numPages);
    if (options.maxPages !== undefined && doc.numPages > options.maxPages) {
      throw new InputError('too-large', `${source.path}: the PDF has ${doc.numPages} pages, more than the ${options.maxPages} allowed (--max-pages)`);
    }
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        pages.push(await readPage(await doc.getPage(n), n));
        options.onPage?.(n);
      } catch (e) {
        if (e instanceof InputError) throw e;
        throw new InputError('corrupt-pdf', `${source.path}: page ${n} of the PDF cannot be read (${(e as Error).message?.split('\n')[0]})`);
      }
    }
    if (pages.length === 0) throw new InputError('corrupt-pdf', `${source.path}: the PDF has no pages`);
    const chars = pages.reduce((n, p) => n + p.items.reduce((m, i) => m + i.str.trim().length, 0), 0);
    if (chars < 20 * pages.length && chars < 200) {
      // told from the image dictionaries (pixel sizes), never from decoded pixels
      const scans = pageSizedImages(imageDictionaries(source.bytes), pages);
      if (scans > 0) throw new InputError('scanned-pdf', `${source.path}: the PDF has no text layer, only images the size of a page (${scans} of them: a scan); OCR is not supported yet`);
      throw new InputError('no-text', `${source.path}: the PDF has no text to read (${pages.length} page(s), ${chars} character(s), no page-sized image)`);
    }
    // text whose glyphs map to no letters (fonts without a Unicode map: a PDF made again through PostScript)
    const letters = pages.reduce((n, p) => n + p.items.reduce((m, i) => m + (i.str.match(LETTER)?.length ?? 0), 0), 0);
    if (letters < UNMAPPED_SHARE * chars) {
      throw new InputError('unmapped-text', `${source.path}: the PDF's text maps to no letters (${letters} of ${chars} characters are letters: its fonts carry no Unicode map, as in a PDF made again through PostScript); use the original PDF, or OCR it`);
    }
    return {
      pages,
      info: { title: str(info.Title), author: str(info.Author), creator: str(info.Creator), created: str(info.CreationDate) },
    };
  } finally {
    await parser.destroy().catch(() => {});
  }
}

/**
 * In Node the engine's worker runs in this thread and talks to the document
 * through a loopback port that copies every message with `structuredClone`,
 * as a real worker boundary would: each page's text items, every font and
 * every reply, copied once to be read once (a tenth of the reading time, and
 * as much again in garbage). Here the port hands messages over uncopied. The
 * engine reuses only a message's outer objects after sending it (a text
 * chunk's holder gets fresh `items`), so those plain objects, three levels
 * deep, are still copied; arrays, buffers and class instances pass as they are.
 */
const uncopied = new WeakSet<object>();
const plainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
const outerCopy = (v: unknown, depth: number): unknown => {
  if (depth === 0 || !plainObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = outerCopy(v[k], depth - 1);
  return out;
};
const handOver = ((v: unknown) => outerCopy(v, 3)) as typeof structuredClone;

function handOverUncopied(doc: unknown): void {
  const port = (doc as { _transport?: { messageHandler?: { comObj?: object } } })._transport?.messageHandler?.comObj;
  const proto = port ? (Object.getPrototypeOf(port) as { postMessage?: unknown } | null) : null;
  if (!proto || uncopied.has(proto) || typeof proto.postMessage !== 'function') return;
  uncopied.add(proto);
  const post = proto.postMessage as (this: object, obj: unknown, transfer?: unknown) => void;
  proto.postMessage = function (this: object, obj: unknown, transfer?: unknown) {
    const clone = globalThis.structuredClone;
    globalThis.structuredClone = handOver;
    try {
      post.call(this, obj, transfer);
    } finally {
      globalThis.structuredClone = clone;
    }
  };
}

/**
 * Fonts are read for their names (bold, italic), never drawn. With
 * `disableFontFace` (pdf.js's default in Node) the engine builds every glyph's
 * outline on each page whose operator list it reads, to draw without font
 * faces: a tenth of the reading time. With font faces allowed, it leaves them
 * to the document's font loader, which in Node has no document to load them
 * into and would ask for the outlines after all; here it loads nothing. Should
 * a later engine lack the loader, its fallback builds the outlines as before.
 */
function keepFontsUnbound(doc: unknown): void {
  const loader = (doc as { _transport?: { fontLoader?: { bind?: unknown } } })._transport?.fontLoader;
  if (loader && typeof loader.bind === 'function') loader.bind = async () => {};
}

async function readPage(page: PdfJsPage, number: number): Promise<PdfPage> {
  const content = await page.getTextContent();
  // The fonts' names tell bold and italic apart, and only the operator list hands a font over. It costs
  // about as much as the text itself, and a font once handed over stays for the whole document: a page
  // whose fonts are all known already skips it.
  if (content.items.some((i) => 'str' in i && i.str !== '' && !page.commonObjs.has(i.fontName))) await page.getOperatorList();
  const fonts = new Map<string, string>();
  const items: PdfItem[] = [];
  for (const raw of content.items) {
    if (!('str' in raw) || raw.str === '') continue;
    const [a, b, c, d, e, f] = raw.transform as [number, number, number, number, number, number];
    let font = fonts.get(raw.fontName);
    if (font === undefined) {
      font = page.commonObjs.has(raw.fontName) ? (page.commonObjs.get(raw.fontName)?.name ?? '') : '';
      fonts.set(raw.fontName, font);
    }
    items.push({
      str: raw.str,
      x: e,
      y: f,
      width: raw.width,
      size: Math.round(Math.hypot(c, d) * 100) / 100 || Math.round(Math.hypot(a, b) * 100) / 100,
      bold: /bold|black|heavy|semibold|demi/i.test(font),
      italic: /italic|oblique/i.test(font),
    });
  }
  const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = page.view;
  page.cleanup();
  return { number, width: x1 - x0, height: y1 - y0, items };
}
