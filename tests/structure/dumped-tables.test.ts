import { describe, expect, it } from 'vitest';
import { dumpedColumnTables } from '../../src/structure/dumped-tables.ts';
import { findTables } from '../../src/structure/tables.ts';
import type { ZonedLine } from '../../src/schema/index.ts';

/** Lines of a text tool's output, body lines unless the text opens with `@furniture ` or `@footnote `. */
const textLines = (texts: string[]): ZonedLine[] =>
  texts.map((t, k) => {
    const [, zone = 'body', text = t] = /^@(furniture|footnote) (.*)$/.exec(t) ?? [];
    return { text: text.trim(), page: 1, no: k + 1, indent: 0, blank: text.trim() === '', rawLength: text.length, pageStart: false, zone: zone as ZonedLine['zone'] };
  });

const prose = [
  'The commission announced the results within the deadline that the law sets for it, and published them.',
  'Observers were able to follow the tabulation in most of the district commissions they visited that night.',
  'Final results as announced by the commission on 9 June:',
];
// a candidates table and a totals table, printed column after column and into each other
const dumped = [
  'Candidate',
  'Jane Roe',
  '',
  'Nominated by',
  'Green Party',
  '(Greens)',
  'John Doe',
  'Farmers Union of',
  'the Plains',
  'Totals as announced by the commission:',
  'Voters on the lists',
  'Ballots cast',
  'Valid ballots',
  'Invalid ballots',
  '',
  'Votes',
  '120,400',
  '',
  'Per cent',
  '61.2',
  '',
  '58,100',
  '29.5',
  '',
  'Number',
  '1 400 000',
  '980 000',
  '970 500',
  '9 500',
];
const after = ['', 'ABOUT THE OFFICE', 'The office observes elections in the region and publishes what it finds in reports such as this one.'];

describe('dumpedColumnTables', () => {
  it('reads the run as tables of one column, a printed line a row, parted at the lead printed amid it', () => {
    const lines = textLines([...prose, ...dumped, ...after]);
    const { lines: out, tables } = dumpedColumnTables(lines);
    expect(tables.map((t) => t.rows.map((r) => r[0]![0]!.text))).toEqual([
      ['Candidate', 'Jane Roe', 'Nominated by', 'Green Party', '(Greens)', 'John Doe', 'Farmers Union of', 'the Plains'],
      dumped.slice(10).filter((t) => t !== ''),
    ]);
    expect(tables.every((t) => t.unread && t.header.length === 0)).toBe(true);
    // the leads and the heading after the table stay text
    const body = out.filter((l) => l.zone === 'body' && !l.blank).map((l) => l.text);
    expect(body).toEqual([...prose, 'Totals as announced by the commission:', 'ABOUT THE OFFICE', after[2]]);
  });

  it('goes on over a page break, past the furniture and the footnotes between', () => {
    const lines = textLines([...prose, ...dumped.slice(0, 17), '@footnote 12 See the law on elections.', '@furniture Page 9', ...dumped.slice(17), ...after]);
    const { tables } = dumpedColumnTables(lines);
    expect(tables[1]!.rows.map((r) => r[0]![0]!.text)).toEqual(dumped.slice(10).filter((t) => t !== ''));
  });

  it('takes no run without figures in two columns, or without labels, and no line of a PDF', () => {
    // an address block, a list of names: labels alone
    expect(dumpedColumnTables(textLines([...prose, ...dumped.slice(0, 14), ...after])).tables).toEqual([]);
    // one column of figures
    expect(dumpedColumnTables(textLines([...prose, ...dumped.slice(0, 14), 'Number', '1 400 000', '980 000', '970 500', '9 500', ...after])).tables).toEqual([]);
    const pdf = textLines([...prose, ...dumped, ...after]).map((l) => ({ ...l, geometry: { x: 57, y: 700 - l.no * 12, width: l.text.length * 6, height: 12, size: 12, bold: false } }));
    expect(dumpedColumnTables(pdf).tables).toEqual([]);
  });

  it('makes the run table lines for the structure stage, after the tables read from columns', () => {
    const { lines, tables } = findTables(textLines([...prose, ...dumped, ...after]));
    expect(tables).toHaveLength(2);
    expect(lines.filter((l) => l.zone === 'table')).toHaveLength(dumped.filter((t) => t !== '').length - 1);
  });
});

describe('a table printed column after column, in the structure stage', () => {
  it('gives no heading and no sentence of its lines, the table and a warning that says so', async () => {
    const { buildStructure } = await import('../../src/structure/document.ts');
    const { resources } = await import('../../src/lang/index.ts');
    const s = buildStructure(textLines([prose[0]!, '', 'I. RESULTS', '', ...prose, '', ...dumped, ...after]), resources('en'));
    expect(s.sections.map((x) => x.heading)).toEqual(['RESULTS', 'ABOUT THE OFFICE']);
    expect(s.sentences.some((x) => /Jane Roe|120,400|Voters on/.test(x.text))).toBe(false);
    expect(s.sentences.map((x) => x.text)).toContain('Totals as announced by the commission:');
    expect(s.tables.map((t) => [t.rows.length, t.caption])).toEqual([[8, 'RESULTS'], [15, 'Totals as announced by the commission:']]);
    expect(s.diagnostics.filter((d) => d.rule === 'table-columns-unread').map((d) => d.place?.page)).toEqual([1, 1]);
  });
});

describe('an unread table in the alignment', () => {
  it('is linked in order, its rows never paired (each version printed its cells in its own order)', async () => {
    const { alignTables } = await import('../../src/align/tables.ts');
    const table = (id: string, rows: string[], unread: boolean) => ({ id, page: 1, caption: null, sectionId: null, header: [], rows: rows.map((r) => [r]), ...(unread ? { unread: true as const } : {}) });
    const doc = (tables: ReturnType<typeof table>[]) => ({ tables }) as unknown as Parameters<typeof alignTables>[0];
    const a = doc([table('t1', ['Votes', '120,400', 'Per cent', '61.2'], true), table('t2', ['1', '2'], false)]);
    const b = doc([table('t1', ['Votes', 'Per cent', '120 400', '61,2'], true), table('t2', ['1', '2'], false)]);
    const links = alignTables(a, b);
    expect(links.map((l) => [l.a, l.b, l.rows.length])).toEqual([['t1', 't1', 0], ['t2', 't2', 2]]);
  });
});
