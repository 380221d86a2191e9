import { describe, expect, it } from 'vitest';
import { restoreMarkedLineBreaks } from '../../src/layout/marked-line-breaks.ts';
import { textToLines } from '../../src/layout/text-lines.ts';

describe('restoreMarkedLineBreaks', () => {
  it('puts back the hyphen and the line break a tool marked with U+FFFE and ran on', () => {
    expect(restoreMarkedLineBreaks('the members of Par\uFFFEliament and the long\uFFFEstanding rules')).toBe('the members of Par-\nliament and the long-\nstanding rules');
    expect(textToLines('following an appeal by both chambers of Par\uFFFEliament, the President called\r\nan early election').map((l) => l.text)).toEqual([
      'following an appeal by both chambers of Par-',
      'liament, the President called',
      'an early election',
    ]);
  });

  it('leaves a text without the mark as it is', () => {
    const text = 'No mark here.\nNor here.';
    expect(restoreMarkedLineBreaks(text)).toBe(text);
  });

  it('puts the break back after a copy doubled the lines is undone, so the doubling is still seen', () => {
    const lines = Array.from({ length: 24 }, (_, k) => `Line ${k} of a page of the statement, its words set as the page prints them.`);
    lines[5] = 'The members of Par\uFFFEliament voted for the law on the same day.';
    const texts = (t: string): string[] => textToLines(t).map((l) => l.text);
    const doubled = lines.flatMap((l) => [l, '']).join('\n');
    expect(texts(doubled)).toEqual(texts(lines.join('\n')));
  });
});
