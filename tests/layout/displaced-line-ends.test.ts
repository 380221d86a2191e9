import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { restoreDisplacedLineEnds } from '../../src/layout/displaced-line-ends.ts';

const texts = (text: string[]) => restoreDisplacedLineEnds(textToLines(text.join('\n'))).map((l) => l.text);

describe('restoreDisplacedLineEnds', () => {
  it("puts a stretched line's last words, printed a word at a time after the line under it, back at its end", () => {
    expect(texts(['Running head', '', 'on most of the stations it observed,', 'some groups sent observers to a few regions.', '', 'while', '', 'others', '', 'Election Day', 'Voting was calm.'])).toEqual([
      'Running head',
      '',
      'on most of the stations it observed, while others',
      'some groups sent observers to a few regions.',
      '',
      'Election Day',
      'Voting was calm.',
    ]);
  });

  it('leaves words alone that open a sentence, figures alone, or where more words stand apart after them', () => {
    const capital = ['Intro', '', 'on most of the stations it observed,', 'some groups sent observers to a few regions.', '', 'while', '', 'Party', '', 'Candidates'];
    expect(texts(capital)).toEqual(textToLines(capital.join('\n')).map((l) => l.text));
    const figures = ['Intro', '', 'Per cent', 'Totals as announced.', '', '171,812', '', '1.9', '', 'Next block of text.'];
    expect(texts(figures)).toEqual(textToLines(figures.join('\n')).map((l) => l.text));
    const more = ['Intro', '', 'Despite these changes', 'were not addressed.', '', 'several', '', 'KEY', '', 'recommendations'];
    expect(texts(more)).toEqual(textToLines(more.join('\n')).map((l) => l.text));
  });

  it('reads only a block of two lines opened after a gap, the first going on a sentence, the second ending one', () => {
    const ended = ['Intro', '', 'The count went well.', 'Some groups sent observers.', '', 'while', '', 'others'];
    expect(texts(ended)).toEqual(textToLines(ended.join('\n')).map((l) => l.text));
  });
});
