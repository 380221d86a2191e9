import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { addNumberedNotes, needsNumberedNotes } from '../../src/layout/numbered-notes.ts';
import { isRule, zoneTextPages } from '../../src/layout/pages.ts';

const page = (body: string[], notes: string[]): string => [...body, '', ...notes].join('\n');
const TEXT = [
  page(['The Constitution sets the terms.1 Parliament has 107 members,2 and', '3 parties sit in it.'], ['1 Under the Constitution, the President may dissolve Parliament.', '2 See the Election Law.']),
  page(['The campaign was calm.3 Observers noted few problems.4'], ['3 The CEC registered', 'nine lists.', '4', '61 per cent of them in cities.']),
  page(['The count was orderly.5'], ['5 In most polling stations.']),
].join('\f');

// a page of text whose lines wrap at about 60 characters (the footnotes' at about 80), referring to footnote 2
const TWO_PAGE_BODY = [
  'The commissions met in the capital and in the regions, and',
  'their sessions were open to observers and to the media, who',
  'reported on them in detail; the minutes were published on',
  'the website of the commission, mostly within a day or two.2',
];
// pages with no gap between the text and the zone
const gapless = (...pages: Array<[string[], string[]]>) => pages.map(([b, n]) => [...b, ...n].join('\n')).join('\f');

const zones = (text: string) => zoneTextPages(addNumberedNotes(textToLines(text))).filter((l) => !l.blank);

