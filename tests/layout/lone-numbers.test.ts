/**
 * The stages that read `pdftotext -layout` output: footnote numbers printed
 * under their text go back above it, body markers printed on a row of their own
 * go back into their line.
 */
import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { textWidth } from '../../src/layout/typeset.ts';
import { keepsLineColumns, lowerRaisedMarkers, raiseLoneNoteNumbers } from '../../src/layout/lone-numbers.ts';
import { lowerMarkerRows } from '../../src/layout/marker-rows.ts';

const texts = (lines: ReturnType<typeof textToLines>): string[] => lines.map((l) => l.text);

const ZONE = [
  'Body text of the page that ends here.',
  '',
  '',
  '1',
  '  Under the Constitution, the President may dissolve Parliament at any time. The 2012',
  'elections were the third to be called early.',
  ' On 22 December, the Prosecutor General\'s Office confirmed that 16 people had died.',
  '2',
  '',
  ' The chairperson of the Astana branch of Alga was arrested on 29 December. The',
  '3',
  '',
  'chairperson of the Almaty branch was arrested on 4 January.',
];

describe('keepsLineColumns', () => {
  it('tells -layout output (numbers beside indented text) from reading-order output', () => {
    expect(keepsLineColumns(textToLines(ZONE.join('\n')))).toBe(true);
    expect(keepsLineColumns(textToLines(ZONE.map((l) => l.trimStart()).join('\n')))).toBe(false);
  });
});

describe('raiseLoneNoteNumbers', () => {
  it('puts a number printed under its footnote\'s first line above it, and drops the row it left', () => {
    expect(texts(raiseLoneNoteNumbers(textToLines(ZONE.join('\n')))).slice(3)).toEqual([
      '1',
      'Under the Constitution, the President may dissolve Parliament at any time. The 2012',
      'elections were the third to be called early.',
      '2',
      'On 22 December, the Prosecutor General\'s Office confirmed that 16 people had died.',
      '3',
      'The chairperson of the Astana branch of Alga was arrested on 29 December. The',
      'chairperson of the Almaty branch was arrested on 4 January.',
    ]);
  });

  it('leaves a number that already stands above its indented text', () => {
    const lines = textToLines(['1', '  Footnote text.', '2', '  Another one.'].join('\n'));
    expect(texts(raiseLoneNoteNumbers(lines))).toEqual(['1', 'Footnote text.', '2', 'Another one.']);
  });
});

describe('lowerRaisedMarkers', () => {
  const page = [
    'выдвижения кандидатов. После подачи апелляции районный суд поддержал',
    '                       28',
    '',
    'решение ЦИК. ЦИК подтвердила тот факт, что в отношении других партий',
  ];

  it('puts a marker printed on a row of its own back after the word that ends at its column', () => {
    expect(texts(lowerRaisedMarkers(textToLines(page.join('\n'))))).toEqual([
      'выдвижения кандидатов.28 После подачи апелляции районный суд поддержал',
      'решение ЦИК. ЦИК подтвердила тот факт, что в отношении других партий',
    ]);
  });

  it('leaves a number no word ends beside', () => {
    const moved = [page[0]!, '                  28', ...page.slice(2)];
    expect(texts(lowerRaisedMarkers(textToLines(moved.join('\n'))))).toContain('28');
  });

  it('leaves a footnote number at the left margin, under a line that opens with a short word', () => {
    const notes = ['             3', '               Статьи 44, 50 и 63 Конституции. Остальные 32 сенатора избираются', '             от городов Астаны и Алматы.', '             4', '               Поправки в Закон о политических партиях.'];
    expect(texts(lowerRaisedMarkers(textToLines(notes.join('\n'))))).toContain('4');
  });

  it('leaves a page number at the foot of a page', () => {
    const foot = [page[0]!, '                       28', '', '\fNext page text.'];
    expect(texts(lowerRaisedMarkers(textToLines(foot.join('\n'))))).toContain('28');
  });
});

