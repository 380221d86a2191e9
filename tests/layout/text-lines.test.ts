import { describe, expect, it } from 'vitest';
import { cleanLineText, joinLoneBullets, textToLines } from '../../src/layout/text-lines.ts';

describe('textToLines', () => {
  it('cleans tabs, no-break spaces and runs of spaces, and keeps the indent', () => {
    const [line] = textToLines(' 4 Решение\t \u00a0суда  от 4 октября.\t \u00a0');
    expect(line).toMatchObject({ text: '4 Решение суда от 4 октября.', indent: 1, blank: false, page: 1 });
  });

  it('reads CRLF, a CR doubled by a second conversion, and a CR alone as one line break', () => {
    for (const eol of ['\r\n', '\r\r\n', '\r']) {
      expect(textToLines(['First line of text', 'second line', '', 'next paragraph'].join(eol)).map((l) => l.text)).toEqual(['First line of text', 'second line', '', 'next paragraph']);
    }
  });

  it('undoes double spacing (an empty line after every line), keeping the text\'s own empty lines', () => {
    const original = [...Array.from({ length: 12 }, (_, k) => `Line ${k + 1} of the first paragraph goes on here.`), '', ' '.repeat(48), ...Array.from({ length: 12 }, (_, k) => `Line ${k + 1} of the second one.`)];
    const doubled = original.flatMap((l) => [l, '']).join('\n');
    expect(textToLines(doubled).map((l) => [l.text, l.rawLength])).toEqual(textToLines(original.join('\n')).map((l) => [l.text, l.rawLength]));
  });

  it('leaves paragraphs printed a line each, an empty line between them, as they are', () => {
    const para = (k: number) => `Paragraph ${k} ${'runs on for a whole paragraph of words, '.repeat(6)}`.trim();
    const text = Array.from({ length: 24 }, (_, k) => para(k)).join('\n\n');
    expect(textToLines(text).filter((l) => l.blank)).toHaveLength(23);
  });

  it('expands tabs to stops every eight columns, so a column printed with tabs keeps its place', () => {
    const [a, b] = textToLines('Lake region\t120,400\t\t61.2\nRiver\t\t98,100\t\t58.0');
    expect(a!.raw!.indexOf('120,400')).toBe(b!.raw!.indexOf('98,100'));
    expect(a!.raw!.indexOf('61.2')).toBe(b!.raw!.indexOf('58.0'));
  });

  it('counts a line of spaces as blank but keeps its raw length', () => {
    const [, rule] = textToLines('text\n' + ' '.repeat(48));
    expect(rule).toMatchObject({ blank: true, rawLength: 48 });
  });

  it('starts a new page at a form feed', () => {
    const lines = textToLines('one\n\ftwo\nthree\f\nfour\n\f');
    expect(lines.map((l) => [l.text, l.page, l.pageStart])).toEqual([
      ['one', 1, false],
      ['two', 2, true],
      ['three', 2, false],
      ['', 3, true],
      ['four', 3, false],
    ]);
  });

  it("puts back the space a tool dropped between a list item's number or bullet and its text, and leaves figures alone", () => {
    const lines = ['3.The law should be amended.', '12.«Lakeside» should register.', '•On 14 May the vote was called.', '\uf0b72022 жылы сайлау өтті.', '3.5 per cent voted.', 'U.S. observers came.'];
    expect(textToLines(lines.join('\n')).map((l) => l.text)).toEqual([
      '3. The law should be amended.',
      '12. «Lakeside» should register.',
      '• On 14 May the vote was called.',
      '• 2022 жылы сайлау өтті.',
      '3.5 per cent voted.',
      'U.S. observers came.',
    ]);
  });

  it("parts a table row's label from the first figure glued to it, in a line that ends in figures only", () => {
    const lines = ['Лесная область1 146 864 83,6 86,2 13,8', 'город Лесно-Польск781 040 62,3 75,1', 'COVID19 cases rose', 'the law of 2019 was amended in 2021', 'Lake Workers154,377 1.7', '(Hill Party)8,716,535 96.4', 'page12', 'in the (old) 2019 law'];
    expect(textToLines(lines.join('\n')).map((l) => l.text)).toEqual(['Лесная область 1 146 864 83,6 86,2 13,8', 'город Лесно-Польск 781 040 62,3 75,1', 'COVID19 cases rose', 'the law of 2019 was amended in 2021', 'Lake Workers 154,377 1.7', '(Hill Party) 8,716,535 96.4', 'page12', 'in the (old) 2019 law']);
  });

  it('reads a ligature a tool gave as its presentation form as its letters, in the raw line too (its length)', () => {
    const [l] = textToLines('The ﬁnal report was aﬀected by the ﬂow of oﬃcial data.');
    expect(l!.text).toBe('The final report was affected by the flow of official data.');
    expect(l!.rawLength).toBe(l!.text.length);
  });

  it('removes zero-width characters', () => {
    expect(cleanLineText('a\u200bb\ufeff c')).toBe('ab c');
  });
});

