/**
 * What a PDF's images are, read from their dictionaries alone: width,
 * height and filter. An image XObject is a stream, and streams never sit in
 * compressed object streams, so every image dictionary is plain in the file's
 * bytes. Nothing here decodes image data, so no image can hang or flood the
 * reader; it is how a scan is told from a blank document.
 */

export interface ImageDictionary {
  width: number;
  height: number;
  filter: string | null;
}

const DICT_BEFORE = 4000;
const DICT_AFTER = 4000;

/** The image dictionaries in a PDF's bytes (direct integer sizes only). */
export function imageDictionaries(bytes: Uint8Array): ImageDictionary[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const out: ImageDictionary[] = [];
  for (const m of text.matchAll(/\/Subtype\s*\/Image\b/g)) {
    const at = m.index;
    const start = text.lastIndexOf('<<', at);
    if (start < 0 || at - start > DICT_BEFORE) continue;
    const end = text.indexOf('stream', at);
    const dict = text.slice(start, end < 0 || end - at > DICT_AFTER ? at + DICT_AFTER : end);
    const width = Number(/\/Width\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)?.[1] ?? NaN);
    const height = Number(/\/Height\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)?.[1] ?? NaN);
    if (!(width > 0 && height > 0)) continue;
    out.push({ width, height, filter: /\/Filter\s*\[?\s*\/(\w+)/.exec(dict)?.[1] ?? null });
  }
  return out;
}

/** Fewer pixels a side than this is an icon or a logo, not a page. */
const MIN_SIDE = 200;
/** How far an image's shape may be from a page's and still be taken for the page. */
const ASPECT_TOLERANCE = 0.15;

/**
 * How many images have the shape of one of the pages (portrait or
 * landscape) and the size of more than an icon: what a scanner writes, one
 * per page.
 */
export function pageSizedImages(images: ImageDictionary[], pages: Array<{ width: number; height: number }>): number {
  const shapes = [...new Set(pages.map((p) => p.width / p.height))];
  return images.filter((im) => {
    if (Math.min(im.width, im.height) < MIN_SIDE) return false;
    const r = im.width / im.height;
    return shapes.some((s) => Math.abs(r / s - 1) <= ASPECT_TOLERANCE);
  }).length;
}
