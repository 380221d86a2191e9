import { describe, expect, it } from 'vitest';
import { groupBlocks } from '../../src/structure/blocks.ts';
import { fillMeasure } from '../../src/structure/fill.ts';
import { findIndents } from '../../src/structure/first-line-indent.ts';
import type { ZonedLine } from '../../src/schema/index.ts';

const ends = (t: string) => /[.!?]$/.test(t);
/** Text lines of one page: leading spaces are the line's indent, as a tool that keeps columns prints them. */
function printed(lines: string[]): ZonedLine[] {
  return lines.map((raw, i) => {
    const text = raw.trim();
    return { text, page: 1, no: i + 1, indent: raw.length - raw.trimStart().length, blank: text === '', rawLength: raw.length, pageStart: i === 0, zone: 'body' as const };
  });
}
/** PDF lines of one page: `>` before a line sets it in by 21 points from the margin at 57. */
function placed(lines: string[]): ZonedLine[] {
  return lines.map((raw, i) => {
    const text = raw.replace(/^>/, '');
    const x = raw.startsWith('>') ? 78 : 57;
    return { text, page: 1, no: i + 1, indent: 0, blank: false, rawLength: text.length, pageStart: i === 0, zone: 'body' as const, geometry: { x, y: 760 - 14 * i, width: 6 * text.length, height: 11, size: 11 } };
  });
}
const FULL = `Xxxx ${'xxxxx '.repeat(13)}xxxx`;
// (each paragraph's last line runs to the margin too: only the indent tells where the next one opens)
const paragraph = (n: number) => [`     Opening line of paragraph ${n} with ${'words '.repeat(8)}and`, FULL, FULL, `Xxxx ${'xxxxx '.repeat(13)}ends.`];

describe('paragraphs told apart by a first-line indent alone', () => {
  it('in text that keeps columns: a line set in under a sentence that ended at the margin opens a paragraph', () => {
    const lines = printed([1, 2, 3, 4].flatMap(paragraph));
    expect(findIndents(lines, ends, () => false).indent).toBe(5);
    expect(groupBlocks(lines, fillMeasure(lines)).map((b) => b.length)).toEqual([4, 4, 4, 4]);
  });

  it('on the PDF path, from where each line starts', () => {
    const lines = placed([1, 2, 3, 4].flatMap((n) => paragraph(n).map((l) => (l.startsWith(' ') ? `>${l.trim()}` : l))));
    expect(groupBlocks(lines, fillMeasure(lines)).map((b) => b.length)).toEqual([4, 4, 4, 4]);
  });

  it('on a page given over to a list, its lines set in under the bullets, from the margin its paragraphs start at', () => {
    // four paragraphs, then a list whose items' lines (bullet at 5, text at 9 spaces) outnumber the paragraphs' lines
    const item = (n: number) => [`     • Item ${n} of the list, ${'xxxxx '.repeat(9)}xx`, `         ${'xxxxx '.repeat(12)}ends.`, `         Xxxx ${'xxxxx '.repeat(11)}goes`, '         on and ends.'];
    const lines = printed([...[1, 2, 3, 4].flatMap(paragraph), ...[1, 2, 3, 4, 5, 6].flatMap(item)]);
    expect(findIndents(lines, ends, (t) => t.startsWith('•')).margins.get(1)).toBe(0);
    expect(groupBlocks(lines, fillMeasure(lines)).map((b) => b.length).slice(0, 4)).toEqual([4, 4, 4, 4]);
  });

  it("a paragraph of one line opens by its indent over a list's first item, and at its page's foot", () => {
    const body = [1, 2, 3].flatMap((n) => paragraph(n).map((l) => (l.startsWith(' ') ? `>${l.trim()}` : l)));
    // (the list's bullets set in by less than the indent)
    const lead = placed([...body, '>Xxxx xxxxx xxxx, xxxxx xxxxxx:', '• Xxxx xxxxx, xxxx.', '• Xxxx xxxxx, xxxx.']).map((l) => (l.text.startsWith('•') ? { ...l, geometry: { ...l.geometry!, x: 68 } } : l));
    expect(groupBlocks(lead, fillMeasure(lead)).map((b) => b.length)).toEqual([4, 4, 4, 1, 2]);
    const foot = placed([...body, '>Xxxx xxxxx xxxx xxxxx xxxxxx.']);
    expect(groupBlocks(foot, fillMeasure(foot)).map((b) => b.length)).toEqual([4, 4, 4, 1]);
  });

  it("a list's hanging lines and a line set in by no width in particular are no indent", () => {
    const hanging = printed(['Xxx xxxx lead:', '1. Xxxx xxx item one.', '   Xxx xxx of it ends.', '2. Xxxx item two.', '   Xxx xxx of it ends.', '3. Xxxx item three.', '   Xxx xxx of it ends.', FULL, 'Xxxx.']);
    expect(findIndents(hanging, ends, (t) => /^\d\. /.test(t)).indent).toBeNull();
    const odd = printed([FULL, 'Xx ends.', '   Xxxx goes.', FULL, 'Xx ends.', '        Xxxx goes.', FULL, 'Xx ends.', '      Xxxx goes.', FULL, 'Xx ends.', 'Xxxx goes.', FULL, 'Xx ends.']);
    expect(findIndents(odd, ends, () => false).indent).toBeNull();
  });
});
