import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { joinCellLine, placeTables, rowsFromCells, splitRow } from '../../src/layout/cell-rows.ts';

const rows = (text: string[]) => rowsFromCells(textToLines(text.join('\n')));
const cells = (text: string[]) => rows(text).filter((l) => l.segments).map((l) => l.segments!.map((s) => s.text));

describe('joinCellLine', () => {
  it("drops a hyphen that broke a word in a cell, and keeps a compound's, an acronym's ending's and a capital's", () => {
    expect(['Deputy Chair-', 'person of the Commission'].reduce(joinCellLine, '')).toBe('Deputy Chairperson of the Commission');
    expect(['Председатель Комис-', 'сии'].reduce(joinCellLine, '')).toBe('Председатель Комиссии');
    expect(['Восточно-', 'Казахстанская область'].reduce(joinCellLine, '')).toBe('Восточно-Казахстанская область');
    expect(['ОСК-', 'ның төрағасы'].reduce(joinCellLine, '')).toBe('ОСК-ның төрағасы');
    expect(['даму вице-', 'министрі'].reduce(joinCellLine, '')).toBe('даму вице-министрі');
    expect(['a state-', 'owned channel'].reduce(joinCellLine, '')).toBe('a state-owned channel');
  });
});

describe('splitRow', () => {
  it('reads a label and the figures a line ends with, thousands kept together', () => {
    expect(splitRow('Akmola region 514,664 71.2 81.5 18.5')).toEqual({ label: 'Akmola region', figures: ['514,664', '71.2', '81.5', '18.5'] });
    expect(splitRow('Гүлнара Сейітқалиева 154 377 1,7')).toEqual({ label: 'Гүлнара Сейітқалиева', figures: ['154 377', '1,7'] });
    expect(splitRow('8 716 535')).toEqual({ label: '', figures: ['8 716 535'] });
    expect(splitRow('The turnout was high.')).toEqual({ label: 'The turnout was high.', figures: [] });
  });

  it("parts a label's last word from the row's first figure run into it, where figures follow", () => {
    expect(splitRow('партиясы8 716 535 96,4')).toEqual({ label: 'партиясы', figures: ['8 716 535', '96,4'] });
    expect(splitRow('(Lake Union)8,716,535 96.4')).toEqual({ label: '(Lake Union)', figures: ['8,716,535', '96.4'] });
    // a word and a number alone (a page's number, a footnote's marker) is no row
    expect(splitRow('elections12')).toEqual({ label: 'elections12', figures: [] });
  });
});

