import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/ingest/read.ts';
import { InputError } from '../../src/ingest/errors.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return e instanceof InputError ? e.code : 'not an InputError';
  }
  return undefined;
};

describe('readSource', () => {
  it('rejects an empty file and one of white space only', () => {
    expect(codeOf(() => readSource('a.txt', new Uint8Array()))).toBe('empty-file');
    expect(codeOf(() => readSource('a.txt', bytes(' \n\t\n')))).toBe('empty-file');
  });

  it('rejects binary data', () => {
    const junk = new Uint8Array(512).map((_, i) => (i * 37) % 256);
    expect(codeOf(() => readSource('a.txt', junk))).toBe('binary-file');
  });

  it('reads a long UTF-8 text with a few damaged bytes as damaged UTF-8, not as another encoding', () => {
    const good = bytes('Выборы прошли спокойно. '.repeat(200));
    const damaged = good.slice();
    damaged[101] = 0xff; // a byte no UTF-8 sequence holds
    damaged[2001] = 0x00; // a stray NUL
    const src = readSource('a.txt', damaged);
    expect(src.kind === 'text' && src.encoding).toBe('utf-8');
    expect(src.kind === 'text' && src.invalidBytes).toBeGreaterThanOrEqual(1);
    expect(src.kind === 'text' && src.text.includes('\u0000')).toBe(false);
    // many bad bytes are not damage but another encoding (or none)
    const cp866 = new Uint8Array(2000).map((_, i) => (i % 5 === 0 ? 0x20 : 0x80 + (i % 48)));
    expect(codeOf(() => readSource('a.txt', cp866))).toBe('unknown-encoding');
    // and many NULs are binary data
    expect(codeOf(() => readSource('a.txt', new Uint8Array([...good.slice(0, 500), 0, 0, 0, 0, ...good.slice(500, 1000)])))).toBe('binary-file');
  });

  it('rejects a file named .pdf that is not a PDF', () => {
    expect(codeOf(() => readSource('report.pdf', bytes('Hello, this is text')))).toBe('not-a-pdf');
  });

  it('recognises a PDF by its signature whatever its name', () => {
    const src = readSource('report.bin', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'));
    expect(src.kind).toBe('pdf');
  });

  it('decodes UTF-8 with and without a byte-order mark', () => {
    const text = 'Выборы прошли спокойно.';
    for (const b of [bytes(text), new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)])]) {
      const src = readSource('a.txt', b);
      expect(src.kind === 'text' && src.text).toBe(text);
    }
  });

  it('decodes UTF-16 little and big endian, with or without a byte-order mark', () => {
    const text = 'Сайлау күні тыныш өтті. Election day was calm.';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [b, enc] of [
      [new Uint8Array([0xff, 0xfe, ...le]), 'utf-16le'],
      [new Uint8Array(le), 'utf-16le'],
      [new Uint8Array([0xfe, 0xff, ...be]), 'utf-16be'],
      [new Uint8Array(be), 'utf-16be'],
    ] as const) {
      const src = readSource('a.txt', b);
      expect(src.kind === 'text' && [src.text, src.encoding]).toEqual([text, enc]);
    }
  });

  it('decodes Windows-1251 Russian text', () => {
    // "Выборы в Мажилис" in Windows-1251
    const cp1251 = new Uint8Array([0xc2, 0xfb, 0xe1, 0xee, 0xf0, 0xfb, 0x20, 0xe2, 0x20, 0xcc, 0xe0, 0xe6, 0xe8, 0xeb, 0xe8, 0xf1]);
    const src = readSource('a.txt', cp1251);
    expect(src.kind === 'text' && [src.text, src.encoding]).toEqual(['Выборы в Мажилис', 'windows-1251']);
  });

  it('decodes KOI8-R Russian text, whose small letters stand where Windows-1251 has its capitals', () => {
    const text = 'Выборы в Мажилис прошли спокойно, и наблюдатели отметили порядок.';
    const koi8 = new Uint8Array([...text].map((c) => (c === ' ' || c === ',' || c === '.' ? c.charCodeAt(0) : KOI8_R.indexOf(c) + 0xc0)));
    const src = readSource('a.txt', koi8);
    expect(src.kind === 'text' && [src.text, src.encoding]).toEqual([text, 'koi8-r']);
  });

  it('repairs UTF-8 that was read once as Windows-1252 or Latin-1 and saved again (mojibake), and says so', () => {
    const text = 'Выборы в Мажилис прошли 15 января – «спокойно».';
    const utf8 = [...bytes(text)];
    const asLatin1 = utf8.map((b) => String.fromCharCode(b)).join('');
    const cp1252 = new TextDecoder('windows-1252');
    const asCp1252 = utf8.map((b) => ([0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b) ? String.fromCharCode(b) : cp1252.decode(new Uint8Array([b])))).join('');
    for (const damaged of [asLatin1, asCp1252]) {
      const src = readSource('a.txt', bytes(damaged));
      expect(src.kind === 'text' && src.text).toBe(text);
      expect(src.kind === 'text' && src.encoding).toMatch(/^utf-8 \(read once as Latin-1 or Windows-1252/);
    }
  });

  it('leaves text in Latin-1 letters as it is (its bytes are no UTF-8)', () => {
    const text = 'Café, résumé, naïve, à la carte, déjà vu, São Tomé – Ørsted.';
    const src = readSource('a.txt', bytes(text));
    expect(src.kind === 'text' && [src.text, src.encoding]).toEqual([text, 'utf-8']);
  });

  it('fails clearly on an 8-bit encoding it cannot tell', () => {
    const latin1 = new Uint8Array([...bytes('Caf'), 0xe9, 0x20, 0x80, 0x81, ...bytes(' na'), 0xef, 0x76, 0x65]);
    expect(codeOf(() => readSource('a.txt', latin1))).toBe('unknown-encoding');
  });

  it('hashes the bytes', () => {
    const src = readSource('a.txt', bytes('abc'));
    expect(src.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

/** KOI8-R's letters at 0xC0-0xFF: small letters first, in its own order. */
const KOI8_R = 'юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ';
