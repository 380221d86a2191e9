import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { rowsFromGappedCells, tableOfCells } from '../../src/layout/gapped-cells.ts';

const rows = (text: string[]) => rowsFromGappedCells(textToLines(text.join('\n')));
const cells = (text: string[]) => rows(text).filter((l) => l.segments).map((l) => l.segments!.map((s) => s.text));
/** each cell a block: blank lines between cells, a cell's own lines together */
const gapped = (cellLines: string[][]) => cellLines.flatMap((c) => [...c, '']);

describe('tableOfCells', () => {
  const L = { kind: 'label' as const, at: [0], lines: ['a'], text: 'a' };
  const F = { kind: 'figure' as const, at: [0], lines: ['1'], text: '1' };
  it('reads a header of label cells over rows that end in the same number of figures', () => {
    expect(tableOfCells([L, L, L, L, L, L, F, F, L, L, F, F])).toEqual({ columns: 4, rows: 2 });
    expect(tableOfCells([L, L, L, L, L, L, F, F, L, L, F, F, L])).toEqual({ columns: 4, rows: 2 });
  });
  it('reads no table where the figures do not stand in the same columns, or one row only', () => {
    expect(tableOfCells([L, L, L, L, L, L, F, F, L, F, F, F])).toBeNull();
    expect(tableOfCells([L, L, L, L, L, L, F, F])).toBeNull();
    // one label cell a row is read by cell-rows.ts
    expect(tableOfCells([L, L, L, F, L, F, L, F])).toBeNull();
  });
});

describe('rowsFromGappedCells', () => {
  const table = gapped([
    ['Candidate'], ['Party'], ['Votes'], ['Share'],
    ['Ann Lake'], ['Party of the', 'Lakes'], ['120,400'], ['61.2'],
    ['Bo Hill'], ['Hill Union'], ['58,100'], ['29.5'],
    ['Cy Moor'], ['Moor Farmers'], ['17,300'], ['9.3'],
  ]);

  it('makes rows of a table printed a cell a block, a wrapped cell joined, under a caption with no blank line', () => {
    const text = ['ANNEX: RESULTS', 'The final results were these:', ...table, 'ABOUT US', '', 'The office was set up in a year.'];
    expect(cells(text)).toEqual([
      ['Candidate', 'Party', 'Votes', 'Share'],
      ['Ann Lake', 'Party of the Lakes', '120,400', '61.2'],
      ['Bo Hill', 'Hill Union', '58,100', '29.5'],
      ['Cy Moor', 'Moor Farmers', '17,300', '9.3'],
    ]);
    const out = rows(text).filter((l) => !l.blank).map((l) => l.text);
    expect(out.slice(0, 2)).toEqual(['ANNEX: RESULTS', 'The final results were these:']);
    expect(out.slice(-2)).toEqual(['ABOUT US', 'The office was set up in a year.']);
  });

  it('leaves a text that marks its wrapped lines with a space, and blocks of sentences', () => {
    const marked = ['The results:', ...table.map((l, k) => (k === 8 ? `${l} ` : l))];
    expect(cells(marked)).toEqual([]);
    const prose = gapped([['The mission met the commission.'], ['It met parties.'], ['Votes'], ['Share'], ['A'], ['B'], ['1,200'], ['3.4'], ['C'], ['D'], ['5,600'], ['7.8']]);
    expect(cells(prose)).toEqual([]);
  });

  const FULL = 'The mission held meetings with the authorities and with many others, listed in the annex below.';
  const meetings = gapped([
    ['Body'], ['Who was met'],
    ['Water Authority'], ['Deputy Head of the Authority and', 'staff of its legal department'],
    ['Statistics Office'], ['Director of the Office and the head', 'of its census unit'],
    ['Office of the Commissioner for', 'Roads'], ['Two deputy commissioners'],
    ['Civil society'], ['Representatives of four associations', 'working on rights'],
  ]);

  it('makes rows of a table of two columns of text, a label and a few narrow lines, under a header of two labels', () => {
    const text = [...Array(8).fill(FULL), 'ANNEX: MEETINGS', ...meetings, FULL];
    expect(cells(text)).toEqual([
      ['Body', 'Who was met'],
      ['Water Authority', 'Deputy Head of the Authority and staff of its legal department'],
      ['Statistics Office', 'Director of the Office and the head of its census unit'],
      ['Office of the Commissioner for Roads', 'Two deputy commissioners'],
      ['Civil society', 'Representatives of four associations working on rights'],
    ]);
    // short paragraphs of full lines between short headings are no such table
    const prose = gapped([['Body'], ['Who was met'], ['Water'], [FULL, FULL], ['Roads'], [FULL], ['Rights'], [FULL, FULL], ['Media'], [FULL]]);
    expect(cells([...Array(8).fill(FULL), ...prose])).toEqual([]);
  });

  it("gives the rest of a cell a page's foot cut, under the header the next page repeats, to the cut row", () => {
    const page1 = gapped([['Body'], ['Who was met'], ['Water Authority'], ['Deputy Head of the', 'Authority'], ['Statistics Office'], ['Director of the Office', 'and his deputy'], ['Roads Office'], ['Two deputy commissioners and the head of', 'the bridges']]);
    const page2 = ['\f', ...gapped([['Body'], ['Who was met', 'unit'], ['Civil society'], ['Representatives of four', 'associations'], ['Media'], ['Editors of two', 'papers'], ['Courts'], ['Judges of two', 'courts']])];
    const rows2 = cells([...Array(8).fill(FULL), ...page1, ...page2, FULL]);
    expect(rows2[3]).toEqual(['Roads Office', 'Two deputy commissioners and the head of the bridges unit']);
    expect(rows2[4]).toEqual(['Body', 'Who was met']);
  });
});