describe('joinLoneBullets', () => {
  const texts = (text: string) => joinLoneBullets(textToLines(text)).map((l) => l.text);

  it('joins a list number printed on a line of its own with the item text under it', () => {
    expect(texts('A. PRIORITY RECOMMENDATIONS\n\n1.\nThe legal framework should be reviewed.\n\n2.\nThe law should be amended.')).toEqual([
      'A. PRIORITY RECOMMENDATIONS',
      '',
      '1. The legal framework should be reviewed.',
      '',
      '2. The law should be amended.',
    ]);
  });

  it('joins a list number with its text across a blank line where the item before it has been read', () => {
    expect(texts('4. The law should be amended.\nB. OTHER RECOMMENDATIONS\n5.\n\nQuestions should respect unity of content.')).toEqual([
      '4. The law should be amended.',
      'B. OTHER RECOMMENDATIONS',
      '5. Questions should respect unity of content.',
    ]);
    // no item 4 before it: a number alone, then text
    expect(texts('The law.\n5.\n\nQuestions should respect unity of content.')).toEqual(['The law.', '5.', '', 'Questions should respect unity of content.']);
  });

  it('leaves a number that ends a sentence running into it, and one followed by a footnote', () => {
    expect(texts('signatures, fewer than\n171 642.\n16 Party representatives said')).toEqual(['signatures, fewer than', '171 642.', '16 Party representatives said']);
    expect(texts('fewer than the required\n642.\n16 Party representatives said')).toEqual(['fewer than the required', '642.', '16 Party representatives said']);
  });
});

describe('a justified line printed with its stretched spaces', () => {
  it('is one line of text that ran to the margin, not columns', () => {
    const [line] = textToLines("     to   Kazakhstan's   international   commitments.   While   the   aim");
    expect(line).toMatchObject({ text: "to Kazakhstan's international commitments. While the aim", stretched: true });
    expect(line!.segments).toBeUndefined();
  });

  it('leaves a table row, whose gaps differ, in its columns', () => {
    const [row] = textToLines('Nur Otan        80.99       83');
    expect(row!.stretched).toBeUndefined();
    expect(row!.segments?.map((s) => s.text)).toEqual(['Nur Otan', '80.99', '83']);
  });
});

describe('letters printed byte-swapped', () => {
  it('swaps back ligatures a font mapped to CJK ideographs', async () => {
    const { unswapBytes } = await import('../../src/layout/text-lines.ts');
    expect(unswapBytes('technical de\u6600\u6900ciencies and \u6600\u6c00ows')).toBe('technical deficiencies and flows');
    // the ffi ligature: a swapped f, then U+CF00 for its fi
    expect(unswapBytes('o\u6600\ucf00cial di\u6600\u6600erent')).toBe('official different');
    // (the tti ligature: a swapped t and a lone surrogate, read as three replacement characters)
    expect(unswapBytes('se\u7400\ufffd\ufffd\ufffdng the da\u7400\u6900ng')).toBe('setting the dating');
    // a text with real CJK is left as it is
    expect(unswapBytes('選挙 de\u6600\u6900ciencies')).toBe('選挙 de\u6600\u6900ciencies');
  });
});
