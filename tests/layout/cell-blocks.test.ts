import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { rowsFromCellBlocks, rowsFromWideCellBlocks } from '../../src/layout/cell-blocks.ts';

const FULL = 'The delegation held meetings with a wide range of bodies, listed in the table that follows here.';
// the text around a table: most of a document's lines are full
const PROSE = Array.from({ length: 12 }, () => FULL);
const rows = (text: string[]) => rowsFromCellBlocks(textToLines(text.join('\n')));
const cells = (text: string[]) => rows(text).filter((l) => l.segments).map((l) => l.segments!.map((s) => s.text));

describe('rowsFromCellBlocks', () => {
  const table = [
    ...PROSE, 'It went on for a week.', '',
    'ANNEX: MEETINGS', '',
    'Body', 'Who we met', '',
    'Water Authority', 'Deputy Head of the Authority and staff of ', 'its legal department', '',
    'Statistics Office', 'Director of the Office and the head of', 'its census unit', '',
    'Office of the Commissioner for Roads and ', 'Bridges', '',
    'Two deputy commissioners and the head of ', 'the bridges unit', '',
    'Civil society', 'Representatives of four associations', '',
    FULL, 'The end.',
  ];

  it('makes a row of each block of a label and its text, a wrapped cell joined, a label set apart paired with the text under it', () => {
    expect(cells(table)).toEqual([
      ['Body', 'Who we met'],
      ['Water Authority', 'Deputy Head of the Authority and staff of its legal department'],
      ['Statistics Office', 'Director of the Office and the head of its census unit'],
      ['Office of the Commissioner for Roads and Bridges', 'Two deputy commissioners and the head of the bridges unit'],
      ['Civil society', 'Representatives of four associations'],
    ]);
    // the text around the table stays as it was
    expect(rows(table).filter((l) => !l.blank && !l.segments).map((l) => l.text)).toEqual([...PROSE, 'It went on for a week.', 'ANNEX: MEETINGS', FULL, 'The end.']);
  });

  it('goes on with a cell whose line ends on a joining word though the tool dropped that line\'s end space (`… Director of the`)', () => {
    const dropped = table.map((l) => (l === 'Deputy Head of the Authority and staff of ' ? 'Deputy Head of the Authority and staff of the' : l)).map((l) => (l === 'its legal department' ? 'Legal Department' : l));
    expect(cells(dropped)[1]).toEqual(['Water Authority', 'Deputy Head of the Authority and staff of the Legal Department']);
  });

  it('reads the cells of a text that keeps no line-end spaces off commas, short words and the widths of the block', () => {
    const stripped = [
      ...PROSE, 'It went on for a week.', '',
      'Body', 'Who we met', '',
      'Water Authority', 'Deputy Head of the Authority and staff of', 'its legal department', '',
      'Statistics Office', 'Director of the Statistics Office and its Census', 'Bureau, and two of its', 'Regional Units', '',
      'Civil society', 'Representatives of four associations', '',
      FULL, 'The end.',
    ];
    expect(cells(stripped)).toEqual([
      ['Body', 'Who we met'],
      ['Water Authority', 'Deputy Head of the Authority and staff of its legal department'],
      ['Statistics Office', 'Director of the Statistics Office and its Census Bureau, and two of its Regional Units'],
      ['Civil society', 'Representatives of four associations'],
    ]);
  });

  it('reads a run of two rows on a page as the table going on where it repeats the header', () => {
    const next = ['\f', 'Body', 'Who we met', '', 'Tax Service', 'Head of the Service', '', FULL];
    expect(cells([...table.slice(0, -2), ...next]).slice(-2)).toEqual([['Body', 'Who we met'], ['Tax Service', 'Head of the Service']]);
    // alone, two such rows are no table
    expect(cells([...PROSE, '', 'Body', 'Who we met', '', 'Tax Service', 'Head of the Service', '', FULL])).toEqual([]);
  });

  it("joins a row the page's foot cut to its rest under the header the next page repeats, the rest in a block of its own or in the header's", () => {
    const cut = [...table.slice(0, -2), 'Tax Service', 'Head of the Service and staff of the ', '', FULL];
    const apart = ['\f', 'Body', 'Who we met', '', 'Northern Regional Office', '', 'Police', 'Deputy Chief of Police', '', FULL];
    expect(cells([...cut, ...apart]).slice(-4)).toEqual([
      ['Civil society', 'Representatives of four associations'],
      ['Tax Service', 'Head of the Service and staff of the Northern Regional Office'],
      ['Body', 'Who we met'],
      ['Police', 'Deputy Chief of Police'],
    ]);
    // the rest under the header, in its block, and nothing more on the page: the header's lines go, the rest joins the cut row
    const within = ['\f', 'Body', 'Who we met', 'Northern Regional Office', '', FULL];
    expect(cells([...cut, ...within]).slice(-2)).toEqual([
      ['Civil society', 'Representatives of four associations'],
      ['Tax Service', 'Head of the Service and staff of the Northern Regional Office'],
    ]);
    expect(rows([...cut, ...within]).filter((l) => !l.blank && !l.segments).map((l) => l.text)).not.toContain('Body');
    // a row that ended on the page is no cut row: the next page's first block is no rest of it
    const ended = [...table.slice(0, -2), 'Tax Service', 'Head of the Service', '', FULL];
    expect(cells([...ended, ...apart]).flat()).not.toContain('Head of the Service Northern Regional Office');
  });

  it("in a text that keeps no line-end spaces, takes a row whose last line ends no sentence, at a page's foot, for a cut one", () => {
    const stripped = (t: string[]) => t.map((l) => l.trimEnd());
    const header = ['Body', 'Officials interviewed'];
    const cut = stripped([...PROSE, '', ...header, '', 'Water Authority', 'Deputy Head of the Authority', '', 'Civil society', 'Representatives of four associations', '', 'Tax Service', 'Head of the Service and staff of its', '', FULL]);
    const within = ['\f', ...header, 'Northern Regional Office', '', FULL];
    expect(cells([...cut, ...within]).slice(-2)).toEqual([
      ['Civil society', 'Representatives of four associations'],
      ['Tax Service', 'Head of the Service and staff of its Northern Regional Office'],
    ]);
    // a last line that ends a sentence ended its row
    const ended = stripped([...cut.slice(0, -3), 'Head of the Service.', '', FULL]);
    expect(cells([...ended, ...within]).flat()).not.toContain('Head of the Service. Northern Regional Office');
  });

  it('leaves text alone: full lines, and short blocks that are not a label and its text', () => {
    const text = [
      'Background', ...PROSE, 'and more.', '',
      'Contact', 'Main Street 1, City', '',
      'Short headed block', 'One line.', 'Another line.', '',
      FULL, 'The end.',
    ];
    expect(cells(text)).toEqual([]);
  });

  it('reads a table of figures of more columns: a header of one-line cells, each row from one block or a few, figures in the same columns', () => {
    const text = [
      ...PROSE, 'The results were as follows.', '',
      'Party', 'Leader', 'Seats', 'Share', '',
      'Green Valley ', 'Alliance', '',
      'River Workers Union of ', 'the North', '',
      '1,204,330', '51.2', '',
      'Coast Party', 'Anna Smith', '912,004', '38.8', '',
      'Mountain ', 'League', 'Peter Brown', '',
      '235,117', '10.0', '',
      'Totals:', '',
      'Voters on the lists', '3,120,774', '',
      FULL, 'The end.',
    ];
    const wide = (t: string[]) => rowsFromWideCellBlocks(textToLines(t.join('\n'))).filter((l) => l.segments).map((l) => l.segments!.map((s) => s.text));
    expect(wide(text)).toEqual([
      ['Party', 'Leader', 'Seats', 'Share'],
      ['Green Valley Alliance', 'River Workers Union of the North', '1,204,330', '51.2'],
      ['Coast Party', 'Anna Smith', '912,004', '38.8'],
      ['Mountain League', 'Peter Brown', '235,117', '10.0'],
    ]);
    // a row without figures, or with them in other columns, ends the table; a header alone is none
    expect(wide([...PROSE, '', 'Party', 'Leader', 'Seats', 'Share', '', 'Coast Party', 'Anna Smith', 'North', 'South', '', FULL])).toEqual([]);
  });

  it("takes a date for a row's value beside its labels: a table of who registered when, in any of the languages", () => {
    const text = [
      ...PROSE, 'The commission registered these candidates:', '',
      'Candidate', 'Nominated by', 'Date registered', '',
      'Anna Lake', 'Union of Farmers of the ', 'Green Valley', '', '3 April 2031', '',
      'Peter Hill', 'Coast Party', '4 April 2031', '',
      'Ivan Stone', 'River Front', '', '12 апреля 2031 г.', '',
      'Айгүл Тау', 'Жасыл ел', '', '2031 жылғы 13 сәуір', '',
      FULL,
    ];
    const wide = (t: string[]) => rowsFromWideCellBlocks(textToLines(t.join('\n'))).filter((l) => l.segments).map((l) => l.segments!.map((s) => s.text));
    expect(wide(text)).toEqual([
      ['Candidate', 'Nominated by', 'Date registered'],
      ['Anna Lake', 'Union of Farmers of the Green Valley', '3 April 2031'],
      ['Peter Hill', 'Coast Party', '4 April 2031'],
      ['Ivan Stone', 'River Front', '12 апреля 2031 г.'],
      ['Айгүл Тау', 'Жасыл ел', '2031 жылғы 13 сәуір'],
    ]);
    // a year alone, or a date inside words, is no value
    expect(wide([...PROSE, '', 'Candidate', 'Nominated by', 'Year', '', 'Anna Lake', 'Coast Party', 'since 2031', '', 'Peter Hill', 'River Front', 'in April 2031', '', FULL])).toEqual([]);
  });

  it('reads rows printed a column a block, a few rows at a time (labels, then each column of figures)', () => {
    const text = [
      ...PROSE, 'The lists were as follows.', '',
      'Party', '', 'Candidates', '', 'Share', '',
      'Coast Party', 'Hill League', '', '62', '41', '', '27.4', '31.7', '',
      'River Union', 'Valley Front', '', '35', '38', '', '34.3', '21.1', '',
      FULL,
    ];
    expect(rowsFromWideCellBlocks(textToLines(text.join('\n'))).filter((l) => l.segments).map((l) => l.segments!.map((s) => s.text))).toEqual([
      ['Party', 'Candidates', 'Share'],
      ['Coast Party', '62', '27.4'],
      ['Hill League', '41', '31.7'],
      ['River Union', '35', '34.3'],
      ['Valley Front', '38', '21.1'],
    ]);
  });

  it('takes a cell wrapped with no mark before a capital or a quote for one cell where the row would hold one too many', () => {
    const text = [
      ...PROSE, 'The results were as follows.', '',
      'Party', 'Leader', 'Seats', 'Share', '',
      'Coast Party', '', 'Union of Farmers ', 'of the Green', '"Valley"', '', '912,004', '38.8', '',
      'Hill Party', 'John Doe', '235,117', '10.0', '',
      FULL, 'The end.',
    ];
    expect(rowsFromWideCellBlocks(textToLines(text.join('\n'))).filter((l) => l.segments).map((l) => l.segments!.map((s) => s.text))).toEqual([
      ['Party', 'Leader', 'Seats', 'Share'],
      ['Coast Party', 'Union of Farmers of the Green "Valley"', '912,004', '38.8'],
      ['Hill Party', 'John Doe', '235,117', '10.0'],
    ]);
  });

  it("goes on with a row's text past a blank line where its last line ends in a space or the block goes on in lower case", () => {
    // (a tool set each cell's first line, set in by an indent, apart from the cell's other lines)
    const apart = [
      ...PROSE, 'It went on for a week.', '',
      'Body', 'Who we met', '',
      'Water Authority', 'Deputy Head of the Authority and staff of ', '', 'its legal department and', 'Regional Offices', '',
      'Statistics Office', 'Director of the Office and a member of', '', 'the census unit', '',
      'Civil society', 'Representatives of four associations', '',
      FULL, 'The end.',
    ];
    expect(cells(apart)).toEqual([
      ['Body', 'Who we met'],
      ['Water Authority', 'Deputy Head of the Authority and staff of its legal department and Regional Offices'],
      ['Statistics Office', 'Director of the Office and a member of the census unit'],
      ['Civil society', 'Representatives of four associations'],
    ]);
    // a row the page's foot cut, a footnote under it: the footnote is none of the cell
    const cut = [...apart.slice(0, -2), 'Media', 'Editors of two ', '', '18 Article 20 of the Law on Elections.', '', FULL, 'The end.'];
    expect(cells(cut).at(-1)).toEqual(['Media', 'Editors of two']);
  });

  it('takes a label wrapped with no mark before a capital for one label where the block under it holds its text', () => {
    const text = [...table.slice(0, -2), 'Regional Election Commission', 'Northport', '', 'Chair, deputy chair and secretary of the commission of the city', '', 'Media', 'Editors of two newspapers', '', FULL, 'The end.'];
    expect(cells(text).slice(-3)).toEqual([
      ['Civil society', 'Representatives of four associations'],
      ['Regional Election Commission Northport', 'Chair, deputy chair and secretary of the commission of the city'],
      ['Media', 'Editors of two newspapers'],
    ]);
    // a row the page's foot cut, its text going on under the next page's header, over a footnote: no label wrapped
    const cut = [...table.slice(0, -2), 'Ministry of Information and Media', 'Vice Minister of Information', '', '18 Article 20-1 of the Constitutional Law on Elections.', '', FULL, 'The end.'];
    expect(cells(cut).at(-1)).toEqual(['Ministry of Information and Media', 'Vice Minister of Information']);
  });

  it('keeps a figure a cell in a text that keeps no line-end spaces', () => {
    const row = (party: string, leader: string, votes: string, share: string) => [party, leader, votes, share, ''];
    const text = [...PROSE, 'The results were as follows.', '', 'Party', 'Leader', 'Seats', 'Share', '', ...row('Coast Party', 'Anna Smith', '912,004', '38.8'), ...row('Hill Party', 'John Doe', '235,117', '10.0'), ...row('Lake Party', 'Mary Major', '1,204,330', '51.2'), FULL, 'The end.'];
    expect(rowsFromWideCellBlocks(textToLines(text.join('\n'))).filter((l) => l.segments).map((l) => l.segments!.map((s) => s.text))).toEqual([
      ['Party', 'Leader', 'Seats', 'Share'],
      ['Coast Party', 'Anna Smith', '912,004', '38.8'],
      ['Hill Party', 'John Doe', '235,117', '10.0'],
      ['Lake Party', 'Mary Major', '1,204,330', '51.2'],
    ]);
  });

  it("takes a table's first header cell printed right under the paragraph that introduces it, no blank line between", () => {
    const text = [...PROSE, 'The table below gives the results by region as the commission announced them.', 'Region', '', 'Registered', 'voters', '', 'Turnout', '', 'Yes', '', 'Lake region', '', '514,664', '', '71.2', '', '81.5', '', 'Hill region', '', '548,942', '', '74.3', '', '79.2', '', FULL, 'The end.'];
    expect(rowsFromWideCellBlocks(textToLines(text.join('\n'))).filter((l) => l.segments).map((l) => l.segments!.map((s) => s.text))).toEqual([
      ['Region', 'Registered voters', 'Turnout', 'Yes'],
      ['Lake region', '514,664', '71.2', '81.5'],
      ['Hill region', '548,942', '74.3', '79.2'],
    ]);
  });

  it('takes a one-line label right over a run of label-and-figure rows as the header of the figures', () => {
    const text = [...PROSE, 'Totals:', '', 'Number', '', 'Voters on the lists', '3,120,774', '', 'Valid ballots', '2,904,551', '', 'Turnout (per cent)', '78.4', '', FULL];
    expect(cells(text)).toEqual([['', 'Number'], ['Voters on the lists', '3,120,774'], ['Valid ballots', '2,904,551'], ['Turnout (per cent)', '78.4']]);
    // over rows of text, it is no header
    expect(cells(table)[0]).toEqual(['Body', 'Who we met']);
  });

  it('reads the header of a wide table from a few blocks where a narrow column wrapped its cells, and a cell wrapped after a hyphen', () => {
    const text = [
      ...PROSE, 'The results by region were as follows.', '',
      'Region', 'Registered ', 'voters', '',
      'Turnout (per ', 'cent)', '',
      '"Yes" (per ', 'cent)', '',
      'North ', 'region', '',
      '514 664', '71,2', '81,5', '',
      'South-', 'Western region', '',
      '548 942', '74,3', '79,2', '',
      'city of Ulan', '781 040', '62,3', '75,1', '',
      FULL, 'The end.',
    ];
    const wide = rowsFromWideCellBlocks(textToLines(text.join('\n'))).filter((l) => l.segments).map((l) => l.segments!.map((s) => s.text));
    expect(wide).toEqual([
      ['Region', 'Registered voters', 'Turnout (per cent)', '"Yes" (per cent)'],
      ['North region', '514 664', '71,2', '81,5'],
      ['South-Western region', '548 942', '74,3', '79,2'],
      ['city of Ulan', '781 040', '62,3', '75,1'],
    ]);
  });

  it("takes no page's running head, a block a line, for the header of a table that opens the page", () => {
    const HEAD = ['Republic of Lakeland', '', 'Early Election, 4 May 2031', ''];
    const page = (n: number, body: string[]) => ['\f', ...HEAD, `Election Report Page:${n}`, '', ...body];
    const text = [...page(1, PROSE), ...page(2, ['Number', '', 'Ballots issued', '120,400', '', 'Ballots cast', '118,200', '', 'Spoilt ballots', '2,150', '', 'Turnout (per cent)', '61.2', '', ...PROSE]), ...page(3, PROSE)];
    expect(rowsFromWideCellBlocks(textToLines(text.join('\n'))).filter((l) => l.segments)).toEqual([]);
  });

  it("reads a header's or a row's cell wrapped past a blank line (its line ends in a space) as one cell, never a figure", () => {
    const text = [
      ...PROSE, 'The results by region were as follows.', '',
      'Region', 'Registered ', '', 'voters', '', 'Turnout (per ', '', 'cent)', '', 'Yes (per cent)', '',
      'North region', '514 664', '71,2', '81,5', '',
      'South ', '', 'region ', '', '548 942', '74,3', '79,2', '',
      'city of Ulan', '781 040', '62,3', '75,1', '',
      FULL, 'The end.',
    ];
    expect(rowsFromWideCellBlocks(textToLines(text.join('\n'))).filter((l) => l.segments).map((l) => l.segments!.map((s) => s.text))).toEqual([
      ['Region', 'Registered voters', 'Turnout (per cent)', 'Yes (per cent)'],
      ['North region', '514 664', '71,2', '81,5'],
      ['South region', '548 942', '74,3', '79,2'],
      ['city of Ulan', '781 040', '62,3', '75,1'],
    ]);
  });

  it('takes no rows of figures alone: a table a tool printed column by column', () => {
    const text = [...PROSE, '', 'Region', 'North region', 'South region', '', 'Turnout (per ', 'cent)', '', 'Yes', '', 'No', '', '71,2', '', '81,5', '', '18,5', '', '74,3', '', '79,2', '', '20,8', '', FULL];
    expect(rowsFromWideCellBlocks(textToLines(text.join('\n'))).filter((l) => l.segments)).toEqual([]);
  });
});
