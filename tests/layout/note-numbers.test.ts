import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { LONE_NUMBER, numbersInSequence, opensWith, splitPoints } from '../../src/layout/note-numbers.ts';

const lines = (...ls: string[]) => textToLines(ls.join('\n'));
const lone = (l: { text: string } | undefined): boolean => !!l && LONE_NUMBER.test(l.text);

describe('numbersInSequence', () => {
  it('takes the numbers that go on from the expected one, a lost footnote skipped, and leaves one that breaks the order', () => {
    const zone = lines('13', 'The figure was announced on', '20', 'April.', '14', 'The commission.', '16', 'A note.');
    expect([...numbersInSequence(zone, lone, 13)].map((i) => zone[i]!.text)).toEqual(['13', '14', '16']);
  });
});

describe('opensWith', () => {
  it('reads a number alone or before its text, not inside a longer number', () => {
    const [a, b, c] = lines('5', '5 See the law.', '51 See the law.');
    expect([opensWith(a!, 5), opensWith(b!, 5), opensWith(c!, 5)]).toEqual([true, true, false]);
  });
});

describe('splitPoints', () => {
  it('splits a block of footnote text after its shortest lines that end a sentence, over a line that opens one', () => {
    const block = lines('Only the protocols were published.', 'In Paragraph 25 of the document, States committed themselves to follow up', 'the recommendations.', 'See Section 2.');
    expect(splitPoints(block, 2)).toEqual([1, 3]);
  });

  it("of two such lines alike in length, splits after the one its next line's first word would have fitted on more easily", () => {
    // footnote one's only line, then footnote two's two sentences: the break inside footnote two fell where its long
    // next word did not fit; the line over the short word ends a footnote
    const block = lines('The party won 61 per cent, the others 14 per cent.', 'The figures above concern the parties campaigns.', 'Organisational events of the parties not counted.');
    expect(splitPoints(block, 1)).toEqual([1]);
  });
});
