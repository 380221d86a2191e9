import { describe, expect, it } from 'vitest';
import { restoreDecomposedSigns } from '../../src/layout/decomposed-signs.ts';

describe('restoreDecomposedSigns', () => {
  it('reads `No` before a figure as the numero sign in a text written in Cyrillic', () => {
    expect(restoreDecomposedSigns('Указ Президента No 1004 от 14 февраля и постановление No12, No   34.')).toBe('Указ Президента № 1004 от 14 февраля и постановление №12, №   34.');
  });

  it('reads `No` at a line end over a line that opens with a figure as the numero sign (NFKC, a line wrapped after the sign)', () => {
    expect(restoreDecomposedSigns('Замечания общего порядка No\n   25 Комитета по правам человека.')).toBe('Замечания общего порядка №\n   25 Комитета по правам человека.');
    expect(restoreDecomposedSigns('Замечания общего порядка No\nКомитета по правам человека.')).toBe('Замечания общего порядка No\nКомитета по правам человека.');
  });

  it('leaves `No` in a Latin text, and a word that holds the letters, alone', () => {
    expect(restoreDecomposedSigns('Decree No 1004 of 14 February.')).toBe('Decree No 1004 of 14 February.');
    expect(restoreDecomposedSigns('Указ Президента о выборах: Nord 2 и Nov 3, No.')).toBe('Указ Президента о выборах: Nord 2 и Nov 3, No.');
  });
});

describe('restoreDecomposedSigns: the ellipsis', () => {
  it('reads three full stops alone as the ellipsis in a text that holds none', () => {
    expect(restoreDecomposedSigns('States will "[...] respect the right" to stand. Contents ........ 3')).toBe('States will "[…] respect the right" to stand. Contents ........ 3');
  });

  it('leaves three stops in a text that prints the ellipsis elsewhere', () => {
    const text = 'States will "[…] respect the right" and so on...';
    expect(restoreDecomposedSigns(text)).toBe(text);
  });
});
