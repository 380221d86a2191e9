import { describe, expect, it } from 'vitest';
import { findTables, glueOverflow, glueCutWords, cellText, joinCellLines } from '../../src/structure/tables.ts';
import type { ZonedLine } from '../../src/schema/index.ts';

/** A PDF line: pieces at x positions on a baseline y (12 pt text, 6 pt a character). */
const line = (no: number, y: number, pieces: Array<[number, string]>, page = 1, bold = false): ZonedLine => {
  const segs = pieces.map(([x, text]) => ({ x, width: text.length * 6, text }));
  const x = segs[0]!.x;
  const right = Math.max(...segs.map((s) => s.x + s.width));
  return {
    text: pieces.map((p) => p[1]).join(' '), page, no, indent: 0, blank: false, rawLength: 0, pageStart: false, zone: 'body',
    geometry: { x, y, width: right - x, height: 12, size: 12, bold },
    ...(segs.length >= 2 ? { segments: segs } : {}),
  };
};
const para = (no: number, y: number, text: string, page = 1): ZonedLine => line(no, y, [[57, text]], page);
const rows = (parts: Array<Array<Array<{ text: string }>>>) => parts.map((r) => r.map((c) => c.map((p) => p.text).join(' ')));

describe('findTables', () => {
  const lines: ZonedLine[] = [
    para(1, 700, 'Final results as announced by the CEC on 4 May 2015 were the following numbers in the table below.'),
    line(2, 680, [[57, 'Candidate'], [200, 'Nominated by'], [340, 'Votes'], [440, 'Per cent']], 1, true),
    line(3, 662, [[57, 'Arman Bekov'], [200, 'Party of Progress'], [340, '6,628,214'], [440, '70.9']]),
    line(4, 648, [[200, 'and Unity']]),
    line(5, 630, [[57, 'Dana Serikova'], [200, 'self-nominated'], [340, '1,000,000'], [440, '10.7']]),
    para(6, 600, 'The CEC announced the final results on 4 May, within the deadline set by the law for it.'),
  ];
  const { lines: zoned, tables } = findTables(lines);

  it('finds one table with its header row and body rows, a wrapped cell joined', () => {
    expect(tables).toHaveLength(1);
    expect(rows(tables[0]!.header)).toEqual([['Candidate', 'Nominated by', 'Votes', 'Per cent']]);
    expect(rows(tables[0]!.rows)).toEqual([
      ['Arman Bekov', 'Party of Progress and Unity', '6,628,214', '70.9'],
      ['Dana Serikova', 'self-nominated', '1,000,000', '10.7'],
    ]);
  });
  it('marks the table lines as a zone of their own and leaves the paragraphs around it', () => {
    expect(zoned.map((l) => l.zone)).toEqual(['body', 'table', 'table', 'table', 'table', 'body']);
  });
  it('leaves a list with its bullets apart from tables', () => {
    const list = [line(1, 700, [[69, '•'], [93, 'First item of the list.']]), line(2, 680, [[69, '•'], [93, 'Second item.']])];
    expect(findTables(list).tables).toEqual([]);
  });
  it('ends before a heading in capitals printed in the first column right under the last row', () => {
    const under: ZonedLine[] = [
      line(1, 200, [[57, 'Region'], [200, 'Voters']], 1, true),
      line(2, 180, [[57, 'North'], [200, '390,119']]),
      line(4, 160, [[57, 'Total'], [200, '11,741,283']]),
      line(5, 140, [[57, 'ABOUT ODIHR']]),
      para(6, 120, 'The Office for Democratic Institutions and Human Rights is the principal institution.'),
    ];
    const { lines: z, tables: t } = findTables(under);
    expect(rows(t[0]!.rows)).toEqual([['North', '390,119'], ['Total', '11,741,283']]);
    expect(z[3]!.zone).toBe('body');
  });

  it('takes a row of a label and figures the tool printed shifted from the columns, its cells to their columns', () => {
    // a text tool's lines: pieces at character columns, no geometry
    const text = (no: number, pieces: Array<[number, string]>): ZonedLine => ({
      text: pieces.map((p) => p[1]).join(' '), page: 1, no, indent: pieces[0]![0], blank: false, rawLength: 0, pageStart: false, zone: 'body',
      ...(pieces.length >= 2 ? { segments: pieces.map(([x, t]) => ({ x, width: t.length, text: t })) } : {}),
    });
    const shifted: ZonedLine[] = [
      text(1, [[0, 'Party'], [30, 'Candidates'], [60, 'Women (per cent)']]),
      text(2, [[0, 'Greens'], [30, '62'], [60, '27.4']]),
      text(3, [[0, 'Blues'], [30, '41'], [60, '31.7']]),
      text(4, [[0, 'Reds'], [25, '29'], [50, '41.4']]),
      text(5, [[0, 'For the local councils, 10,254 candidates were registered for 3,402 seats.']]),
    ];
    const { lines: z, tables: t } = findTables(shifted);
    expect(rows(t[0]!.rows)).toEqual([['Greens', '62', '27.4'], ['Blues', '41', '31.7'], ['Reds', '29', '41.4']]);
    expect(z.map((l) => l.zone)).toEqual(['table', 'table', 'table', 'table', 'body']);
  });

  it('goes on over a page break: a repeated header skipped, the cut row joined', () => {
    const split: ZonedLine[] = [
      line(1, 200, [[57, 'Region'], [200, 'Voters']], 1, true),
      line(2, 180, [[57, 'Akmola'], [200, '514,664']]),
      line(3, 160, [[57, 'East Kazakhstan'], [200, '905,334']]),
      line(4, 800, [[57, 'Region'], [200, 'Voters']], 2, true),
      line(5, 780, [[57, 'region']], 2),
      line(6, 760, [[57, 'Zhambyl'], [200, '661,099']], 2),
    ];
    const t = findTables(split).tables;
    expect(t).toHaveLength(1);
    expect(rows(t[0]!.rows)).toEqual([['Akmola', '514,664'], ['East Kazakhstan region', '905,334'], ['Zhambyl', '661,099']]);
  });
});

