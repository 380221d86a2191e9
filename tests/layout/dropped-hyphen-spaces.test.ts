import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { joinWordsSplitAtDroppedHyphens } from '../../src/layout/dropped-hyphen-spaces.ts';

// a small dictionary: what a spelling dictionary would know
const WORDS = new Set(['the', 'their', 'national', 'elections', 'abroad', 'broad', 'a', 'consensus', 'to', 'observe', 'election', 're-election', 'members', 'of', 'cation', 'application', 'in']);
const knows = (w: string): boolean => WORDS.has(w.toLowerCase());
const join = (text: string): string => joinWordsSplitAtDroppedHyphens(textToLines(text), knows)[0]!.text;

describe('joinWordsSplitAtDroppedHyphens', () => {
  it('joins two pieces that make a word the dictionary knows, the second no word of its own', () => {
    expect(join('to observe their na tional elections.')).toBe('to observe their national elections.');
    expect(join('the mem bers), of the re-elec tion')).toBe('the members), of the re-election');
    expect(join("the na tional's elections")).toBe("the national's elections");
  });

  it('joins a piece that is no word to a word after it where the dictionary knows the whole or the text writes it', () => {
    expect(join('the cation of the appli cation')).toBe('the cation of the application');
    expect(joinWordsSplitAtDroppedHyphens(textToLines('Observers in Tal dykorgan\nand in Taldykorgan'), knows)[0]!.text).toBe('Observers in Taldykorgan');
  });

  it('leaves two words alone, though they make a word too', () => {
    expect(join('a broad consensus abroad')).toBe('a broad consensus abroad');
  });

  it('joins two words inside a line the tool ran together, where a line would have ended, that the text writes as one word and never as two', () => {
    const words = new Set([...WORDS, 'and', 'also', 'report', 're', 'port', 'final', 'is', 'on', 'line', 'online', 'so', 'far', 'was', 'published', 'its']);
    const knowing = (w: string): boolean => words.has(w.toLowerCase());
    // 30 lines of about 60 characters, the text's lines; one three printed lines long, run together at two dropped hyphens
    const single = Array.from({ length: 30 }, (_, i) => `the mission observed the election process in region ${String(i).padStart(2, '0')} and`);
    const wide = 'the mission observed the election process so far and its re port was published online and the final report is on line.';
    // (`on line` the text writes again: two words)
    const lines = textToLines([...single, wide, 'Its report was published.', 'It is on line.'].join('\n'));
    const out = joinWordsSplitAtDroppedHyphens(lines, knowing);
    expect(out[30]!.text).toBe('the mission observed the election process so far and its report was published online and the final report is on line.');
    // within the first printed line's width no line can have ended; two words in a line of its own stay too
    const early = textToLines([...single, `its re port ${wide.slice(0, 80)}`, 'Its report was published.', 'its re port'].join('\n'));
    const kept = joinWordsSplitAtDroppedHyphens(early, knowing);
    expect(kept[30]!.text.startsWith('its re port')).toBe(true);
    expect(kept[32]!.text).toBe('its re port');
  });
});

