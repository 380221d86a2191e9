import { describe, expect, it } from 'vitest';
import { joinSplitLetters } from '../../src/layout/split-letters.ts';
import { textToLines } from '../../src/layout/text-lines.ts';

const mend = (...lines: string[]) => joinSplitLetters(textToLines(lines.join('\n'))).map((l) => l.text);

describe('joinSplitLetters', () => {
  it('joins a Kazakh letter a tool printed apart to the word on its left, or on its right where only that makes a word the text writes', () => {
    expect(mend('Біз азаматты қ қоғаммен кездестік.', 'Олар ө з жұмысын айтты.', 'Біз өз ойымызды айттық.')).toEqual(['Біз азаматтық қоғаммен кездестік.', 'Олар өз жұмысын айтты.', 'Біз өз ойымызды айттық.']);
  });

  it('joins one letter printed apart before a word that opens with a Kazakh letter', () => {
    expect(mend('Сайлау ж ұмысы басталды.')).toEqual(['Сайлау жұмысы басталды.']);
  });

  it('joins two pieces, the second opening with a Kazakh letter, where the text writes them whole elsewhere', () => {
    expect(mend('Орталы қты комиссия отырды.', 'Орталықты комиссия жиналды.')).toEqual(['Орталықты комиссия отырды.', 'Орталықты комиссия жиналды.']);
  });

  it('leaves a text without Kazakh letters, and one-letter words of other languages, alone', () => {
    const lines = textToLines('Выборы в Астане прошли спокойно, и наблюдатели с ними согласились.');
    expect(joinSplitLetters(lines)).toBe(lines);
    expect(mend('Бұл жерде а және б тармақтары бар.')).toEqual(['Бұл жерде а және б тармақтары бар.']);
    // a line of the letters alone, printed apart from their words
    expect(mend('қ ә қ қ ң ңғ ғ')).toEqual(['қ ә қ қ ң ңғ ғ']);
  });
});