describe('a table whose header leaves its first cell empty, going on over a page break', () => {
  it('is one table: the one-piece header printed again over the last row is no heading, and the row no paragraph', () => {
    const lines: ZonedLine[] = [
      para(1, 213, 'The totals of the final results protocol of the commission were as follows.'),
      line(2, 187, [[298, 'Number']], 1, true),
      line(3, 170, [[57, 'Voters on the lists'], [298, '11 958 774']]),
      line(4, 152, [[57, 'Ballots received by the commissions'], [298, '12 216 500']]),
      line(5, 118, [[57, 'Unused and cancelled'], [298, '2 868 395']]),
      line(6, 104, [[57, 'ballots']]),
      line(7, 87, [[57, 'Valid ballots'], [298, '9 218 766']]),
      line(8, 69, [[57, 'Invalid ballots'], [298, '129 339']]),
      { ...line(9, 805, [[441, 'Republic of Kazakhstan']], 2), zone: 'furniture' },
      { ...line(14, 790, [[57, ' ']], 2), text: '', blank: true },
      line(10, 759, [[298, 'Number']], 2, true),
      line(11, 742, [[57, 'Turnout (per cent)'], [298, '78,2']], 2),
      line(12, 725, [[57, 'Turnout in selected regions and cities of republican significance was reported by the']], 2),
      line(13, 711, [[57, 'commission as shown below.']], 2),
    ];
    const { lines: z, tables: t } = findTables(lines);
    expect(t).toHaveLength(1);
    expect(rows(t[0]!.rows).at(-1)).toEqual(['Turnout (per cent)', '78,2']);
    expect(z.slice(10).map((l) => l.zone)).toEqual(['table', 'table', 'body', 'body']);
  });
});

describe('a row whose first cell opens in lower case', () => {
  it('is a row of its own where it fills every column, figures among them; a line that fills some goes on the row above', () => {
    const { tables } = findTables([
      para(1, 700, 'The results by region were announced by the commission on the day set by the law for it.'),
      line(2, 680, [[57, 'Region'], [200, 'Voters'], [340, 'Turnout']], 1, true),
      line(3, 662, [[57, 'North region'], [200, '514,664'], [340, '71.2']]),
      line(4, 644, [[57, 'city of Ulan'], [200, '781,040'], [340, '62.3']]),
      line(5, 626, [[57, 'South region and'], [200, '548,942'], [340, '74.3']]),
      line(6, 608, [[57, 'islands']]),
      para(7, 580, 'The commission published the results by polling station within the deadline set for it.'),
    ]);
    expect(rows(tables[0]!.rows)).toEqual([
      ['North region', '514,664', '71.2'],
      ['city of Ulan', '781,040', '62.3'],
      ['South region and islands', '548,942', '74.3'],
    ]);
  });
});

