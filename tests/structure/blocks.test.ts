import { describe, expect, it } from 'vitest';
import { buildBlocks, classifyBlock, groupBlocks, headingLike, pagesWithoutGaps } from '../../src/structure/blocks.ts';
import { fillMeasure } from '../../src/structure/fill.ts';
import type { ZonedLine } from '../../src/schema/index.ts';

/** Lines of pages; `|` starts a new page. Body lines are about 80 characters when full. */
function pages(...ps: string[][]): ZonedLine[] {
  let no = 0;
  return ps.flatMap((lines, p) =>
    lines.map((text) => ({ text, page: p + 1, no: ++no, indent: 0, blank: text === '', rawLength: text.length, pageStart: false, zone: 'body' as const })),
  );
}
// a full line of text (a capital first: a paragraph never opens in lower case)
const FULL = `X${'x'.repeat(69)}`;
const kinds = (lines: ZonedLine[]) => buildBlocks(lines).map((b) => `${b.kind}:${b.lines.map((l) => l.text.slice(0, 12)).join('/')}`);

describe('buildBlocks', () => {
  it('takes a heading over lines a tool ran together that stop at a comma for a heading, not an address', () => {
    // (the last printed line of the run-together line, short by the sum of its lines' stretch, ends in a comma)
    const lines = pages([`${FULL} xx.`, `${FULL} end.`, 'Voter Registration', `Xxxx ${'xxxxx '.repeat(23)}xxxxx xxxx,`, `${FULL} end.`]);
    const measured = fillMeasure(lines);
    const fill = Object.assign((l: ZonedLine) => (l.text.length > 100 ? 0.7 : measured(l)), { fits: measured.fits, full: measured.full, metric: measured.metric, printed: (l: ZonedLine) => (l.text.length > 100 ? 2 : 1) });
    expect(groupBlocks(lines, fill).map((b) => b.length)).toEqual([2, 1, 2]);
  });

  it("takes a bold line that ends a page, set apart by nothing but its face, for a heading over the next page's plain text", () => {
    // (a page with gaps between its paragraphs: the heading's own gap stood in the footnotes' zone under it)
    const lines = pages([`${FULL} xx.`, 'Xxxxx end.', '', `${FULL} xx.`, 'Xxxxx end.', '', 'Regional Outreach'], [`${FULL} xx`, 'Xxxxx end.', '', FULL, 'Xxxxx end.']).map((l, k) => ({
      ...l,
      geometry: { x: 57, y: 700 - k * 12, width: l.text.length * 6, height: 11, size: 11, bold: l.text === 'Regional Outreach' },
    }));
    expect(kinds(lines)).toEqual(['paragraph:Xxxxxxxxxxxx/Xxxxx end.', 'paragraph:Xxxxxxxxxxxx/Xxxxx end.', 'heading:Regional Out', 'paragraph:Xxxxxxxxxxxx/Xxxxx end.', 'paragraph:Xxxxxxxxxxxx/Xxxxx end.']);
  });

  it('reads a blank line under a line that ran to the margin and ends no sentence as no paragraph end (a first line set apart)', () => {
    const lines = pages([`${FULL} xx.`, '', `Xxxx ${'xxxxx '.repeat(11)}The`, '', FULL, `${FULL} end.`, '', `Xxxx ${'xxxxx '.repeat(11)}xxxxx`, '', 'Next paragraph ends.']);
    expect(groupBlocks(lines, fillMeasure(lines)).map((b) => b.length)).toEqual([1, 3, 2]);
    // a line a tool printed word by word (a table's cell, its words joined again) counts as full, but a gap under it stands
    const cell = pages([`${FULL} xx.`, '', 'Xxxxx xxxxx xxxxx', '', 'Next paragraph ends.']);
    cell[2]!.stretched = true;
    expect(groupBlocks(cell, fillMeasure(cell)).map((b) => b.length)).toEqual([1, 1, 1]);
    // one that goes on a paragraph's lines and ends no sentence: the paragraph goes on under the gap
    const goesOn = pages([`${FULL} xx.`, '', FULL, 'Xxxxx xxxxx xxxxx', '', 'Xxxx xxxx ends.', '', 'Next paragraph ends.']);
    goesOn[3]!.stretched = true;
    expect(groupBlocks(goesOn, fillMeasure(goesOn)).map((b) => b.length)).toEqual([1, 3, 1]);
    // a line's rest a tool set apart after a raised marker, a gap under it: it goes on a sentence and stops on a word
    const rest = pages([`${FULL} xx.`, '', FULL, 'Xxxxx xxxxx xxxxx xxxxx,1', 'this', '', 'Xxxx xxxx ends.', '', 'Next paragraph ends.']);
    expect(groupBlocks(rest, fillMeasure(rest)).map((b) => b.length)).toEqual([1, 4, 1]);
  });

  it('a table between a sentence that ends and a line that opens one parts the paragraphs, over a page break too', () => {
    const lines = pages([...Array(8).fill(`${FULL} go`), `X${'x'.repeat(62)} below.`, 'Party Votes', 'Yntymaq 62'], [`Candidates ${'x'.repeat(60)}`, 'end.']);
    for (const l of lines) if (/^(Party|Yntymaq)/.test(l.text)) l.zone = 'table';
    expect(groupBlocks(lines, fillMeasure(lines)).map((b) => b[b.length - 1]!.text.slice(-6))).toEqual(['below.', 'end.']);
    // a sentence that goes on under the table's rest is one paragraph
    const goesOn = pages([...Array(8).fill(`${FULL} go`), `X${'x'.repeat(62)} below`, 'Party Votes', 'Yntymaq 62'], [`candidates ${'x'.repeat(60)}`, 'end.']);
    for (const l of goesOn) if (/^(Party|Yntymaq)/.test(l.text)) l.zone = 'table';
    expect(groupBlocks(goesOn, fillMeasure(goesOn))).toHaveLength(1);
  });

  it("a number's thousands printed on the next line go on the paragraph; a line that opens with a number after a marker opens one", () => {
    const split = pages([FULL, FULL, `Xxxx xxxxx xxxx xxxxxxx xxxxxxx xxxxxxxxx, i. e. 1`, `068 200 tenge, which is ${'x'.repeat(20)} paid back.`, FULL, 'last.']);
    expect(groupBlocks(split, fillMeasure(split))).toHaveLength(1);
    const spaced = pages([FULL, FULL, `Xxxx xxxxx xxxx xxxxxxx xxxxxxx xxxxxxxxx, i. e. 2`, `150 000 tenge, which is ${'x'.repeat(20)} paid back.`, FULL, 'last.']);
    expect(groupBlocks(spaced, fillMeasure(spaced))).toHaveLength(1);
    const opens = pages([FULL, FULL, `Xxxx xxxxx xxxx xxxxxxx xxxxxxx xxxxxxxxx (22 cases). 45`, `109 stations were ${'x'.repeat(30)} observed.`, FULL, 'last.']);
    expect(groupBlocks(opens, fillMeasure(opens))).toHaveLength(2);
  });

  it("a list item's wrapped line goes on the item where a page's lines are shifted: indented against that page's item, not the list's first", () => {
    const lines = pages(
      [FULL, FULL, 'last.', '1. First item of the list of the ones here', 'that goes on;', '2. Second item of the list that is a bit longer than', 'the first;'],
      ['3. Third item of the list on the next page', 'body;', '4. Fourth item of the list at the end of it all.', FULL, 'end.'],
    ).map((l) => ({ ...l, indent: l.page === 1 ? (/^\d\./.test(l.text) ? 9 : /^[a-z]/.test(l.text) ? 12 : 0) : /^\d\./.test(l.text) ? 3 : /^[a-z]/.test(l.text) ? 6 : 0 }));
    expect(kinds(lines)).toEqual([`paragraph:${FULL.slice(0, 12)}/${FULL.slice(0, 12)}/last.`, 'list:1. First ite/that goes on/2. Second it/the first;/3. Third ite/body;/4. Fourth it', `paragraph:${FULL.slice(0, 12)}/end.`]);
  });

  it("a numbered list's next number opens its next item, though the item's first line reads as a numbered heading", () => {
    const list = pages(
      [`${FULL} go`, `${FULL} end.`, '', '5. Xxxxxxxx xxxx xx xxx xxxxxxx xxxxx xxxx xxx xxxxxx xxx xxxx xxxxxxx.', '6. Xxx xxxx xxxx xxxxxx xx xxx xxxxx xxx xxxx xxxxxx xxx xxxxxx.'],
      ['7. Unconditional restriction electoral rights prisoners should', 'be reviewed in line with the principle of proportionality.', '8. Xxx xxx xxxxxx xxxx xxxxxx xxx xxxxx xxxxxxxx xxxx xxx xxxxxx.'],
    );
    expect(kinds(list).map((k) => k.split(':')[0])).toEqual(['paragraph', 'list']);
  });

  it("a list item goes on where its line ends a clause short of the margin and the next opens in lower case", () => {
    const lines = pages([
      `${FULL} end.`,
      '• The President called the vote on a package;',
      'according to the authorities, the amendments move the country on.',
      '• Xxx xxxx xxxx xxxxxx xx xxx xxxxx xxx xxxx.',
      `${FULL} end.`,
    ]);
    expect(kinds(lines).map((k) => k.split(':')[0])).toEqual(['paragraph', 'list', 'paragraph']);
  });

  it('a list printed with gaps between its items goes on over two items in a row whose first lines read as numbered headings', () => {
    const lines = pages([
      `${FULL} end.`,
      '',
      '1. Xxx xxxx xxxx xxxxxx xx xxx xxxxx xxx xxxx xxxxxx xxx xxxxxx xxx xxxxx',
      'xxxx xxx xxxxxx xx xxx xxxxx.',
      '',
      '2. Meaningful Public Discussion Requires Adequate',
      'time between the call and the vote, two months at least.',
      '',
      '3. Authorities Should Remove Undue Restrictions',
      'on assembly and expression, and refrain from detaining citizens.',
      '',
      `${FULL} end.`,
    ]);
    expect(kinds(lines).map((k) => k.split(':')[0])).toEqual(['paragraph', 'list', 'paragraph']);
  });

  it("a numbered list's numbering goes on past a heading: the next number opens a list, though its first line reads as a numbered heading", () => {
    const lines = pages([
      'A. XXXXXXXX',
      '',
      '3. Xxx xxxx xxxx xxxxxx xx xxx xxxxx xxx xxxx xxxxxx xxx xxxxxx.',
      '4. Xxx xxxx xxxx xxxxxx xx xxx xxxxx xxx xxxx xxxxxx xxx xxxxxx.',
      '',
      'B. XXXXX XXXXXXXX',
      '',
      '5. Questions, put to voters, should respect',
      'the unity of content, so that voters can express their will on each.',
      '6. Xxx xxxx xxxx xxxxxx xx xxx xxxxx xxx xxxx xxxxxx xxx xxxxxx.',
      '',
      FULL,
      'end.',
    ]);
    expect(kinds(lines).map((k) => k.split(':')[0])).toEqual(['heading', 'list', 'heading', 'list', 'paragraph']);
    // a section heading that carries the next number stands alone on its line, its text opening under it
    const heading = pages(['3. Xxx xxxx xxxx xxxxxx xx xxx xxxxx xxx xxxx xxxxxx xxx xxxxxx.', '4. Xxx xxxx xxxx xxxxxx xx xxx xxxxx xxx xxxx xxxxxx xxx xxxxxx.', '', '5. Legal Framework', '', FULL, 'end.']);
    expect(kinds(heading).map((k) => k.split(':')[0])).toEqual(['list', 'heading', 'paragraph']);
  });

  it('a numbered list opens at its first number, though that line reads as a numbered heading, where its text runs on under it and the next number follows', () => {
    const lines = pages([
      'A. XXXXXXXX',
      '',
      '1. The legal framework should be reviewed',
      'thoroughly well ahead of the next elections, in an inclusive process.',
      '2. Xxx xxxx xxxx xxxxxx xx xxx xxxxx xxx xxxx xxxxxx xxx xxxxxx.',
      '',
      FULL,
      'end.',
    ]);
    expect(kinds(lines).map((k) => k.split(':')[0])).toEqual(['heading', 'list', 'paragraph']);
    // (numbered headings with text under them stay headings)
    const headings = pages([FULL, 'end.', '', '1. Legal Framework', '', FULL, 'end.', '', '2. Election Administration', '', FULL, 'end.']);
    expect(kinds(headings).map((k) => k.split(':')[0])).toEqual(['paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
  });

  it("a list item's rest over a page goes on the item where the tool shifted the page's lines (its indent the page's own)", () => {
    // page 1: the item's bullet at column 10, its text at 14; page 2 printed 5 columns further left
    let no = 0;
    const at = (page: number, indent: number, text: string): ZonedLine => ({ text, page, no: ++no, indent, blank: false, rawLength: text.length + indent, pageStart: false, zone: 'body' });
    const lines = [
      at(1, 0, `${FULL} end.`),
      at(1, 10, '• In 23 cases, employees in the public sector said they had been told to'),
      at(1, 14, 'attend campaign events, or else they could lose their jobs or their'),
      at(2, 9, 'places in the dormitories, as the observers were told by them at'),
      at(2, 9, 'several meetings.'),
      at(2, 5, '• In 7 regions, heads of public institutions asked the staff for lists.'),
    ];
    const blocks = buildBlocks(lines);
    expect(blocks.map((b) => `${b.kind}:${b.lines.length}`)).toEqual(['paragraph:1', 'list:5']);
  });

  it('a list whose numbering went on past a heading goes on past a blank line between its items', () => {
    const lines = pages([
      '4. Xxx xxxx xxxx xxxxxx xx xxx xxxxx xxx xxxx xxxxxx xxx xxxxxx.',
      '',
      'B. XXXXX XXXXXXXX',
      '',
      '5. Commissions, in every region, should publish',
      'the minutes of their sessions on time, so that voters can read them.',
      '',
      '6. Xxx xxxx xxxx xxxxxx xx xxx xxxxx xxx xxxx xxxxxx xxx xxxxxx xxxx xxx',
      'xxxx xxxxxx.',
      '',
      FULL,
      'end.',
    ]);
    expect(kinds(lines).map((k) => k.split(':')[0])).toEqual(['list', 'heading', 'list', 'paragraph']);
  });

  it("a title before a name at a line's end ends no sentence: the name under it goes on the paragraph", () => {
    const lines = pages([...Array(8).fill(`${FULL} go`), 'Xxxx xxx xxxxxxxxx xxxx 2.1 per cent and Mr.', 'Lake 1.5 per cent of the votes cast in the election.', 'End.']);
    expect(groupBlocks(lines, fillMeasure(lines)).map((b) => b.length)).toEqual([10, 1]);
    // a sentence's own end there parts the paragraphs
    const ended = pages([...Array(8).fill(`${FULL} go`), 'Xxxx xxx xxxxxxxxx xxxx 2.1 per cent for them.', 'Lake 1.5 per cent of the votes cast in the election.', 'End.']);
    expect(groupBlocks(ended, fillMeasure(ended)).map((b) => b.length)).toEqual([9, 1, 1]);
  });

  it("a line that opens with a dash under a full line that ended no sentence goes on the paragraph: the sentence's dash wrapped", () => {
    const lines = pages([...Array(8).fill(`${FULL} go`), `${FULL} of them`, '– by majority vote in single-member districts and the rest by lists.', 'Next one.']);
    expect(groupBlocks(lines, fillMeasure(lines)).map((b) => b.length)).toEqual([11]);
    // under a list's lead (a colon) the dash opens an item
    const list = pages([...Array(8).fill(`${FULL} go`), `${FULL} these:`, '– by majority vote in single-member districts;', '– by lists.']);
    expect(groupBlocks(list, fillMeasure(list)).length).toBeGreaterThan(1);
  });

  it("a line that opens with a dash in a list's item, under a line with no room for the dash and its word, goes on the item: the sentence's dash wrapped", () => {
    // (lines set flush left: the line over the dash is short of the margin by less than the dash and its word)
    const item = `4. Defamation should be decriminalized and Articles 130, 131, and 373 of the Code`;
    const lines = pages([...Array(8).fill(`${FULL} go.`), '', `${item.slice(0, 62)}`, '– repealed or revised.', '5. The law should be amended.']);
    const list = buildBlocks(lines).at(-1)!;
    expect(list.kind).toBe('list');
    expect([...(list.goesOn ?? [])].map((l) => l.text)).toEqual(['– repealed or revised.']);
    // with room for them on the line, the dash opens an item
    const short = pages([...Array(8).fill(`${FULL} go.`), '', '4. Defamation should be decriminalized', '– repealed or revised.', '5. The law should be amended.']);
    expect(buildBlocks(short).at(-1)!.goesOn).toBeUndefined();
  });

  it("reads a list's item whose sentence wrapped at a dash as one sentence in the structure stage", async () => {
    const { buildStructure } = await import('../../src/structure/document.ts');
    const { resources } = await import('../../src/lang/index.ts');
    const item = '4. Defamation should be decriminalized and Articles 130, 131, and 373 of the Code';
    const s = buildStructure(pages([...Array(8).fill(`${FULL} go.`), '', item.slice(0, 62), '– repealed or revised.', '5. The law should be amended.']), resources('en'));
    expect(s.sentences.map((x) => x.text)).toContain(`${item.slice(3, 62).trim()} – repealed or revised.`);
  });

  it("a line that opens with a figure and a stop under a full line that ended no sentence goes on the paragraph: the sentence's figure wrapped", () => {
    const lines = pages([...Array(8).fill(`${FULL} go`), `${FULL} party –`, '4. The rest of the seats went to independent candidates nominated by groups.', 'Next one.']);
    expect(groupBlocks(lines, fillMeasure(lines)).map((b) => b.length)).toEqual([11]);
    // a numbered list's next number opens its next item all the same, whatever the line before
    const list = pages([...Array(8).fill(`${FULL} go.`), '', '3. Xxx xxxx xxxx xxxxxx xx xxx xxxxx.', `4. ${FULL.slice(3)} and`, '5. The rest of the seats went to independent candidates nominated by groups.']);
    expect(kinds(list).map((k) => k.split(':')[0])).toEqual(['paragraph', 'list']);
    expect(buildBlocks(list).at(-1)!.lines).toHaveLength(3);
  });

  it('a blank line separates paragraphs within a page', () => {
    expect(kinds(pages([FULL, 'ends here.', '', FULL, 'second.']))).toEqual([
      `paragraph:${FULL.slice(0, 12)}/ends here.`,
      `paragraph:${FULL.slice(0, 12)}/second.`,
    ]);
  });

  it("a list stays one list where the tool prints a blank line between its items", () => {
    expect(kinds(pages([FULL, 'text.', '', '• First item,', '', '• second item;', '', '• third.', '', FULL, 'after.']))).toEqual([
      `paragraph:${FULL.slice(0, 12)}/text.`,
      'list:• First item/• second ite/• third.',
      `paragraph:${FULL.slice(0, 12)}/after.`,
    ]);
    // a bulleted list right after a numbered one is another list
    expect(kinds(pages(['1. One thing.', '', '2. Another thing.', '', '• a bullet.']))).toEqual([
      'list:1. One thing/2. Another t',
      'list:• a bullet.',
    ]);
  });

  it('a blank line after a raised marker is no paragraph gap where the sentence goes on in lower case', () => {
    expect(kinds(pages([FULL, 'restrictions and the blocking by the authorities,34', '', 'the Internet offers views.', '', FULL, 'next.']))).toEqual([
      `paragraph:${FULL.slice(0, 12)}/restrictions/the Internet`,
      `paragraph:${FULL.slice(0, 12)}/next.`,
    ]);
  });

  it('a blank line after a full line that ends in a raised marker is no paragraph gap in text without indentation, though the text goes on with a capital', () => {
    const out = kinds(pages([FULL, `${'y'.repeat(66)} ends.32`, '', 'According to many observers the text goes on.', '', FULL, 'next.']));
    expect(out).toEqual([`paragraph:${FULL.slice(0, 12)}/${'y'.repeat(12)}/According to`, `paragraph:${FULL.slice(0, 12)}/next.`]);
    // with indentation kept (page columns), the blank line is the gap it looks like
    const indented = pages([FULL, `${'y'.repeat(66)} ends.32`, '', 'According to many observers the text goes on.', '', FULL, 'next.']).map((l, i) => (i === 5 ? { ...l, indent: 4 } : l));
    expect(buildBlocks(indented)).toHaveLength(3);
    // so where a line of another zone is indented (a running head set right by spaces): the tool kept columns
    const head = { ...pages(['Republic of Somewhere'])[0]!, indent: 40, zone: 'furniture' as const };
    expect(buildBlocks([head, ...pages([FULL, `${'y'.repeat(66)} ends.32`, '', 'According to many observers the text goes on.', '', FULL, 'next.'])])).toHaveLength(3);
  });

  it('the marker after the full line may be set after a space (`ends. 32`)', () => {
    const out = kinds(pages([FULL, `${'y'.repeat(65)} ends. 32`, '', 'According to many observers the text goes on.', '', FULL, 'next.']));
    expect(out).toEqual([`paragraph:${FULL.slice(0, 12)}/${'y'.repeat(12)}/According to`, `paragraph:${FULL.slice(0, 12)}/next.`]);
  });

  it('a blank line after a line justified type stretched is no paragraph gap', () => {
    const lines = pages([FULL, 'the requirements do not meet the commitment of Kazakhstan.17', '', 'The legal framework also holds provisions that restrict the right to', 'go on.', '', FULL, 'next.']);
    lines[1]!.raw = 'the  requirements  do  not  meet  the  commitment  of  Kazakhstan.17';
    expect(kinds(lines)).toEqual([`paragraph:${FULL.slice(0, 12)}/the requirem/The legal fr/go on.`, `paragraph:${FULL.slice(0, 12)}/next.`]);
    // a stray double space in a last line is no stretch
    lines[1]!.raw = 'the requirements do not meet  the commitment of Kazakhstan.17';
    expect(kinds(lines)).toHaveLength(3);
  });

  it('a heading on the first body line stands apart from the text right under it', () => {
    expect(kinds(pages(['I. INTRODUCTION', `In view ${FULL}`, 'text.', '', FULL, 'more.', '', FULL, 'end.']))).toEqual([
      'heading:I. INTRODUCT',
      'paragraph:In view Xxxx/text.',
      `paragraph:${FULL.slice(0, 12)}/more.`,
      `paragraph:${FULL.slice(0, 12)}/end.`,
    ]);
  });

  it('a heading that opens a page right over its text, in text with blank lines', () => {
    expect(kinds(pages([FULL, 'ended.', '', FULL, `${FULL.slice(0, 64)} done.`], ['Voter Registration', `Voter registration ${FULL.slice(19)}`, 'is passive.', '', FULL, 'end.']))).toEqual([
      `paragraph:${FULL.slice(0, 12)}/ended.`,
      `paragraph:${FULL.slice(0, 12)}/${FULL.slice(0, 12)}`,
      'heading:Voter Regist',
      'paragraph:Voter regist/is passive.',
      `paragraph:${FULL.slice(0, 12)}/end.`,
    ]);
  });

  it('blank lines between bullets printed on lines of their own do not make a text of blank-separated paragraphs', () => {
    const para = [`The mission observed ${FULL.slice(21)}`, 'as planned.'];
    const out = kinds(pages([...para, ...para, ...para, ...para, '•', '', '•', '', '•']));
    expect(out.filter((k) => k.startsWith('paragraph'))).toHaveLength(4);
  });

  it("blank lines in a few places (a table's) do not make blank-separated paragraphs of text whose paragraphs end right over the next", () => {
    const para = (n: number) => [`The mission observed ${FULL.slice(21)}`, `ended in region ${n}.`];
    const table = ['Name', '', 'CEC', '', 'Senate', '', 'Mazhilis', '', 'Court', ''];
    const out = kinds(pages([...para(1), 'II. SUMMARY', ...para(2), ...para(3), ...para(4), ...table]));
    expect(out.filter((k) => k.startsWith('paragraph'))).toHaveLength(4);
    expect(out).toContain('heading:II. SUMMARY');
  });

  it('an address block with contact data is one block of lines, none of them a heading', () => {
    const out = kinds(pages([FULL, 'ends here.', 'ODIHR EOM Kazakhstan', 'Kabanbay Batyr Avenue 11, 4th floor', 'Astana 010000', 'Tel: +7 7172 79 58 20', 'Email: office@example.org', '', FULL, 'end.']));
    expect(out.map((k) => k.split(':')[0])).toEqual(['paragraph', 'lines', 'paragraph']);
  });

  it('a blank line is no gap where the sentence goes on in lower case under a line that ends none', () => {
    expect(kinds(pages([FULL, 'ends here.', '', '10. Voters should have the right to challenge the results, and all', '', 'complaints should be considered in open session.', '', '11. The law should provide for observation.']))).toEqual([
      `paragraph:${FULL.slice(0, 12)}/ends here.`,
      'list:10. Voters s/complaints s/11. The law ',
    ]);
  });

  it('a blank line is no gap under a full line that ends in a comma, with a marker or without: the sentence goes on, whatever opens the next line', () => {
    expect(kinds(pages([FULL, 'ends here.', '', FULL, 'commissions comprised the CEC, 16 regional commissions (RECs),19', '', '207 district commissions and 9,760 precinct commissions.', '', FULL, 'end.']))).toEqual([
      `paragraph:${FULL.slice(0, 12)}/ends here.`,
      `paragraph:${FULL.slice(0, 12)}/commissions /207 district`,
      `paragraph:${FULL.slice(0, 12)}/end.`,
    ]);
  });

  it('a blank line is no gap where the sentence goes on in lower case under a short line, unless that line leads a list or ends an item', () => {
    // some layouts print a paragraph's short line, or one word of it, apart
    expect(kinds(pages([FULL, 'ends here.', '', `${FULL} Despite legal limits`, 'and', '', 'blocked websites, the Internet offers many views.', '', FULL, 'end.']))).toHaveLength(3);
    // a list's lead (`:`) and its items (`;`) stand apart from what goes on in lower case
    expect(kinds(pages([FULL, 'ends here.', '', 'The law provides for:', '', 'the right to vote;', '', 'the right to stand.', '', FULL, 'end.']))).toHaveLength(5);
  });

  it('a block set narrower than the text, each line run to its own widest, is a paragraph; lines of other widths stay lines', () => {
    const fill = Object.assign((l: ZonedLine) => l.text.length / 70, {
      fits: (l: ZonedLine, word: string) => l.text.length + 1 + word.length <= 70,
      full: (l: ZonedLine) => l.text.length >= 63,
      metric: 'times' as const,
      printed: () => 1,
    });
    // an indented item whose bullet was lost: lines of 53 and 56 characters, neither with room for the next word
    const words = ['Xxxxxxxx xxxxxxxx xxxxxxxx xxxxxxxx xxxxxxxx xxxxx xxxxx', 'xxxxxxxxx xxxxxxxx xxxxxxxx xxxxxxx xxxxxxxx xxxxxxxxx', 'xxxxxxxxx xxxxxxxx.'];
    expect(classifyBlock(pages(words), fill)).toBe('paragraph');
    expect(classifyBlock(pages(['ODIHR Mission', 'Main Street 1, fourth floor, City', 'Telephone +1 234 567 89 00']), fill)).toBe('lines');
  });

  it('lines that carry one sentence on, each but the last ending on a word in lower case, are a paragraph though each break was written', () => {
    // a sentence broken early (a marker's rest on a line of its own), the next word fitting on each line
    const fill = Object.assign((l: ZonedLine) => l.text.length / 70, { fits: (l: ZonedLine, word: string) => l.text.length + 1 + word.length <= 70, full: () => false, metric: 'chars' as const, printed: () => 1 });
    expect(classifyBlock(pages(['The court rejected both appeals, stating that the', 'assessment of the commission is not subject to review.']), fill)).toBe('paragraph');
    expect(classifyBlock(pages(['ODIHR Mission', 'Main Street 1, fourth floor, City', 'Telephone +1 234 567 89 00']), fill)).toBe('lines');
    // a line that ends on a figure or a comma, the next going on in lower case (a paragraph a tool ran together on one line)
    expect(classifyBlock(pages(['Of the 300 polling stations visited, only some 40', 'per cent were accessible to voters with disabilities.']), fill)).toBe('paragraph');
    expect(classifyBlock(pages(['In all, 1,500 candidates stood for 400 seats,', 'about four for each seat.']), fill)).toBe('paragraph');
    // (an address's number over a line in capitals, or a name, goes on nothing)
    expect(classifyBlock(pages(['Main Street 40', 'Capital City.']), fill)).toBe('lines');
  });

  it('lines that each left room for the next word are lines of their own only as an address runs: three lines, or more with contact data', () => {
    const fill = Object.assign((l: ZonedLine) => l.text.length / 70, { fits: (l: ZonedLine, word: string) => l.text.length + 1 + word.length <= 70, full: () => false, metric: 'chars' as const, printed: () => 1 });
    expect(classifyBlock(pages(['ODIHR Mission', 'Main Street 1, fourth floor', 'Capital City']), fill)).toBe('lines');
    expect(classifyBlock(pages(['ODIHR Mission', 'Main Street 1, fourth floor', 'Capital City', 'Telephone +1 234 567 89 00', 'office@example.org']), fill)).toBe('lines');
    // a table's cells printed a line each, or a stretched line torn word by word, with no contact data in them
    expect(classifyBlock(pages(['Regional commissions', 'Formed in time', 'Sessions held', 'Decisions published', 'Complaints received']), fill)).toBe('paragraph');
  });

  it('a paragraph goes on across a page break when the new page starts in lower case', () => {
    expect(kinds(pages([FULL, `${FULL} не имеют права`], ['баллотироваться в Парламент.']))).toHaveLength(1);
  });

  it('a new paragraph starts across a page break after a short line that ends a sentence', () => {
    expect(kinds(pages([FULL, 'в форме писем.'], ['В целом, по всей стране', FULL.toLowerCase()]))).toHaveLength(2);
  });

  it('in text with blank lines for gaps, a sentence ended at the foot of a page ends its paragraph where the first word of the next page would have fitted on its line', () => {
    // a measure of glyph widths, here one unit a character, 70 to the line
    const fill = Object.assign((l: ZonedLine) => l.text.length / 70, {
      fits: (l: ZonedLine, word: string) => l.text.length + 1 + word.length <= 70,
      full: (l: ZonedLine) => l.text.length >= 63,
      metric: 'times' as const,
      printed: () => 1,
    });
    const para = [FULL, 'ends here.', '', FULL, 'ends here too.', '', FULL, FULL];
    const foot = `${FULL.slice(0, 60)} end.`; // 65 of 70: full, with room for a word of four letters
    const groups = (next: string) => groupBlocks(pages([...para, foot], [`${next} more.`, '', FULL, 'end.']), fill).length;
    expect(groups('Then')).toBe(5);
    expect(groups('Thereafter')).toBe(4);
    // one letter fits nearly any line, within what a line's measure errs by: no evidence
    expect(groups('A')).toBe(4);
  });

  it('a sentence that ends on a full line at the bottom of a page goes on in the same paragraph', () => {
    expect(kinds(pages([FULL, `${FULL.slice(0, 64)} были. `], ['Затем партии', FULL]))).toHaveLength(1);
  });

  it('a heading that opens a page', () => {
    expect(kinds(pages([FULL, 'претензии.31'], ['Ситуация с СМИ', '', FULL, 'text.']))).toEqual([
      `paragraph:${FULL.slice(0, 12)}/претензии.31`,
      'heading:Ситуация с С',
      `paragraph:${FULL.slice(0, 12)}/text.`,
    ]);
  });

  it('a heading in capitals that closes a page, its text opening the next page with no gap', () => {
    expect(kinds(pages([FULL, `${FULL} end.`, '', 'III. BACKGROUND'], [`On 14 February ${'x'.repeat(54)}`, FULL, 'text.']))).toEqual([
      `paragraph:${FULL.slice(0, 12)}/${FULL.slice(0, 12)}`,
      'heading:III. BACKGRO',
      'paragraph:On 14 Februa/' + FULL.slice(0, 12) + '/text.',
    ]);
  });

  it('a section heading in capitals heads its text though it runs nearly to the margin (a narrow measure), with blank lines or without', () => {
    // (about nine tenths of the measure)
    const heading = `VIII. ${'XXXXXXXXXXX '.repeat(5).trim()}`;
    expect(kinds(pages([FULL, `${FULL} end.`, '', heading, '', `On 14 February ${'x'.repeat(54)}`, FULL, 'text.'])).map((k) => k.split(':')[0])).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(wrapped(heading, `On 14 February ${'x'.repeat(54)}`, FULL, 'text.')).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('bullets make a list, short lines without stops a line block', () => {
    expect(kinds(pages(['Contact:', '', '• Mr Jens Eschenbacher (+48-603-683 122);', '• Mr Neil Simon (+45-33-378 036).', '', 'OSCE/ODIHR EOM Address', 'Astana, 010000,', 'Imanov St. 13, 5th floor', 'Tel.: +7-7172-901 771', '', FULL, FULL, 'end.']))
      .map((k) => k.split(':')[0])).toEqual(['paragraph', 'list', 'lines', 'paragraph']);
  });

  // without blank lines between paragraphs (poppler's pdftotext), where blocks end is read off the lines
  const wrapped = (...ls: string[]) => kinds(pages([...Array(8).fill(`${FULL} go.`), ...ls])).map((k) => k.split(':')[0]);

  it('a page printed without blank lines in a text printed with them reads as such text: its heading and paragraphs part at the lines', () => {
    // (a tool that reads a page's gaps against its line spacing found them on the first page, none on the second)
    const line = `Xxxx ${'xxxx '.repeat(13)}xx`;
    const gapped = [line, 'Xxxx end.', '', line, 'Xxxx end.', '', line, 'Xxxx end.', '', line, 'Xxxx end.'];
    const plain = [line, 'Xxxx end.', line, 'Xxxx end.', 'III. BACKGROUND', line, line, 'Xxxx end.', line, 'Xxxx end.'];
    expect(kinds(pages(gapped, plain)).map((k) => k.split(':')[0])).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph']);
    // (a page that prints one gap, the last one around a list, and two paragraphs' ends over the next sentence; a
    // blank line at its foot, over its footnotes, is no gap between paragraphs)
    const mixed = [line, 'Xxxx end.', '', line, 'Xxxx end.', 'III. BACKGROUND', line, line, 'Xxxx end.', line, 'Xxxx end.', ''];
    expect(kinds(pages(gapped, mixed)).map((k) => k.split(':')[0])).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph']);
  });

  it("reads a page as printed without gaps by its paragraphs' ends over the next sentence, not by a list's items", () => {
    const line = `Xxxx ${'xxxx '.repeat(13)}xx`;
    const paras = [line, 'Xxxx end.', line, 'Xxxx end.', line, 'Xxxx end.'];
    const items = ['1. Xxxx xxx xxxx end.', '2. Xxxx xxx end.', '3. Xxxx xxxx xx end.', '4. Xxx end.'];
    const lines = pages(paras, items, [...paras, ''], [line, 'Xxxx end.', '', line, 'Xxxx end.', '', line, 'Xxxx end.']);
    // (the third page's blank line stands over its footnotes, with no text under it; the fourth prints its gaps)
    expect([...pagesWithoutGaps(lines, fillMeasure(lines))]).toEqual([1, 3]);
  });

  it("reads a page as printed without gaps though a tool printed a gap before each of a list's bullets", () => {
    const line = `Xxxx ${'xxxx '.repeat(13)}xx`;
    const listed = ['• Xxxx xxx xxxx end.', '', '• Xxxx xxx end.', '', '• Xxxx xxxx xx end.', '', line, 'Xxxx end.', line, 'Xxxx end.', 'III. BACKGROUND', line, 'Xxxx end.'];
    expect([...pagesWithoutGaps(pages(listed), fillMeasure(pages(listed)))]).toEqual([1]);
  });

  it('without blank lines, a heading over a short line that stops at a comma where the next word would not have fitted on it (a justified line a long word left short)', () => {
    const short = 'The referendum is regulated mainly by the Constitution,';
    expect(wrapped('IV. LEGAL FRAMEWORK', short, `Constitutionalising ${FULL.slice(20)}`, 'text.')).toEqual(['paragraph', 'heading', 'paragraph']);
    // (where the next word would have fitted, the short line is an address's next line: no heading over it)
    expect(wrapped('• Mr Neil Simon (+45-33-378 036).', 'OSCE/ODIHR EOM Address', 'Astana, 010000,', 'Imanov St. 13, 5th floor')).toEqual(['paragraph', 'list', 'lines']);
  });

  it("reads a PDF's page whose only gaps stand around its headings as printed without gaps between paragraphs", () => {
    const line = `Xxxx ${'xxxx '.repeat(13)}xx`;
    const section = (n: string) => ['', `${n}. HEADING`, '', line, 'Xxxx end.', line, 'Xxxx end.'];
    // (positions as the PDF path gives them: 6 points a character from x = 72, justified full lines to 504)
    const placed = pages([...section('I'), ...section('II'), ...section('III'), ...section('IV')]).map((l, i) =>
      l.blank ? l : { ...l, geometry: { x: 72, y: 700 - i * 14, width: l.text === line ? 432 : l.text.length * 6, height: 11, size: 11, bold: /HEADING/.test(l.text) } },
    );
    expect(buildBlocks(placed).map((b) => b.kind)).toEqual(Array.from({ length: 4 }, () => ['heading', 'paragraph', 'paragraph']).flat());
    // (two sections: two paragraph ends over the next sentence and none over a gap say it as well)
    expect(buildBlocks(placed.slice(0, 14)).map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph']);
  });

  it('without blank lines, an address after a list is a line block, not a heading over its lines', () => {
    expect(wrapped('• Mr Neil Simon (+45-33-378 036).', 'OSCE/ODIHR EOM Address', 'Astana, 010000,', 'Imanov St. 13, 5th floor')).toEqual(['paragraph', 'list', 'lines']);
  });

  it('without blank lines, a heading after a sentence ended by a spaced footnote marker', () => {
    expect(wrapped('во время событий в г. Жанаозен. 31', 'Ситуация с СМИ', `Уголовная ${FULL.slice(10)} и`, 'text.')).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('without blank lines, a closing bracket or quote ends a sentence only after a stop', () => {
    expect(wrapped('the Office for Democratic Institutions (ODIHR)', `18 May 2022 ${FULL.slice(12)}`, 'text.')).toEqual(['paragraph']);
    expect(wrapped('в соответствии с Законом «О выборах»', `18 мая 2022 ${FULL.slice(12)}`, 'text.')).toEqual(['paragraph']);
    expect(wrapped('as the law requires (Article 5.)', `The ${FULL.slice(4)}`, 'text.')).toEqual(['paragraph', 'paragraph']);
    expect(wrapped('как того требует «закон».', `Телевидение ${FULL.slice(12)}`, 'text.')).toEqual(['paragraph', 'paragraph']);
  });

  it('without blank lines, a short line with figures after a short sentence is a paragraph, not a heading', () => {
    expect(wrapped('into a special election account.20', 'Total spending is capped at 15,000 times the wage, some', `KZT ${FULL.slice(4)}`, 'text.')).toEqual(['paragraph', 'paragraph']);
  });

  it('without blank lines, a short line ending on a joining word over a full line is a sentence broken early, not a heading', () => {
    expect(wrapped('The', `Commission ${FULL.slice(11)}`, 'text.')).toEqual(['paragraph']);
    expect(wrapped('Выборы и', `Комиссия ${FULL.slice(9)}`, 'text.')).toEqual(['paragraph']);
    // a Kazakh genitive qualifies the noun after it: no heading ends on one
    expect(wrapped('Миссия құрамына ЛСК-ның', `Комиссия ${FULL.slice(9)}`, 'text.')).toEqual(['paragraph']);
    // a heading ends on a noun; over a short line (a table's cells) the word says nothing
    expect(wrapped('The Commission', `Commission ${FULL.slice(11)}`, 'text.')).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(wrapped('Nominated by', 'People’s Party', `Commission ${FULL.slice(11)}`, 'text.')).toEqual(['paragraph', 'heading', 'heading', 'paragraph']);
  });
});

// text that keeps the page's layout (`pdftotext -layout`): blank lines for gaps, indentation kept
describe('buildBlocks with blank lines for gaps', () => {
  it('a heading sitting right on its text, and a second-level heading under a first', () => {
    expect(kinds(pages([FULL, 'ends here.', '', 'PRELIMINARY FINDINGS', 'Background', `The early ${FULL.slice(10)}`, 'text.', '', FULL, 'more.']))).toEqual([
      `paragraph:${FULL.slice(0, 12)}/ends here.`,
      'heading:PRELIMINARY ',
      'heading:Background',
      `paragraph:The early xx/text.`,
      `paragraph:${FULL.slice(0, 12)}/more.`,
    ]);
  });

  it('an address line that stops at a comma heads nothing', () => {
    expect(kinds(pages([FULL, 'ends here.', '', 'OSCE/ODIHR EOM Address', 'Astana, 010000,', 'Imanov St. 13', '', FULL, 'end.'])).map((k) => k.split(':')[0])).toEqual(['paragraph', 'lines', 'paragraph']);
  });

  it('a paragraph ends on a full line at the foot of a page when two blank lines follow it', () => {
    const full = `${FULL.slice(0, 66)} были.`;
    expect(kinds(pages([FULL, full, '', ''], ['Затем партии', 'text.']))).toHaveLength(2);
    expect(kinds(pages([FULL, full, ''], ['Затем партии', 'text.']))).toHaveLength(1);
  });

  it('a line that starts left of the bullets ends the list', () => {
    const lines = pages(['Contact:', '', '  •  Mr Jens Eschenbacher (+48-603-683 122);', '  •  Mr Neil Simon, OSCE PA Director of Communications (+45-33-378 036).', 'OSCE/ODIHR EOM Address', 'Astana, 010000,', '', FULL, 'end.']).map((l) =>
      ({ ...l, indent: l.text.startsWith('  ') ? 2 : 0, text: l.text.trim().replace(/ {2,}/g, ' ') }),
    );
    expect(kinds(lines).map((k) => k.split(':')[0])).toEqual(['paragraph', 'list', 'lines', 'paragraph']);
  });
});

describe('a stretched line', () => {
  it('a line printed word by word ran to the margin: no heading, no paragraph end', () => {
    const lines = pages([...Array(8).fill(`${FULL} go.`), 'were portrayed negatively.', 'However Kazakhstan and Khabar channels', 'Most airtime went to the party.', `${FULL} end.`]);
    expect(kinds(lines).map((k) => k.split(':')[0])).toEqual(['paragraph', 'heading', 'paragraph']);
    const stretched = lines.map((l) => (l.text.startsWith('However') ? { ...l, stretched: true } : l));
    expect(kinds(stretched).map((k) => k.split(':')[0])).toEqual(['paragraph', 'paragraph']);
  });

  it('a heading over a sentence still heads it under a stretched line the tool printed out of place, a blank line between', () => {
    const paragraph = [...Array(6).fill(`${FULL} go`), 'a short last line.'];
    const lines = pages([...paragraph, ...paragraph, ...paragraph, `${FULL} go`, 'as well as representation in the commissions.', '', 'procedures during the and pluralistic', '', 'Election Commissions', `The elections were administered by a ${'x'.repeat(30)}`, 'system of commissions.']);
    const stretched = lines.map((l) => (l.text.startsWith('procedures') ? { ...l, stretched: true } : l));
    expect(kinds(stretched).slice(-2).map((k) => k.split('/')[0])).toEqual(['heading:Election Com', 'paragraph:The election']);
  });
});

describe('headingLike', () => {
  it.each(['Background', 'Избирательные комиссии', 'Сайлау күні', 'PRELIMINARY CONCLUSIONS', '2. Media Environment'])('%s is', (t) => expect(headingLike(t)).toBe(true));
  it.each(['it goes on', 'The campaign was calm.', 'Nur Otan party a clear advantage.39', '18. Polling stations should be open to all voters. 12', 'Contact:', '• Item', 'North-'])('%s is not', (t) => expect(headingLike(t)).toBe(false));
  // a sentence's piece: figures a heading never holds but as its number, or more words than a heading runs to
  it.each(['Total spending is capped at 15,000 times the minimum monthly wage', 'Верховный суд 27 и 30 марта отклонил обе апелляции', 'An initiative group of the unregistered party of the country'])(
    '%s is not',
    (t) => expect(headingLike(t)).toBe(false),
  );
  it.each(['ANNEX 1: FINAL RESULTS', 'IV. 2023 ELECTIONS', '2. Media Environment'])('%s still is', (t) => expect(headingLike(t)).toBe(true));
  // a date alone, a table's cell a tool printed a line
  it.each(['4 May 2019', '4 мая 2019 года', '2019 жылғы 4 мамыр'])('%s is not', (t) => expect(headingLike(t)).toBe(false));
});
