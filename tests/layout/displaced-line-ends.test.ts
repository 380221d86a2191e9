import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { restoreDisplacedLineEnds } from '../../src/layout/displaced-line-ends.ts';

const texts = (text: string[]) => restoreDisplacedLineEnds(textToLines(text.join('\n'))).map((l) => l.text);

describe('restoreDisplacedLineEnds', () => {
  it("puts a stretched line's last words, printed a word at a time after the line under it, back at its end", () => {
    expect(texts(['Running head', '', 'the hall was full well before noon,', 'and the speakers kept to their time.', '', 'as', '', 'planned', '', 'Field Visits', 'The team went north.'])).toEqual([
      'Running head',
      '',
      'the hall was full well before noon, as planned',
      'and the speakers kept to their time.',
      '',
      'Field Visits',
      'The team went north.',
    ]);
  });

  it('leaves words alone that open a sentence, figures alone, or where more words stand apart after them', () => {
    const capital = ['Intro', '', 'the hall was full well before noon,', 'and the speakers kept to their time.', '', 'as', '', 'Venue', '', 'Seats'];
    expect(texts(capital)).toEqual(textToLines(capital.join('\n')).map((l) => l.text));
    const figures = ['Intro', '', 'Share', 'Totals as counted.', '', '12,345', '', '6.7', '', 'Next block of text.'];
    expect(texts(figures)).toEqual(textToLines(figures.join('\n')).map((l) => l.text));
    const more = ['Intro', '', 'Beside these rooms', 'were never opened.', '', 'two', '', 'OLD', '', 'halls'];
    expect(texts(more)).toEqual(textToLines(more.join('\n')).map((l) => l.text));
  });

  it('reads only a block of two lines opened after a gap, the first going on a sentence, the second ending one', () => {
    const ended = ['Intro', '', 'The hall was full.', 'The speakers kept time.', '', 'as', '', 'planned'];
    expect(texts(ended)).toEqual(textToLines(ended.join('\n')).map((l) => l.text));
  });
});
