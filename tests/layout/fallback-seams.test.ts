import { describe, expect, it } from 'vitest';
import { resolveSeams, SEAM, type Words } from '../../src/layout/fallback-seams.ts';
import type { Line } from '../../src/schema/index.ts';

const line = (text: string, segments?: string[]): Line => ({
  text,
  page: 1,
  no: 1,
  indent: 0,
  blank: false,
  rawLength: text.length,
  pageStart: false,
  ...(segments ? { segments: segments.map((t, k) => ({ x: k * 100, width: 90, text: t })) } : {}),
});

// invented words: `ала` and `тау` are in the list and the dictionary, `алатау` in the list only (a compound),
// `кел` in the list; a listed word scores -10, another -30
const listed = new Set(['ала', 'тау', 'алатау', 'кел', 'ғана']);
const checked = new Set(['ала', 'тау', 'ғана']);
const words: Words = { score: (w) => (listed.has(w) ? -10 : -30), known: (w) => listed.has(w), checked: (w) => checked.has(w) };
const texts = (lines: Line[]) => lines.map((l) => l.text);

describe('resolveSeams', () => {
  it('parts a word at a seam where the letter begins a word the dictionary has and the whole is no word', () => {
    expect(texts(resolveSeams([line(`Біз кел${SEAM}ғана отыр.`)], words))).toEqual(['Біз кел ғана отыр.']);
  });

  it('closes a seam inside a word the list has (a compound), or where what follows is no word of the dictionary', () => {
    expect(texts(resolveSeams([line(`Біз ала${SEAM}тау көрдік.`), line(`Біз кел${SEAM}ғаныс.`)], words))).toEqual(['Біз алатау көрдік.', 'Біз келғаныс.']);
  });

  it('takes a form the dictionary lacks for a word where the text writes it on its own elsewhere (four letters or more)', () => {
    // `ғаныс` is no word of the dictionary; a line that writes it alone vouches for it, as one that writes `ғы` would not
    // (here an unlisted word scores by its length, so that the two parts score better than the whole)
    const byLength: Words = { ...words, score: (w) => (listed.has(w) ? -10 : -5 * [...w].length) };
    expect(texts(resolveSeams([line(`Біз кел${SEAM}ғаныс.`), line('ғаныс болды.')], byLength))[0]).toBe('Біз кел ғаныс.');
    expect(texts(resolveSeams([line(`Біз кел${SEAM}ғаныс.`)], byLength))[0]).toBe('Біз келғаныс.');
    expect(texts(resolveSeams([line(`Біз кел${SEAM}ғы.`), line('ғы болды.')], byLength))[0]).toBe('Біз келғы.');
    // (a word written only with a seam beside it vouches for nothing)
    expect(texts(resolveSeams([line(`Біз кел${SEAM}ғаныс.`), line(`ала${SEAM}ғаныс`)], byLength))[0]).toBe('Біз келғаныс.');
  });

  it('weighs only the letters beside the seam: a figure and a hyphen before them stay as they are', () => {
    expect(texts(resolveSeams([line(`тек 2-кел${SEAM}ғана.`)], words))).toEqual(['тек 2-кел ғана.']);
  });

  it('closes every seam without words, and mends the line segments too', () => {
    const [l] = resolveSeams([line(`кел${SEAM}ғана x`, [`кел${SEAM}ғана`, 'x'])]);
    expect([l!.text, l!.rawLength, l!.segments!.map((s) => s.text)]).toEqual(['келғана x', 9, ['келғана', 'x']]);
    const [w] = resolveSeams([line(`кел${SEAM}ғана x`, [`кел${SEAM}ғана`, 'x'])], words);
    expect(w!.segments!.map((s) => s.text)).toEqual(['кел ғана', 'x']);
  });

  it('returns a line without seams as it is', () => {
    const plain = line('Біз келдік.');
    expect(resolveSeams([plain], words)[0]).toBe(plain);
  });
});
