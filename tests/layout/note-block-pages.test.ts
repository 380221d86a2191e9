import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { pagesAtNoteBlocks } from '../../src/layout/note-block-pages.ts';

const starts = (lines: string[]): string[] =>
  pagesAtNoteBlocks(textToLines(lines.join('\n')))
    .filter((l) => l.pageStart)
    .map((l) => l.text);

// a first page with no running head: its text, its footnote, then the next page's text run on
const FIRST = ['The mission opened on 2 May.1 Its members come from 19 States.', 'The mission is grateful to the'];
const NOTE = ['1 The mission was deployed at short notice. Earlier reports are', 'available on the website.'];
const NEXT = ['authorities for their co-operation and assistance, as well as to', 'the parties the mission has met so far.', 'The campaign was calm, and the law was amended in May.2 The', 'commission met every week.'];

describe('pagesAtNoteBlocks', () => {
  it('ends a page after the footnotes in its middle, where the text under them marks the next footnote', () => {
    expect(starts([...FIRST, ...NOTE, ...NEXT, '2 See the law.'])).toEqual([NEXT[0]]);
  });

  it("ends the first of a text's pages so where the page above ended its sentence too, but no later page", () => {
    const first = ['The mission opened on 2 May.1 Its members come from 19 States.', 'The mission is grateful to the authorities.'];
    const next = ['The campaign was calm, and the law was amended in May.2 The', 'commission met every week, and its sessions were open to all.', 'Observers were accredited.'];
    const rest = ['\fThe count was orderly.', 'It ended at night.'];
    expect(starts([...first, ...NOTE, ...next, '2 See the law.', ...rest])).toEqual([next[0], rest[0]!.slice(1)]);
    expect(starts(['A title page.', '\fThe mission met.', ...first, ...NOTE, ...next, '2 See the law.', ...rest])).toEqual(['The mission met.', rest[0]!.slice(1)]);
  });

  it("leaves a page's zone whose footnotes go on after a sentence's end, the next one marked above it", () => {
    const zone = ['The law was amended.1 It was amended again.2', 'The commission met weekly.', '1 The law of 2020. It was', 'amended in May.', 'It was amended in June.', 'It was amended in July.', '2 See the law.'];
    expect(starts(zone)).toEqual([]);
  });

  it('leaves footnotes whose text under them marks no further footnote', () => {
    expect(starts([...FIRST, ...NOTE, 'authorities for their co-operation and', 'assistance, as well as to the parties', 'the mission has met so far.'])).toEqual([]);
  });
});
