import { describe, expect, it } from 'vitest';
import { fillMeasure } from '../../src/structure/fill.ts';
import { textWidth } from '../../src/layout/typeset.ts';
import type { ZonedLine } from '../../src/schema/index.ts';

let no = 0;
const line = (text: string): ZonedLine => ({ text, page: 1, no: ++no, indent: 0, blank: false, rawLength: text.length, pageStart: false, zone: 'body' });

describe('fillMeasure', () => {
  // lines of 60 characters: the text's full line (too few lines to pick a font's glyph widths: characters count)
  const full = Array.from({ length: 12 }, (_, i) => line(`The mission observed the election process in region ${String(i).padStart(2, '0')} too.`));
  const short = line('The mission met the commission in the capital.'); // 46 characters
  const fill = fillMeasure([...full, short]);

  it('says a word would have fitted on a line with room for it', () => {
    expect(fill.fits(short, 'It')).toBe(true);
    expect(fill.fits(short, 'Parliamentary')).toBe(false);
  });
  it('says no word would have fitted on a line justification stretched: it ran to the margin', () => {
    const stretched = { ...line('The mission met the commission in the capital.'), stretched: true };
    const measure = fillMeasure([...full, stretched]);
    expect(measure(stretched)).toBe(1);
    expect(measure.fits(stretched, 'It')).toBe(false);
  });
  it("takes a compound's first part with its hyphen for the word: a line may break after the hyphen", () => {
    expect(fill.fits(short, 'ҚБМ-ның')).toBe(true);
    expect(fill.fits(short, 'long-standing')).toBe(true);
    expect(fill.fits(short, 'Parliamentary-like')).toBe(false);
  });
  it('reads a line two printed lines long (a hyphenated word joined with its line) by what is left past a full line', () => {
    const joined = line(`${full[0]!.text.replace(/ too\.$/, '')} and its commission.`); // 75 characters: a fifth more than 60
    const long = line(`${full[1]!.text} The mission met the commission in the capital.`); // 60 + 47: its last line short
    const measure = fillMeasure([...full, ...full, joined, long]);
    expect(measure(long)).toBeLessThan(0.9);
    expect(measure.fits(long, 'It')).toBe(true);
    // a line a fifth longer than a full one (a footnote's, set smaller) is taken as it is
    expect(measure(joined)).toBeGreaterThan(1);
    expect(measure.fits(joined, 'It')).toBe(false);
  });
  it('measures by single lines where a third of the lines are two or three printed lines run together, and reads past each full one', () => {
    // lines that wrap (the next goes on in lower case), 60 characters; a third of them two lines run together
    const single = (i: number) => `the mission observed the election process in region ${String(i).padStart(2, '0')} and`;
    const lines = Array.from({ length: 36 }, (_, i) => line(i % 3 === 2 ? `${single(i)} ${single(i + 100)}` : single(i)));
    const three = line(`${single(1)} ${single(2)} and the mission met the commission.`); // 60 + 60 + 37
    const measure = fillMeasure([...lines, three, line('the end.')]);
    expect(measure(lines[0]!)).toBeGreaterThan(0.9);
    expect(measure(three)).toBeLessThan(0.7);
    expect(measure.printed(three)).toBe(3);
    expect(measure.printed(lines[0]!)).toBe(1);
  });
  it('reads a line just over two full lines long as three printed lines, its last one short: no single line runs a tenth past the margin', () => {
    const single = (i: number) => `the mission observed the election process in region ${String(i).padStart(2, '0')} and`;
    const lines = Array.from({ length: 36 }, (_, i) => line(i % 3 === 2 ? `${single(i)} ${single(i + 100)}` : single(i)));
    const three = line(`${single(1)} ${single(2)} in May 2024.`); // 60 + 60 + 13: 2.2 full lines
    const measure = fillMeasure([...lines, three, line('the end.')]);
    expect(measure.printed(three)).toBe(3);
    expect(measure(three)).toBeLessThan(0.5);
  });

  it("reads a line run together in a family's glyph widths as three printed lines once it is past two full ones by a fiftieth", () => {
    // lines set justified in Times to a measure, each followed by a line that goes on in lower case
    const words = 'the observers noted that commissions were formed in accordance with law while many interlocutors expressed distrust in election bodies of every level and region'.split(' ');
    const set: string[] = [];
    let current = '';
    for (let i = 0; i < 1200; i++) {
      const w = words[(i * 7 + ((i * i) % 5)) % words.length]!;
      const candidate = current ? `${current} ${w}` : w;
      if (textWidth(candidate, 'times') > 38 && current) {
        set.push(current);
        current = w;
      } else current = candidate;
    }
    const body = set.map(line);
    const three = line(`${set[0]} ${set[1]} in May.`); // two full lines and a short last one
    const measure = fillMeasure([...body, three, line('the end.')]);
    expect(measure.metric).toBe('times');
    const total = textWidth(three.text, 'times') / textWidth(set.reduce((a, b) => (textWidth(a, 'times') > textWidth(b, 'times') ? a : b)), 'times');
    expect(total).toBeGreaterThan(2);
    expect(total).toBeLessThan(2.1);
    expect(measure.printed(three)).toBe(3);
    expect(measure(three)).toBeLessThan(0.3);
  });
});


