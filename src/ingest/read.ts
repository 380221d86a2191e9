import { createHash } from 'node:crypto';
import type { Source } from '../schema/index.ts';
import { InputError } from './errors.ts';

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const startsWith = (bytes: Uint8Array, sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);

/** PDF files may carry a few bytes of junk before `%PDF-`; readers accept it within the first KiB. */
function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/** UTF-16 without a byte-order mark: one byte of most pairs is zero for Latin and Cyrillic text alike. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // Cyrillic in UTF-16 has 0x04 as its high byte, not zero; count that too.
  let evenCyr = 0;
  let oddCyr = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0x04) evenCyr++;
    if (bytes[i + 1] === 0x04) oddCyr++;
  }
  if ((oddZero + oddCyr) / pairs > 0.6 && evenZero / pairs < 0.05) return 'utf-16le';
  if ((evenZero + evenCyr) / pairs > 0.6 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

function isBinary(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control / Math.max(1, text.length) > 0.01;
}

/**
 * The 8-bit Cyrillic encoding a text is in, or null: one is the likely
 * encoding when most high bytes fall on its letters (0xC0-0xFF, and
 * Windows-1251's Ё, ё, І, і). Which of the two: Windows-1251 sets the small
 * letters at 0xE0-0xFF, KOI8-R the capitals, and running text is mostly small
 * letters.
 */
function cyrillicEightBit(bytes: Uint8Array): 'windows-1251' | 'koi8-r' | null {
  let high = 0;
  let cyrillic = 0;
  let lowHalf = 0;
  let highHalf = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if (b >= 0xc0 || b === 0xa8 || b === 0xb8 || b === 0xb2 || b === 0xb3) cyrillic++;
    if (b >= 0xe0) highHalf++;
    else if (b >= 0xc0) lowHalf++;
  }
  if (high === 0 || cyrillic / high <= 0.8) return null;
  return lowHalf > highHalf * 2 ? 'koi8-r' : 'windows-1251';
}

/** Windows-1252's characters for the bytes 0x80-0x9F (Latin-1 has control characters there). */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const CP1252_BYTE = new Map([...CP1252_HIGH].map((c, k) => [c, 0x80 + k]));
/** A UTF-8 lead byte read as Latin-1 or Windows-1252, then a continuation byte read so: `Ð‘` for `Б`. */
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]/g;

/**
 * UTF-8 text read once as Latin-1 or Windows-1252 and saved again as UTF-8
 * (`Ð‘ÑŽÑ€Ð¾` for `Бюро`): where three such pairs or more stand in it, every
 * character maps back to one byte and the bytes are valid UTF-8 (text written
 * in Latin-1's letters seldom is), they are the text. Null otherwise.
 */
function repairedMojibake(text: string): string | null {
  if ((text.match(MOJIBAKE) ?? []).length < 3) return null;
  const bytes = new Uint8Array(text.length);
  let n = 0;
  for (const c of text) {
    const code = c.codePointAt(0)!;
    const b = code <= 0xff ? code : CP1252_BYTE.get(c);
    if (b === undefined) return null;
    bytes[n++] = b;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n));
  } catch {
    return null;
  }
}

/** Share of replacement characters up to which a file that fails strict UTF-8 is read as damaged UTF-8. */
const DAMAGED_UTF8_SHARE = 0.002;

function decodeText(bytes: Uint8Array, path: string): { text: string; encoding: string; invalidBytes?: number } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  // NUL bytes mark binary data; one in a few kilobytes of text is damage, and are dropped with the other control characters
  const nul = bytes.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
  if (nul > bytes.length * 0.0005) throw new InputError('binary-file', `${path}: binary file, not text (it holds NUL bytes)`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const repaired = repairedMojibake(text);
    return repaired === null ? { text, encoding: 'utf-8' } : { text: repaired, encoding: 'utf-8 (read once as Latin-1 or Windows-1252 and saved again: repaired)' };
  } catch {
    // a few bad sequences in a long UTF-8 file are damage (a flipped or cut byte), not another encoding
    const loose = new TextDecoder('utf-8').decode(bytes);
    const invalid = (loose.match(/\uFFFD/g) ?? []).length;
    const multibyte = bytes.reduce((n, b) => n + (b >= 0xc2 && b <= 0xf4 ? 1 : 0), 0);
    if (invalid <= Math.max(1, loose.length * DAMAGED_UTF8_SHARE) && multibyte > 4 * invalid) return { text: loose, encoding: 'utf-8', invalidBytes: invalid };
    const encoding = cyrillicEightBit(bytes);
    if (encoding) return { text: new TextDecoder(encoding).decode(bytes), encoding };
    throw new InputError('unknown-encoding', `${path}: text is neither UTF-8, UTF-16, Windows-1251 nor KOI8-R; convert it to UTF-8`);
  }
}

/**
 * The read stage: a file's bytes become a Source. PDFs are recognised by their
 * signature, not their name; anything else must decode as text.
 */
export function readSource(path: string, bytes: Uint8Array): Source {
  const hash = sha256(bytes);
  if (bytes.length === 0) throw new InputError('empty-file', `${path}: empty file (0 bytes)`);
  if (looksLikePdf(bytes)) return { kind: 'pdf', path, sha256: hash, bytes: new Uint8Array(bytes) };
  if (/\.pdf$/i.test(path)) throw new InputError('not-a-pdf', `${path}: named .pdf but is not a PDF (no %PDF- signature)`);
  const { text, encoding, invalidBytes } = decodeText(bytes, path);
  if (isBinary(text)) throw new InputError('binary-file', `${path}: binary file, not text`);
  if (text.trim() === '') throw new InputError('empty-file', `${path}: the file holds only white space`);
  const clean = text.replace(/\u0000/g, '');
  return { kind: 'text', path, sha256: hash, text: clean.normalize('NFC'), encoding, ...(invalidBytes ? { invalidBytes } : {}) };
}
