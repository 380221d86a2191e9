import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { zoneTextPages } from '../../src/layout/pages.ts';
import { findFurniture, pageLabelNumber } from '../../src/layout/furniture.ts';

const layout = (text: string) => findFurniture(zoneTextPages(textToLines(text)));

describe('page labels', () => {
  it.each([
    ['Заявление о предварительных результатах и выводах стр. 9', 9],
    ['Statement of Preliminary Findings and Conclusions Page: 12', 12],
    ['Алдын ала қорытындылар туралы мәлімдеме бет 3', 3],
    ['Mission statement 4-бет', 4],
    ['Page 2 of 14', 2],
  ])('%s → %i', (text, n) => expect(pageLabelNumber(text)).toBe(n));

  it('ignores a sentence that merely mentions a page', () => {
    expect(pageLabelNumber('The report is on page 9 of the annex.')).toBeNull();
  });
});

describe('findFurniture', () => {
  it('removes a running-header block with its page label and numbers the page from it', () => {
    const text = [
      'First page text goes on and on.',
      '',
      '',
      '',
      'International Election Observation Mission',
      'Republic of Kazakhstan, 15 January 2012',
      'Statement of Preliminary Findings Page: 2',
      '',
      'second page text.',
    ].join('\n');
    const r = layout(text);
    expect(r.furniture.map((f) => [f.kind, f.page])).toEqual([
      ['running-header', 2],
      ['running-header', 2],
      ['page-label', 2],
    ]);
    const body = r.lines.filter((l) => l.zone === 'body' && !l.blank);
    expect(body.map((l) => [l.text, l.page])).toEqual([
      ['First page text goes on and on.', 1],
      ['second page text.', 2],
    ]);
  });

  it("keeps a word's rest that ends two pages alike under its broken word: no running line", () => {
    // a hyphenating layout broke the same name at the same place on two pages of six
    const bodies = ['The campaign was calm and the law on public proce-', 'Media coverage was uneven.', 'Complaints under the law on public proce-', 'Voting went well.', 'Counting was slow.', 'Results came late.'];
    const page = (body: string, n: number) => [`Observation Mission Report Page: ${n + 1}`, '', body, ...(body.endsWith('-') ? ['dures.'] : [])].join('\n');
    const r = layout(bodies.map(page).join('\n\f'));
    expect(r.furniture.map((f) => f.text)).not.toContain('dures.');
    expect(r.lines.filter((l) => l.text === 'dures.').map((l) => l.zone)).toEqual(['body', 'body']);
  });

  it('finds a header repeated at the top of pages by repetition alone', () => {
    const bodies = ['The campaign was calm.', 'Media coverage was uneven.', 'Complaints were few.', 'Voting went well.'];
    const page = (body: string, n: number) => [`ODIHR Election Observation Mission Report ${n + 1}`, '', body].join('\n');
    const r = layout(bodies.map(page).join('\n\f'));
    expect(r.furniture.filter((f) => f.kind === 'running-header')).toHaveLength(4);
    expect(r.lines.filter((l) => l.zone === 'body' && !l.blank)).toHaveLength(4);
  });

  it('finds a running foot printed as blocks of its own, a title, a date and a label, under the footnotes', () => {
    const bodies = ['The campaign was calm.', 'Media coverage was uneven.', 'Complaints were few.', 'Voting went well.'];
    const page = (body: string, n: number) => [body, '', `${n + 1} See the ${body.split(' ')[0]!.toLowerCase()} annex.`, '', 'Republic of Ruritania', '', 'Early Elections, 1 May 2030', '', `Mission Report Page:${n + 1}`].join('\n');
    const r = layout(bodies.map(page).join('\n\f'));
    expect(r.furniture.map((f) => f.text)).toEqual([1, 2, 3, 4].flatMap((n) => ['Republic of Ruritania', 'Early Elections, 1 May 2030', `Mission Report Page:${n}`]));
    // a short block over the foot that no other page repeats stays
    expect(r.lines.filter((l) => / annex\.$/.test(l.text)).map((l) => l.zone)).not.toContain('furniture');
  });

  it("keeps a heading that ends a page printed against the page's running lines without a gap", () => {
    const bodies = ['The campaign was calm and the media covered it.', 'Media coverage was uneven across the channels.', 'Complaints were few and handled in time.'];
    const foot = (n: number) => ['Republic of Ruritania', 'Early Elections, 1 May 2030', `Mission Report Page: ${n}`];
    const pages = bodies.map((b, n) => [b, '', ...(n === 2 ? ['ABOUT THE OFFICE'] : []), ...foot(n + 1)].join('\n'));
    const r = layout([...pages, 'The office observes elections across the region.'].join('\n\f'));
    expect(r.lines.find((l) => l.text === 'ABOUT THE OFFICE')!.zone).toBe('body');
    expect(r.furniture.map((f) => f.text)).toEqual([1, 2, 3].flatMap(foot));
  });

  it('keeps a body line that only repeats the last line of another page (text printed without blank lines)', () => {
    const body = () => Array.from({ length: 10 }, (_, k) => `Line ${k + 1} of the text on this page goes on at length,`);
    const pages = Array.from({ length: 6 }, () => ['Republic of Ruritania', 'Early Elections, 1 May 2030', ...body()]);
    pages[0]!.push('and the appeal was rejected without review.');
    pages[4]!.splice(7, 0, 'and the appeal was rejected without review.');
    const r = layout(pages.map((p) => p.join('\n')).join('\n\f'));
    expect(r.furniture.filter((f) => f.kind === 'running-header').map((f) => f.text)).not.toContain('and the appeal was rejected without review.');
    expect(r.lines.filter((l) => l.zone === 'body' && l.text === 'and the appeal was rejected without review.').map((l) => l.page)).toEqual([1, 5]);
    expect(r.furniture.filter((f) => f.text === 'Republic of Ruritania')).toHaveLength(6);
  });

  it('removes lone page numbers', () => {
    const r = layout(['Text of the page.', '', '- 3 -', '\fNext page.'].join('\n'));
    expect(r.furniture).toEqual([{ page: 1, kind: 'page-number', text: '- 3 -' }]);
  });

  it('takes an asterisk note out of the text', () => {
    const r = layout(['Body.', '', '* The report was translated into Kazakh and Russian. However, the English', 'version remains the only official one.', '', 'More body.'].join('\n'));
    expect(r.notes).toEqual([{ marker: '*', page: 1, text: 'The report was translated into Kazakh and Russian. However, the English version remains the only official one.' }]);
    expect(r.lines.filter((l) => l.zone === 'body' && !l.blank).map((l) => l.text)).toEqual(['Body.', 'More body.']);
  });

  it("ends an asterisk note over the statement's dateline, however long the line", () => {
    const note = '* This statement is also available in Russian and Kazakh. However, the English version remains the only official one.';
    const dateline = 'Ruritville, 3 May 2030 – The early election of 2 May was efficiently administered, but it took place in a setting of';
    const r = layout(['STATEMENT OF PRELIMINARY FINDINGS', note, dateline, 'political life that offered voters no choice.'].join('\n'));
    expect(r.notes.map((n) => n.text)).toEqual([note.slice(2)]);
    expect(r.lines.filter((l) => l.zone === 'body').map((l) => l.text)).toContain(dateline);
  });

  it('ends a one-line asterisk note over a heading in capitals or a line set elsewhere', () => {
    const note = '* This report is also available in Russian and Kazakh. However, the English version remains the only official document.';
    expect(layout(['Warsaw 20 February 2015', note, 'TABLE OF CONTENTS', 'I. INTRODUCTION', 'Text.'].join('\n')).notes.map((n) => n.text)).toHaveLength(1);
    const centred = layout(['Warsaw 20 February 2015', `  ${note}`, '                       Contents of the report', 'Text.'].join('\n'));
    expect(centred.lines.filter((l) => l.zone === 'body').map((l) => l.text)).toEqual(['Warsaw 20 February 2015', 'Contents of the report', 'Text.']);
    // where the next line stands where the note does, the note may go on
    expect(layout(['Title', note, 'Unofficial translations exist.', '', 'Text.'].join('\n')).notes[0]!.text).toMatch(/translations exist\.$/);
  });

  it('ends a one-line asterisk note over a line that is neither a last line nor as long as the note', () => {
    // the note set smaller than the body: its line runs longer than the body's
    const note = '* The report was translated into Kazakh and Russian. However, the English version remains the only official one.';
    const body = ['Astana, 16 January 2012 – This Statement of Preliminary Findings and', 'Conclusions is the result of a common endeavour involving the OSCE Office', 'for Democratic Institutions and Human Rights.'];
    const r = layout(['TITLE', note, ...body].join('\n'));
    expect(r.notes.map((n) => n.text)).toEqual([note.slice(2)]);
    expect(r.lines.filter((l) => l.zone === 'body').map((l) => l.text)).toEqual(['TITLE', ...body]);
    // a note's next line that ends a sentence may be its last
    expect(layout(['TITLE', note, 'Unofficial translations exist.', 'Astana, 16 January 2012 – This'].join('\n')).notes[0]!.text).toMatch(/translations exist\.$/);
  });

  it('ends an asterisk note at its short last line where no blank line follows it', () => {
    const r = layout(['TITLE', '* The report was translated into Kazakh and Russian. However, the English', 'version remains the only official one.', 'Astana, 16 January 2012 – This Statement of Preliminary Findings and', 'Conclusions results from a joint effort.'].join('\n'));
    expect(r.notes.map((n) => n.text)).toEqual(['The report was translated into Kazakh and Russian. However, the English version remains the only official one.']);
    expect(r.lines.filter((l) => l.zone === 'body').map((l) => l.text)).toEqual(['TITLE', 'Astana, 16 January 2012 – This Statement of Preliminary Findings and', 'Conclusions results from a joint effort.']);
  });
});
