import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import natural from 'natural/lib/natural/distance/index.js';
import { damerauLevenshtein, jaroWinkler } from '../../src/checks/distance.ts';

// small alphabets make repeats and transpositions common; Cyrillic and Kazakh letters as the checks see them
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'д', 'е', 'ә', 'қ', '-'), maxLength: 12 });

describe('the name checks\' string distances, ported from natural 6.10', () => {
  it('Damerau-Levenshtein gives natural\'s answer on any two strings', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(damerauLevenshtein(a, b)).toBe(natural.DamerauLevenshteinDistance(a, b, { transposition_cost: 1 }));
      }),
      { numRuns: 5000 },
    );
  });

  it('Jaro-Winkler gives natural\'s answer on any two strings', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(jaroWinkler(a, b)).toBe(natural.JaroWinklerDistance(a, b, {}));
      }),
      { numRuns: 5000 },
    );
  });

  it('on names as the checks compare them', () => {
    const pairs: Array<[string, string]> = [['Назарбаев', 'Назарбев'], ['ОБСЕ', 'ОСБЕ'], ['Мажилис', 'Мажилиса'], ['parliament', 'parliamnet'], ['', 'a'], ['ab', 'ba']];
    for (const [a, b] of pairs) {
      expect(damerauLevenshtein(a, b)).toBe(natural.DamerauLevenshteinDistance(a, b, { transposition_cost: 1 }));
      expect(jaroWinkler(a, b)).toBe(natural.JaroWinklerDistance(a, b, {}));
    }
  });
});
