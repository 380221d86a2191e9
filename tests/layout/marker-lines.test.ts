import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { lowerMarkerLines } from '../../src/layout/marker-lines.ts';

const texts = (lines: { text: string }[]): string[] => lines.map((l) => l.text);

// an invented page as a tool that orders text by baseline prints it: each raised marker on a line of its own over
// the line it stands in, then each footnote's number on a line of its own over the footnote
const PAGE = [
  'The commission met in the capital and in every region of the country, and its',
  '1',
  'sessions were open to observers. The media reported on them in detail, and the',
  'parties said that their meetings with voters had been moved at short notice.',
  '2',
  'Observers noted that the voter lists were displayed on time. Voters were able to',
  'check their entries and to ask for corrections in writing, and many did so.',
  '3',
  'Complaints were filed with the commissions',
  '1',
  ' Article 12 of the Election Law.',
  '2',
  ' According to the observers, in most polling stations visited.',
  '3',
  ' See the decision of the commission.',
];

describe('lowerMarkerLines', () => {
  it('puts each number printed alone over its line, then again over its footnote, into that line: after its first sentence end, or at its end', () => {
    expect(texts(lowerMarkerLines(textToLines(PAGE.join('\n'))))).toEqual([
      'The commission met in the capital and in every region of the country, and its',
      'sessions were open to observers.1 The media reported on them in detail, and the',
      'parties said that their meetings with voters had been moved at short notice.',
      'Observers noted that the voter lists were displayed on time.2 Voters were able to',
      'check their entries and to ask for corrections in writing, and many did so.',
      'Complaints were filed with the commissions3',
      '1',
      'Article 12 of the Election Law.',
      '2',
      'According to the observers, in most polling stations visited.',
      '3',
      'See the decision of the commission.',
    ]);
  });

  it('takes a stop after a figure for a sentence end, not a decimal point or an initial', () => {
    const page = PAGE.map((l) => l.replace('sessions were open to observers. The media', 'sessions were open to J. Doe and 95.1 per cent of 5,000. The media'));
    expect(texts(lowerMarkerLines(textToLines(page.join('\n'))))[1]).toBe('sessions were open to J. Doe and 95.1 per cent of 5,000.1 The media reported on them in detail, and the');
  });

  it('leaves a text that prints its markers in its lines, and one whose numbers stand alone once', () => {
    const inline = PAGE.map((l) => l.replace('observers. The', 'observers.1 The').replace('on time. Voters', 'on time.2 Voters').replace('commissions', 'commissions3'));
    const lines = textToLines(inline.join('\n'));
    expect(lowerMarkerLines(lines)).toBe(lines);
    const once = textToLines(PAGE.slice(0, 9).join('\n'));
    expect(lowerMarkerLines(once)).toBe(once);
  });
});
