import { describe, expect, it } from 'vitest';
import { afterCount, inOtherNumber, numberOf } from '../../src/lang/grammatical-number.ts';

describe('grammatical number from endings', () => {
  it('reads a Russian term by its adjectives and its noun, and leaves ambiguous endings open', () => {
    const base = 'Территориальная избирательная комиссия';
    expect(numberOf('территориальных избирательных комиссий', base, 'ru')).toBe('pl');
    expect(numberOf('Территориальной избирательной комиссии', base, 'ru')).toBe('sg');
    expect(numberOf('комиссии', 'комиссия', 'ru')).toBeNull(); // genitive singular or nominative plural
    expect(numberOf('кандидатов', 'кандидат', 'ru')).toBe('pl');
    expect(numberOf('кандидатом', 'кандидат', 'ru')).toBe('sg');
    expect(numberOf('кандидата', 'кандидат', 'ru')).toBeNull();
    expect(numberOf('списках избирателей', 'список избирателей', 'ru')).toBe('pl'); // a vowel that drops out
    expect(numberOf('налогового органа', 'налоговые органы', 'ru')).toBe('sg');
    // adjective and noun disagree (`на казахском и русском языках`): open
    expect(numberOf('русском языках', 'русский язык', 'ru')).toBeNull();
  });

  it('reads a Kazakh head by its plural suffix, a stem alternation allowed', () => {
    expect(numberOf('Аумақтық сайлау комиссиялары', 'Аумақтық сайлау комиссиясы', 'kk')).toBe('pl');
    expect(numberOf('Аумақтық сайлау комиссиясының', 'Аумақтық сайлау комиссиясы', 'kk')).toBe('sg');
    expect(numberOf('салық органына', 'салық органдары', 'kk')).toBe('sg');
    expect(numberOf('кандидаттардың', 'кандидат', 'kk')).toBe('pl');
  });

  it('reads an English head noun, and a gerund as no number', () => {
    expect(numberOf('special rapporteurs', 'special rapporteur', 'en')).toBe('pl');
    expect(numberOf('Election Commission', 'Election Commission', 'en')).toBe('sg');
    expect(numberOf('ballot box stuffing', 'ballot box stuffing', 'en')).toBeNull();
  });

  it('makes the other number of a base form', () => {
    expect(inOtherNumber('специальный докладчик', 'ru', 'sg')).toBe('специальные докладчики');
    expect(inOtherNumber('список избирателей', 'ru', 'sg')).toBe('списки избирателей');
    expect(inOtherNumber('Аумақтық сайлау комиссиясы', 'kk', 'sg')).toBe('Аумақтық сайлау комиссиялары');
    expect(inOtherNumber('сырттай дауыс беру куәлігі', 'kk', 'sg')).toBe('сырттай дауыс беру куәліктері');
    expect(inOtherNumber('байқаушы', 'kk', 'sg')).toBe('байқаушылар');
    expect(inOtherNumber('кандидат', 'ru', 'pl')).toBe('кандидат');
  });

  it('knows a count governs the noun after it', () => {
    expect(afterCount('получили 10-14 процентов', 'получили 10-14 '.length, 'ru')).toBe(true);
    expect(afterCount('бірнеше кандидат', 'бірнеше '.length, 'kk')).toBe(true);
    expect(afterCount('the candidates', 'the '.length, 'en')).toBe(false);
  });
});
