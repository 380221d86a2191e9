/**
 * The text path's typesetting model: which font family a PDF-to-text output was
 * set in, read off the lines that ran to the margin.
 */
import { describe, expect, it } from 'vitest';
import { textWidth, typesetting, type FullLine } from '../../src/layout/typeset.ts';

const WORDS = 'the observers noted that commissions were formed in accordance with law while many interlocutors expressed distrust in election bodies of every level and region'.split(' ');

/** Greedy justified setting of words into lines `measure` wide under a family: what a word processor does. */
function setLines(family: 'times' | 'arial', measure: number, seed: number): FullLine[] {
  const words = Array.from({ length: 900 }, (_, i) => WORDS[(i * 7 + seed * 13 + ((i * i) % 5)) % WORDS.length]!);
  const out: FullLine[] = [];
  let line = '';
  for (const w of words) {
    const candidate = line ? `${line} ${w}` : w;
    if (textWidth(candidate, family) > measure && line) {
      out.push({ text: line, next: w });
      line = w;
    } else line = candidate;
  }
  return out;
}

describe('typesetting', () => {
  it.each(['times', 'arial'] as const)('finds the family lines were set in (%s)', (family) => {
    const set = typesetting(setLines(family, 38, 1));
    expect(set.metric).toBe(family);
    expect(set.measure).toBeLessThanOrEqual(38);
    expect(set.measure).toBeGreaterThan(36);
    expect(set.margin).toBeGreaterThanOrEqual(0);
  });

  it('keeps its measure when a few lines were set wider (a cover note or a table in a smaller size)', () => {
    const body = setLines('times', 38, 3);
    const note = setLines('times', 52, 4).slice(0, Math.ceil(body.length * 0.06));
    const set = typesetting([...body, ...note]);
    expect(set.metric).toBe('times');
    expect(set.measure).toBeLessThanOrEqual(38);
    expect(set.measure).toBeGreaterThan(36);
  });

  it('is not led astray by a few full lines of a narrower measure (indented list items)', () => {
    // the widest full lines and the narrowest overfilled ones are a few lines' word: the family is the one under
    // which fewest lines stand on the wrong side of one measure, not the one whose extremes happen to meet
    for (const seed of [5, 6, 7, 8]) {
      const body = setLines('times', 38, seed);
      const items = setLines('times', 33, seed + 10).slice(0, Math.ceil(body.length * 0.08));
      expect(typesetting([...body, ...items]).metric).toBe('times');
    }
  });

  it('counts characters when there are too few lines to tell', () => {
    expect(typesetting(setLines('times', 38, 2).slice(0, 5)).metric).toBe('chars');
  });

  it('measures wide letters wider than narrow ones', () => {
    expect(textWidth('WWWW', 'times')).toBeGreaterThan(textWidth('iiii', 'times'));
    expect(textWidth('Шағым', 'dejavu')).toBeGreaterThan(0);
    expect(textWidth('WWWW', 'chars')).toBe(textWidth('iiii', 'chars'));
  });
});
