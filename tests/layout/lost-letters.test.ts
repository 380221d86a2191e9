import { describe, expect, it } from 'vitest';
import { lostLetters, restoreLostLetters, type LanguageWords } from '../../src/layout/lost-letters.ts';
import { textToLines } from '../../src/layout/text-lines.ts';

// a stand-in for the language's words: these are words, anything else costs; a longer word costs a little more
const WORDS = new Set(['біз', 'және', 'олар', 'қазақ', 'тілі', 'сайлау', 'туралы', 'заң', 'жаңа', 'ереже', 'бүгін', 'келді', 'ана', 'ғана', 'қана', 'мен', 'бір', 'бірақ', 'рақ', 'әкімшілігі', 'демократиялық', 'жер', 'тағайындалған', 'халықаралық', 'халық', 'аралық']);
const USED: Record<string, number> = { ғана: 100, халық: 1000, аралық: 1000 };
const words: LanguageWords = {
  score: (w) => (WORDS.has(w.toLowerCase()) ? 0 : -10) - [...w].length * 0.1,
  known: (w) => WORDS.has(w.toLowerCase()),
  used: (w) => USED[w.toLowerCase()] ?? 0,
};
const ALL = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү'];
const mend = (...lines: string[]): string[] => restoreLostLetters(textToLines(lines.join('\n')), words, ALL).map((l) => l.text);

describe('lostLetters', () => {
  const page = (line: string): ReturnType<typeof textToLines> => textToLines(Array(80).fill(line).join('\n'));
  it('names the letters only Kazakh has that a Kazakh text (its і among the letters) never writes', () => {
    expect(lostLetters(page('Біз бүгін бір жерде тілі туралы ереже келді, олар мен'))).toEqual(['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ']);
    expect(lostLetters(page('Біз бір жерде тілі туралы ереже келді ж не олар мен'))).toEqual(['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү']);
  });

  it('names none for a Russian text, a Ukrainian one, a Kazakh text that writes them all, or a short text', () => {
    expect(lostLetters(page('Выборы прошли спокойно, наблюдатели отметили порядок на участках'))).toEqual([]);
    expect(lostLetters(page('Вибори пройшли спокійно, їх спостерігачі відзначили порядок і є'))).toEqual([]);
    expect(lostLetters(page('Біз бүгін ғана қазақ тілі туралы жаңа ереже әкімшілігі өз ұлы келді'))).toEqual([]);
    expect(lostLetters(textToLines('Біз бүгін бір жерде тілі туралы ереже келді ж не олар мен'))).toEqual([]);
  });
});

describe('restoreLostLetters', () => {
  it('joins two words at the space a lost letter left, and closes a word', () => {
    expect(mend('Біз ж не олар аза тілі туралы.')).toEqual(['Біз және олар қазақ тілі туралы.']);
    expect(mend('Бүгін демократиялы ереже келді.')).toEqual(['Бүгін демократиялық ереже келді.']);
  });

  it('opens a word, and joins three words at two spaces', () => {
    expect(mend('Сайлау кімшілігі мен біз.')).toEqual(['Сайлау әкімшілігі мен біз.']);
    expect(mend('Біз та айындал ан ереже.')).toEqual(['Біз тағайындалған ереже.']);
  });

  it('puts capitals back in a line of capitals and at a sentence it opens, small letters elsewhere', () => {
    expect(mend('АЗА ТІЛІ ТУРАЛЫ')).toEqual(['ҚАЗАҚ ТІЛІ ТУРАЛЫ']);
    expect(mend('Біз келді. аза тілі.')).toEqual(['Біз келді. Қазақ тілі.']);
    expect(mend('Біз келді.', 'аза тілі.')).toEqual(['Біз келді.', 'Қазақ тілі.']);
    expect(mend('Біз келді', 'аза тілі.')).toEqual(['Біз келді', 'қазақ тілі.']);
  });

  it('keeps a word that opens with a capital from taking a letter before it, and a lone capital (a label) from taking any', () => {
    expect(mend('Ана келді.')).toEqual(['Ана келді.']);
    expect(mend('Б. Сайлау туралы')).toEqual(['Б. Сайлау туралы']);
  });

  it('leaves Latin words and figures as printed, and gives a word of two letters a letter at one edge at most', () => {
    expect(mend('OSCE 2015 ж не ODIHR')).toEqual(['OSCE 2015 және ODIHR']);
    expect(mend('Біз ра келді.')).toEqual(['Біз рақ келді.']);
  });

  it('chooses among listed words by how often the language uses them, a compound by its letters alone', () => {
    // (ана and ғана are both words: the one the language uses more wins)
    expect(mend('Біз ана келді.')).toEqual(['Біз ғана келді.']);
    // (two words the language uses often do not outweigh their compound)
    expect(mend('Біз халы аралы келді.')).toEqual(['Біз халықаралық келді.']);
  });

  it('reads the line as printed: a lost letter joins words a space or two apart, never across a column gap, and the raw line takes the letters too', () => {
    expect(mend('Біз ж  не олар.')).toEqual(['Біз және олар.']);
    expect(mend('Біз      ж     не олар.')).toEqual(['Біз ж не олар.']);
    const [line] = restoreLostLetters(textToLines('  Біз ж не олар         аза тілі'), words, ALL);
    expect(line!.raw).toBe('  Біз және олар         қазақ тілі');
    expect(line!.segments?.map((p) => p.text)).toEqual(['Біз және олар', 'қазақ тілі']);
  });

  it('leaves the lines as they were where the text lost no letters', () => {
    const lines = textToLines('Біз ж не олар.');
    expect(restoreLostLetters(lines, words)).toBe(lines);
  });
});
