import { describe, expect, it } from 'vitest';
import { fillGlyphGaps, letterWidths, naturalScales, printsKazakhLettersApart } from '../../src/layout/fallback-glyphs.ts';
import { SEAM } from '../../src/layout/fallback-seams.ts';
import { GLYPH_WIDTHS } from '../../src/layout/glyph-widths.ts';
import type { PdfItem } from '../../src/schema/index.ts';

const SIZE = 10;
// a condensed face: every advance 0.82 of the proportions the stage reads
const adv = (ch: string): number => (GLYPH_WIDTHS.arial![ch.codePointAt(0)!] ?? 0.5) * SIZE * 0.82;
const item = (str: string, x: number, width: number): PdfItem => ({ str, x, y: 700, width, size: SIZE, bold: false, italic: false });

/**
 * A line as a producer sets it when its font lacks some letters: the font's own
 * run, a gap for each missing letter (handed over as a space), and the fallback
 * font's letters in items of their own, each item `together` letters (with the
 * run's letters between them as gaps).
 */
function typeset(text: string, missing: string, together = false): PdfItem[] {
  let x = 50;
  let run = '';
  const letters: Array<{ ch: string; x: number; w: number }> = [];
  for (const ch of text) {
    if (missing.includes(ch)) {
      letters.push({ ch, x, w: adv(ch) });
      run += ' ';
    } else run += ch;
    x += adv(ch);
  }
  const host = item(run, 50, x - 50);
  if (!together) return [host, ...letters.map((l) => item(l.ch, l.x, l.w))];
  const first = letters[0]!;
  const last = letters[letters.length - 1]!;
  // the fallback run: its letters, a space for each gap between them
  return [host, item(letters.map((l) => l.ch).join(' '), first.x, last.x + last.w - first.x)];
}

// (with their seams closed: fallback-seams.ts's work)
const texts = (runs: PdfItem[]) => runs.map((r) => r.str.replaceAll(SEAM, ''));

/** The same line justified: each word space `stretch` points wider than the font's own (its advances `width`). */
function justified(text: string, missing: string, stretch: number, width: (ch: string) => number = adv): PdfItem[] {
  let x = 50;
  let run = '';
  const letters: PdfItem[] = [];
  for (const ch of text) {
    if (missing.includes(ch)) {
      letters.push(item(ch, x, width(ch)));
      run += ' ';
    } else run += ch;
    x += width(ch) + (ch === ' ' ? stretch : 0);
  }
  return [item(run, 50, x - 50), ...letters];
}

describe('fillGlyphGaps in a justified line', () => {
  const line = 'ДИАБ СБМ 15 мамырда Нұр-Сұлтанда 12 сарапшыдан тұратын негізгі топпен және 30 ұзақ';
  it('reads the letters at the type size\'s natural scale, the room the line was stretched by in its word spaces alone', () => {
    // (the page's short runs, set at their own width, tell the natural scale)
    const page = [...justified(line, 'ұә', 6), ...['бір екі үш төрт бес алты', 'жеті сегіз тоғыз он бір', 'он екі он үш он төрт', 'он бес он алты он жеті', 'он сегіз он тоғыз жиырма'].map((t) => item(t, 50, [...t].reduce((a, c) => a + adv(c), 0)))];
    const natural = naturalScales(page);
    expect(natural.get('10.0')!.scale).toBeCloseTo(0.82, 2);
    expect(natural.get('10.0')!.family).toBe('arial');
    const out = texts(fillGlyphGaps(justified(line, 'ұә', 6), new Map(), natural));
    expect(out).toEqual([line]);
  });
  it("reads a serif face's page in a serif face's proportions: the family under which its narrower runs agree", () => {
    const times = (ch: string): number => (GLYPH_WIDTHS.times![ch.codePointAt(0)!] ?? 0.5) * SIZE;
    const set = (text: string, missing: string, stretch: number): PdfItem[] => justified(text, missing, stretch, times);
    const text = 'шін айыппұл салуды немесе кемінде 15 тәулікке дейін әкімшілік қамаққа алуды көздейді';
    const shorts = ['бір екі үш төрт бес алты', 'жеті сегіз тоғыз он бір', 'он екі он үш он төрт', 'он бес он алты он жеті', 'сайлау комиссиясы шешім'].map((t) => item(t, 50, [...t].reduce((a, c) => a + times(c), 0)));
    const natural = naturalScales([...shorts, ...set(text, 'ұәқңғүө', 2)]);
    expect(natural.get('10.0')!.family).toBe('times');
    expect(texts(fillGlyphGaps(set(text, 'ұәқңғүө', 2), new Map(), natural))).toEqual([text]);
  });
  it("takes a fallback item's letters into a run that holds as many letters as the item (`ЕҚЫҰ-ға`)", () => {
    // the font's runs `Е`, `Ы` and `- а` apart at the gaps; the fallback items `Қ` and `Ұ ғ`
    const at = (s: string) => [...s].reduce((a, c) => a + adv(c), 50);
    const runs = [
      item('Е', 50, adv('Е')), item('Ы', at('ЕҚ'), adv('Ы')), item('- а', at('ЕҚЫҰ'), adv('-') + adv('ғ') + adv('а')),
      item('Қ', at('Е'), adv('Қ')), item('Ұ ғ', at('ЕҚЫ'), at('ЕҚЫҰ-ғ') - at('ЕҚЫ')),
    ];
    expect(texts(fillGlyphGaps(runs)).join('')).toBe('ЕҚЫҰ-ға');
  });
});