/** A text line (no positions): pieces at character columns. */
let textNo = 0;
const textLine = (pieces: Array<[number, string]>, page = 1, zone: ZonedLine['zone'] = 'body'): ZonedLine => ({
  text: pieces.map((p) => p[1]).join(' '), page, no: ++textNo, indent: pieces[0]![0], blank: false, rawLength: 0, pageStart: false, zone,
  ...(pieces.length >= 2 ? { segments: pieces.map(([x, text]) => ({ x, width: text.length, text })) } : {}),
});

describe('a label that wraps beside a cell going on in lower case (text: columns in characters, no positions)', () => {
  const table = (second: Array<[string, string]>) =>
    findTables([
      textLine([[0, 'The mission met the following institutions during its stay in the country, listed below.']]),
      textLine([[0, 'Institution'], [30, 'Representatives met']]),
      ...second.map(([a, b]) => (a ? textLine([[0, a], [30, b]]) : textLine([[30, b]]))),
      textLine([[0, 'The mission is grateful to all its interlocutors for their time and for the views shared.']]),
    ]).tables;

  it('continues the row where the column wraps elsewhere in the table', () => {
    const [t] = table([
      ['Ministry of Justice', 'The deputy minister and staff of the'],
      ['', 'department of political parties'],
      ['City Election', 'The chair, the deputy chair and the'],
      ['Commission', 'secretary of the commission'],
      ['Supreme Court', 'A judge'],
    ]);
    expect(rows(t!.rows)).toEqual([
      ['Ministry of Justice', 'The deputy minister and staff of the department of political parties'],
      ['City Election Commission', 'The chair, the deputy chair and the secretary of the commission'],
      ['Supreme Court', 'A judge'],
    ]);
  });
  it('opens rows where a column of lower-case words never wraps', () => {
    const [t] = table([
      ['Party of Progress', 'registered'],
      ['Green Party', 'refused'],
      ['Party of Labour', 'registered'],
    ]);
    expect(rows(t!.rows)).toEqual([
      ['Party of Progress', 'registered'],
      ['Green Party', 'refused'],
      ['Party of Labour', 'registered'],
    ]);
  });
});

