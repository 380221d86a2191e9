import { describe, expect, it } from 'vitest';
import { fill, printsLettersApart, restoreFallbackLetters, type WordScore } from '../../src/layout/fallback-letters.ts';
import { textToLines } from '../../src/layout/text-lines.ts';
import { TAIL_GAP } from '../../src/layout/letter-runs.ts';
import { kazakhWordScore } from '../../src/lang/kk/word-score.ts';

// a stand-in for the language's words: these are words, anything else costs
const WORDS = new Set(['біз', 'және', 'олар', 'қазақ', 'тілі', 'сайлау', 'құқығы', 'туралы', 'заң', 'жаңа', 'ереже', 'мазмұны', 'қоғам', 'бүгін', 'келді', 'дауыс', 'берді', 'оның', 'қаласы', 'өз']);
const score: WordScore = (w) => (WORDS.has(w.toLowerCase()) ? 0 : -10) - w.length * 0.1;

// five lines that print their letters apart, as a text that does so prints many
const MORE = ['', 'Бүгін жа а ереже келді.', 'ң', 'Біз ж не олар.', 'ә', 'Сайлау ы ы туралы.', 'құқ ғ', 'Олар дауыс берді.', 'Біз ж не олар.', 'ә'];
const mend = (...lines: string[]): string[] => restoreFallbackLetters(textToLines([...lines, ...MORE].join('\n')), score).map((l) => l.text).slice(0, -6);

