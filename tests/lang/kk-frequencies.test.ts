import { describe, expect, it } from 'vitest';
import { kazakhWordCount } from '../../src/lang/kk/frequencies.ts';
import { kazakhWordScore } from '../../src/lang/kk/word-score.ts';
import { fill } from '../../src/layout/fallback-letters.ts';

describe('Kazakh word frequencies', () => {
  it('counts how often a body of Kazakh text uses a form, whatever its case', () => {
    expect(kazakhWordCount('және')).toBeGreaterThan(1000);
    expect(kazakhWordCount('Ал')).toBeGreaterThan(kazakhWordCount('қал'));
    expect(kazakhWordCount('зызызызы')).toBe(0);
  });

  it('weighs a fallback letter toward the reading whose words the language uses more, where the letters alone tie', () => {
    // `ал` (and, but) is far commoner than `қал` (stay!): the letter opens the word after it
    expect(fill(['Ол кітапты алды, ал алғандары жоқ.'], ['қ'], kazakhWordScore)).toEqual(['Ол кітапты алды, ал қалғандары жоқ.']);
  });
});
