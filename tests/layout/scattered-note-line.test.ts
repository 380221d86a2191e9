import { describe, expect, it } from 'vitest';
import { joinScatteredNoteLines } from '../../src/layout/scattered-note-line.ts';
import { textToLines } from '../../src/layout/text-lines.ts';

// a page of body lines about as wide as one another, as the text's typical width is read off them
const BODY = Array.from({ length: 24 }, (_, n) => `Body line ${n} of the report, which runs on to the right margin of the page here.`);
const texts = (...lines: string[]): string[] => joinScatteredNoteLines(textToLines([...BODY, ...lines].join('\n'))).slice(BODY.length).map((l) => l.text);

describe('joinScatteredNoteLines', () => {
  it("puts a note's first line printed word by word, its number among the words, back over its next line", () => {
    expect(texts('', 'All', 'earlier', 'reports', 'http://www.example.org/odihr/elections/country.', '4', '', 'are', '', 'published', '', 'at:', '')).toEqual([
      '',
      'All earlier reports are published at:',
      'http://www.example.org/odihr/elections/country.',
      '4',
      '',
    ]);
  });

  it('takes one short line under a blank line as the left part of the first line', () => {
    expect(texts('', 'All earlier reports on the country', 'http://www.example.org/odihr/elections/country.', '4', '', 'are', '', 'published', '', 'at:')).toEqual([
      '',
      'All earlier reports on the country are published at:',
      'http://www.example.org/odihr/elections/country.',
      '4',
    ]);
  });

  it('leaves a lone number with one word after it, and words that would not fit on one line', () => {
    const one = ['', 'All', 'earlier', 'http://www.example.org/', '4', '', 'are', ''];
    expect(texts(...one)).toEqual(one);
    const long = ['', 'All', 'earlier', 'http://www.example.org/', '4', ...Array.from({ length: 14 }, () => ['', 'published']).flat()];
    expect(texts(...long)).toEqual(long);
  });
});
