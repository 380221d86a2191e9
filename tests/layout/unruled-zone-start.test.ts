import { describe, expect, it } from 'vitest';
import { zoneStartOf, type LineTests } from '../../src/layout/unruled-zone-start.ts';
import type { Line } from '../../src/schema/index.ts';

const line = (text: string, no: number): Line => ({ text, page: 1, no, indent: 0, blank: text === '', rawLength: text.length, pageStart: no === 1 });
const tests: LineTests = {
  long: () => false, full: () => true, plausible: (l) => l !== undefined && /^\d+$/.test(l.text), startsUnit: () => true,
  split: 60, gap: 5, carried: false, goesOver: false, textGoesOver: false, overBody: () => false, twoLines: () => false, running: () => false, next: 3,
};

describe('zoneStartOf', () => {
  it('reads a page whose lines end in the gap above the numbers moved off its end (no line under the gap)', () => {
    const lines = ['Running head', '', 'Xxxx xxx xxxx xxxxx xxx xx xxxx.', 'Xxxx xxx xxxx xxxxx xxx xx xxxx.', ''].map((t, i) => line(t, i + 1));
    expect(zoneStartOf(lines, { end: lines.length, trailing: [line('3', 7)], starts: [] }, tests)).toBeLessThanOrEqual(lines.length);
  });

  it('keeps a moved footnote opening under a full body line that stops mid-sentence, though a line higher up reads so too', () => {
    const texts = [
      'Running head',
      '',
      'Xxxx xxx xxxx xxxxx xxx xx xxxx under section 7',
      'Of the rules xxxx xxx xxxx xxxxx. Xxxx xx xxxx.',
      'Xxxx xxx xxxx xxxxx xxx xx xxxx xxxxx xxx xxxx.',
      'Xxxx xxx xxxx xxxxx xxx xx going over the page to',
      'The deadline was set xxxx xxx xxxx xxxxx.',
      '16',
      'Xxxx xxx xxxx xxxxx.',
    ];
    const lines = texts.map((t, i) => line(t, i + 1));
    expect(zoneStartOf(lines, { end: 7, trailing: [line('15', 11)], starts: [7] }, tests)).toBe(6);
  });

  it("takes a line that ends a sentence over the moved footnotes for one of them, where the page's text goes on over the page", () => {
    // two numbers moved off the page's end; the body's last line ends no sentence, and the page after opens in lower case
    const texts = [
      'Running head',
      '',
      'Xxxx xxx xxxx xxxxx xxx xx xxxx xxxxx xxx xxxx xx xxxx xxx xxx.',
      'Xxxx xxx xxxx xxxxx xxx xx xxxx xxxxx xxx xxxx xx xxxx xxx the',
      'Section 4 of the Code lists the powers.',
      'Parties may not xxxx xxx xxxx xxxxx xxx xx xxxx xxxxx xxx xxxx xx xxxx xxx xxx xxxx xxxx.',
      'Xxxxx xxx xxxx xxxxx xxx xx xxxx xxxxx xxx xxxx xx xxxx.',
      '17',
      'Xxxx xxx xxxx xxxxx.',
    ];
    const lines = texts.map((t, i) => line(t, i + 1));
    // (a word the text capitalises inside sentences too opens no sentence by itself: only the lines' ends tell)
    const own = { ...tests, startsUnit: (l: Line) => !l.text.startsWith('Section'), long: (l: Line) => l.text.length > 70, next: 15 };
    const page = { end: 7, trailing: [line('15', 11), line('16', 12)], starts: [7] };
    expect(zoneStartOf(lines, page, { ...own, textGoesOver: true })).toBe(4);
    expect(zoneStartOf(lines, page, own)).toBe(5);
  });

  it('opens the zone under a heading over it, where the gap above is a table cell\'s, not the zone\'s', () => {
    const texts = [
      'Running head',
      '',
      'Xxxx xxx xxxx xxxxx xxx xx xxxx xxxxx xxx.',
      '12.5',
      '',
      'For the councils xxxx xxx xxxx xxxxx xxx xx xxxx xxxxx xxx xxxx xxxxx xxx',
      'xxxx xxx xxxx xxxxx.',
      'Regional Outreach',
      'The restriction xxxx xxx xxxx xxxxx xxx xx xxxx xxxxx xxx xxxx xxxxx xxx xxxx.',
      '16',
      'Xxxx xxx xxxx xxxxx.',
    ];
    const lines = texts.map((t, i) => line(t, i + 1));
    expect(zoneStartOf(lines, { end: 9, trailing: [line('15', 13)], starts: [9] }, { ...tests, next: 15 })).toBe(8);
  });

  it("opens the zone at a sentence over the first footnote, under text that ends none, where the text goes on over the page (a footnote's second sentence)", () => {
    const texts = ['Running head', '', 'Xxxx xxx xxxx xxxxx xxx xx xxxx xxxxx xxx xxxx.', 'Xxxx xxx xxxx xxxxx xxx xx xxxx xxxxx going over', '', 'Monitoring covered the evening news.', '3', 'Xxxx xxx xxxx xxxxx.'];
    const lines = texts.map((t, i) => line(t, i + 1));
    const at = (t: Partial<LineTests>) => zoneStartOf(lines, { end: 6, trailing: [], starts: [6] }, { ...tests, ...t });
    expect(at({ goesOver: true })).toBe(5);
    // (not where the text may end there: the page after opens a paragraph)
    expect(at({ goesOver: false })).toBe(6);
  });

  it('takes the rest of a footnote cut on the page before over the first footnote, in capitals too where it ends with a stop', () => {
    const texts = ['Running head', '', 'Xxxx xxx xxxx xxxxx xxx xx xxxx xxxxx xxx xxxx.', 'Xxxx xxx xxxx xxxxx xxx xx xxxx xxxxx going over', 'Minister may apply.', '3', 'Xxxx xxx xxxx xxxxx.'];
    const lines = texts.map((t, i) => line(t, i + 1));
    const at = (t: Partial<LineTests>) => zoneStartOf(lines, { end: 5, trailing: [], starts: [5] }, { ...tests, ...t });
    expect(at({ carried: true })).toBe(4);
    expect(at({ carried: false })).toBe(5);
  });

  it('never reaches above a heading for a body line that stopped mid-sentence', () => {
    const texts = ['Running head', '', 'Xxxx xxx xxxx xxxxx xxx xx xxxx xxxxx xxx xxxx going over', 'The body xxxx xxx xxxx xxxxx.', 'III. OUTREACH', 'The commitment xxxx xxx xxxx xxxxx.', '2', 'Xxxx xxx xxxx xxxxx.'];
    const lines = texts.map((t, i) => line(t, i + 1));
    expect(zoneStartOf(lines, { end: 6, trailing: [line('1', 10)], starts: [6] }, { ...tests, full: (l) => l.text.length >= 50, next: 1 })).toBe(5);
  });

  it('opens a moved footnote at the stretched line a web address pushed wide, not at the address', () => {
    const texts = ['Running head', '', 'Xxxx xxx xxxx xxxxx xxx xx xxxx xxxxx xxx xxxx xxxxx xxx xx xxxx.', 'The body ends its paragraph here.19', 'The figure was announced at a session on 20 April. See', 'http://www.example.org/portal/page/voters.html'];
    const lines = texts.map((t, i) => ({ ...line(t, i + 1), ...(i === 4 ? { stretched: true } : {}) }));
    expect(zoneStartOf(lines, { end: lines.length, trailing: [line('13', 8)], starts: [] }, tests)).toBe(4);
  });

  it('opens a moved footnote above a line that is only a figure and its stop (the tail of an address cut at the line end)', () => {
    const texts = [
      'Running head',
      '',
      'Xxxx xxx xxxx xxxxx xxx xx xxxx xxxxx xxx xxxx.',
      'Xxxx xxx xxxx xxxxx xxx xx xxxx xxxxx going over',
      'Deployment followed the assessment of xxxx xxx xxxx. See http://www.example.org/reports/',
      '84213.',
      '2',
      'Xxxx xxx xxxx xxxxx.',
    ];
    const lines = texts.map((t, i) => line(t, i + 1));
    const strict = { ...tests, startsUnit: () => false, twoLines: (l: Line) => l.text.length > 70, next: 1 };
    expect(zoneStartOf(lines, { end: 6, trailing: [line('1', 10)], starts: [6] }, strict)).toBe(4);
  });

  it('gives no vote to the line that goes on the sentence of lines a tool ran together, though it is as wide as a footnote line', () => {
    const run = (end: string) => `Xxxx xxx xxxx xxxxx xxx xx xxxx xxxxx xxx xxxx xxxxx xxx xx xxxx xxxxx xxx xxxx xxxxx xxx xx xxxx xxxxx xxx ${end}`;
    const texts = [
      'Running head',
      '',
      'Xxxx xxx xxxx xxxxx xxx xx xxxx xxxxx xxx xxxx xx.',
      run('the new code,'),
      'which came into force last year, keeps the xxxx xxxx xxxx xxxx xxxxx.',
      run('remains passive'),
      'In paragraph eight xxxx xxxx xxxx xxxx xxxx xxxx xxxx xxxx xxxx xxxx xx',
      'to invite observers xxxx xxxx xxxx xxxx xxxx xxxx xxxx xxxx xxxx xxxx.',
      '2',
      'Xxxx xxx xxxx xxxxx.',
    ];
    const lines = texts.map((t, i) => line(t, i + 1));
    const joined = { ...tests, startsUnit: () => false, twoLines: (l: Line) => l.text.length > 100, overBody: (l: Line) => l.text.length > 65 && l.text.length <= 100, next: 1 };
    expect(zoneStartOf(lines, { end: 8, trailing: [line('1', 12)], starts: [8] }, joined)).toBe(6);
  });

  it('takes lines run together, their sentence going on, for footnote lines where they hold a whole number of them', () => {
    // (130 characters: two footnote lines of 65, two and a third body lines of 55)
    const run = 'According to the office, access to many web sites was restricted by courts in that year. See also the statement by the Represent'.slice(0, 130);
    const texts = ['Running head', '', 'Xxxx xxx xxxx xxxxx xxx xx xxxx xxxxx xxx xxxx xxxxx x.', run, 'MEDIA: http://www.example.org/media/84213.', '2', 'Xxxx xxx xxxx xxxxx.'];
    const lines = texts.map((t, i) => line(t, i + 1));
    const runs = { ...tests, startsUnit: () => false, twoLines: (l: Line) => l.text.length > 100, next: 1 };
    expect(zoneStartOf(lines, { end: 5, trailing: [line('1', 9)], starts: [5] }, runs)).toBe(3);
    // two and a third footnote lines, two body lines: the body's
    const body = run.slice(0, 110);
    expect(zoneStartOf(texts.map((t, i) => line(i === 3 ? body : t, i + 1)), { end: 5, trailing: [line('1', 9)], starts: [5] }, runs)).toBe(4);
  });
});
