import { describe, expect, it } from 'vitest';
import { isGap, linePitches, type PlacedLine } from '../../src/layout/line-pitch.ts';

const SIZE = 11;
/** Lines of a page from the distances between them, in ems of 11 pt; each entry is [distance from the line above, options]. */
function page(steps: Array<[number, Partial<PlacedLine>?]>): PlacedLine[] {
  let y = 800;
  return steps.map(([ems, extra]) => {
    y -= ems * SIZE;
    return { y, size: SIZE, raised: false, bold: false, inset: 0, columns: false, ...extra };
  });
}
/** A page of paragraphs set `pitch` ems apart, with `gap` ems more after every fourth line. */
const paragraphs = (pitch: number, gap: number): PlacedLine[] =>
  page(Array.from({ length: 24 }, (_, i) => [i === 0 ? 0 : pitch + (i % 4 === 0 ? gap : 0)] as [number]));
const gapsOf = (lines: PlacedLine[], pitches = linePitches([lines])): number[] =>
  lines.flatMap((l, i) => (i > 0 && isGap(lines[i - 1]!, l, SIZE, pitches) ? [i] : []));

describe('linePitches', () => {
  it("reads each size's commonest distance between lines of running text", () => {
    expect(linePitches([paragraphs(1.8, 0.55)]).get(SIZE)).toBeCloseTo(1.8);
    expect(linePitches([paragraphs(1.15, 1)]).get(SIZE)).toBeCloseTo(1.15);
  });

  it('leaves out lines with a raised marker and bold lines, and sizes with fewer than five pairs', () => {
    const lines = page([[0, { bold: true }], [2.1, { bold: true }], [2.1, { bold: true }], [2.1, { bold: true }], [2.1, { bold: true }], [2.1, { bold: true }], [2.1, { bold: true }]]);
    expect(linePitches([lines]).has(SIZE)).toBe(false);
    expect(linePitches([page([[0], [1.8], [1.8], [1.8], [1.8]])]).has(SIZE)).toBe(false);
  });
});

describe('isGap', () => {
  it('finds the paragraph gaps of a text set 1.5 lines apart, not a gap at every line', () => {
    // (read against single spacing, every line of it was a gap)
    expect(gapsOf(paragraphs(1.8, 0.55))).toEqual([4, 8, 12, 16, 20]);
    expect(gapsOf(paragraphs(1.8, 0.55), new Map())).toHaveLength(23);
  });

  it('reads single-spaced text as before: beyond 1.45 single lines is a gap', () => {
    expect(gapsOf(paragraphs(1.15, 1))).toEqual([4, 8, 12, 16, 20]);
    const lines = page([[0], [1.15], [1.6]]);
    expect(gapsOf(lines, new Map([[SIZE, 1.15]]))).toEqual([]);
    expect(gapsOf(page([[0], [1.15], [1.7]]), new Map([[SIZE, 1.15]]))).toEqual([2]);
  });

  it("takes a raised marker's extra height for no gap", () => {
    const lines = page([[0], [1.8], [2.1, { raised: true }], [1.8]]);
    expect(gapsOf(lines, new Map([[SIZE, 1.8]]))).toEqual([]);
  });

  it('reads a heading under a heading against single spacing, a table header cell against the pitch', () => {
    const pitches = new Map([[SIZE, 1.8]]);
    // a heading set single, 10 pt after it, then a second heading: a gap even in a text spaced 1.5 lines
    expect(gapsOf(page([[0, { bold: true }], [2.05, { bold: true }], [2.3]]), pitches)).toEqual([1, 2]);
    // a header cell's second line standing in a column, then the table's first row
    expect(gapsOf(page([[0, { bold: true, columns: true }], [1.8, { bold: true, inset: 240 }], [1.8, { columns: true }]]), pitches)).toEqual([]);
  });
});
