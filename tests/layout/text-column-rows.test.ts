import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { rowsFromTextColumns } from '../../src/layout/text-column-rows.ts';

const FULL = 'The commission announced the results by province on the day after the vote, as the law requires.';
// the text around a table: most of a document's lines are full, a sentence going on under each
const PROSE = Array.from({ length: 12 }, (_, n) => (n % 2 ? 'of the commission and its staff, which it publishes at once on its own website and' : FULL));
const run = (text: string[]) => rowsFromTextColumns(textToLines(text.join('\n')));
const cells = (text: string[]) => run(text).filter((l) => l.segments).map((l) => l.segments!.map((s) => s.text));

// a list of meetings: a label, then its description, whose first line shares the label's line
const TABLE = [
  'Body Persons met',
  'Lake Ministry Deputy Minister of Lakes and the staff of',
  'departments of Shores and the Department of',
  'Rivers and Streams',
  // parted after `Court`: a description from `Court` would be wider than the column
  'Hill Court Judge of the Hill Court and the Head of the',
  'registry and the archive of the court of Hill',
  'Forest service Head of the forest service of the Lake district',
  'Meadow Council Chairperson and two members of the council of',
  'secretaries of the council of the town',
  'of Meadow',
];
const ROWS = [
  ['Body', 'Persons met'],
  ['Lake Ministry', 'Deputy Minister of Lakes and the staff of departments of Shores and the Department of Rivers and Streams'],
  ['Hill Court', 'Judge of the Hill Court and the Head of the registry and the archive of the court of Hill'],
  ['Forest service', 'Head of the forest service of the Lake district'],
  ['Meadow Council', 'Chairperson and two members of the council of secretaries of the council of the town of Meadow'],
];

describe('rowsFromTextColumns', () => {
  it('parts each row where its label ends and its description, no wider than the column, begins', () => {
    const text = [...PROSE, 'ANNEX: LIST OF MEETINGS', ...TABLE, '', FULL, 'The end.'];
    expect(cells(text)).toEqual(ROWS);
    // the text around the table stays as it was
    expect(run(text).filter((l) => !l.blank && !l.segments).map((l) => l.text)).toEqual([...PROSE, 'ANNEX: LIST OF MEETINGS', FULL, 'The end.']);
  });

  it('reads a wrap the tool marked with a space at the line end, and a label wrapped and run into its description', () => {
    const marked = [
      ...PROSE,
      'ANNEX: LIST OF MEETINGS',
      'Body Persons met',
      'Lake Ministry Deputy Minister of Lakes and the staff of ',
      'departments of Shores and the Department of ',
      'Rivers and Streams',
      'Ministry of Hills and ',
      'MountainsHead of the Department of Peaks and the ',
      'registry and the archive of the court of Hill',
      'Forest service Head of the forest service of the Lake district',
    ];
    expect(cells(marked)).toEqual([
      ['Body', 'Persons met'],
      ROWS[1],
      ['Ministry of Hills and Mountains', 'Head of the Department of Peaks and the registry and the archive of the court of Hill'],
      ROWS[3],
    ]);
  });

  it('goes on over a page under the header printed again, the cut row\'s rest first', () => {
    const paged = [
      ...PROSE,
      'ANNEX: LIST OF MEETINGS',
      ...TABLE.slice(0, 5),
      '\fBody Persons met',
      'registry and the archive of the court of Hill',
      ...TABLE.slice(6),
    ];
    expect(cells(paged)).toEqual([...ROWS.slice(0, 2), ['Hill Court', 'Judge of the Hill Court and the Head of the'], ['Body', 'Persons met'], ['', 'registry and the archive of the court of Hill'], ...ROWS.slice(3)]);
  });

  it('leaves a heading of two capitals over prose, and a column of names alone, as text', () => {
    const heading = [...PROSE, 'Election Administration', ...PROSE];
    expect(run(heading).some((l) => l.segments)).toBe(false);
    const names = [...PROSE, 'ANNEX: LIST OF MEETINGS', 'Body Persons met', 'Lake Ministry', 'Hill Court', 'Forest Agency', 'Meadow Council of the town', 'River Board'];
    expect(run(names).some((l) => l.segments)).toBe(false);
  });
});