describe('a text table the next page goes on with at columns of its own, its header printed again', () => {
  const at = (page: number, pieces: Array<[number, string]>, zone: ZonedLine['zone'] = 'body'): ZonedLine => textLine(pieces, page, zone);
  const lines = [
    at(1, [[0, 'The mission met the following institutions during its stay in the country, listed below.']]),
    at(1, [[0, 'Institution'], [40, 'Representatives met']]),
    at(1, [[0, 'Ministry of Justice'], [40, 'The deputy minister and staff']]),
    at(1, [[0, 'Central Election Commission'], [40, 'The deputy chair and two']]),
    at(1, [[5, '12 Article 5 of the law.']], 'footnote'),
    at(2, [[0, 'Institution'], [30, 'Representatives met']]),
    at(2, [[30, 'members of the commission']]),
    at(2, [[0, 'Supreme Court'], [30, 'A judge of the court']]),
    at(2, [[0, 'The mission is grateful to all its interlocutors for their time and for the views they shared.']]),
  ];

  it('is one table: the repeated header dropped, the cut row going on', () => {
    const { tables } = findTables(lines);
    expect(tables).toHaveLength(1);
    expect(rows(tables[0]!.header)).toEqual([['Institution', 'Representatives met']]);
    expect(rows(tables[0]!.rows)).toEqual([
      ['Ministry of Justice', 'The deputy minister and staff'],
      ['Central Election Commission', 'The deputy chair and two members of the commission'],
      ['Supreme Court', 'A judge of the court'],
    ]);
  });
  it('a results table: the rows on the next page fill too few columns to be a table of their own, and the first is the cut row\'s rest', () => {
    const results = [
      at(1, [[0, 'The final results announced by the commission on the fourth of May were as follows.']]),
      at(1, [[0, 'Candidate'], [20, 'Nominated by'], [44, 'Votes'], [60, 'Per cent']]),
      at(1, [[0, 'Arman Bekov'], [20, 'Party of Progress'], [44, '6,628,214'], [60, '70.9']]),
      at(1, [[0, 'Dana'], [20, 'Union of Rural'], [44, '1,000,000'], [60, '10.7']]),
      at(1, [[5, '12 Article 5 of the law.']], 'footnote'),
      at(2, [[0, 'Candidate'], [16, 'Nominated by'], [40, 'Votes'], [56, 'Per cent']]),
      at(2, [[0, 'Serikova'], [16, 'workers']]),
      at(2, [[0, 'Totals announced by the commission on the same day, in full, were the following.']]),
    ];
    const { tables } = findTables(results);
    expect(tables).toHaveLength(1);
    expect(rows(tables[0]!.rows)).toEqual([
      ['Arman Bekov', 'Party of Progress', '6,628,214', '70.9'],
      ['Dana Serikova', 'Union of Rural workers', '1,000,000', '10.7'],
    ]);
  });
  it('a cut row\'s rest alone under the repeated header, in one column, still goes on the table', () => {
    const cut = [...lines.slice(0, 5), at(2, [[0, 'Institution'], [30, 'Representatives met']]), at(2, [[30, 'members of the commission']]), at(2, [[30, 'and its secretary']]), lines[8]!];
    const { tables } = findTables(cut);
    expect(tables).toHaveLength(1);
    expect(rows(tables[0]!.rows).at(-1)).toEqual(['Central Election Commission', 'The deputy chair and two members of the commission and its secretary']);
  });
  it('the header printed again with nothing under it goes with the table, not the text', () => {
    const alone = [...lines.slice(0, 5), at(2, [[0, 'Institution'], [30, 'Representatives met']]), lines[8]!];
    const { lines: zoned, tables } = findTables(alone);
    expect(tables).toHaveLength(1);
    expect(rows(tables[0]!.rows)).toHaveLength(2);
    expect(zoned[5]!.zone).toBe('table');
  });
  it('stays two tables where text stands between them', () => {
    const apart = [...lines.slice(0, 5), at(2, [[0, 'A paragraph between the two tables that the text sets in full measure.']]), ...lines.slice(5)];
    expect(findTables(apart).tables).toHaveLength(2);
  });
});

/** A text line as a tool that keeps columns prints it: pieces parted by three spaces or more. */
const textRow = (no: number, raw: string): ZonedLine => {
  const segs = [...raw.matchAll(/\S+(?: {1,2}\S+)*/g)].map((m) => ({ x: m.index!, width: m[0].length, text: m[0].replace(/\s+/g, ' ') }));
  return { text: raw.trim().replace(/\s+/g, ' '), raw, page: 1, no, indent: raw.length - raw.trimStart().length, blank: false, rawLength: raw.length, pageStart: false, zone: 'body', ...(segs.length >= 2 ? { segments: segs } : {}) };
};

describe('a text table whose cells a tool parted by fewer spaces here and there', () => {
  const t = textRow;
  it('parts a piece where a column of the table starts right after two spaces', () => {
    const { tables } = findTables([
      t(1, 'Candidate             Nominated by           Votes                 Per cent'),
      t(2, 'Nurbolat Zhaksylykov  People\'s Unity Party   8,716,535             96.4'),
      t(3, 'Marat Temirkhanov     Enbek Socialist Party  171,812               1.9'),
    ]);
    expect(tables).toHaveLength(1);
    expect(rows(tables[0]!.rows)).toEqual([
      ['Nurbolat Zhaksylykov', "People's Unity Party", '8,716,535', '96.4'],
      ['Marat Temirkhanov', 'Enbek Socialist Party', '171,812', '1.9'],
    ]);
  });

  it('takes a row that stands in one more column into the table (the rows before ran a label and its first figure together), and parts them at it where a figure fills the rest', () => {
    const { tables } = findTables([
      t(1, 'Lake province 120,400       61.2          70.5'),
      t(2, 'Hill province 98,100        58.0          66.1'),
      t(3, 'Northeastern  45,000        70.1          72.3'),
      t(4, 'Total         263,500       60.9          69.0'),
    ]);
    expect(tables).toHaveLength(1);
    expect(rows([...tables[0]!.header, ...tables[0]!.rows])).toEqual([
      ['Lake province', '120,400', '61.2', '70.5'],
      ['Hill province', '98,100', '58.0', '66.1'],
      ['Northeastern', '45,000', '70.1', '72.3'],
      ['Total', '263,500', '60.9', '69.0'],
    ]);
  });
});

