import { describe, expect, it } from 'vitest';
import { pdfToLines } from '../../src/layout/pdf-lines.ts';
import type { PdfContent, PdfItem } from '../../src/schema/index.ts';

const item = (str: string, x: number, y: number, size = 12, extra: Partial<PdfItem> = {}): PdfItem => ({
  str, x, y, width: str.length * size * 0.5, size, bold: false, italic: false, ...extra,
});
const page = (number: number, items: PdfItem[]) => ({ number, width: 595, height: 842, items });
const content = (...pages: ReturnType<typeof page>[]): PdfContent => ({ pages, info: { title: null, author: null, creator: null, created: null } });

describe('pdfToLines', () => {
  const lines = pdfToLines(
    content(
      page(1, [
        item('Background', 57, 760, 12, { bold: true }),
        item('The Majilis (lower house).', 57, 736),
        item('1', 57 + 26 * 6 + 1, 740.5, 7),
        item('They cited the crisis.', 57 + 26 * 6 + 8, 736),
        item('Next line of the paragraph.', 57, 722),
        item('1', 57, 120, 5.8),
        item('The President may dissolve Parliament.', 63, 116, 10),
        item('2', 57, 108.4, 5.8),
        item('See the law.', 63, 104.5, 10),
      ]),
      page(2, [item('continued text.', 57, 760)]),
    ),
  );
  const texts = lines.map((l) => (l.blank ? (l.rawLength >= 20 ? '<rule>' : '') : l.text));

  it('turns a small raised number into a superscript marker glued to its line', () => {
    expect(texts).toContain('The Majilis (lower house).¹ They cited the crisis.');
  });

  it('puts a blank line for a paragraph gap and a rule before the footnote zone', () => {
    expect(texts).toEqual([
      'Background',
      '',
      'The Majilis (lower house).¹ They cited the crisis.',
      'Next line of the paragraph.',
      '<rule>',
      '¹ The President may dissolve Parliament.',
      '² See the law.',
      'continued text.',
    ]);
  });

  it('marks the first line of every page and keeps geometry', () => {
    expect(lines.filter((l) => l.pageStart).map((l) => [l.page, l.text])).toEqual([
      [1, 'Background'],
      [2, 'continued text.'],
    ]);
    expect(lines[0]!.geometry).toMatchObject({ x: 57, size: 12, bold: true });
  });

  it("keeps a line's last hyphen on its word across a hair's gap, and apart across a word space", () => {
    const hyphen = (gap: number) =>
      pdfToLines(content(page(1, [item('Xxx could vote on', 57, 700, 10), item('-', 57 + 17 * 5 + gap, 700, 10), item('line and xxx.', 57, 688, 10)])))[0]!.text;
    expect(hyphen(1.6)).toBe('Xxx could vote on-');
    expect(hyphen(2.5)).toBe('Xxx could vote on -');
  });

  it('a small number on a baseline (a page number) stays ordinary text', () => {
    const [l] = pdfToLines(content(page(1, [item('Statement Page:', 300, 800, 9), item('4', 380, 800, 9), item('Body text here and more.', 57, 700)])));
    expect(l!.text).toBe('Statement Page: 4');
  });

  it('reads the gaps of a text set 1.5 lines apart against its own pitch, not single spacing', () => {
    // two paragraphs of six lines 19.8 pt apart (1.8 ems of 11 pt), 6 pt between them
    const ys = [...Array.from({ length: 6 }, (_, i) => 760 - i * 19.8), ...Array.from({ length: 6 }, (_, i) => 760 - 5 * 19.8 - 25.8 - i * 19.8)];
    const spaced = pdfToLines(content(page(1, ys.map((y, i) => item(`Line ${i + 1} of running text.`, 57, y, 11)))));
    expect(spaced.map((l) => (l.blank ? '' : l.text.replace(/ of running text\./, '')))).toEqual([
      'Line 1', 'Line 2', 'Line 3', 'Line 4', 'Line 5', 'Line 6', '', 'Line 7', 'Line 8', 'Line 9', 'Line 10', 'Line 11', 'Line 12',
    ]);
  });
});
