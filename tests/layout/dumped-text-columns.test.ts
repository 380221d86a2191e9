import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { rowsFromDumpedTextColumns } from '../../src/layout/dumped-text-columns.ts';

const FULL = 'The commission announced the results by province on the day after the vote, as the law requires.';
// the text around a table: most of a document's lines are full, a sentence going on under each
const PROSE = Array.from({ length: 12 }, (_, n) => (n % 2 ? 'of the commission and its staff, which it publishes at once on its own website and' : FULL));
const run = (text: string) => rowsFromDumpedTextColumns(textToLines(text));
const cells = (text: string) => run(text).filter((l) => l.segments).map((l) => l.segments!.map((s) => s.text));

// a list of meetings over two pages, each column printed after the other under its header, printed again on the next page
const page1 = [
  ...PROSE,
  'ANNEX: LIST OF MEETINGS',
  'Body',
  'Lake Ministry',
  '',
  'Hill Court',
  '',
  'Persons met',
  'Deputy Minister of Lakes and the staff of',
  'departments of Shores and the Department of',
  'Rivers and Streams',
  'Judge of the Hill Court and the Head of the',
];
// the page goes on with the cut row's rest, in lower case
const page2 = [
  'Body',
  'Forest service',
  'Meadow Council',
  '',
  'Persons met',
  'registry and the archive of the court of Hill',
  'Head of the forest service of the Lake district',
  'Chairperson and two members of the council of',
  'secretaries of the council of the town',
  'of Meadow',
  '',
  FULL,
];

describe('rowsFromDumpedTextColumns', () => {
  it('pairs each label with its description, the descriptions parted into as many cells as labels, the cut row\'s rest on its row', () => {
    const text = `${page1.join('\n')}\f${page2.join('\n')}`;
    expect(cells(text)).toEqual([
      ['Body', 'Persons met'],
      ['Lake Ministry', 'Deputy Minister of Lakes and the staff of departments of Shores and the Department of Rivers and Streams'],
      ['Hill Court', 'Judge of the Hill Court and the Head of the registry and the archive of the court of Hill'],
      ['Body', 'Persons met'],
      ['Forest service', 'Head of the forest service of the Lake district'],
      ['Meadow Council', 'Chairperson and two members of the council of secretaries of the council of the town of Meadow'],
    ]);
    // the text around the table stays as it was
    expect(run(text).filter((l) => !l.blank && !l.segments).map((l) => l.text)).toEqual([...PROSE, 'ANNEX: LIST OF MEETINGS', FULL]);
    // where nothing marks the pages, the first header's next printing ends its page
    expect(cells(text.replace('\f', '\n'))).toEqual(cells(text));
  });

  it('puts a page that holds only the cut row\'s rest, under the headers printed again, on that row', () => {
    const page3 = ['Body', '', 'Persons met', 'and the staff of the town council', '', FULL];
    // (pages of text before: a header printed on three pages of four is a running head's way)
    const text = `${[PROSE, PROSE, PROSE, PROSE].map((p) => p.join('\n')).join('\f')}\f${page1.join('\n')}\f${page2.slice(0, -2).join('\n')}\f${page3.join('\n')}`;
    expect(cells(text).slice(4)).toEqual([
      ['Forest service', 'Head of the forest service of the Lake district'],
      ['Meadow Council', 'Chairperson and two members of the council of secretaries of the council of the town of Meadow and the staff of the town council'],
      ['Body', 'Persons met'],
    ]);
  });

  it('leaves a table of more columns, and descriptions that never wrap, as text', () => {
    const third = `${[...page1, '', 'Votes', '120'].join('\n')}\f${[...page2.slice(0, -2), '', 'Votes', '98'].join('\n')}`;
    expect(run(third).some((l) => l.segments)).toBe(false);
    const flat = `${[...PROSE, 'Body', 'Lake Ministry', 'Hill Court', '', 'Persons met', 'Deputy Minister', 'Judge'].join('\n')}\f${['Body', 'Forest service', 'Meadow Council', '', 'Persons met', 'Head of the service', 'Chairperson', '', FULL].join('\n')}`;
    expect(run(flat).some((l) => l.segments)).toBe(false);
  });
});