describe("a text table's header wrapped over three lines", () => {
  it('takes two lines of wrapped header cells with an empty first cell, and the header line over them', () => {
    const { tables, lines } = findTables([
      textRow(1, 'The final results by province were these.'),
      textRow(2, 'Province      Registered     Voters who  «Yes» (per cent)    «No» (per cent)'),
      textRow(3, '              voters         came (per'),
      textRow(4, '                             cent)'),
      textRow(5, 'Lake          514,664        71.2         81.5             18.5'),
      textRow(6, 'Hill          548,942        74.3         79.2             20.8'),
      textRow(7, 'Dale          220,100        60.1         70.3             29.7'),
      textRow(8, 'ABOUT US'),
    ]);
    expect(tables).toHaveLength(1);
    // (the tool ran two cells of the header's first line together: its lines are the table's all the same)
    expect(tables[0]!.header).toHaveLength(1);
    expect(tables[0]!.rows).toHaveLength(3);
    expect(lines.filter((l) => l.zone === 'table').map((l) => l.no)).toEqual([2, 3, 4, 5, 6, 7]);
  });
});

describe('a row label wrapped onto lines of its own, alone in the first column', () => {
  const rowsOf = (printed: string[]) => {
    const { tables } = findTables(printed.map((raw, k) => textRow(k + 1, raw)));
    expect(tables).toHaveLength(1);
    return tables[0]!.rows.map((r) => r.map((c) => joinCellLines(c.map((p) => p.text))));
  };
  it('goes on over a capital where the table\'s rows open with figures in three columns or more', () => {
    expect(
      rowsOf([
        'Region          Voters         Turnout        For',
        'Lake region     120,400        61.2           70.5',
        'North           98,100         58.0           66.1',
        'Hills',
        'region',
        'Coast region    45,000         70.1           72.3',
      ]),
    ).toEqual([
      ['Lake region', '120,400', '61.2', '70.5'],
      ['North Hills region', '98,100', '58.0', '66.1'],
      ['Coast region', '45,000', '70.1', '72.3'],
    ]);
  });
  it('goes on over the capital the next line opens with after a hyphen, in a table of two columns', () => {
    expect(rowsOf(['Region          Voters', 'Lake            120 400', 'province', 'North-          98 100', 'Eastern', 'province', 'Hill            45 000', 'province'])).toEqual([
      ['Lake province', '120 400'],
      ['North-Eastern province', '98 100'],
      ['Hill province', '45 000'],
    ]);
  });
});

describe("a header whose first line's cells stand over the table's columns, one run into the next", () => {
  const t = (raw: string): ZonedLine => {
    const segs = [...raw.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ x: m.index!, width: m[0].length, text: m[0] }));
    return { text: raw.trim().replace(/\s+/g, ' '), raw, page: 1, no: ++textNo, indent: raw.length - raw.trimStart().length, blank: false, rawLength: raw.length, pageStart: false, zone: 'body', ...(segs.length >= 2 ? { segments: segs } : {}) };
  };
  const table = (intro: string) =>
    findTables([
      t(intro),
      t('Партия                       Кандидаты в спискеЖенщины (в'),
      t('                                               процентах)'),
      t('«Ынтымак»              62                      27,4'),
      t('«Адал Жол»             41                      31,7'),
      t('«Тендик»               44                      36,4'),
      t('На выборах в маслихаты было зарегистрировано 10 254 кандидата на 3 402 мандата.'),
    ]);

  it('is the header, its cells parted at the column where a capital follows a lower-case letter', () => {
    const { tables, lines } = table('Семь партийных списков приведены в таблице ниже.');
    expect(tables).toHaveLength(1);
    expect(rows(tables[0]!.header)).toEqual([['Партия', 'Кандидаты в списке', 'Женщины (в процентах)']]);
    expect(lines.map((l) => l.zone)).toEqual(['body', 'table', 'table', 'table', 'table', 'table', 'body']);
  });
  it('is not taken under a line that goes on into it', () => {
    const { lines } = table('Семь партийных списков приведены в таблице, в которой');
    expect(lines[1]!.zone).toBe('body');
  });
});

