import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/index.ts';
import { alignStatement } from '../../src/align/statement.ts';
import type { Document } from '../../src/schema/index.ts';
import { doc } from './docs.ts';

const meaning = (docs: Document[]) => runChecks({ statementId: 't', docs, alignment: alignStatement('t', docs) }).filter((f) => f.kind === 'meaning-mismatch');
const pair = (en: string[], ru: string[]) => meaning([doc('en', [en]), doc('ru', [ru])]);

const EN = [
  'Candidates were deregistered on the basis of assessments by the tax authorities.',
  'The law treats forums and blogs as media.',
  'An unofficial translation is available in Russian and Kazakh.',
  'Ninety-eight members of the Majilis are elected directly.',
  'Article 13 of the Law on Political Parties provides for suspension.',
];
const RU = [
  'Кандидаты были сняты с регистрации на основании оценки налоговых органов.',
  'Закон приравнивает форумы и блоги к СМИ.',
  'Неофициальный перевод доступен на русском и казахском языках.',
  'Девяносто восемь членов Мажилиса избираются прямым голосованием.',
  'Статья 13 Закона о политических партиях предусматривает приостановление.',
];

describe('meaning-mismatch', () => {
  it('raises nothing on a faithful translation, whatever the case endings', () => {
    expect(pair(EN, RU)).toEqual([]);
  });

  it('a body, a medium, a language named for another, with both named in the evidence', () => {
    const ru = [...RU];
    ru[0] = ru[0]!.replace('налоговых', 'таможенных');
    ru[1] = ru[1]!.replace('блоги', 'блоки');
    ru[2] = ru[2]!.replace('русском', 'английском');
    const flags = pair(EN, ru);
    // blocs for blogs: a member of another class, one letter from the original's rendering
    expect(flags.map((f) => f.evidence.class)).toEqual(['body', 'outlet/group', 'language']);
    expect(flags[1]!.rule).toBe('checks/meaning#look-alike');
    expect(flags[0]!.evidence).toMatchObject({ en: ['tax'], ru: ['customs'] });
    expect(flags[0]!.where.map((w) => w.lang)).toEqual(['ru', 'en']);
    expect(flags[0]!.where[0]!.text).toBe('таможенных');
  });

  it('a count turned into a share, but not a share written as an adjective', () => {
    const ru = [...RU];
    ru[3] = ru[3]!.replace('членов', 'процентов');
    expect(pair(EN, ru).map((f) => f.rule)).toEqual(['checks/meaning#unit']);
    expect(pair(['The CEC announced a turnout of 75 per cent.'], ['ЦИК объявила 75-процентную явку.'])).toEqual([]);
  });

  it('an article cited as a paragraph', () => {
    const ru = [...RU];
    ru[4] = ru[4]!.replace('Статья', 'Пункт');
    expect(pair(EN, ru).map((f) => f.evidence)).toEqual([{ class: 'legal-unit', en: ['article'], ru: ['paragraph'] }]);
  });

  it('a month in a date is the date check\'s, not a class swap', () => {
    const docs = [doc('en', [['Voting took place on 15 January 2012.']]), doc('ru', [['Голосование состоялось 15 февраля 2012 года.']])];
    expect(meaning(docs)).toEqual([]);
  });

  it('a member named twice in the original and swapped once', () => {
    const en = ['Article 13 and Article 89 of the Law on Political Parties provide for suspension.'];
    expect(pair(en, ['Статья 13 и статья 89 Закона о политических партиях предусматривают приостановление.'])).toEqual([]);
    expect(pair(en, ['Статья 13 и пункт 89 Закона о политических партиях предусматривают приостановление.'])).toHaveLength(1);
  });

  it('the original\'s member written with a typo is the spelling check\'s, not another member', () => {
    expect(pair(['Citizens may apply to the Constitutional Court.'], ['Граждане могут обращаться в Канституционный суд.'])).toEqual([]);
  });

  it('a member the translation names more often is no swap unless it brings in one the original does not name', () => {
    // `press` is in no class: the translation names channels twice, the original print media and channels once each
    expect(pair(['Print media and state channels must cover all contestants equally.'], ['Пресса и государственные телеканалы должны одинаково освещать всех участников на своих каналах.'])).toEqual([]);
  });

  it('points at the sentence the words stand in, in a link of several', () => {
    const en = ['The Law treats forums and blogs as media.', 'It entered into force in 2010.'];
    const flags = pair(en, ['Закон приравнивает форумы и блоки к СМИ и вступил в силу в 2010 году.']);
    expect(flags.map((f) => f.where.map((w) => w.sentenceId))).toEqual([['s1', 's1']]);
  });

  it('one side naming more members of a class than the other is not a swap', () => {
    expect(pair(['Complaints went to the CEC, the courts and the prosecutor\'s office.'], ['Жалобы подавались в ЦИК и органы прокуратуры.'])).toEqual([]);
  });
});
