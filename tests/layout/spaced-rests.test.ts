import { describe, expect, it } from 'vitest';
import { joinSpacedRests } from '../../src/layout/spaced-rests.ts';
import { textToLines } from '../../src/layout/text-lines.ts';

// lines as wide as a page's, so that two pieces of one are no wider than a full line
const LINES = [
  'The commission met twice in the week before the vote and adopted all of its decisions without a debate',
  'of the members, who had agreed on the drafts in advance of the sessions, as observers were told then.',
  'Its sessions were open to observers and the media, and they were streamed online for anyone to follow.',
];
const FULL = [...LINES, ...LINES, ...LINES, ...LINES];
const read = (...lines: string[]): string[] => joinSpacedRests(textToLines([...FULL, ...lines].join('\n'))).slice(FULL.length).map((l) => l.text);

describe('joinSpacedRests', () => {
  it("joins a line broken after a raised marker (glued, or a space after a stop) to its rest, which opens with the marker's space, and a footnote's lone number to its text", () => {
    expect(read('The draft was published in the official media the following day.2', ' This is the first vote since 1995.', 'The law has not been amended. 3', ' Several parties said so.', '1', ' Given the short time between the calling of the vote and the vote itself, no assessment mission was deployed before it.')).toEqual([
      'The draft was published in the official media the following day.2 This is the first vote since 1995.',
      'The law has not been amended. 3 Several parties said so.',
      // (a footnote's lines, set smaller, run longer than the body's)
      '1 Given the short time between the calling of the vote and the vote itself, no assessment mission was deployed before it.',
    ]);
  });

  it('joins nothing where the text does it once only, where the two run wider than a full line, or over a page', () => {
    expect(read('The law has not been amended.3', ' Several parties said so.')).toEqual(['The law has not been amended.3', 'Several parties said so.']);
    const wide = ['The draft was published in the official media the following day, as the law requires.2', ' This is the first republican referendum to be held since 1995.', 'The law has not been amended.3', ' Several parties said so.', 'And so on.4', ' More.'];
    expect(read(...wide)).toEqual([wide[0], wide[1]!.trim(), 'The law has not been amended.3 Several parties said so.', 'And so on.4 More.']);
    expect(read('The law has not been amended.3', '\f Several parties said so.', 'And so on.4', ' More.', 'Then more.5', ' Done.')).toEqual(['The law has not been amended.3', 'Several parties said so.', 'And so on.4 More.', 'Then more.5 Done.']);
  });
});
