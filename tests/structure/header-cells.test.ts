import { describe, expect, it } from 'vitest';
import { headerCellsAsText } from '../../src/structure/header-cells.ts';
import type { Block } from '../../src/structure/blocks.ts';
import type { ZonedLine } from '../../src/schema/index.ts';

const line = (text: string): ZonedLine => ({ text, page: 1, no: 1, indent: 0, blank: false, rawLength: text.length, pageStart: false, zone: 'body' });
const block = (kind: Block['kind'], ...texts: string[]): Block => ({ kind, lines: texts.map(line), page: 1 });
const kinds = (blocks: Block[]) => blocks.map((b) => `${b.kind}: ${b.lines[0]!.text}`);

// an annex's table printed a cell a block: its header cells, then its rows' cells
const annex = (...header: string[]): Block[] => [
  block('heading', 'Summary'),
  block('paragraph', 'The mission met officials and civil society.'),
  block('heading', 'ANNEX: CONTACTS'),
  ...header.map((h) => block('heading', h)),
  block('paragraph', 'Ministry of Agriculture'),
  block('paragraph', 'Deputy Minister and staff of the planning department'),
];

describe('headerCellsAsText', () => {
  it("reads headings in a row with nothing between them as a table's cells: the first lines of the block after them", () => {
    const out = headerCellsAsText(annex('Body', 'People we met'));
    expect(kinds(out)).toEqual([
      'heading: Summary',
      'paragraph: The mission met officials and civil society.',
      'heading: ANNEX: CONTACTS',
      'paragraph: Body',
      'paragraph: Deputy Minister and staff of the planning department',
    ]);
    expect(out[3]!.lines.map((l) => l.text)).toEqual(['Body', 'People we met', 'Ministry of Agriculture']);
  });

  it("reads one such heading after a table's lead (a block ending with a colon) as a cell", () => {
    const blocks = [block('paragraph', 'The mission met officials.'), block('paragraph', 'Results as announced:'), block('heading', 'Party'), block('paragraph', 'Greens 12,400')];
    expect(kinds(headerCellsAsText(blocks))).toEqual(['paragraph: The mission met officials.', 'paragraph: Results as announced:', 'paragraph: Party']);
    const plain = [block('paragraph', 'The mission met officials.'), block('heading', 'Party'), block('paragraph', 'Greens 12,400')];
    expect(headerCellsAsText(plain)).toBe(plain);
  });

  it("reads one such heading over a figure alone as a table's cell (a row's label)", () => {
    const blocks = [block('paragraph', 'The mission met officials.'), block('lines', '12', '41.5'), block('heading', 'Green Party'), block('lines', '29', '38.2')];
    expect(kinds(headerCellsAsText(blocks))).toEqual(['paragraph: The mission met officials.', 'lines: 12', 'lines: Green Party']);
  });

  it('makes them a block of lines of their own where a heading follows them', () => {
    const blocks = [...annex('Body', 'People we met').slice(0, 5), block('heading', 'ABOUT US')];
    expect(kinds(headerCellsAsText(blocks)).slice(3)).toEqual(['lines: Body', 'heading: ABOUT US']);
  });

  it("reads one such heading over a short line that ends no sentence, a text cell, as a table's cell", () => {
    expect(kinds(headerCellsAsText(annex('Body'))).slice(3)).toEqual(['paragraph: Body', 'paragraph: Deputy Minister and staff of the planning department']);
    // (a section's text opens with a line of text, or a lead)
    for (const opening of ['The ministry met the mission twice during the campaign period.', 'Ministries met:', 'The ministry met\nthe mission twice.']) {
      const section = [...annex('Body').slice(0, 4), block('paragraph', ...opening.split('\n')), annex('Body')[5]!];
      expect(headerCellsAsText(section)).toBe(section);
    }
  });

  it('keeps one heading alone, a heading in capitals or numbered or ending a sentence, and the title lines before the first paragraph', () => {
    const one = [...annex('Body').slice(0, 4), block('paragraph', 'The ministry met the mission twice during the campaign period.')];
    expect(headerCellsAsText(one)).toBe(one);
    for (const other of ['B. Media', 'MEDIA', 'Contacts:']) {
      const blocks = annex('Body', other);
      expect(headerCellsAsText(blocks)).toBe(blocks);
    }
    const title = [block('heading', 'Republic of Somewhere'), block('heading', 'Early elections'), block('paragraph', 'The mission was deployed.')];
    expect(headerCellsAsText(title)).toBe(title);
  });

  it("keeps a PDF's headings, read off their type", () => {
    const blocks = annex('Body', 'People we met').map((b) => (b.kind === 'heading' ? { ...b, lines: b.lines.map((l) => ({ ...l, geometry: { x: 0, width: 100, size: 11, bold: true } })) } : b)) as Block[];
    expect(headerCellsAsText(blocks)).toBe(blocks);
  });
});
