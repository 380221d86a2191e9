import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/index.ts';
import { alignStatement } from '../../src/align/statement.ts';
import { TermBase } from '../../src/align/terms.ts';
import type { Document } from '../../src/schema/index.ts';
import { doc } from './docs.ts';

const terms = TermBase.fromTsv(readFileSync(new URL('../../corpus/glossary.tsv', import.meta.url), 'utf8'));
const numberFlags = (docs: Document[]) =>
  runChecks({ statementId: 't', docs, alignment: alignStatement('t', docs, { terms }), terms }).filter((f) => f.rule === 'checks/term-number');

const EN = [
  'The statement of the special rapporteurs on freedom of expression was cited.',
  'Territorial Election Commissions received complaints.',
  'The campaigns of the other parties were subdued.',
  'Campaign materials were available in Kazakh and Russian.',
  'Each candidate had to pay a deposit of 15 minimum wages.',
];
const RU = [
  'Было процитировано заявление специальных докладчиков по вопросам свободы выражения.',
  'Территориальные избирательные комиссии получили жалобы.',
  'Агитационная кампания остальных партий велась сдержанно.',
  'Агитационные материалы были представлены на казахском и русском языках.',
  'Каждый кандидат должен был внести залог в размере 15 минимальных зарплат.',
];

describe('term-inconsistency in grammatical number', () => {
  it('raises nothing on a faithful translation: a campaign of several parties, languages coordinated, a count', () => {
    expect(numberFlags([doc('en', [EN]), doc('ru', [RU])])).toEqual([]);
  });

  it('flags several rapporteurs made one, and several bodies made one, with both texts in the evidence', () => {
    const ru = [...RU];
    ru[0] = ru[0]!.replace('специальных докладчиков', 'Специального докладчика');
    const flags = numberFlags([doc('en', [EN]), doc('ru', [ru])]);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.kind).toBe('term-inconsistency');
    expect(flags[0]!.where.map((w) => [w.lang, w.text])).toEqual([['ru', 'Специального докладчика'], ['en', 'special rapporteurs']]);
    const ru2 = [...RU];
    ru2[1] = 'Территориальная избирательная комиссия получила жалобы.';
    expect(numberFlags([doc('en', [EN]), doc('ru', [ru2])])).toHaveLength(1);
  });

  it('reads a distributive singular as saying nothing of the number: the results per candidate, rendered in the plural', () => {
    const en = [...EN, 'The table below shows the results per candidate, as announced by the CEC.'];
    const ru = [...RU, 'В таблице ниже приведены результаты по кандидатам, объявленные ЦИК.'];
    expect(numberFlags([doc('en', [en]), doc('ru', [ru])])).toEqual([]);
  });

  it('in Kazakh, only a plural for a singular: a generic plural may be said in the singular', () => {
    const en = ['The voter lists were checked.', 'The candidate was registered on time.'];
    const faithful = ['Сайлаушылар тізімі тексерілді.', 'Кандидат уақытында тіркелді.'];
    expect(numberFlags([doc('en', [en]), doc('kk', [faithful])])).toEqual([]);
    const wrong = ['Сайлаушылар тізімі тексерілді.', 'Кандидаттар уақытында тіркелді.'];
    expect(numberFlags([doc('en', [en]), doc('kk', [wrong])]).map((f) => f.where[0]!.text)).toEqual(['Кандидаттар']);
  });
});

describe('term-inconsistency in form (agreement)', () => {
  const agreement = (ru: string[]) => {
    const docs = [doc('en', [EN]), doc('ru', [ru])];
    return runChecks({ statementId: 't', docs, alignment: alignStatement('t', docs, { terms }), terms }).filter((f) => f.rule === 'checks/term-agreement');
  };
  it('flags an adjective left in the nominative, and not coordinated adjectives before one plural noun', () => {
    expect(agreement(RU)).toEqual([]);
    const ru = [...RU];
    ru[2] = 'Агитационная кампании остальных партий велась сдержанно.';
    expect(agreement(ru).map((f) => f.where[0]!.text)).toEqual(['Агитационная кампании']);
  });
});