describe('rowsFromCells', () => {
  it('makes rows of a label and one figure where the figure is a count or a share, a label alone over them heading the figures', () => {
    const totals = ['The totals were these:', 'Number', 'Ballots issued 120,400', 'Ballots cast 118,200', 'Spoilt ballots 2,150', 'Turnout (per cent) 61.2', 'ABOUT US'];
    expect(cells(totals)).toEqual([['', 'Number'], ['Ballots issued', '120,400'], ['Ballots cast', '118,200'], ['Spoilt ballots', '2,150'], ['Turnout (per cent)', '61.2']]);
    // printed a cell a line, blank lines between the rows
    const apart = ['The totals were these:', '', 'Number', '', 'Ballots issued', '120,400', '', 'Ballots cast', '118,200', '', 'Spoilt ballots', '2,150', '', 'ABOUT US'];
    expect(cells(apart)).toEqual([['', 'Number'], ['Ballots issued', '120,400'], ['Ballots cast', '118,200'], ['Spoilt ballots', '2,150']]);
  });

  // a page that opens with a table, under a running head of two lines; each page has one (the text's first, too)
  const HEAD = ['Republic of Lakeland', '', 'Early Election, 4 May 2031', ''];
  const page = (n: number, body: string[]) => ['\f', ...HEAD, `Election Report Page:${n}`, '', ...body];
  const PROSE = Array.from({ length: 12 }, () => 'A line of the report that runs the full width of the page and goes on.');

  it("takes no running head for a table's header or its row, on a page the table opens", () => {
    const text = [...page(1, PROSE), ...page(2, ['Number', '', 'Ballots issued', '120,400', '', 'Ballots cast', '118,200', '', 'Spoilt ballots', '2,150', '', ...PROSE]), ...page(3, PROSE)];
    expect(cells(text)).toEqual([['', 'Number'], ['Ballots issued', '120,400'], ['Ballots cast', '118,200'], ['Spoilt ballots', '2,150']]);
  });

  it("takes the rows under a figures' label at a page's foot, however few, where the next page's table repeats the label", () => {
    const foot = ['The totals were these:', '', 'Number', '', 'Voters on the lists', '3,120,774', ''];
    const text = [...page(1, [...PROSE, ...foot]), ...page(2, ['Number', '', 'Ballots issued', '120,400', '', 'Ballots cast', '118,200', '', 'Spoilt ballots', '2,150', '', ...PROSE]), ...page(3, PROSE)];
    expect(cells(text)).toEqual([['', 'Number'], ['Voters on the lists', '3,120,774'], ['', 'Number'], ['Ballots issued', '120,400'], ['Ballots cast', '118,200'], ['Spoilt ballots', '2,150']]);
    // with no table on the next page, such a row stays text
    expect(cells([...page(1, [...PROSE, ...foot]), ...page(2, PROSE), ...page(3, PROSE)])).toEqual([]);
  });

  it('takes a label wrapped over as many as six lines where the tool marks each wrap with a space', () => {
    const text = ['The results:', 'Ann ', 'Lake«Union of the ', 'Farmers of the ', 'Northern ', 'Hills»12,400 61.2', 'Bob Hill «Party» 8,100 38.8', 'Cy Stone «Labour» 3,050 12.0', 'ABOUT US'];
    expect(cells(text).map((r) => r[0])).toEqual(['Ann Lake«Union of the Farmers of the Northern Hills»', 'Bob Hill «Party»', 'Cy Stone «Labour»']);
  });

  it('goes on with a label wrapped after a hyphen, over a capital, joined without a space', () => {
    const text = ['The results:', 'Lake province 120,400 61.2', 'North-', 'West province 98,100 58.0', 'town of Ash-', 'Hill 45,000 70.1', 'ABOUT US'];
    expect(cells(text).map((r) => r[0])).toEqual(['Lake province', 'North-West province', 'town of Ash-Hill']);
  });

  it('makes no rows of labels over small whole numbers (a contents page, numbered items)', () => {
    expect(cells(['CONTENTS', 'Introduction 1', 'Background 3', 'Legal framework 5', 'Recommendations 12'])).toEqual([]);
  });

  it('makes rows of a table printed a cell a line, a wrapped label and the header joined', () => {
    const text = [
      'The table below presents the final results by region.', '',
      'Region', 'Registered ', 'voters', '', 'Turnout (per ', 'cent)', '', 'Yes (per cent)', 'No (per cent)', '',
      'Akmola region', '514,664', '71.2', '81.5', '18.5', '',
      'East Kazakhstan ', 'region', '', '905,334', '67.1', '76.4', '23.6', '',
      'Zhambyl region', '661,099', '78.8', '83.5', '16.5', '',
      'Total 11,741,283 68.9 78.8 21.2', '',
      'ABOUT ODIHR',
    ];
    expect(cells(text)).toEqual([
      ['Region', 'Registered voters', 'Turnout (per cent)', 'Yes (per cent)', 'No (per cent)'],
      ['Akmola region', '514,664', '71.2', '81.5', '18.5'],
      ['East Kazakhstan region', '905,334', '67.1', '76.4', '23.6'],
      ['Zhambyl region', '661,099', '78.8', '83.5', '16.5'],
      ['Total', '11,741,283', '68.9', '78.8', '21.2'],
    ]);
    const out = rows(text).map((l) => l.text);
    expect(out[0]).toBe('The table below presents the final results by region.');
    expect(out.at(-1)).toBe('ABOUT ODIHR');
    // every row's pieces stand in the same columns
    const starts = rows(text).filter((l) => l.segments).map((l) => l.segments!.map((s) => s.x).join());
    expect(new Set(starts).size).toBe(1);
  });

  it('tells the header\'s cells by the blank lines between them where no wrapped line ends in a space', () => {
    const text = [
      'The seven party lists are shown in the table below.',
      'Party', '', 'Candidates on the list', '', 'Women (per', 'cent)',
      'Yntymaq', '62', '27.4', 'Adal Zhol', '41', '31.7', 'Khalyk Birligi', '35', '34.3',
      'The campaign started on 19 February.',
    ];
    expect(cells(text)[0]).toEqual(['Party', 'Candidates on the list', 'Women (per cent)']);
    expect(cells(text)).toHaveLength(4);
  });

  it('makes rows of a table printed a row a line with single spaces, leaving a caption over it as text', () => {
    const out = rows(['The results were these.', 'Lake region 120,400 61.2', 'Hill region 98,100 58.0', 'Dale region 45,000 70.1', 'The CEC announced them.']);
    expect(out.map((l) => l.text)).toEqual(['The results were these.', '', 'Lake region 120,400 61.2', 'Hill region 98,100 58.0', 'Dale region 45,000 70.1', '', 'The CEC announced them.']);
    expect(out.filter((l) => l.segments).map((l) => l.segments!.length)).toEqual([3, 3, 3]);
  });

  it('takes a header with one run more than the rows have cells where the labels hold two columns, its first two runs as one cell', () => {
    const table = ['Candidate Nominated by Votes Per cent', 'Ann Lakeborn People’s Unity 8,716,535 96.4', 'Bo Hillman Hill Union 171,812 1.9', 'Cy Dalewright Dale 154,377 1.7', 'The CEC announced them.'];
    expect(cells(table)).toEqual([
      ['Candidate Nominated by', 'Votes', 'Per cent'],
      ['Ann Lakeborn People’s Unity', '8,716,535', '96.4'],
      ['Bo Hillman Hill Union', '171,812', '1.9'],
      ['Cy Dalewright Dale', '154,377', '1.7'],
    ]);
  });

  it('takes the label lines a row was printed on a cell after another, the first row\'s between the header and its figures', () => {
    const table = [
      'The final results were these:',
      'Candidate Nominated by Votes Per cent',
      'Ann', 'Lakeborn', 'Party of the', 'Lakes', '8,716,535 96.4',
      'Bo Hillman Hill', 'Union', '171,812 1.9',
      'Cy', 'Dalewright', 'Dale Farmers', 'Union', '154,377 1.7',
      'ABOUT US',
    ];
    expect(cells(table)).toEqual([
      ['Candidate Nominated by', 'Votes', 'Per cent'],
      ['Ann Lakeborn Party of the Lakes', '8,716,535', '96.4'],
      ['Bo Hillman Hill Union', '171,812', '1.9'],
      ['Cy Dalewright Dale Farmers Union', '154,377', '1.7'],
    ]);
    expect(rows(table).map((l) => l.text)).not.toContain('Lakeborn');
  });

  it('ends a row printed whole on one line: a figure alone under it (a footnote\'s number) is not its', () => {
    const table = ['The results were these.', 'Lake region 514,664 71.2', 'Hill region 548,942 74.3', 'Dale region 220,100 60.1', '35', 'See the law on elections.'];
    expect(cells(table)).toEqual([['Lake region', '514,664', '71.2'], ['Hill region', '548,942', '74.3'], ['Dale region', '220,100', '60.1']]);
    expect(rows(table).map((l) => l.text)).toContain('35');
  });

  it('gives a row the page cut the rest of its label from under the header the next page repeats', () => {
    const text = ['Results:', 'Candidate Nominated by Votes Per cent', 'Ann Lakeborn Party of the Lakes 8,716,535 96.4', 'Bo Hillman Hill Union 171,812 1.9', 'Cy Dalewright Dale 154,377 1.7', '12', 'See the law.', '\fLakeland Republic', 'Candidate Nominated by Votes Per cent', 'Farmers Union', 'Totals as announced:', 'The end.'];
    expect(cells(text).at(-1)).toEqual(['Cy Dalewright Dale Farmers Union', '154,377', '1.7']);
    expect(rows(text).map((l) => l.text).filter((t) => t.startsWith('Candidate'))).toHaveLength(1);
    expect(rows(text).map((l) => l.text)).toContain('Totals as announced:');
    // the lines between, a page's foot and the next one's head, stay as they were, blank lines and all
    const apart = text.map((l) => (l === 'See the law.' ? '\nSee the law.\n' : l)).join('\n').split('\n');
    const out = rows(apart).map((l) => l.text);
    expect(out.slice(out.indexOf('12'), out.indexOf('Lakeland Republic') + 1)).toEqual(['12', '', 'See the law.', '', 'Lakeland Republic']);
    // label lines over figures under the repeated header are the next row's
    const goesOn = [...text.slice(0, 9), 'Di Marsh', 'Marsh Party 12,000 0.1', 'The end.'];
    expect(cells(goesOn).at(-1)).toEqual(['Cy Dalewright Dale', '154,377', '1.7']);
  });

  it("takes a header printed on one line with single spaces where each cell opens with a capital and as many open as the rows have cells", () => {
    const header = 'Party Candidates on the list Women (per cent)';
    const table = ['The seven party lists registered by the CEC are shown in the table below.', header, 'Yntymaq 62 27.4', 'Adal Zhol 41 31.7', 'Khalyk Birligi 35 34.3', 'For the maslikhat elections, 10,254 candidates were registered.'];
    expect(cells(table)[0]).toEqual(['Party', 'Candidates on the list', 'Women (per cent)']);
    expect(cells(table)).toHaveLength(4);
    // a line whose capitals open more runs than the rows have cells stays text
    const more = table.map((l) => (l === header ? 'Party Candidates on the List Women (per cent)' : l));
    expect(rows(more).map((l) => l.text)).toContain('Party Candidates on the List Women (per cent)');
  });

  it('takes a header wrapped over lines with no mark, its cells told by their capitals', () => {
    const table = [
      'The final results by region were announced by the CEC on 7 June.',
      'Region Registered', 'voters', 'Turnout (per', 'cent)', 'Yes (per cent)', 'No (per cent)',
      'Akmola region 514,664 71.2 81.5 18.5', 'Aktobe region 548,942 74.3 79.2 20.8', 'Zhambyl region 661,099 78.8 83.5 16.5',
      'ABOUT ODIHR',
    ];
    expect(cells(table)[0]).toEqual(['Region', 'Registered voters', 'Turnout (per cent)', 'Yes (per cent)', 'No (per cent)']);
    expect(cells(table)).toHaveLength(4);
  });

  it("takes a header whose wrapped lines run a cell into the next one's capital, with no space (each wrap ending in a space)", () => {
    const table = ['The results by region were these.', 'Region Registered ', 'votersTurnout (per ', 'cent)Yes (per cent) No (per cent)', 'Lake region 514,664 71.2 81.5 18.5', 'Hill region 548,942 74.3 79.2 20.8', 'Total 1,063,606 72.8 80.3 19.7', 'ABOUT US'];
    expect(cells(table)[0]).toEqual(['Region', 'Registered voters', 'Turnout (per cent)', 'Yes (per cent)', 'No (per cent)']);
    expect(cells(table)).toHaveLength(4);
    // a cell that opens with a quotation mark
    const quoted = ['Итоги были такими.', 'Область Зарегистрировано ', 'избирателейЯвка (в ', 'процентах)«За» (в ', 'процентах)«Против» (в ', 'процентах)', 'Лесная область 514 664 71,2 81,5 18,5', 'Горная область 548 942 74,3 79,2 20,8', 'Всего 1 063 606 72,8 80,3 19,7', 'О НАС'];
    expect(cells(quoted)[0]).toEqual(['Область', 'Зарегистрировано избирателей', 'Явка (в процентах)', '«За» (в процентах)', '«Против» (в процентах)']);
  });

  it('reads a table that ends the text, with no line after its last row', () => {
    expect(cells(['The results were these.', 'Akmola region 514,664 71.2', 'Aktobe region 548,942 74.3', 'Hill region 220,100 60.1'])).toHaveLength(3);
  });

  it('takes a label of two cells wrapped over four lines where each wrap ends in a space', () => {
    const table = ['Candidate Nominated by Votes Per cent', 'Ann ', 'Lakeborn Party of the ', 'Lakes of the ', 'Hills 8,716,535 96.4', 'Bo Hillman Hill Union 171,812 1.9', 'Cy Dalewright Dale 154,377 1.7', 'The CEC announced them.'];
    expect(cells(table)[1]).toEqual(['Ann Lakeborn Party of the Lakes of the Hills', '8,716,535', '96.4']);
  });

  it('takes a label wrapped over three lines where each wrap ends in a space', () => {
    const table = ['Akmola region 514,664 71.2', 'North ', 'Lakeland ', 'region 390,119 69.7', 'Hill region 220,100 60.1'];
    expect(cells(table)).toEqual([['Akmola region', '514,664', '71.2'], ['North Lakeland region', '390,119', '69.7'], ['Hill region', '220,100', '60.1']]);
    // a wrap after a hyphen is one too
    const hyphen = ['Лесная область 514 664 71,2', 'Северо-', 'Лесная ', 'область 390 119 69,7', 'Горная область 220 100 60,1'];
    expect(cells(hyphen)[1]).toEqual(['Северо-Лесная область', '390 119', '69,7']);
  });

  it('leaves text alone: two rows, one small whole number a row, or long lines', () => {
    const text = ['Akmola region 514,664 71.2', 'Aktobe region 548,942 74.3', 'The election was held on 26 April 2015 and the turnout was 77 per cent 2015 12', 'Voters 9', 'Ballots 12', 'Valid 7'];
    expect(rows(text).map((l) => l.text)).toEqual(text);
  });
});

describe('placeTables', () => {
  it('sets a row where its first line was printed, a line of text though that line was a blank one', () => {
    // (a stage before may take a row's first line for a blank line the tool printed over the row)
    const lines = textToLines(['The lists were these.', '', 'Party', 'Candidates', 'After the table.'].join('\n'));
    for (const together of [false, true]) {
      const placed = placeTables(lines, [{ rows: [[1, 2, 3]], cells: [['Party', 'Candidates']], together }]);
      const row = placed.find((l) => l.text.startsWith('Party'))!;
      expect(row.blank).toBe(false);
      expect(placed.filter((l) => l.blank && l.text !== '')).toEqual([]);
    }
  });
});