describe('restoreFallbackLetters', () => {
  it('puts a line of letters back into the spaces of the line before it: joining two words, closing one, opening one', () => {
    expect(mend('Біз ж не олар аза тілі.', 'ә қ қ')).toEqual(['Біз және олар қазақ тілі.']);
  });

  it('puts two runs at one space: the first closes the word before it, the second opens the word after it', () => {
    expect(mend('Оны аласы келді.', 'ң қ')).toEqual(['Оның қаласы келді.']);
  });

  it('puts letters printed on lines of their own after a line printed in pieces back into the pieces, and leaves the blank line', () => {
    expect(mend('Біз ж не', 'олар аза тілі.', 'ә', 'қ қ', '', 'Олар дауыс берді.')).toEqual(['Біз және', 'олар қазақ тілі.', '', 'Олар дауыс берді.']);
  });

  it('puts letters back into the pieces of a line across a line of spaces alone between them, which keeps its place', () => {
    expect(mend('Біз ж не', ' ', 'олар аза тілі.', 'ә', 'қ қ', '', 'Олар дауыс берді.')).toEqual(['Біз және', '', 'олар қазақ тілі.', '', 'Олар дауыс берді.']);
  });

  it('puts letters printed after a line printed a word a line, a blank line under each, back into its words', () => {
    expect(mend('Бүгін', '', 'ж не', '', 'олар', '', 'аза', '', 'тілі.', 'ә', 'қ', 'қ')).toEqual(['Бүгін', '', 'және', '', 'олар', '', 'қазақ', '', 'тілі.']);
  });

  it("keeps a contents entry's leader and page number, printed after its letters, at the end of the entry's line", () => {
    expect(mend('1. МАЗМ НЫ', 'Ұ ..........  3')).toEqual(['1. МАЗМҰНЫ .......... 3']);
  });

  it('joins letters to a word across a hyphen or before a stop, where the gap was theirs', () => {
    expect(mend('Біз ДИАБ- а келді.', 'ғ')).toEqual(['Біз ДИАБ-ға келді.']);
    expect(mend('Біз келді оны .', 'ң')).toEqual(['Біз келді оның.']);
  });

  it("puts a page's number printed after a running head's letters, where the page ends, at the head's end", () => {
    expect(mend('Біз ж не олар', 'ә 12')).toEqual(['Біз және олар 12']);
    expect(restoreFallbackLetters(textToLines(['Біз ж не олар', 'ә 12', '\fОлар дауыс берді.', ...MORE].join('\n')), score)[0]!.text).toBe('Біз және олар 12');
  });

  it("glues a footnote's number printed after the letters to the line's end, where the page goes on after it", () => {
    expect(mend('Біз ж не олар.', 'ә 12', 'Олар дауыс берді.')).toEqual(['Біз және олар.12', 'Олар дауыс берді.']);
  });

  it('reads a line whose letters a tab set apart as one line of text, its words single-spaced, not as columns, once they are back', () => {
    // (the tab runs to column 32: three spaces, which part columns, and no wider word space)
    const read = restoreFallbackLetters(textToLines(['Біз ж не олар аза тілі туралы\tә қ қ', ...MORE].join('\n')), score)[0]!;
    expect(read.text).toBe('Біз және олар қазақ тілі туралы');
    expect(read.segments).toBeUndefined();
  });

  it("puts back runs a line prints before its words, where its first letter is one of them, after a bullet too", () => {
    const heads = ['Қ қ ә аза тілі ж не олар.', '• Қ қ ә аза тілі ж не олар.'];
    const read = restoreFallbackLetters(textToLines([...heads, ...MORE].join('\n')), score).map((l) => l.text).slice(0, heads.length);
    expect(read).toEqual(['Қазақ тілі және олар.', '• Қазақ тілі және олар.']);
  });

  it('puts back letters a text prints run together against each line\'s last word, one gap taking one letter or more', () => {
    // (four letters or more against a word, on five lines: a text that glues them)
    // (and before a footnote's number inside the line, or a contents entry's leader: those the tool had so far)
    const glued = ['Біз ж не олар аза ж не тіліәққә', 'Сайлау ы ы туралы.құқғ', 'Бүгін жа а ереже келді.ң3', 'Біз ж не олар аза ж не тіліәққә', 'Сайлау ы ы туралы.құқғ', 'Біз ж не олар аза ж не тіліәққә', 'Біз ж не олар,ә2 аза тілі туралы.ққ', '1. Сайлау ы ы туралықұқғ.......3'];
    const read = restoreFallbackLetters(textToLines(glued.join('\n')), score).map((l) => l.text);
    const both = 'Біз және олар қазақ және тілі';
    expect(read).toEqual([both, 'Сайлау құқығы туралы.', 'Бүгін жаңа ереже келді.3', both, 'Сайлау құқығы туралы.', both, 'Біз және олар,2 қазақ тілі туралы.', '1. Сайлау құқығы туралы.......3']);
  });

  it('reads glued letters by the words alone, not by the spaces a tool that glues them printed (its own, not the gaps\' widths)', () => {
    const glued = ['Біз ж  не олар  аза  ж  не тіліәққә', 'Сайлау  ы ы туралы.құқғ', 'Бүгін жа  а ереже келді.ң3', 'Біз ж  не олар  аза  ж  не тіліәққә', 'Сайлау  ы ы туралы.құқғ', 'Біз ж  не олар  аза  ж  не тіліәққә'];
    const read = restoreFallbackLetters(textToLines(glued.join('\n')), score).map((l) => l.text);
    expect(read[1]).toBe('Сайлау құқығы туралы.');
  });

  it('puts no letter into a word of Latin letters (a Roman numeral, a name)', () => {
    // the stand-in scores every unknown word alike: only the script tells `ҢXI.` from `ОНЫҢ`
    expect(fill(['XI. ОНЫ ТІЛІ'], ['Ң'], (w) => (/^(XI|ОНЫҢ|ТІЛІ)$/u.test(w) ? 0 : -10) + (w === 'ҢXI' ? 25 : 0))).toEqual(['XI. ОНЫҢ ТІЛІ']);
  });

  it('puts back runs a line prints after its words: at its end, before a footnote number, glued to a stop', () => {
    const tails = ['Бүгін жа а ереже келді. ң', 'Біз ж не олар. ә', 'Сайлау ы ы туралы. құқ ғ', 'Олар дауыс берді.', 'Біз ж не олар ә', 'Біз ж не олар жа а.ә ң3 Олар дауыс берді.'];
    const read = restoreFallbackLetters(textToLines([...tails, ...MORE].join('\n')), score).map((l) => l.text).slice(0, tails.length);
    expect(read).toEqual(['Бүгін жаңа ереже келді.', 'Біз және олар.', 'Сайлау құқығы туралы.', 'Олар дауыс берді.', 'Біз және олар', 'Біз және олар жаңа.3 Олар дауыс берді.']);
  });

  it('puts back the letters of footnotes run on into one line, each printed before the next footnote number', () => {
    const line = '1 Біз ж не олар. ә2 Сайлау ы ы туралы. құқ ғ3 Олар дауыс берді.';
    const read = restoreFallbackLetters(textToLines([line, 'Біз ж не олар.', 'ә', ...MORE].join('\n')), score)[0]!.text;
    expect(read).toBe('1 Біз және олар.2 Сайлау құқығы туралы.3 Олар дауыс берді.');
  });

  it("puts back a line's one run glued after a stop, or glued to a word before a footnote number, and the rest's run after it", () => {
    const tails = ['Біз ж не олар.ә', 'Біз ж не олар.ә3 Бүгін жа аң', 'Олар дауыс берді.', 'ң', ...MORE];
    const read = restoreFallbackLetters(textToLines(tails.join('\n')), score).map((l) => l.text);
    expect(read.slice(0, 2)).toEqual(['Біз және олар.', 'Біз және олар.3 Бүгін жаңа']);
  });

  it("takes the spaces before a line's runs for no gap of its words, a footnote's marker, a page's number or a leader after the runs too", () => {
    // (a tool that prints a tab before them: the text prints no wider gaps as runs of spaces for that)
    const strip = (raw: string): string => raw.replace(TAIL_GAP, '');
    expect(strip('Біз ж не олар аза тілі.      ә қ қ')).toBe('Біз ж не олар аза тілі.');
    expect(strip('Біз ж не олар аза тілі.      ә қ қ 12')).toBe('Біз ж не олар аза тілі.');
    expect(strip('II. КІРІСПЕ Ж НЕ      Ә ..........2')).toBe('II. КІРІСПЕ Ж НЕ');
    // (words after the runs are no marker: the line goes on)
    expect(strip('Біз ж не олар.      ә Олар келді.')).toBe('Біз ж не олар.      ә Олар келді.');
  });

  it("reads a capital alone before a stop as an initial or a list's letter, no unknown word to be mended", () => {
    const read = (l: string, r: string): string => restoreFallbackLetters(textToLines([l, r, ...MORE].join('\n')), kazakhWordScore)[0]!.text;
    // (by the language's words: `ҚА.` as a word costs less than `А.` as one would)
    expect(read('А. БА туралы', 'Қ')).toBe('А. БАҚ туралы');
    expect(read('Б. ОС туралы заң', 'Қ')).toBe('Б. ҚОС туралы заң');
  });

  it('keeps an acronym the text writes on its own whole, though no word list has it', () => {
    // (a stand-in for the letter model: two acronyms run together, or a letter after an acronym's last, are unlikely)
    const letters: WordScore = (w) => score(w) - (/БҚБ|МҚ$/u.test(w) ? 3 : 0);
    const text = ['Біз ДИАБ БМ туралы.', 'Қ', 'ДИАБ пен ДИАБ-тың заң туралы ДИАБ.', ...MORE];
    const known = (w: string): boolean => WORDS.has(w.toLowerCase());
    expect(restoreFallbackLetters(textToLines(text.join('\n')), letters, known)[0]!.text).toBe('Біз ДИАБ ҚБМ туралы.');
    // (without the word list's answers, as before)
    expect(restoreFallbackLetters(textToLines(text.join('\n')), letters)[0]!.text).toBe('Біз ДИАБҚБМ туралы.');
  });

  it("puts a run glued after a stop that stands apart back into the gap before the stop", () => {
    const read = restoreFallbackLetters(textToLines(['Біз және оны .ң', 'Бүгін жа а ереже келді.', 'ң', ...MORE].join('\n')), score).map((l) => l.text);
    expect(read[0]).toBe('Біз және оның.');
  });

  it("puts back a line's one run glued to its last word, where a gap of the line takes it, and keeps a word's own last letter", () => {
    const tails = ['ЖА А ЕРЕЖЕҢ', 'Олар дауыс берді.', 'Біз заң', 'Біз ж не олар.', 'ә', ...MORE];
    const read = restoreFallbackLetters(textToLines(tails.join('\n')), score).map((l) => l.text);
    expect(read.slice(0, 3)).toEqual(['ЖАҢА ЕРЕЖЕ', 'Олар дауыс берді.', 'Біз заң']);
  });

  it("joins a line printed in pieces, each printed line a block closed by its letters, and drops the blank lines that close them", () => {
    const long = 'Олар дауыс берді және біз сайлау туралы заң жаңа ереже деп келді.';
    const blocks = ['Біз ж не', 'олар аза тілі.', 'ә', 'қ қ', '', 'Бүгін жа а', 'ереже келді.', 'ң', '', 'Біз ж не олар.', 'ә', '', 'Сайлау ы ы туралы.', 'құқ ғ', '', 'Біз ж не олар.', 'ә', '', long, '', long];
    const read = restoreFallbackLetters(textToLines(blocks.join('\n')), score).map((l) => l.text);
    expect(read).toEqual(['Біз және олар қазақ тілі.', 'Бүгін жаңа ереже келді.', 'Біз және олар.', 'Сайлау құқығы туралы.', 'Біз және олар.', long, '', long]);
  });

  it('never puts a small letter before a capital, nor after an acronym in one word', () => {
    expect(mend('Біз ж не. Олар келді.', 'ә')).toEqual(['Біз және. Олар келді.']);
    expect(mend('Біз ОСК з келді.', 'ө')).toEqual(['Біз ОСК өз келді.']);
  });

  it('joins the letters either side of a hyphen to it rather than leave it standing alone', () => {
    expect(mend('Біз ЕҚЫ - а келді.', 'Ұ ғ')).toEqual(['Біз ЕҚЫҰ-ға келді.']);
  });

  it('leaves a text that prints few lines of letters alone, and lines with no letters to take', () => {
    const lines = textToLines(['Біз ж не олар.', 'ә', 'Олар дауыс берді.'].join('\n'));
    expect(printsLettersApart(lines)).toBe(false);
    expect(restoreFallbackLetters(lines, score)).toBe(lines);
  });
});

