import { describe, expect, it } from 'vitest';
import { bloomAdd, bloomHas, bloomSize } from '../../src/lang/bloom.ts';
import { letterModel } from '../../src/lang/letter-model.ts';
import { isKazakhWord } from '../../src/lang/kk/words.ts';

describe('a Bloom filter of words', () => {
  it('answers yes for every word put in, and no for nearly every other', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `сөз${i}`);
    const { bits, hashes } = bloomSize(words.length, 0.01);
    const filter = new Uint8Array(Math.ceil(bits / 8));
    for (const w of words) bloomAdd(filter, bits, hashes, w);
    expect(words.every((w) => bloomHas(filter, bits, hashes, w))).toBe(true);
    const others = Array.from({ length: 2000 }, (_, i) => `басқа${i}`).filter((w) => bloomHas(filter, bits, hashes, w));
    expect(others.length).toBeLessThan(60);
  });

  it('holds the Kazakh word list (generated), whatever the case', () => {
    expect(isKazakhWord('және')).toBe(true);
    expect(isKazakhWord('Сайлау')).toBe(true);
    expect(isKazakhWord('жәнесайлау')).toBe(false);
  });
});

describe('a letter model', () => {
  it('finds a word likelier whose runs of letters it has seen', () => {
    const m = letterModel(['а\t10', 'б\t10', 'в\t10', '^\t0', '^а\t8', 'аб\t8', 'б$\t8', '^в\t2', 'ва\t2'].join('\n'), 2);
    expect(m.word('аб')).toBeGreaterThan(m.word('ба'));
    expect(m.word('АБ')).toBe(m.word('аб'));
  });
});
