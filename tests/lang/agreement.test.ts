import { describe, expect, it } from 'vitest';
import { disagreement, withBaseAdjective } from '../../src/lang/ru/agreement.ts';

const TEC = 'Территориальная избирательная комиссия';

describe('agreement inside a Russian term', () => {
  it('accepts every case and number of a term', () => {
    for (const w of ['Территориальной избирательной комиссии', 'территориальных избирательных комиссий', 'территориальным избирательным комиссиям', 'Территориальную избирательную комиссию']) {
      expect(disagreement(w, TEC), w).toBeNull();
    }
    expect(disagreement('открепительных удостоверений', 'открепительное удостоверение')).toBeNull();
    expect(disagreement('специальных докладчиков', 'специальный докладчик')).toBeNull();
    expect(disagreement('списках избирателей', 'список избирателей')).toBeNull(); // no adjective: nothing to agree
  });

  it('finds the word that breaks it', () => {
    expect(disagreement('Территориальная избирательной комиссии', TEC)).toBe('Территориальная');
    expect(disagreement('агитационная кампании', 'агитационная кампания')).toBe('агитационная');
    expect(disagreement('открепительное удостоверения', 'открепительное удостоверение')).toBe('открепительное');
  });

  it('makes a planted disagreement from an inflected term, and none from a nominative', () => {
    expect(withBaseAdjective('Территориальной избирательной комиссии', TEC)).toBe('Территориальная избирательной комиссии');
    expect(withBaseAdjective('Территориальная избирательная комиссия', TEC)).toBeNull();
  });
});

describe('agreement of coordinated adjectives', () => {
  it('compares cases only: a singular adjective may stand before a plural head it shares, in the same case', () => {
    expect(disagreement('русском языках', 'русский язык', true)).toBeNull();
    expect(disagreement('русский языках', 'русский язык', true)).toBe('русский');
    expect(disagreement('русском языках', 'русский язык')).toBe('русском');
  });
});
