import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { attachDetachedBullets } from '../../src/layout/detached-bullets.ts';
import { wrappedLines } from '../helpers/wrapped-text.ts';

const filler = Array.from({ length: 12 }, (_, i) => `The mission observed the election process in region ${i} as it had planned to do.`);
const run = (lines: string[]) => attachDetachedBullets(textToLines([...filler, ...lines].join('\n'))).slice(filler.length).map((l) => l.text);

describe('attachDetachedBullets', () => {
  it('puts each bullet back before its one-line item', () => {
    expect(run(['ANNEX: LIST OF MEETINGS', '•', '•', '•', '', 'Ministry of Foreign Affairs', 'Central Election Commission', 'Supreme Court', ''])).toEqual([
      'ANNEX: LIST OF MEETINGS', '• Ministry of Foreign Affairs', '• Central Election Commission', '• Supreme Court', '',
    ]);
  });

  it("keeps the page a run of item numbers opens: the first item's line opens it", () => {
    const out = attachDetachedBullets(textToLines([...filler, '\f10.', '11.', '', 'The commission met.', 'The court ruled.', ''].join('\n'))).slice(filler.length);
    expect(out.map((l) => [l.text, l.pageStart])).toEqual([['10. The commission met.', true], ['11. The court ruled.', false], ['', false]]);
  });

  it('finds where items of several lines end, and closes the list before the text under it', () => {
    const long = 'The election is regulated primarily by the Constitution and the Constitutional Law on';
    expect(run(['•', '', '•', '', 'On 14 February, the President called an early election.', long, 'Elections, which has been amended.', 'II. INTRODUCTION'])).toEqual([
      '• On 14 February, the President called an early election.', `• ${long}`, 'Elections, which has been amended.', '', 'II. INTRODUCTION',
    ]);
  });

  it('ends an item only where the next word would have fitted, in glyph widths, not where a line of wide letters is short in characters', () => {
    // a body that wraps (its sentences go on in lower case), so its full lines' glyph widths are known
    const body = wrappedLines(85, 20);
    const capitals = 'On 14 FEBRUARY THE OSCE ODIHR MISSION AND THE CEC WROTE TO MAZHILIS'; // 67 characters, but full
    const out = attachDetachedBullets(textToLines([...body.slice(0, 20), '•', '•', '', capitals, 'President of the commission on the law.', 'The commission met.', '', 'II. INTRODUCTION'].join('\n')));
    expect(out.slice(20).map((l) => l.text)).toEqual([`• ${capitals}`, 'President of the commission on the law.', '• The commission met.', '', 'II. INTRODUCTION']);
  });

  it('ends an item on a full line that ends a sentence where too few lines leave room for the next word (a list set narrower than the body)', () => {
    const body = wrappedLines(85, 20);
    const cut = 'The legal framework of this election is set by the Constitution and the'; // short in characters, but the next word would not fit
    const full = 'Constitutional Law on Elections, which the parliament amended in the last year.';
    const out = attachDetachedBullets(textToLines([...body.slice(0, 20), '•', '•', '•', '', 'The President called an early election.', cut, full, 'The campaign was calm.', '', 'II. INTRODUCTION'].join('\n')));
    expect(out.slice(20).map((l) => l.text)).toEqual(['• The President called an early election.', `• ${cut}`, full, '• The campaign was calm.', '', 'II. INTRODUCTION']);
  });

  it('ends the items on the lines that end a sentence where they are exactly as many as the items need, not on a line short of the body (a list set narrower)', () => {
    const body = wrappedLines(85, 20);
    const short = 'The election is administered by the commission and the'; // the next word would fit the body, not the list
    const out = attachDetachedBullets(textToLines([...body.slice(0, 20), '•', '•', '•', '', 'The President called an early election.', short, 'CEC has met all of its deadlines in public.', 'The campaign was calm.', '', 'II. INTRODUCTION'].join('\n')));
    expect(out.slice(20).map((l) => l.text)).toEqual(['• The President called an early election.', `• ${short}`, 'CEC has met all of its deadlines in public.', '• The campaign was calm.', '', 'II. INTRODUCTION']);
  });

  it('does not end an item on a line that closes a quoted name without a stop, where lines that end a sentence make up the number', () => {
    const body = wrappedLines(85, 20);
    const name = 'The legal framework is the Constitution and the law «On Elections»';
    const full = 'Constitutional Law on the Referendum, which parliament amended in the past year.';
    const out = attachDetachedBullets(textToLines([...body.slice(0, 20), '•', '•', '•', '', 'The President called an early election.', name, full, 'The campaign was calm.', '', 'II. INTRODUCTION'].join('\n')));
    expect(out.slice(20).map((l) => l.text)).toEqual(['• The President called an early election.', `• ${name}`, full, '• The campaign was calm.', '', 'II. INTRODUCTION']);
  });

  it('puts a lone bullet at the top of a page back before its item, in a text that printed a run of bullets apart', () => {
    const page2 = ['\fRepublic of Kazakhstan', 'Interim Report', '', '•', '', 'The mission opened on 25 March with a core team.', '', 'II. INTRODUCTION'];
    expect(run(['•', '•', '', 'The President called an early election.', 'The campaign was calm.', ...page2]).slice(2)).toEqual([
      'Republic of Kazakhstan', 'Interim Report', '', '• The mission opened on 25 March with a core team.', '', 'II. INTRODUCTION',
    ]);
    // alone in a text that shows no such run, it is left to the stage that joins a bullet to the line under it
    expect(run(page2.slice(3))).toEqual(page2.slice(3));
  });

  it("gives a lone bullet at a page's top to the item after the lines that end one the page before cut", () => {
    const cut = 'On 8 April the commission had received fourteen complaints, most of which were sent to the';
    const page2 = ['\fRepublic of Kazakhstan', 'Interim Report', '', '•', '', 'Supreme Court, which rejected both of them.', 'The mission opened on 25 March with a core team.', '', 'II. INTRODUCTION'];
    const lines = ['•', '•', '', 'The President called an early election.', cut, ...page2];
    expect(run(lines).slice(2)).toEqual([
      'Republic of Kazakhstan', 'Interim Report', '', 'Supreme Court, which rejected both of them.', '• The mission opened on 25 March with a core team.', '', 'II. INTRODUCTION',
    ]);
    // where the page before ended a sentence, the bullet is the page's first line's
    const ended = [...lines.slice(0, 4), 'The campaign was calm and the media covered the candidates equally well.', ...page2];
    expect(run(ended).slice(3, 6)).toEqual(['Interim Report', '', '• Supreme Court, which rejected both of them.']);
  });

  it("reads a full line off the lines of its width, not off lines a tool ran together where it dropped a hyphen", () => {
    const cut = 'On 8 April the commission had received fourteen complaints, most of which were sent to the';
    const page2 = ['\fRepublic of Kazakhstan', 'Interim Report', '', '•', '', 'Supreme Court, which rejected both of them.', 'The mission opened on 25 March with a core team.', '', 'II. INTRODUCTION'];
    // a quarter of the text's lines run two lines together: the 90th percentile of widths is one of those
    const doubled = filler.slice(0, 4).map((l) => `${l} ${l}`);
    const lines = attachDetachedBullets(textToLines([...filler, ...doubled, '•', '•', '', 'The President called an early election.', cut, ...page2].join('\n')));
    expect(lines.slice(filler.length + doubled.length + 2).map((l) => l.text).slice(3, 5)).toEqual(['Supreme Court, which rejected both of them.', '• The mission opened on 25 March with a core team.']);
  });

  it("ends the run's items at a lone bullet under them, and gives it to the item it stands over", () => {
    expect(run(['For further information, please contact:', '•', '•', '', 'Anna Berg, Spokesperson, in Warsaw (+48 600 000 000);', 'Jan Holm, Director of Communications of the Parliamentary Assembly, in Copenhagen', '(+45 600 00 000);', '•', 'Eva Lund, Secretary of the delegation of the Parliamentary Assembly, in Strasbourg (+33', '6 00 00 00 00).', ''])).toEqual([
      'For further information, please contact:', '• Anna Berg, Spokesperson, in Warsaw (+48 600 000 000);', '• Jan Holm, Director of Communications of the Parliamentary Assembly, in Copenhagen', '(+45 600 00 000);', '• Eva Lund, Secretary of the delegation of the Parliamentary Assembly, in Strasbourg (+33', '6 00 00 00 00).', '',
    ]);
  });

  it('ends no item between a figure and the group of three digits that goes on with it on the next line', () => {
    expect(run(['•', '•', '', 'On 20 May the voters numbered 12 345', '678 in all, abroad included.', 'The campaign was calm.', ''])).toEqual([
      '• On 20 May the voters numbered 12 345', '678 in all, abroad included.', '• The campaign was calm.', '',
    ]);
  });

  it("parts a stretched line after its first word, where that word ends the item before and so the items' ends come out as many as the bullets", () => {
    const stretched = { ...textToLines('held. The campaign was calm and every party took part in it')[0]!, stretched: true };
    const lines = [...textToLines([...filler, '•', '•', '', 'On 14 February the President called an early election, to be'].join('\n')), stretched, ...textToLines(['before the deadline set by law.', ''].join('\n'))];
    expect(attachDetachedBullets(lines).slice(filler.length).map((l) => l.text)).toEqual([
      '• On 14 February the President called an early election, to be', 'held.', '• The campaign was calm and every party took part in it', 'before the deadline set by law.', '',
    ]);
  });

  it("runs the list's last item on past a line short in characters where the next word would not have fitted", () => {
    const body = wrappedLines(85, 20);
    const wide = 'On 8 April the CEC had received 14 COMPLAINTS, most of which were'; // 65 characters of a full line
    const lines = [...body.slice(0, 20), '•', '•', '', 'The President called an early election.', wide, 'forwarded to other bodies.', 'The Supreme Court rejected both appeals.', '', 'II. INTRODUCTION'];
    const out = attachDetachedBullets(textToLines(lines.join('\n'))).slice(20).map((l) => l.text);
    expect(out).toEqual(['• The President called an early election.', `• ${wide}`, 'forwarded to other bodies.', '', 'The Supreme Court rejected both appeals.', '', 'II. INTRODUCTION']);
  });

  it('puts item numbers printed apart in sequence back before their items', () => {
    expect(run(['A. PRIORITY RECOMMENDATIONS', '1.', '2.', '', 'The legal framework should be reviewed.', 'The law should provide for a longer period.', ''])).toEqual([
      'A. PRIORITY RECOMMENDATIONS', '1. The legal framework should be reviewed.', '2. The law should provide for a longer period.', '',
    ]);
    // numbers out of sequence are no run
    expect(run(['1.', '3.', '', 'One thing.', 'Another thing.'])).toEqual(['1.', '3.', '', 'One thing.', 'Another thing.']);
  });

  it('changes nothing where the lines give fewer items than bullets', () => {
    const lines = ['•', '•', '•', 'One item that goes on', 'and on in lower case'];
    expect(run(lines)).toEqual(lines);
  });
});
