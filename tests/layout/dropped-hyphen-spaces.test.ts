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
  });

  it('joins a piece that is no word to a word after it where the dictionary knows the whole or the text writes it', () => {
    expect(join('the cation of the appli cation')).toBe('the cation of the application');
    expect(joinWordsSplitAtDroppedHyphens(textToLines('Observers in Tal dykorgan\nand in Taldykorgan'), knows)[0]!.text).toBe('Observers in Taldykorgan');
  });

  it('leaves two words alone, though they make a word too', () => {
    expect(join('a broad consensus abroad')).toBe('a broad consensus abroad');
  });
});
