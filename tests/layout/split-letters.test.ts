import { describe, expect, it } from 'vitest';
import { joinSplitLetters, joinSplitLettersByWords } from '../../src/layout/split-letters.ts';
import { textToLines } from '../../src/layout/text-lines.ts';

const mend = (...lines: string[]) => joinSplitLetters(textToLines(lines.join('\n'))).map((l) => l.text);

describe('joinSplitLetters', () => {
  it('joins a Kazakh letter a tool printed apart to the word on its left, or on its right where only that makes a word the text writes', () => {
    expect(mend('Біз азаматты қ қоғаммен кездестік.', 'Олар ө з жұмысын айтты.', 'Біз өз ойымызды айттық.')).toEqual(['Біз азаматтық қоғаммен кездестік.', 'Олар өз жұмысын айтты.', 'Біз өз ойымызды айттық.']);
  });

  it('joins one letter printed apart before a word that opens with a Kazakh letter', () => {
    expect(mend('Сайлау ж ұмысы басталды.')).toEqual(['Сайлау жұмысы басталды.']);
  });

  it("leaves a Roman number before its word, and a figure's ending carried over the line's hyphen, apart", () => {
    expect(mend('I ҚОСЫМША: НӘТИЖЕЛЕР', 'I қосымшадағы кестені қараңыз.')).toEqual(['I ҚОСЫМША: НӘТИЖЕЛЕР', 'I қосымшадағы кестені қараңыз.']);
    expect(mend('шағым түсті, олардың 29-', 'ы әкімшілік ресурстарға қатысты.')).toEqual(['шағым түсті, олардың 29-', 'ы әкімшілік ресурстарға қатысты.']);
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

describe('joinSplitLettersByWords', () => {
  const KNOWN = new Set(['жеңеді', 'төрт', 'газет', 'ұзақтығы', 'бақ', 'пен', 'ол', 'деді', 'сондай', 'ақ', 'өрт']);
  const known = (w: string): boolean => KNOWN.has(w.toLowerCase());
  const score = (w: string): number => (known(w) ? 0 : -10) - w.length * 0.1;
  const mend = (...lines: string[]) => joinSplitLettersByWords(textToLines(lines.join('\n')), score, known).map((l) => l.text);

  it('joins the pieces of a word split at a Kazakh letter, where the word is a listed one that reads better', () => {
    expect(mend('Ол же ңеді деді.', 'Ұза қты ғы төрт.')).toEqual(['Ол жеңеді деді.', 'Ұзақтығы төрт.']);
  });

  it('joins a Kazakh letter standing alone to a neighbour even where the word it makes is not listed', () => {
    expect(mend('Ол газетті ң бетінде.')).toEqual(['Ол газеттің бетінде.']);
  });

  it('joins any one letter to a piece that opens with a Kazakh letter even where the word it makes is not listed', () => {
    expect(mend('Ол с ұхбаттарында деді.')).toEqual(['Ол сұхбаттарында деді.']);
  });

  it('weighs every reading of the line together: a letter goes to the side where it makes a listed word', () => {
    expect(mend('сондай-ақ т өрт газет')).toEqual(['сондай-ақ төрт газет']);
  });

  it("never runs an acronym's capitals into the small letters after it, nor listed words into an unlisted one", () => {
    expect(mend('БА Қ пен газет')).toEqual(['БАҚ пен газет']);
    expect(mend('төрт өрт')).toEqual(['төрт өрт']);
  });

  it("joins two words the curated dictionary has into one it lacks only where that reads better by a word's cost", () => {
    const listed = (w: string): boolean => known(w) || ['ақәр', 'әр', 'сенатта', 'ғы', 'сенаттағы'].includes(w.toLowerCase());
    const checked = (w: string): boolean => known(w) || ['әр', 'сенатта', 'ғы'].includes(w.toLowerCase());
    // a word costs 4; the web's list has `ақәр` from a writer's slip, a little likelier than its two words
    const liked = (w: string): number => ({ ақәр: -9, ақ: -5, әр: -5, сенаттағы: -6, сенатта: -6, ғы: -8 })[w.toLowerCase()] ?? -20;
    const by = (line: string, c?: (w: string) => boolean) => joinSplitLettersByWords(textToLines(line), liked, listed, c).map((l) => l.text);
    expect(by('сондай-ақ әр газет', checked)).toEqual(['сондай-ақ әр газет']);
    expect(by('Сенатта ғы газет', checked)).toEqual(['Сенаттағы газет']);
    // (without the dictionary, the list's joined form reads better)
    expect(by('сондай-ақ әр газет')).toEqual(['сондай-ақәр газет']);
  });

  it('puts a suffix split off after a hyphen at its Kazakh letter back to the hyphen', () => {
    expect(mend('Ол БА Қ- қа барды.', 'үйме- үй газет')).toEqual(['Ол БАҚ-қа барды.', 'үйме-үй газет']);
  });

  it('leaves a line without Kazakh letters alone', () => {
    const lines = textToLines('Выборы прошли спокойно.');
    expect(joinSplitLettersByWords(lines, score, known)).toEqual(lines);
  });
});
