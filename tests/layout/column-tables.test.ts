import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { labelCells, rowsFromColumns } from '../../src/layout/column-tables.ts';

const FULL = 'The commission announced the results by province on the day after the vote, as the law requires.';
// the text around a table: most of a document's lines are full, a sentence going on under each
const PROSE = Array.from({ length: 12 }, (_, n) => (n % 2 ? 'of the commission and its staff, which' : FULL));
const run = (text: string[]) => rowsFromColumns(textToLines(text.join('\n')));
const cells = (text: string[]) => run(text).filter((l) => l.segments).map((l) => l.segments!.map((s) => s.text));

describe('rowsFromColumns', () => {
  // the labels' column, then each column of figures; the later rows a few at a time, a column after another
  const table = [
    ...PROSE, 'The table gives the results.',
    'Province', 'Lake province', 'Hill province', 'Northeastern', 'Coast province', 'River province', 'Total', '',
    'Voters', '120,400', '98,100', '', 'Turnout (per', 'cent)', '61.2', '58.0', '',
    '45,000', '12,900', '', '70.1', '66.4', '',
    '276,400', '', '62.5', '',
    FULL, 'The end.',
  ];

  it('puts each row together from the columns: the labels grouped into as many cells as rows, each group of runs some rows', () => {
    expect(cells(table)).toEqual([
      ['Province', 'Voters', 'Turnout (per cent)'],
      ['Lake province', '120,400', '61.2'],
      ['Hill province', '98,100', '58.0'],
      ['Northeastern Coast province', '45,000', '70.1'],
      ['River province', '12,900', '66.4'],
      ['Total', '276,400', '62.5'],
    ]);
    // the text around the table stays as it was
    expect(run(table).filter((l) => !l.blank && !l.segments).map((l) => l.text)).toEqual([...PROSE, 'The table gives the results.', FULL, 'The end.']);
  });

  it('takes a header apart from the labels, printed before them, as the first column\'s, the labels printed between the figures', () => {
    const apart = [
      ...PROSE, 'The table gives the results.',
      'Province', '', 'Voters', '', 'Turnout', '',
      '120,400', '98,100', '45,000', '',
      'Lakeside province', 'Hill province', 'Coast province', '',
      '61.2', '58.0', '70.1', '',
      FULL,
    ];
    expect(cells(apart)).toEqual([
      ['Province', 'Voters', 'Turnout'],
      ['Lakeside province', '120,400', '61.2'],
      ['Hill province', '98,100', '58.0'],
      ['Coast province', '45,000', '70.1'],
    ]);
  });

  it('leaves a table printed row by row, a label over its figures, to the stages that read those', () => {
    const byRow = [...PROSE, 'Party', '', 'Seats', '', 'Share', 'Unity', '12', '30.1', 'Progress', '9', '22.4', 'Greens', '4', '10.0', FULL];
    expect(cells(byRow)).toEqual([]);
  });

  it('reads no table where a second run of text runs longer than a header (a second column of labels, which it does not take)', () => {
    const second = [...PROSE, 'Candidate', 'Ann Lee', 'Bo Chen', 'Cy Park', '', 'Nominated by', 'Unity', 'party', 'Progress', 'party', 'Greens', '', 'Votes', '1,200', '900', '450', '', 'Share', '46.2', '34.6', '17.3', '', FULL];
    expect(cells(second)).toEqual([]);
  });

  it('reads no table of two rows', () => {
    const two = [...PROSE, 'Province', 'Lakeside province', 'Hill province', '', 'Voters', '120,400', '98,100', '', 'Turnout', '61.2', '58.0', '', FULL];
    expect(cells(two)).toEqual([]);
    // the same with a third row is one
    expect(cells([...PROSE, 'Province', 'Lakeside province', 'Hill province', 'Coast province', '', 'Voters', '120,400', '98,100', '45,000', '', 'Turnout', '61.2', '58.0', '70.1', '', FULL])).toHaveLength(4);
  });

  it('reads no table where the runs of figures do not fall into groups a column each', () => {
    const uneven = [...PROSE, 'Province', 'Lakeside province', 'Hill province', 'Coast province', '', 'Voters', '120,400', '98,100', '45,000', '', 'Turnout', '61.2', '58.0', '', FULL];
    expect(cells(uneven)).toEqual([]);
  });
});

describe('labelCells', () => {
  const chars = (text: string) => text.length / 20;
  const texts = (own: string[], count: number) => labelCells(own, count, chars)?.map((c) => c.map((n) => own[n]).join(' '));

  it('goes on into a line in lower case, and opens a cell with a capital', () => {
    expect(texts(['Region', 'Lakeside', 'province', 'Hill province', 'Total'], 4)).toEqual(['Region', 'Lakeside province', 'Hill province', 'Total']);
  });

  it('opens a cell on a line in lower case where it opens with the same word as the line above', () => {
    expect(texts(['Region', 'Mountain area', 'Lakeside', 'province', 'town of Ash', 'town of Elm', 'Total'], 6)).toEqual(['Region', 'Mountain area', 'Lakeside province', 'town of Ash', 'town of Elm', 'Total']);
  });

  it('joins under the line whose next word only just failed to fit, not under a whole label', () => {
    // `Upper` + `Lakeside` runs just past the column; `Hill province` + `Upper` far past it
    expect(texts(['Hill province', 'Upper', 'Lakeside', 'province', 'Coastal plain'], 3)).toEqual(['Hill province', 'Upper Lakeside province', 'Coastal plain']);
  });

  it('opens a cell with a capital under a line that went on a cell already', () => {
    // `North` + `Lakesides` runs further past the column than `region` + `Central`: a label seldom wraps twice
    expect(texts(['West Lake', 'region', 'Central Hills', 'North', 'Lakesides', 'region'], 3)).toEqual(['West Lake region', 'Central Hills', 'North Lakesides region']);
  });

  it('opens no cell under a line that ends on a word joining it to the next', () => {
    // `members of the` + `Lake` and `Head of the` + `Hill` would each have fitted, but no cell ends on `the`
    const own = ['Deputy Minister and two members of the', 'Lake Council', 'Head of the', 'Hill Court', 'Judge', 'Mayor of Ash'];
    expect(labelCells(own, 4, (t) => t.length / 40)?.map((c) => c.map((n) => own[n]).join(' '))).toEqual([
      'Deputy Minister and two members of the Lake Council',
      'Head of the Hill Court',
      'Judge',
      'Mayor of Ash',
    ]);
  });

  it('needs as many lines as cells', () => {
    expect(labelCells(['Region', 'Total'], 3, chars)).toBeNull();
  });
});