describe('the footnote zone read off numbered footnotes', () => {
  it('is wanted for text with footnotes numbered on their first line and no rule', () => {
    expect(needsNumberedNotes(textToLines(TEXT), isRule)).toBe(true);
  });

  it('opens at the next number of the sequence that the text above refers to, and runs to the page end', () => {
    const z = zones(TEXT);
    expect(z.filter((l) => l.zone === 'footnote').map((l) => l.text)).toEqual([
      '1 Under the Constitution, the President may dissolve Parliament.',
      '2 See the Election Law.',
      '3 The CEC registered',
      'nine lists.',
      '4 61 per cent of them in cities.',
      '5 In most polling stations.',
    ]);
    // a body line that starts with a number (`3 parties`) opens no zone: 3 is not next, nor referred to above
    expect(z.find((l) => l.text === '3 parties sit in it.')?.zone).toBe('body');
  });

  it('opens no zone at a line that goes on with the sentence above where the same number opens a line further down (a date: `since` / `1 January`)', () => {
    const text = [
      gapless([['The mission was invited.1 The new Code, in force since', '1 January 2015, retains the offence. Parliament has 107 members.2'], ['1 Under the Constitution, the President may dissolve Parliament.', '2 See the Election Law.']]),
      TEXT.slice(TEXT.indexOf('\f')),
    ].join('');
    const z = zones(text);
    expect(z.find((l) => l.text.startsWith('1 January'))?.zone).toBe('body');
    expect(z.filter((l) => l.zone === 'footnote').map((l) => l.text).slice(0, 2)).toEqual(['1 Under the Constitution, the President may dissolve Parliament.', '2 See the Election Law.']);
  });

  it('is not wanted where a rule is printed, or where the numbers stand on lines of their own (poppler has its stage)', () => {
    expect(needsNumberedNotes(textToLines(TEXT.replace('\n\n1 Under', '\n______________\n1 Under')), isRule)).toBe(false);
    const alone = TEXT.replace(/^(\d) (?=\p{Lu})/gmu, '$1\n');
    expect(needsNumberedNotes(textToLines(alone), isRule)).toBe(false);
  });

  it('takes into the zone the footnotes right above its first that take the sequence up to it, their markers printed apart', () => {
    const text = [
      TEXT,
      page(['The commissions were formed.', '6', 'Heads of many of them were officials.', 'The campaign began in March.7'], ['6 In four regions, school directors chaired commissions.', '7 The CEC announced it.']),
    ].join('');
    expect(zones(text).filter((l) => l.zone === 'footnote').map((l) => l.text).slice(-2)).toEqual(['6 In four regions, school directors chaired commissions.', '7 The CEC announced it.']);
  });

  it('parts footnotes a tool ran into the line of the one before, their numbers glued to its last stop or address', () => {
    const text = [
      page(['The Constitution sets the terms.1 Parliament has 107 members.2 The lists', 'are closed.3'], ['1 Under the Constitution, the President may dissolve Parliament.2 See', 'http://www.lake.example/laws/1.3 The Election Law.']),
      page(['The campaign was calm.4 Observers noted few problems.5'], ['4 The CEC registered nine lists in 2007.5 See footnote 2.']),
      page(['The count was orderly.6'], ['6 In most polling stations.']),
    ].join('\f');
    expect(zones(text).filter((l) => l.zone === 'footnote').map((l) => l.text)).toEqual([
      '1 Under the Constitution, the President may dissolve Parliament.',
      '2 See',
      'http://www.lake.example/laws/1.',
      '3 The Election Law.',
      '4 The CEC registered nine lists in 2007.',
      '5 See footnote 2.',
      '6 In most polling stations.',
    ]);
  });

  it('parts a footnote run into a line that opens with its number as a date going on from the line above (`… of` / `5 may 2015.5 See …`)', () => {
    const text = [
      page(['The Constitution sets the terms.1 Parliament has 107 members.2 The lists', 'are closed.3'], ['1 Under the Constitution.', '2 See the law.', '3 The Election Law.']),
      page(['The campaign was calm.4 Observers noted few problems.5'], ['4 The rules were set by the decision of', '5 may 2015.5 See footnote 2.']),
      page(['The count was orderly.6'], ['6 In most polling stations.']),
    ].join('\f');
    expect(zones(text).filter((l) => l.zone === 'footnote').map((l) => l.text).slice(3, 6)).toEqual(['4 The rules were set by the decision of', '5 may 2015.', '5 See footnote 2.']);
  });

  it("opens a page's zone at a footnote run into the last line of one carried over from the page before", () => {
    const text = [
      page(['The Constitution sets the terms.1 Parliament has 107 members.2'], ['1 Under the Constitution, the President may dissolve Parliament.2 It is at odds with the', 'Document, which says that']),
      page(['The lists are closed.3 The campaign was calm.4'], ['every seat is contested".3 See the Election Law.4 The CEC registered nine lists.']),
      page(['The count was orderly.5'], ['5 In most polling stations.']),
    ].join('\f');
    const notes = zones(text).filter((l) => l.zone === 'footnote').map((l) => l.text);
    expect(notes).toContain('3 See the Election Law.');
    expect(notes).toContain('4 The CEC registered nine lists.');
    expect(notes).toContain('5 In most polling stations.');
  });

  it('leaves the body\'s last line, ending a sentence, over a gapless zone that opens with a cut footnote\'s rest run into the next one\'s line', () => {
    const text = [
      gapless([['The Constitution sets the terms.1 Parliament has 107 members.2'], ['1 Under the Constitution, the President may dissolve Parliament.', '2 It is at odds with the Document, which says that']]),
      gapless([['The lists are closed.3 The campaign was calm.4 Several interlocutors doubted', 'the courts and said that few complaints were filed.'], ['every seat is contested".3 See the Election Law.4 The CEC registered nine lists.']]),
      gapless([['The count was orderly.5'], ['5 In most polling stations.']]),
    ].join('\f');
    const z = zones(text);
    expect(z.find((l) => l.text.startsWith('the courts and said'))?.zone).toBe('body');
    expect(z.filter((l) => l.zone === 'footnote').map((l) => l.text)).toContain('3 See the Election Law.');
  });

  it("parts a footnote run into a web address's last digits, and takes the later of two where the first follows a short figure's stop", () => {
    const text = [
      page(['The Constitution sets the terms.1 Parliament has 107 members.2 The lists are closed.3'], ['1 It is at odds with Paragraph 7.2 Of the Document.2 See', 'http://www.lake.example/fom/867133 In four regions.']),
      page(['The campaign was calm.4'], ['4 The CEC registered nine lists.']),
      page(['The count was orderly.5'], ['5 In most polling stations.']),
    ].join('\f');
    expect(zones(text).filter((l) => l.zone === 'footnote').map((l) => l.text).slice(0, 4)).toEqual([
      '1 It is at odds with Paragraph 7.2 Of the Document.',
      '2 See',
      'http://www.lake.example/fom/86713',
      '3 In four regions.',
    ]);
  });

  it('takes a number glued to a stop for a figure where a line further down opens with it (`Paragraph 7.9 of`)', () => {
    const text = [
      page(['The Constitution sets the terms.1 Parliament has 107 members.2'], ['1 It is at odds with Paragraph 7.2 Of the Document.', '2 See the Election Law.']),
      page(['The campaign was calm.3'], ['3 The CEC registered nine lists.']),
      page(['The count was orderly.4'], ['4 In most polling stations.']),
    ].join('\f');
    expect(zones(text).filter((l) => l.zone === 'footnote').map((l) => l.text).slice(0, 2)).toEqual(['1 It is at odds with Paragraph 7.2 Of the Document.', '2 See the Election Law.']);
  });

  it('opens no zone at a body line that starts with the number when the footnote of that number opens further down, past a blank line', () => {
    const text = [
      page(['The Senate has 47 members.1 The Mazhilis has 107 members,2 and in the Senate', '2 of the 47 seats are held by women.', '', 'The next paragraph goes on.3'], ['1 Under the Constitution.', '2 See the Election Law.', '3 As amended.']),
      page(['The campaign was calm.4'], ['4 The CEC registered nine lists.']),
      page(['The count was orderly.5'], ['5 In most polling stations.']),
    ].join('\f');
    const z = zones(text);
    expect(z.find((l) => l.text === '2 of the 47 seats are held by women.')?.zone).toBe('body');
    expect(z.find((l) => l.text === 'The next paragraph goes on.3')?.zone).toBe('body');
    expect(z.filter((l) => l.zone === 'footnote').map((l) => l.text).slice(0, 3)).toEqual(['1 Under the Constitution.', '2 See the Election Law.', '3 As amended.']);
  });

  it('opens no zone at a body line that goes on in lower case after the number, where no blank line sets the footnotes apart', () => {
    const text = [
      page(['The Senate has 47 members.1'], ['1 Under the Constitution.']).replace('\n\n', '\n'),
      page(['The Mazhilis has 107 members,2 and in the Senate', '2 of the 47 seats are held by women.', 'The next paragraph goes on.3'], ['2 See the Election Law.', '3 As amended.']).replace('\n\n', '\n'),
      page(['The campaign was calm.4'], ['4 The CEC registered nine lists.']).replace('\n\n', '\n'),
    ].join('\f');
    const z = zones(text);
    expect(z.find((l) => l.text === '2 of the 47 seats are held by women.')?.zone).toBe('body');
    expect(z.filter((l) => l.zone === 'footnote').map((l) => l.text)).toEqual(['1 Under the Constitution.', '2 See the Election Law.', '3 As amended.', '4 The CEC registered nine lists.']);
  });

  it('opens no zone at a line whose number is past the next when a number between opens a line further down the page', () => {
    const text = [
      page(['The mission was invited.1 It deployed.2'], ['1 See the invitation.', '2 See the statement.']),
      page(['The election was proposed under Article 5.5 by the Assembly.3', '5 February, and on 12 February both chambers asked the President.', 'He called it on 14 February.4'], ['3 See the decree.', '4 See the record.']),
      page(['Nothing else.5'], ['5 Done.']),
    ].join('\f');
    const z = zones(text);
    expect(z.find((l) => l.text.startsWith('5 February'))?.zone).toBe('body');
    expect(z.filter((l) => l.zone === 'footnote').map((l) => l.text)).toEqual(['1 See the invitation.', '2 See the statement.', '3 See the decree.', '4 See the record.', '5 Done.']);
  });

  it('takes no page number after the dot leaders of a table of contents for a marker', () => {
    const toc = ['CONTENTS', 'INTRODUCTION.........................1', '1 The mission and its members', '2 The findings in brief', ''].join('\n');
    const text = `${toc}\f${TEXT}`;
    const z = zones(text);
    expect(z.find((l) => l.text === '1 The mission and its members')?.zone).toBe('body');
    expect(z.filter((l) => l.zone === 'footnote').map((l) => l.text)[0]).toBe('1 Under the Constitution, the President may dissolve Parliament.');
  });

  it('reads a marker printed after a stop and a space as the reference a zone needs', () => {
    const spaced = [
      page(['The Constitution sets the terms. 1', 'Parliament has 107 members.'], ['1 Under the Constitution, the President may dissolve Parliament.']),
      page(['The campaign was calm. 2 Observers noted few problems.'], ['2 The CEC registered nine lists.']),
      page(['The count was orderly. 3'], ['3 In most polling stations.']),
    ].join('\f');
    expect(zones(spaced).filter((l) => l.zone === 'footnote').map((l) => l.text)).toEqual([
      '1 Under the Constitution, the President may dissolve Parliament.',
      '2 The CEC registered nine lists.',
      '3 In most polling stations.',
    ]);
  });

  it('keeps a footnote run over from the page before in the zone, above the first numbered one', () => {
    const text = [
      page(['The law changed.1'], ['1 The amendments were adopted in', 'the Majilis and']),
      page(['The Senate agreed.2'], ['the Senate in 2011.', '2 See the law.']),
      page(['Nothing else.3'], ['3 Done.']),
    ].join('\f');
    expect(zones(text).filter((l) => l.zone === 'footnote').map((l) => l.text)).toContain('the Senate in 2011.');
  });

  it('keeps a footnote run over whose rest opens with a figure (a year) in the zone too', () => {
    const text = [
      page(['The law changed.1'], ['1 The party last applied for registration in']),
      page(['The Senate agreed.2'], ['2011, and was refused.', '2 See the law.']),
      page(['Nothing else.3'], ['3 Done.']),
    ].join('\f');
    const notes = zones(text).filter((l) => l.zone === 'footnote').map((l) => l.text);
    expect(notes).toContain('2011, and was refused.');
    expect(zones(text).filter((l) => l.zone === 'body').map((l) => l.text)).not.toContain('2011, and was refused.');
  });

  it('keeps a footnote run over whose rest opens with a capital in the zone where it is set in smaller type than the text', () => {
    const body = TWO_PAGE_BODY;
    // a note cut at the foot of page 1, and what stands over the next page's first note
    const under = (rest: string) =>
      [page(['The law changed.1'], ['1 Training sessions were held by local government bodies in the cities of']), page(body, [rest, '2 See the law.']), page(['Nothing else.3'], ['3 Done.'])].join('\f');
    const rest = 'Astana and Almaty and in the Akmola, Almaty and Kyzylorda regions, as observers said.';
    expect(zones(under(rest)).filter((l) => l.zone === 'footnote').map((l) => l.text)).toContain(rest);
    // set as the text is, a paragraph over the zone is the text's
    const same = under('Astana and Almaty held sessions too.');
    expect(zones(same).filter((l) => l.zone === 'body').map((l) => l.text)).toContain('Astana and Almaty held sessions too.');
  });

  it('keeps the rest of a footnote run over in the zone where no gap parts the text from the zone, under a body line that goes on over the page', () => {
    // its last line goes on over the page
    const body = [...TWO_PAGE_BODY.slice(0, 3), 'the website of the commission, within a day or two.2 The'];
    const cut = '1 Training sessions were held by local government bodies in the cities and';
    const text = (rest: string[]) => gapless([['The law changed.1'], [cut]], [body, [...rest, '2 See the law.']], [['law also applies.3'], ['3 Done.']]);
    const notes = (rest: string[]) => zones(text(rest)).filter((l) => l.zone === 'footnote').map((l) => l.text);
    // one line that goes on with the cut sentence and ends it
    expect(notes(['regions, as observers said.'])).toContain('regions, as observers said.');
    // lines set in the smaller type over the rest's last line, whatever they open with
    const wide = ['Almaty and in the Akmola, Almaty and Kyzylorda regions of the country, where the', 'observers said so.'];
    expect(notes(wide)).toEqual(expect.arrayContaining(wide));
    expect(zones(text(wide)).find((l) => l.text === body[3])?.zone).toBe('body');
  });

  it("keeps a footnote's new sentence over the page in the zone where the text goes on over the page, not where it ends there", () => {
    // footnote 1 ends a sentence at page 1's foot and goes on with another over the page, one line right over footnote 2
    const body = [...TWO_PAGE_BODY, 'and the commissions of the regions published theirs and'];
    const rest = 'Monitoring covered the evening news.';
    const text = (next: string) => gapless([['The law changed.1'], ['1 The mission monitored six channels.']], [body, [rest, '2 See the law.']], [[next], ['3 Done.']]);
    const zoneOf = (next: string) => zones(text(next)).find((l) => l.text === rest)?.zone;
    // page 3 opens in lower case: page 2's text goes on over the page, so the sentence over the zone is not its end
    expect(zoneOf('their own minutes too.3')).toBe('footnote');
    // page 3 opens a paragraph: the sentence may be the text's own
    expect(zoneOf('The law also applies.3')).toBe('body');
  });

  it('keeps the rest of a footnote cut at a hyphen in the zone, though it opens in capitals', () => {
    const body = [...TWO_PAGE_BODY.slice(0, 3), 'the website of the commission, within a day or two.2 The'];
    const text = gapless([['The law changed.1'], ['1 Only the President and the Prime-']], [body, ['Minister may apply.', '2 See the law.']], [['law also applies.3'], ['3 Done.']]);
    expect(zones(text).find((l) => l.text === 'Minister may apply.')?.zone).toBe('footnote');
  });

  it("keeps the rest of a footnote run over in the zone where its last words stand on the next footnote's line, run into it", () => {
    const body = TWO_PAGE_BODY;
    const cut = '1 Training sessions were held by local government bodies in the cities and';
    // pypdf: the rest's lines, and its last words before the next footnote on one line
    const rest = ['in the regions of Lakeland, Hillside and Riverside, and sessions for the commissions', 'of the towns were held in the buildings of the local administrations of the'];
    const text = gapless([['The law changed.1'], [cut]], [body, [...rest, 'regions.2 See the law.']], [['Nothing else.3'], ['3 Done.']]);
    const z = zones(text);
    expect(z.filter((l) => l.zone === 'footnote').map((l) => l.text)).toEqual(expect.arrayContaining([...rest, 'regions.', '2 See the law.']));
    // the text over them stays the text's: it is set as the text is
    expect(z.find((l) => l.text === body[3])?.zone).toBe('body');
  });

  it("keeps the whole rest of a footnote run over in the zone, a line of it that ran short between lines in the smaller type too", () => {
    // a page of full lines (about 60 characters) whose sentences go on in lower case, referring to footnote 2
    const body = [
      'The commissions met in the capital and in the regions, and',
      'their sessions were open to observers and to the media, who',
      'reported on them in detail; the minutes were published on',
      'the website of the commission, mostly within a day or two,',
      'and the decisions of the commission were taken by a vote of',
      'its members, who were appointed by the parliament and the',
      'president for five years; several of them were nominated by',
      'the parties that sit in the parliament, and a few of them by',
      'the courts and the bar, as the law of the last year requires',
      'for the commissions of every level, from the central one to',
      'the precincts, where the members are named by the district',
      'commissions from lists that the local councils put forward.2',
    ];
    const cut = '1 Training sessions were held by local government bodies in the cities of the';
    // the rest: two lines in the footnotes' smaller type, one between them that ran short (its next word was long)
    const rest = ['Lakeland region and in the Hillside and Riverside regions, and sessions for the', 'commissions of the towns were held in the buildings of the', 'administrations of the districts, in the presence of the local observers and'];
    const text = gapless([['The law changed.1'], [cut]], [body, [...rest, 'parties.2 See the law.']], [['Nothing else.3'], ['3 Done.']]);
    const z = zones(text);
    expect(z.filter((l) => l.zone === 'footnote').map((l) => l.text)).toEqual(expect.arrayContaining([...rest, 'parties.', '2 See the law.']));
    expect(z.find((l) => l.text === body[11])?.zone).toBe('body');
  });

  it('opens no footnote at a line whose number goes on with the sentence above in lower case (a date broken over the line)', () => {
    // `… by a court, with` / `2 of its leaders …`: footnote 2 is the one run into the line above, after footnote 1's rest
    const text = gapless(
      [['The law changed.1'], ['1 The law was amended in the spring and in the']],
      [['The party was suspended.2 Its leader appealed.'], ['autumn.2 The party was suspended by a court, with', '2 of its leaders, for six months.']],
      [['Nothing else.3'], ['3 Done.']],
      [['Nothing more.4'], ['4 Done.']],
    );
    const z = zones(text);
    expect(z.filter((l) => l.zone === 'footnote').map((l) => l.text)).toEqual(expect.arrayContaining(['autumn.', '2 The party was suspended by a court, with', '2 of its leaders, for six months.']));
    expect(z.find((l) => l.text.startsWith('The party was suspended.2'))?.zone).toBe('body');
  });

  it('carries no footnote over a page without footnotes: the text there is not the rest of the last page with them', () => {
    // page 1's footnote ends; page 2 has none and its text goes on over the page; page 3's zone has no rest over it
    const text = gapless(
      [['The law changed.1'], ['1 See the law.']],
      [['The commission met in the capital.', 'Its members were named by the parliament.', 'They met twice a week, and its members said that'], []],
      [['the rules were clear.2 Observers from the parties sat in most', 'precincts.'], ['2 In 40 precincts.']],
      [['Nothing else.3'], ['3 Done.']],
    );
    expect(zones(text).find((l) => l.text === 'precincts.')?.zone).toBe('body');
  });
});