describe('fillMeasure, lines with positions', () => {
  // lines of 60 characters, 6 points a character, from x = 72: flush left, each ends where its last word did
  const at = (text: string, right: number): ZonedLine => ({ ...line(text), geometry: { x: 72, y: 700 - no * 14, width: right - 72, height: 11, size: 11, bold: false } });
  const ragged = Array.from({ length: 20 }, (_, i) => at('x'.repeat(60), 420 + (i % 5) * 10));
  it('says a word would have fitted on a line set flush left where the line, the word and a space end short of the widest lines', () => {
    // (the 0.9 quantile of the right edges is no margin where lines end where their words do)
    const endsShort = at('x'.repeat(55), 72 + 55 * 6);
    const fill = fillMeasure([...ragged, endsShort]);
    expect(fill.fits(endsShort, 'It')).toBe(true);
    expect(fill.fits(endsShort, 'Parliamentary')).toBe(false);
    const nearly = at('x'.repeat(60), 455);
    expect(fillMeasure([...ragged, nearly]).fits(nearly, 'It')).toBe(false);
  });

  it("counts a justified line's characters from where it starts: an indented first line that runs to the margin leaves no room", () => {
    // justified lines of 90 characters from x = 72 to 522; the first line of a paragraph indented by 21 points holds 85
    const justified = (text: string, x = 72): ZonedLine => ({ ...line(text), geometry: { x, y: 700 - no * 14, width: 522 - x, height: 11, size: 11, bold: false } });
    const lines = Array.from({ length: 20 }, () => justified('x'.repeat(90)));
    const indented = justified('x'.repeat(85), 93);
    const fill = fillMeasure([...lines, indented]);
    expect(fill.fits(indented, 'Voters')).toBe(false);
    expect(fill(indented)).toBeGreaterThan(0.95);
  });

  it('in justified text, reads what fits after a line that stops short of the margin off its own width', () => {
    // a paragraph's last line of 84 characters, 5 points each, ending at x = 492, 30 points short of the margin;
    // its characters alone (84 and 5 of 90) say the word would not fit, its width says it would
    const justified = (text: string, right = 522): ZonedLine => ({ ...line(text), geometry: { x: 72, y: 700 - no * 14, width: right - 72, height: 11, size: 11, bold: false } });
    const lines = Array.from({ length: 20 }, () => justified('x'.repeat(90)));
    const last = justified('x'.repeat(84), 72 + 84 * 5);
    const fill = fillMeasure([...lines, last]);
    expect(fill.fits(last, 'Vote')).toBe(true);
  });

  it('in justified text, takes a line that stops short of the margin by more than half a letter for one no word wrapped after: its break was written', () => {
    // lines of 90 characters, 5 points each, justified to x = 522; a paragraph's last line that nearly filled its
    // measure, 3 points short: justification did not stretch it, though no long word would have fitted after it
    const justified = (text: string, right = 522): ZonedLine => ({ ...line(text), geometry: { x: 72, y: 700 - no * 14, width: right - 72, height: 11, size: 11, bold: false } });
    const lines = Array.from({ length: 20 }, () => justified('x'.repeat(90)));
    const nearly = justified('x'.repeat(89), 519);
    const stretched = justified('x'.repeat(90), 521);
    const fill = fillMeasure([...lines, nearly, stretched]);
    expect(fill.fits(nearly, 'Parliamentary')).toBe(true);
    // (a line within a letter's half of the margin ran to it: what fits is read off its width, and a word does not)
    expect(fill.fits(stretched, 'Vote')).toBe(false);
  });
});