describe('fill', () => {
  it('is null where the runs outnumber the places they could go', () => {
    expect(fill(['Біз'], ['ә', 'қ', 'ң'], score)).toBeNull();
  });

  it('puts two runs at each of the last spaces and one at the end, where the runs outnumber the spaces left', () => {
    expect(fill(['Біз оны о а'], ['ң', 'қ', 'ғ', 'м'], score)).toEqual(['Біз оның қоғам']);
  });

  it("reads letters after a figure's hyphen as an ending, not as a word: the letter goes to the word before", () => {
    expect(fill(['Учаскелер 10 037, оны 9 971-і ел ішінде.'], ['ң'], kazakhWordScore)).toEqual(['Учаскелер 10 037, оның 9 971-і ел ішінде.']);
    expect(fill(['Шағымдар 37, оларды 11-і кандидаттарды ұсынуға.'], ['ң'], kazakhWordScore)).toEqual(['Шағымдар 37, олардың 11-і кандидаттарды ұсынуға.']);
  });

  it('weighs readings by the Kazakh word model', () => {
    expect(fill(['Біз ж не олар аза тілінде сөйледік.'], ['ә', 'қ', 'қ'], kazakhWordScore)).toEqual(['Біз және олар қазақ тілінде сөйледік.']);
  });

  it('reads a compound the dictionary has as one word, where its two parts are words it has too', () => {
    expect(fill(['Ол халы аралы ұйымдармен кездесті.'], ['қ', 'қ'], kazakhWordScore)).toEqual(['Ол халықаралық ұйымдармен кездесті.']);
    expect(fill(['Бұл әлде айда ұзағырақ.'], ['қ'], kazakhWordScore)).toEqual(['Бұл әлдеқайда ұзағырақ.']);
  });

  it("reads two words where only the web's list runs them together, not the dictionary", () => {
    expect(fill(['Олар бір ана рет келді.'], ['ғ'], kazakhWordScore)).toEqual(['Олар бір ғана рет келді.']);
    expect(fill(['Бұл сондай-а партиялы тізімдер.'], ['қ', 'қ'], kazakhWordScore)).toEqual(['Бұл сондай-ақ партиялық тізімдер.']);
  });
});