describe('lowerMarkerRows', () => {
  const lines = (rows: string[]) => texts(lowerMarkerRows(textToLines(rows.join('\n'))));

  it("puts a marker printed on a row of its own above its line into the line's one wide gap near its column", () => {
    expect(
      lines([
        '            The early elections, called by the President for 15 January 2012, followed a',
        '                                     2',
        '            preparing for elections.  At present, ten political parties are registered by the',
        '            1',
        '               Under the Constitution, the President may dissolve Parliament.',
      ]),
    ).toEqual([
      'The early elections, called by the President for 15 January 2012, followed a',
      'preparing for elections.2 At present, ten political parties are registered by the',
      // a number at the margin is a footnote's, not a marker
      '1',
      'Under the Constitution, the President may dissolve Parliament.',
    ]);
  });

  it('puts two markers of one row into the two wide gaps of the line below', () => {
    expect(
      lines([
        '              in the absence of political pluralism between elections. Despite legal',
        '                          33                                                    34',
        '              restrictions  and the blocking of websites by the authorities,  the Internet offers views',
      ]),
    ).toEqual(['in the absence of political pluralism between elections. Despite legal', 'restrictions33 and the blocking of websites by the authorities,34 the Internet offers views']);
  });

  it('reads how much further right than their gaps a text prints its markers (wide letters), off its rows', () => {
    // margin 10, full lines of 80 characters that span 100 of the rows' columns: each marker stands 1.25 times as far from the margin as its gap
    const line = (gap: number, length = 80) => ' '.repeat(10) + ('а'.repeat(gap - 1) + '.  Б').padEnd(length, 'в');
    const row = (gap: number, n: number, scale = 1.25) => [' '.repeat(10 + Math.round(gap * scale)) + n, line(gap)];
    const rows = [...row(30, 1), ...row(50, 2), ...row(60, 3), ...row(42, 4)];
    const out = lines(rows);
    expect(out).toHaveLength(4);
    expect(out.every((l, k) => l.includes(`.${k + 1} Б`))).toBe(true);
    // a justified line of fewer characters spans the same: its marker stands further right still (100 / 70 of its gap)
    const fewer = [' '.repeat(10 + Math.round(60 * (100 / 70))) + '5', line(60, 70)];
    expect(lines([...rows, ...fewer]).at(-1)).toContain('.5 Б');
  });

  it('reads a flush-left text’s markers by the one factor, not by a full line’s span, where the rows say so', () => {
    // lines set flush left: a shorter line's glyphs stand no wider apart, each marker 1.25 times as far from the
    // margin as its gap, whatever the line's length
    const line = (gap: number, length: number) => ' '.repeat(10) + ('а'.repeat(gap - 1) + '.  Б').padEnd(length, 'в');
    const row = (gap: number, n: number, length = 80) => [' '.repeat(10 + Math.round(gap * 1.25)) + n, line(gap, length)];
    const out = lines([...row(30, 1), ...row(50, 2), ...row(60, 3), ...row(62, 4, 68)]);
    expect(out.every((l, k) => l.includes(`.${k + 1} Б`))).toBe(true);
  });

  it('reads where the page put a text’s markers by the glyphs’ widths where they place them far more alike than characters do', () => {
    // the rows' columns are the page's positions: 2.8 columns a unit of Times' widths past the margin; the
    // lines' narrow letters (`i`, `l`) and wide ones (`m`, `w`) put their gaps at columns unlike the markers'
    const line = (words: string) => ' '.repeat(10) + words + '.  The rest of the line goes on here';
    const row = (words: string, n: number) => [' '.repeat(10 + Math.round(textWidth(words + '.', 'times') * 2.8)) + n, line(words)];
    const prefixes = ['mill will fill', 'maw mow mew mum', 'ill lil ilk tilt', 'woman mown wax', 'lilt illicit limit'];
    const out = lines(prefixes.flatMap((p, k) => row(p, k + 1)));
    expect(out.every((l, k) => l.includes(`.${k + 1} The rest`))).toBe(true);
  });

  it('puts a marker into a line justified type stretched only where one gap stands right under it and the others well away', () => {
    const stretched = [' '.repeat(62) + '2', '            preparing   for   the   parliamentary   elections.   Altogether   ten   parties'];
    expect(lines(stretched)).toEqual(['preparing for the parliamentary elections.2 Altogether ten parties']);
  });

  it('puts a marker into the one wide gap left of it where the text has too few rows to read how far right its markers stand', () => {
    const far = ['                                                                  2', '            preparing for elections.  At present, ten political parties are registered by the'];
    expect(lines(far)).toEqual(['preparing for elections.2 At present, ten political parties are registered by the']);
    const left = ['                  2', '            preparing for elections.  At present, ten political parties are registered by the'];
    expect(lines(left)[0]).toBe('2');
  });

  it('leaves the row where the line below has no wide gap near it, or wide gaps everywhere (justified type)', () => {
    // (rows that show the text prints its markers right over their gaps)
    const near = (n: number) => [`${' '.repeat(36)}${n}`, '            preparing for elections.  At present, ten political parties are registered by the'];
    const far = ['                                                                  2', '            preparing for elections.  At present, ten political parties are registered by the'];
    expect(lines([...near(5), ...near(6), ...near(7), ...far]).at(-2)).toBe('2');
    const stretched = ['                                 2', '            preparing   for   elections.   At   present,   ten   parties'];
    expect(lines(stretched)[0]).toBe('2');
  });

  it("puts a marker after the line's last word where it stands at the line's end and the line has no gap near it", () => {
    // (rows that show the text prints its markers right over their gaps, then a marker at a line's end: no gap is left there)
    const near = (n: number) => [`${' '.repeat(36)}${n}`, '            preparing for elections.  At present, ten political parties are registered by the'];
    const end = [`${' '.repeat(95)}8`, '            secretary. Several chairpersons refused to sign or register such acts.'];
    expect(lines([...near(5), ...near(6), ...near(7), ...end]).at(-1)).toBe('secretary. Several chairpersons refused to sign or register such acts.8');
  });
});