describe('a cell too narrow for its word', () => {
  const known = (w: string) => ['зарегистрировано', 'область', 'region'].includes(w.toLowerCase());
  it('glues a word cut at the column edge back together when the text writes it whole', () => {
    expect(glueOverflow([{ text: 'Зарегистриров', full: true }, { text: 'ано избирателей', full: false }], known)).toEqual(['Зарегистрировано избирателей']);
  });
  it('keeps two words apart when both are words of the text', () => {
    expect(glueOverflow([{ text: 'Karaganda', full: true }, { text: 'region', full: false }], known)).toEqual(['Karaganda', 'region']);
  });
  it('joins the lines of a cell as running text', () => {
    expect(cellText([{ text: 'Party of', full: false }, { text: 'Progress', full: false }], (ls) => ls.join(' '), known)).toBe('Party of Progress');
  });
  it('glues a cut word in a cell whose lines a text tool already joined, where no width tells the cut', () => {
    const words = (w: string) => ['registered', 'voters', 'region', 'the', 'of'].includes(w.toLowerCase());
    expect(glueCutWords('Registe red voters', words)).toBe('Registered voters');
    expect(glueCutWords('Northwestshir e region', words)).toBe('Northwestshire region');
    expect(cellText([{ text: 'Registe red voters', full: false }], (ls) => ls.join(' '), words)).toBe('Registered voters');
  });
  it('leaves words apart where the piece is a word of the text or the head of a compound', () => {
    const words = (w: string) => ['region', 'of', 'site'].includes(w.toLowerCase());
    expect(glueCutWords('Lakeland region', words)).toBe('Lakeland region');
    expect(glueCutWords('independent web-site', words)).toBe('independent web-site');
    expect(glueCutWords('Head of staff', words)).toBe('Head of staff');
  });
});

describe("a text table whose cells' first lines a layout sets in by its paragraphs' first-line indent", () => {
  // paragraphs open 6 characters in from the margin (0); so does each cell's first line, its wrapped lines 6 further left
  const PARA = 'The text of a paragraph runs across the whole width of the page, as body text does here.';
  const paragraph = (last: string) => [textLine([[6, PARA]]), textLine([[0, PARA]]), textLine([[0, last]])];
  const lines = [
    ...paragraph('and so it ends.'), ...paragraph('and so it ends too.'), ...paragraph('and so it ends again.'),
    textLine([[6, 'Candidate'], [36, 'Nominated by'], [66, 'Votes']]),
    textLine([[6, 'Anna'], [36, 'Party of the'], [66, '8 716 535']]),
    textLine([[0, 'Lake'], [30, 'Green Valley']]),
    textLine([[6, 'Marat Hill'], [36, 'Party of Labour'], [66, '171 812']]),
    textLine([[6, 'Dana'], [36, 'Union of Farmers'], [66, '154 377']]),
    textLine([[0, 'Stone'], [30, 'of the North']]),
    ...paragraph('and the text goes on.'),
  ];

  it('joins the wrapped lines to their cells, opening no rows', () => {
    const { tables } = findTables(lines);
    expect(tables).toHaveLength(1);
    expect(rows(tables[0]!.rows)).toEqual([
      ['Anna Lake', 'Party of the Green Valley', '8 716 535'],
      ['Marat Hill', 'Party of Labour', '171 812'],
      ['Dana Stone', 'Union of Farmers of the North', '154 377'],
    ]);
  });
});

describe("a table's first row alone at a page's foot, its header printed again over the rest on the next page", () => {
  it('is the table too, under its header', () => {
    const lines = [
      textLine([[0, 'The totals were announced by the commission on the day after the vote, as follows.']]),
      textLine([[0, 'Totals:']]),
      textLine([[46, 'Number']]),
      textLine([[0, 'Voters on the lists'], [46, '3,120,774']]),
      textLine([[3, 'See the commission\'s decision of 4 May.']], 1, 'footnote'),
      // (the tool sets the next page's columns elsewhere)
      textLine([[39, 'Number']], 2),
      textLine([[0, 'Ballots issued'], [39, '2,904,551']], 2),
      textLine([[0, 'Valid ballots'], [39, '2,880,101']], 2),
      textLine([[0, 'The observers were present in most of the polling stations visited in the country.']], 2),
    ];
    const { lines: zoned, tables } = findTables(lines);
    expect(zoned.slice(2, 4).map((l) => l.zone)).toEqual(['table', 'table']);
    expect(tables.flatMap((t) => rows(t.rows))).toContainEqual(['Voters on the lists', '3,120,774']);
  });
});
