import { describe, expect, it } from 'vitest';
import { gapCost, lineSpacing, printsGapSpaces, respace, spacedText } from '../../src/layout/gap-spaces.ts';
import { restoreFallbackLetters, type WordScore } from '../../src/layout/fallback-letters.ts';
import { textToLines } from '../../src/layout/text-lines.ts';

describe('printsGapSpaces', () => {
  it('holds for a text that prints runs of spaces inside its lines, not for one that prints one space for every gap', () => {
    const lines = ['Біз ж не олар  келді бүгін.', 'Олар дауыс берді бүгін мұнда.', 'Бүгін жа а ереже  келді мұнда.'];
    expect(printsGapSpaces(textToLines(lines.join('\n')))).toBe(true);
    expect(printsGapSpaces(textToLines(lines.map((l) => l.replace(/ +/g, ' ')).join('\n')))).toBe(false);
  });
});

describe('spacedText and respace', () => {
  it("keeps a line's runs of spaces, and gives a line's first words with them", () => {
    const [l] = textToLines('  Біз ж не  олар келді.');
    expect(spacedText(l!)).toBe('Біз ж не  олар келді.');
    expect(respace('Біз ж не олар', 'Біз ж не  олар келді.')).toBe('Біз ж не  олар');
    // the last word may be a word's beginning (a run glued to its end); other words leave the words as they are
    expect(respace('Біз ж не ол', 'Біз ж не  олар келді.')).toBe('Біз ж не  ол');
    expect(respace('Біз мен', 'Біз ж не  олар келді.')).toBe('Біз мен');
  });
});

describe('lineSpacing and gapCost', () => {
  it("reads a line's word spaces as single or stretched where one kind is twice the other", () => {
    expect(lineSpacing([1, 1, 2, 1, 1])).toBe('single');
    expect(lineSpacing([2, 2, 1, 2, 3])).toBe('wide');
    expect(lineSpacing([1, 2, 1, 2])).toBeNull();
    expect(lineSpacing([2, 2])).toBeNull();
  });

  it('lets one space hold no letters closing a word, and two no letters inside a word', () => {
    expect(gapCost('close', 1, null)).toBeLessThan(0);
    expect(gapCost('close-open', 1, 'single')).toBeLessThan(0);
    expect(gapCost('join', 2, null)).toBeLessThan(0);
    expect(gapCost('close', 2, 'single')).toBe(0);
    expect(gapCost('open', 1, 'single')).toBe(0);
    expect(gapCost('join', 1, 'single')).toBe(0);
  });

  it('reads two spaces in a line of single word spaces as letters closing a word, one space in a stretched line as a gap inside a word', () => {
    expect(gapCost('plain', 2, 'single')).toBeLessThan(0);
    expect(gapCost('open', 2, 'single')).toBeLessThan(0);
    expect(gapCost('plain', 2, 'wide')).toBe(0);
    expect(gapCost('open', 1, 'wide')).toBeLessThan(0);
    expect(gapCost('plain', 1, 'wide')).toBeLessThan(0);
    expect(gapCost('join', 1, 'wide')).toBe(0);
  });
});

describe('restoreFallbackLetters with the spaces a tool printed', () => {
  // a stand-in for the language's words: `қала` likelier than `алақ`, both words
  const WORDS = new Map([['біз', 0], ['келді', 0], ['және', 0], ['олар', 0], ['қала', 0], ['алақ', -2], ['бүгін', 0]]);
  const score: WordScore = (w) => WORDS.get(w.toLowerCase()) ?? -10 - w.length * 0.1;
  const MORE = ['', 'Бүгін ж не олар.', 'ә', 'Біз ж не олар.', 'ә', 'Олар ж не біз.', 'ә', 'Біз ж не бүгін.', 'ә', 'Олар ж не бүгін.', 'ә'];
  const mend = (...lines: string[]): string => restoreFallbackLetters(textToLines([...lines, ...MORE].join('\n')), score)[0]!.text;

  it('closes the word before two spaces with the letters, though the words read better the other way', () => {
    expect(mend('Біз ала  келді және олар.', 'қ')).toBe('Біз алақ келді және олар.');
    // one space: the letters open the word after it
    expect(mend('Біз ала келді  және  олар  бүгін.', 'қ')).toBe('Біз қала келді және олар бүгін.');
  });
});
