import { describe, expect, it } from 'vitest';
import { parseFootnotes } from '../../src/structure/footnotes.ts';
import type { ZonedLine } from '../../src/schema/index.ts';

const zone = (texts: string[], page = 1): ZonedLine[] =>
  texts.map((text, i) => ({ text, page, no: i + 1, indent: 0, blank: text === '', rawLength: text.length, pageStart: false, zone: 'footnote' }));

describe('parseFootnotes', () => {
  it('does not take a continuation line that starts with a number for a new footnote', () => {
    const notes = parseFootnotes(zone(['4 Деятельность партии была приостановлена решением суда от 4 октября', '2011 года. Приостановка.', '5 Была объявлена 64,8% явка.']), new Set([4, 5]));
    expect(notes.map((n) => [n.number, n.lines.length])).toEqual([[4, 2], [5, 1]]);
  });

  it('reads a footnote whose text starts with numbers', () => {
    const notes = parseFootnotes(zone(['45 Some text.', '46 187, 157, 218 УИК в г. Алматы; 170 в г. Астана']), new Set([45, 46]));
    expect(notes.map((n) => [n.number, n.lines[0]])).toEqual([[45, 'Some text.'], [46, '187, 157, 218 УИК в г. Алматы; 170 в г. Астана']]);
  });

  it('continues a footnote onto the next page zone', () => {
    const lines = [...zone(['7 A footnote that does not fit on'], 1), ...zone(['the page it starts on.', '8 Next one.'], 2)];
    const notes = parseFootnotes(lines, new Set([7, 8]));
    expect(notes.map((n) => [n.number, n.lines.join(' ')])).toEqual([[7, 'A footnote that does not fit on the page it starts on.'], [8, 'Next one.']]);
  });

  it('accepts a gap in the numbering only where the body has a marker for it', () => {
    const lines = zone(['1 First.', '3 Third, footnote 2 is missing.', '12 января партия.']);
    expect(parseFootnotes(lines, new Set([1, 3])).map((n) => n.number)).toEqual([1, 3]);
    expect(parseFootnotes(lines, new Set([1])).map((n) => n.number)).toEqual([1]);
  });
});