describe('fillGlyphGaps', () => {
  it('puts a fallback letter into the gap its run left for it, in place of the space handed over for the gap', () => {
    expect(texts(fillGlyphGaps(typeset('Ол және бала келді деп', 'ә')))).toEqual(['Ол және бала келді деп']);
  });

  it('marks a letter it set between two letters with a seam, and none at a word\'s edge', () => {
    // (inside a word, or where the engine handed a word space and the gap over as one space: the words decide)
    expect(fillGlyphGaps(typeset('Ол және бала', 'ә')).map((r) => r.str)).toEqual([`Ол ж${SEAM}әне бала`]);
    expect(fillGlyphGaps(typeset('Ол бала әке', 'ә')).map((r) => r.str)).toEqual(['Ол бала әке']);
  });

  it('places several letters of one run, each in its own gap, however long the run', () => {
    const line = 'Біз үкімет пен қоғам өкілдерімен кездестік, олар жағдайды түсіндірді';
    expect(texts(fillGlyphGaps(typeset(line, 'үқөғ')))).toEqual([line]);
  });

  it('parts a fallback item whose letters stand in two gaps (its own gap between them)', () => {
    expect(texts(fillGlyphGaps(typeset('Бұл мұнда отыр', 'ұ', true)))).toEqual(['Бұл мұнда отыр']);
  });

  it("puts a fallback item's letter into a run narrower than the whole item, its other letter standing past the run's end", () => {
    // a short run at a line's start (a word and a comma), a wide word space after it (justified text), and one
    // fallback item holding the run's missing letter and the next word's first letter
    const x = 50;
    const run = item('за ,', x, adv('з') + adv('а') + adv('ң') + adv(','));
    const space = 3 * adv(' ');
    const at = x + run.width + space;
    const letters = item('ң ә', x + adv('з') + adv('а'), at + adv('ә') - (x + adv('з') + adv('а')));
    expect(letters.width).toBeGreaterThan(run.width);
    const rest = item('дет', at + adv('ә'), adv('д') + adv('е') + adv('т'));
    expect(texts(fillGlyphGaps([run, letters, rest]))).toEqual(['заң,', 'ә', 'дет']);
  });

  it('leaves a letter that stands at no gap of a run as an item of its own', () => {
    const runs = [item('абвгдеж', 50, 40), item('ә', 70, 5)];
    expect(fillGlyphGaps(runs)).toBe(runs);
  });

  it("sizes a word's last letter by the page's own width for it, so the word space after it stays open", () => {
    // `Бізді[ң] к[ө]лік`: the fallback item holds a word's last letter and the next word's second, and the
    // engine hands the two words' runs over apart (a gap that ends a word)
    const w = (s: string) => [...s].reduce((a, c) => a + adv(c), 0);
    const first = item('Бізді', 50, w('Бізді'));
    const end = 50 + w('Бізді');
    const second = item('к лік', end + adv('ң') + adv(' '), w('көлік'));
    const fallback = item('ң ө', end, adv('ң') + adv(' ') + adv('к') + adv('ө'));
    const page = [first, fallback, second, item('ң', 300, adv('ң'))];
    const out = fillGlyphGaps([first, fallback, second], letterWidths(page));
    expect(texts(out)).toEqual(['Бізді', 'ң', 'көлік']);
    const letter = out[1]!;
    expect(letter.x + letter.width).toBeCloseTo(end + adv('ң'), 5);
    // a word space of this face (0.23 em) still stands between the letter and the next word
    expect(second.x - (letter.x + letter.width)).toBeGreaterThan(0.2 * SIZE);
  });

  it('reads a letter\'s width off an item that holds it alone, and nothing else', () => {
    const ems = letterWidths([item('ң', 10, 4.5), item('ab', 20, 9), item(' ', 30, 2.5)]);
    expect([...ems]).toEqual([['ң', 0.45]]);
  });

  it('tells a PDF whose Kazakh letters a fallback font printed apart by five items of one such letter alone', () => {
    const content = (items: PdfItem[]) => ({ pages: [{ number: 1, width: 595, height: 842, items }], info: { title: null, author: null, creator: null, created: null } });
    const page = typeset('Біз үкімет пен қоғам өкілдерімен және кездестік', 'үқөғә');
    expect(printsKazakhLettersApart(content(page))).toBe(true);
    expect(printsKazakhLettersApart(content([item('Біз үкімет пен қоғам өкілдерімен кездестік', 50, 300)]))).toBe(false);
  });

  it('leaves runs that overlap no other alone', () => {
    const runs = [item('one', 50, 15), item('two', 70, 15)];
    expect(fillGlyphGaps(runs)).toBe(runs);
  });
});
