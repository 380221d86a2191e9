import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { joinMarkerBreaks } from '../../src/layout/marker-breaks.ts';
import { wrappedLines } from '../helpers/wrapped-text.ts';

const FULL = 'The observers noted that the commissions were formed in accordance with the law in force.';
const filler = Array.from({ length: 20 }, () => FULL);

describe('a line broken after a raised footnote marker', () => {
  it('is joined with the rest of its printed line', () => {
    const text = [...filler, 'by 53 deputies to dissolve the Majilis (the lower house).1', 'Among their reasons the', 'deputies cited the global economic downturn expected in 2012, during which the', ...filler].join('\n');
    const lines = joinMarkerBreaks(textToLines(text)).map((l) => l.text);
    expect(lines).toContain('by 53 deputies to dissolve the Majilis (the lower house).1 Among their reasons the');
  });

  it('is joined where the rest ends in a bracket it closed and the sentence goes on under it in lower case', () => {
    const text = [...filler, 'by 53 deputies to dissolve the Majilis (the lower house).1', 'It is led by Smith (Lakeland)', 'and consists of 12 experts based in the capital and 20 observers in the', ...filler].join('\n');
    const lines = joinMarkerBreaks(textToLines(text)).map((l) => l.text);
    expect(lines).toContain('by 53 deputies to dissolve the Majilis (the lower house).1 It is led by Smith (Lakeland)');
  });

  it('is not looked for in the rows of a table, placed in their columns (a row ending in a figure over a row opening in lower case)', () => {
    const text = [...filler, 'by 53 deputies to dissolve the Majilis (the lower house).1', 'Among their reasons the', 'deputies cited the global economic downturn expected in 2012, during which the', ...filler].join('\n');
    const lines = textToLines(text).map((l) => (l.text.startsWith('by 53') || l.text.startsWith('Among') ? { ...l, segments: [{ x: 0, width: 5, text: l.text }, { x: 70, width: 1, text: '1' }] } : l));
    expect(joinMarkerBreaks(lines).map((l) => l.text)).toContain('Among their reasons the');
  });

  it('is joined where the rest runs to four fifths of a line in a text that proves the tool breaks lines at markers', () => {
    const rest = 'Each candidate was entitled to fifteen minutes of free airtime on the'; // 69 of 89: over three quarters
    const broken = ['websites was blocked.21', rest, 'television and radio, as well as two articles in state newspapers and more.'];
    const proofs = ['Ninety-eight of the 107 members12', 'of the Majilis are elected for five years by vote.', 'the President said that the parties23', 'are free to run in the whole country this winter.'];
    const join = (extra: string[]) => joinMarkerBreaks(textToLines([...filler, ...extra, ...broken, ...filler].join('\n'))).map((l) => l.text);
    expect(join(proofs)).toContain(`websites was blocked.21 ${rest}`);
    // without the proof, a rest that long may be a paragraph's first line
    expect(join([])).toContain(rest);
  });

  it("is joined where the page's text stops under the rest for its footnotes, the first numbered no higher than the marker", () => {
    const rest = 'The Election Law further requires higher education';
    const page = (note: string) => [...filler, 'and resident in Kazakhstan for 15 years.6', rest, note, 'Under Article 42 of the Constitution.', ...filler].join('\n');
    expect(joinMarkerBreaks(textToLines(page('5'))).map((l) => l.text)).toContain(`and resident in Kazakhstan for 15 years.6 ${rest}`);
    // a number above the marker's is no footnote of this page: a list's item, a table's row
    expect(joinMarkerBreaks(textToLines(page('7'))).map((l) => l.text)).toContain(rest);
    // a heading naming a report's section may stand at a page's foot: no rest
    const heading = [...filler, 'The commissions were formed in accordance with the law in force.6', 'Election administration', '5', 'Under Article 42 of the Constitution.', ...filler].join('\n');
    expect(joinMarkerBreaks(textToLines(heading)).map((l) => l.text)).toContain('Election administration');
    expect(joinMarkerBreaks(textToLines(heading.replace('Election administration', 'B. Election administration'))).map((l) => l.text)).toContain('B. Election administration');
    // a sentence that opens with a section's name is a rest all the same
    const sentence = [...filler, 'The commissions were formed in accordance with the law.6', 'Election administration: the lists', '5', 'Under Article 42 of the Constitution.', ...filler].join('\n');
    expect(joinMarkerBreaks(textToLines(sentence)).map((l) => l.text)).toContain('The commissions were formed in accordance with the law.6 Election administration: the lists');
  });

  it('is joined where the rest ends in a short word in lower case, the next line opening with a capital', () => {
    const text = [...filler, 'For several years the MoJ has refused to register other parties.3', 'The activities of the', 'Communist Party of Kazakhstan were suspended by a court decision in October 2011.', ...filler].join('\n');
    expect(joinMarkerBreaks(textToLines(text)).map((l) => l.text)).toContain('For several years the MoJ has refused to register other parties.3 The activities of the');
  });

  it('is joined where the rest is one short word, or goes on into a line that opens with a small number in lower case', () => {
    const one = [...filler, 'the mandate of the head of state in view of the economic challenges facing it.4', 'The', 'President signed the decree two days later, setting election day for April.', ...filler].join('\n');
    expect(joinMarkerBreaks(textToLines(one)).map((l) => l.text)).toContain('the mandate of the head of state in view of the economic challenges facing it.4 The');
    const number = [...filler, 'was banned by a court decision in 2012.3', 'Women hold 26 of the 107 seats and only', '2 of the 47 seats in the Senate.', ...filler].join('\n');
    expect(joinMarkerBreaks(textToLines(number)).map((l) => l.text)).toContain('was banned by a court decision in 2012.3 Women hold 26 of the 107 seats and only');
    // a heading in capitals over text that opens with a number stays a line of its own
    const heading = [...filler, 'ODIHR Election Observation Mission Final Report Page:2', 'I. EXECUTIVE SUMMARY AND FINDINGS', '26 of the regions held the election on the day set by the commission.', ...filler].join('\n');
    expect(joinMarkerBreaks(textToLines(heading)).length).toBe(textToLines(heading).length);
  });

  it('is joined where the rest holds a comma after a word and no figures: a sentence going on, not a heading', () => {
    const text = [...filler, 'apply to the First President.5', 'The legal framework comprises the Constitution, the Electoral', 'Law on Elections (Election Law), the Law on Peaceful Assemblies, the Law on Mass Media.', ...filler].join('\n');
    expect(joinMarkerBreaks(textToLines(text)).map((l) => l.text)).toContain('apply to the First President.5 The legal framework comprises the Constitution, the Electoral');
  });

  it('is joined where the pieces fill a body line, though the footnotes, set smaller, run longer in characters', () => {
    // a body wrapped at 80 characters, its footnotes at 100: a line is full against the body's lines, not the footnotes'
    const body = wrappedLines(80, 40);
    const notes = wrappedLines(100, 14).map((l, i) => (i % 3 === 0 ? `${i / 3 + 1} ${l}` : l));
    const broken = ['the law in force since the year before.3', 'Among them the commissions were formed'];
    const text = [...body.slice(0, 20), ...broken, ...body.slice(20), ...notes].join('\n');
    expect(joinMarkerBreaks(textToLines(text)).map((l) => l.text)).toContain(broken.join(' '));
    // short of a full line where the next line's first word is long: it would have run past the margin
    const early = ['the law in force since the year before.3', 'Among them the'];
    const long = [...body.slice(0, 20), ...early, `accordance-with-the-law-in-force ${body[20]}`, ...body.slice(21), ...notes].join('\n');
    expect(joinMarkerBreaks(textToLines(long)).map((l) => l.text)).toContain(early.join(' '));
    // a rest that opens with a figure and a word in lower case (a date), not a footnote's number
    const dated = ['the law in force since the year before.3', '19 january the commissions were formed'];
    const withDate = [...body.slice(0, 20), ...dated, ...body.slice(20), ...notes].join('\n');
    expect(joinMarkerBreaks(textToLines(withDate)).map((l) => l.text)).toContain(dated.join(' '));
  });

  it('is joined where a short piece and a long rest over a capital make a line no wider than a full one, in a text with three such pairs', () => {
    const body = wrappedLines(80, 60);
    const piece = 'by law.7';
    const rest = 'The commissions were formed in accordance with the laws in force in'; // 8 + 1 + 67: as wide as a full line
    const paragraphs = ['were held on time.9', `The ${body[45]!}`]; // a paragraph's end and the next one's full first line: wider
    const text = (pairs: number) => [
      ...body.slice(0, 10), ...(pairs >= 1 ? [piece, rest] : []), ...body.slice(10, 20), ...(pairs >= 2 ? [piece, rest] : []),
      ...body.slice(20, 30), ...(pairs >= 3 ? [piece, rest] : []), ...body.slice(30, 40), ...paragraphs, ...body.slice(40),
    ].join('\n');
    const joined = (pairs: number) => joinMarkerBreaks(textToLines(text(pairs))).map((l) => l.text);
    expect(joined(3).filter((l) => l === `${piece} ${rest}`)).toHaveLength(3);
    expect(joined(3)).toContain(paragraphs[1]);
    // two such pairs prove nothing: a tool that does not break lines at markers may print as many
    expect(joined(2)).toContain(rest);
    // a rest that opens with a year and a word in lower case, over a line that opens inside a bracket
    const dated = '2022 the commissions were formed in accordance with the laws in force';
    const bracket = `(${body[12]!})`;
    const more = [...text(3).split('\n').slice(0, -10), piece, dated, bracket, ...body.slice(50)].join('\n');
    expect(joinMarkerBreaks(textToLines(more)).map((l) => l.text)).toContain(`${piece} ${dated}`);
  });

  it('takes a long rest that breaks a word at its hyphen as a full line, a little wider than the glyphs read', () => {
    const body = wrappedLines(80, 60);
    const piece = 'by law.7';
    const text = (rest: string) =>
      [...body.slice(0, 10), piece, rest, ...body.slice(10, 20), piece, rest, ...body.slice(20, 30), piece, rest, ...body.slice(30)].join('\n');
    const joined = (rest: string) => joinMarkerBreaks(textToLines(text(rest))).map((l) => l.text).filter((l) => l.startsWith(piece));
    // 8 + 1 + 71: a little wider than the full lines of the text, read in approximate glyphs
    const broken = 'The commissions were formed in accordance with the new laws then in fo-';
    expect(joined(broken)).toEqual([`${piece} ${broken}`, `${piece} ${broken}`, `${piece} ${broken}`]);
    // as wide, ending in a word: a paragraph's end and the next one's first line
    const whole = 'The commissions were formed in accordance with the new laws then in for';
    expect(joined(whole)).toEqual([piece, piece, piece]);
  });

  it('is joined where the next line goes on with a dash (an apposition), and not where the rest is a list\'s lead', () => {
    const dash = [...filler, 'apply to the First President.5', 'The ruling party holds most seats in the lower house', '– the Assembly of the land, which sits for five years and meets in the capital.', ...filler].join('\n');
    expect(joinMarkerBreaks(textToLines(dash)).map((l) => l.text)).toContain('apply to the First President.5 The ruling party holds most seats in the lower house');
    const list = [...filler, 'apply to the First President.5', 'The ruling party holds most seats in these houses:', '– the Assembly of the land, which sits for five years and meets in the capital.', ...filler].join('\n');
    expect(joinMarkerBreaks(textToLines(list)).map((l) => l.text)).toContain('The ruling party holds most seats in these houses:');
  });

  it('is joined where the next line goes on in lower case inside a bracket, or with a year and lower case', () => {
    const bracket = [...filler, 'apply to the First President.5', 'The lists of voters are compiled by the local', '(akimats) on the basis of the state register of voters, which is updated twice a year.', ...filler].join('\n');
    expect(joinMarkerBreaks(textToLines(bracket)).map((l) => l.text)).toContain('apply to the First President.5 The lists of voters are compiled by the local');
    const year = [...filler, 'apply to the First President.5', 'After the early parliamentary elections called in early', '2012 three of the six registered parties sit in the lower house of the Parliament.', ...filler].join('\n');
    expect(joinMarkerBreaks(textToLines(year)).map((l) => l.text)).toContain('apply to the First President.5 After the early parliamentary elections called in early');
    // or with a figure that takes an ending after a hyphen (`12-бабы …`), as Kazakh and Russian write an article's number
    const ending = [...filler, 'apply to the First President.5', 'The rights are set out in Articles 12, 14 with', '91-бабы of the Constitution and in the law on the referendum and on the elections.', ...filler].join('\n');
    expect(joinMarkerBreaks(textToLines(ending)).map((l) => l.text)).toContain('apply to the First President.5 The rights are set out in Articles 12, 14 with');
  });

  it("is not looked for in a running head that ends in its page's number, over a page's first line broken at a marker", () => {
    const head = (n: number) => `Election Observation Mission, Statement of Findings Page${n}`;
    const page = (n: number, first: string[]) => ['\f' + head(n), ...first, ...filler.slice(0, 12)];
    const text = [...filler, ...page(2, []), ...page(3, ['the limits on rallies,33', 'the blocking of websites and the pressure on the media notwithstanding, the internet']), ...page(4, []), ...page(5, [])].join('\n');
    const lines = joinMarkerBreaks(textToLines(text)).map((l) => l.text);
    expect(lines).toContain(head(3));
    expect(lines).toContain('the limits on rallies,33');
  });

  it('is left alone where the marker ends a paragraph and a new one or a heading follows', () => {
    const text = [...filler, 'the end of a paragraph.4', 'Electoral System and Legal Framework', 'Kazakhstan has a bicameral Parliament, comprising a lower house and', 'an upper house.', ...filler].join('\n');
    const before = textToLines(text).map((l) => l.text);
    expect(joinMarkerBreaks(textToLines(text)).map((l) => l.text)).toEqual(before);
    const paragraph = [...filler, 'the end of a paragraph.4', FULL.replace('.', ' and'), 'continues here.', ...filler].join('\n');
    expect(joinMarkerBreaks(textToLines(paragraph)).length).toBe(textToLines(paragraph).length);
  });

  it('is joined where the rest goes on over a line that opens with a capital, in a text that breaks lines so twice, but not at a heading', () => {
    // a body set in Times; printed lines broken after a sentence's marker, the new sentence's rest going on over a capital
    const body = wrappedLines(60, 60, 'times');
    // (the body repeats every 11 lines: the pieces' first word differs, or three alike would read as a running head)
    const broken = (k: number, first: string): string[] => {
      const words = body[k]!.split(' ');
      return [`${[k === 38 ? 'submissions' : words[0], ...words.slice(1, 4)].join(' ')}.${k}`, [first, ...words.slice(5)].join(' ')];
    };
    // (lines 16, 27 and 38 broken so make a line as wide as the body's full lines, the next word past the margin)
    const text = (rests: Array<[number, string]>, under = 'The') => {
      const out = [...body];
      for (const [k, first] of [...rests].reverse()) out.splice(k, 2, ...broken(k, first), `${under} ${body[k + 1]}`);
      return out.join('\n');
    };
    const joined = (t: string) => joinMarkerBreaks(textToLines(t)).map((l) => l.text);
    const twice = joined(text([[16, 'Many'], [27, 'Many']]));
    expect(twice).toContain(broken(16, 'Many').join(' '));
    expect(twice).toContain(broken(27, 'Many').join(' '));
    // once in the text proves nothing: it may be a paragraph's last line and a short one
    expect(joined(text([[16, 'Many']]))).not.toContain(broken(16, 'Many').join(' '));
    // unless the rest could be no heading: it holds a figure
    expect(joined(text([[16, 'In 12']]))).toContain(broken(16, 'In 12').join(' '));
    // or the line under it opens on a name, a word the text never writes in lower case (`… Ambassador Helga` / `Marstrand …`),
    // where a paragraph under a heading opens on a word that may open any sentence (`The`)
    expect(joined(text([[16, 'Many']], 'Marstrand'))).toContain(broken(16, 'Many').join(' '));
    expect(joined(text([[16, 'Many']], 'ODIHR'))).toContain(broken(16, 'Many').join(' '));
    // or the rest's last word and the next line's first make a name the text writes on one line twice (`The
    // Broadcasting` / `Act requires …`): the break cut the name
    const last = broken(16, 'Many')[1]!.split(' ').at(-1)!;
    const pair = `${text([[16, 'Many']], 'Law')}\nThe ${last} Law applies to xxxx xxx.\nUnder the ${last} Law it is so.`;
    expect(joined(pair)).toContain(broken(16, 'Many').join(' '));
    // a rest that opens with a figure, or a range of them, and a word in lower case is a sentence's (`2–3 April the CEC …`)
    expect(joined(text([[16, '2–3']], 'ODIHR'))).toContain(broken(16, '2–3').join(' '));
    // a rest whose pieces make a line narrower than most full lines, over a name too long to have fitted on it
    const [piece, rest] = broken(16, 'Many') as [string, string];
    const shortRest = [...rest.split(' ').slice(0, -1), 'CEC'].join(' ');
    expect(joined(text([[16, 'Many']], 'Hallvorsensdottir').replace(rest, shortRest))).toContain(`${piece} ${shortRest}`);
    // or over a shorter one that would have ended the line within the glyphs' error of the margin (widths are estimates)
    expect(joined(text([[16, 'Many']], 'Hallvo').replace(rest, shortRest))).toContain(`${piece} ${shortRest}`);
    expect(joined(text([[16, 'Many']], 'Hall').replace(rest, shortRest))).not.toContain(`${piece} ${shortRest}`);
    // a rest that opens as a lettered heading does is no rest
    expect(joined(text([[16, 'B.'], [27, 'Many'], [38, 'Many']]))).not.toContain(broken(16, 'B.').join(' '));
    expect(joined(text([[16, 'Bo.'], [27, 'Many'], [38, 'Many']]))).toContain(broken(16, 'Bo.').join(' '));
    // a line that names a report's section is a heading, not a rest
    const heading = joined(text([[16, 'Many'], [27, 'Many'], [38, 'Media']]));
    expect(heading).toContain(broken(27, 'Many').join(' '));
    expect(heading).not.toContain(broken(38, 'Media').join(' '));
  });

  it('is joined where the rest is acronyms joined by a slash (an organisation), though it holds no lower case', () => {
    const body = wrappedLines(60, 60, 'times');
    const text = (rest: string) => {
      const out = [...body];
      for (const k of [27, 16]) {
        const words = body[k]!.split(' ');
        out.splice(k, 2, `${words.slice(0, -1).join(' ')}.${k}`, rest, `EOM ${body[k + 1]}`);
      }
      return out.join('\n');
    };
    const joined = (t: string) => joinMarkerBreaks(textToLines(t)).map((l) => l.text);
    const piece = `${body[16]!.split(' ').slice(0, -1).join(' ')}.16`;
    expect(joined(text('OSCE/ODIHR'))).toContain(`${piece} OSCE/ODIHR`);
    // a word in capitals alone may be a heading
    expect(joined(text('OBSERVERS'))).not.toContain(`${piece} OBSERVERS`);
    // but not an acronym the text writes mid-sentence, after a word in lower case: a name the sentence opens on
    expect(joined(`${text('EXCO')}\nthe members met the EXCO in the capital.`)).toContain(`${piece} EXCO`);
    expect(joined(text('EXCO'))).not.toContain(`${piece} EXCO`);
  });
});
