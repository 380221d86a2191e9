import { describe, expect, it } from 'vitest';
import { joinLinePieces } from '../../src/layout/line-pieces.ts';
import { textToLines } from '../../src/layout/text-lines.ts';

const LONG = 'The commission met in the capital and in the regions, and its sessions were open.';
const read = (lines: string[], closing: number[] = []): string[] => {
  const all = textToLines([...lines, '', LONG, '', LONG].join('\n'));
  return joinLinePieces(all, new Set(closing.map((i) => all[i]!))).map((l) => l.text).slice(0, -4);
};

describe('joinLinePieces', () => {
  it("joins a block's pieces that fit a line, and drops the blank lines that closed a font's letters", () => {
    expect(read(['The mission opened on 2 May.', '1 It met', '', 'the commission.'], [2])).toEqual(['The mission opened on 2 May. 1 It met', 'the commission.']);
  });

  it('keeps a blank line no letters closed, and a block too wide for one line', () => {
    expect(read(['The mission opened.', '', LONG, LONG])).toEqual(['The mission opened.', '', LONG, LONG]);
  });

  it('keeps a heading in capitals a line of its own over the pieces of the line under it', () => {
    expect(read(['ABOUT THE OFFICE', 'The Office was', 'set up in 1991.'])).toEqual(['ABOUT THE OFFICE', 'The Office was set up in 1991.']);
    // (an acronym alone is a piece of the line)
    expect(read(['ODIHR', 'The Office was', 'set up.'])).toEqual(['ODIHR The Office was set up.']);
  });

  it("joins a contents entry to its leader, whatever the leader's length, and ends the entry's line there", () => {
    const leader = '.'.repeat(120);
    expect(read(['I. INTRODUCTION....................2', 'II. SUMMARY', leader + ' 3'])).toEqual(['I. INTRODUCTION....................2', `II. SUMMARY ${leader} 3`]);
  });
});
