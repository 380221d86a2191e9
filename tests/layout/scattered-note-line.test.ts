import { describe, expect, it } from 'vitest';
import { joinScatteredNoteLines } from '../../src/layout/scattered-note-line.ts';
import { textToLines } from '../../src/layout/text-lines.ts';

// a page of body lines about as wide as one another, as the text's typical width is read off them
const BODY = Array.from({ length: 24 }, (_, n) => `Body line ${n} of the report, which runs on to the right margin of the page here.`);
const texts = (...lines: string[]): string[] => joinScatteredNoteLines(textToLines([...BODY, ...lines].join('\n'))).slice(BODY.length).map((l) => l.text);

describe('joinScatteredNoteLines', () => {
  it("puts a note's first line printed word by word, its number among the words, back over its next line", () => {
    expect(texts('', 'Minutes', 'of', 'sessions', 'http://www.example.org/commission/minutes.', '4', '', 'were', '', 'kept', '', 'at:', '')).toEqual([
      '',
      'Minutes of sessions were kept at:',
      'http://www.example.org/commission/minutes.',
      '4',
      '',
    ]);
  });

  it('takes one short line under a blank line as the left part of the first line', () => {
    expect(texts('', 'Minutes of the sessions held', 'http://www.example.org/commission/minutes.', '4', '', 'were', '', 'kept', '', 'at:')).toEqual([
      '',
      'Minutes of the sessions held were kept at:',
      'http://www.example.org/commission/minutes.',
      '4',
    ]);
  });

  it('leaves a lone number with one word after it, and words that would not fit on one line', () => {
    const one = ['', 'Minutes', 'of', 'http://www.example.org/', '4', '', 'were', ''];
    expect(texts(...one)).toEqual(one);
    const long = ['', 'Minutes', 'of', 'http://www.example.org/', '4', ...Array.from({ length: 14 }, () => ['', 'published']).flat()];
    expect(texts(...long)).toEqual(long);
  });
});
