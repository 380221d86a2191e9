import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/index.ts';
import { alignStatement } from '../../src/align/statement.ts';
import { TermBase } from '../../src/align/terms.ts';
import type { Document, Lang } from '../../src/schema/index.ts';
import { extractClaims } from '../../src/claims/index.ts';
import { resources } from '../../src/lang/index.ts';
import { doc } from './docs.ts';

const check = (docs: Document[]) => runChecks({ statementId: 't', docs, alignment: docs.length > 1 ? alignStatement('t', docs) : null });
const kinds = (docs: Document[]) => check(docs).map((f) => f.kind);

const EN = [
  ['The CEC accredited 819 international observers.', 'Voting took place on 15 January 2012.[^1]'],
  ['Women make up 21 per cent of the voters.', 'See http://www.osce.org/odihr for details.'],
];
const RU = [
  ['ЦИК аккредитовала 819 международных наблюдателей.', 'Голосование состоялось 15 января 2012 года.[^1]'],
  ['Женщины составляют 21 процент избирателей.', 'Подробнее см. http://www.osce.org/odihr.'],
];
/** The English statement with its note, and a Russian version of these paragraphs with its note. */
const versus = (ru: string[][]): Document[] => [doc('en', EN, ['A note.']), doc('ru', ru, ['Примечание.'])];

describe('checks on a faithful translation', () => {
  it('raise nothing', () => {
    expect(check(versus(RU))).toEqual([]);
  });
});

describe('number-mismatch and date-mismatch', () => {
  it('a changed number is flagged in both places', () => {
    const ru = RU.map((p) => p.map((s) => s.replace('819', '891')));
    const flags = check(versus(ru)).filter((f) => f.kind === 'number-mismatch');
    expect(flags).toHaveLength(1);
    expect(flags[0]!.where.map((w) => w.lang)).toEqual(['en', 'ru']);
    expect(flags[0]!.evidence).toMatchObject({ en: [819], ru: [891] });
  });
  it('the same number in other spelling is not a mismatch', () => {
    const ru = RU.map((p) => p.map((s) => s.replace('21 процент', 'двадцать один процент')));
    expect(kinds(versus(ru))).toEqual([]);
  });
  it('a changed date', () => {
    const ru = RU.map((p) => p.map((s) => s.replace('15 января', '16 января')));
    expect(kinds(versus(ru))).toEqual(['date-mismatch']);
  });
});

describe('url-mismatch, omission, footnotes', () => {
  it('a changed URL', () => {
    const ru = RU.map((p) => p.map((s) => s.replace('odihr', 'odihr2')));
    expect(kinds(versus(ru))).toEqual(['url-mismatch']);
  });
  it('a sentence missing from the translation', () => {
    const ru = [RU[0]!, [RU[1]![0]!]];
    expect(kinds(versus(ru))).toContain('omission');
  });
  it('a footnote missing from the translation and one never referenced', () => {
    const ru = RU.map((p) => p.map((s) => s.replace('[^1]', '')));
    const k = kinds(versus(ru));
    expect(k).toContain('footnote-reference');
    expect(kinds([doc('en', EN, ['A note.']), doc('ru', RU, [])])).toContain('footnote-mismatch');
  });
});

describe('untranslated, garbled, term-inconsistency', () => {
  it('an English clause left in a Russian footnote, but not a name or an acronym', () => {
    const ru = doc('ru', RU, ['Некоторые компании сообщили о нарушениях, Some media outlets reported on a number of irregularities.']);
    const f = check([ru]).filter((x) => x.kind === 'untranslated');
    expect(f).toHaveLength(1);
    expect(f[0]!.where[0]!.text).toBe('Some media outlets reported on a number of irregularities');
    expect(kinds([doc('ru', [['Мониторинг проводил Twitter и OSCE/ODIHR EOM, а также «Kazakhstan Today».']])])).toEqual([]);
  });
  it('impossible letters, mixed scripts, a doubled word', () => {
    const k = check([doc('ru', [['Ьретья жалоба была подана.', 'Наблюдатели ОБCЕ прибыли.', 'Это было было сделано.']])]).map((f) => f.evidence.rule);
    expect(k).toEqual(['impossible-start', 'mixed-script', 'repeated-word']);
  });
  it('a name spelled two ways in one document, but not its case forms', () => {
    const ru = doc('ru', [['События в Жанаозене.', 'В Жанаозене ввели положение.', 'В Женеозене было тихо.', 'Решение Мажилиса и решение Мажилисом.', 'Решение Мажилиса снова.']]);
    const f = check([ru]).filter((x) => x.kind === 'term-inconsistency');
    expect(f.map((x) => x.evidence.variant)).toEqual(['Женеозене']);
  });
});

describe('spelling', () => {
  // a stand-in dictionary: the check's rules, not Hunspell's coverage, are under test
  const words = new Set(['выборы', 'была', 'прошли', 'спокойно', 'голосования', 'день', 'партии', 'подобных', 'случаев', 'было', 'много', 'сайта', 'сайте', 'доступа']);
  const speller = { correct: (w: string) => words.has(w) };
  const spell = (paragraphs: string[][], footnotes: string[] = []) =>
    runChecks({ statementId: 't', docs: [doc('ru', paragraphs, footnotes)], alignment: null, spellers: { ru: speller } }).filter((f) => f.kind === 'spelling');

  it('flags an unknown lower-case word as info, with one-edit suggestions the document uses first', () => {
    const flags = spell([['Выборы прошли спокойно.', 'В день голосвания подобных случаев было много.', 'Подобных полобных случаев было много.']]);
    expect(flags.map((f) => f.evidence.word)).toEqual(['голосвания', 'полобных']);
    expect(flags.every((f) => f.severity === 'info')).toBe(true);
    expect(flags[0]!.evidence.suggestions).toEqual(['голосования']);
    expect(flags[1]!.evidence.suggestions).toEqual(['подобных']);
    expect(flags[0]!.where[0]).toMatchObject({ lang: 'ru', sentenceId: 's2', text: 'голосвания' });
  });

  it('excepts names, acronyms, URLs, other scripts, compounds with a known last part, hyphenated abbreviations', () => {
    expect(spell([['Партии Нур Отан и ОСДП прошли.', 'См. http://www.vybory.kz/doc и веб-сайте, г-на Smith.']])).toEqual([]);
  });

  it('excepts a domain word the document inflects in several forms or uses three times', () => {
    expect(spell([['Маслихаты прошли, в маслихатах и маслихатов было много.', 'Была ревизия, ревизия и ревизия.']])).toEqual([]);
  });

  it('excepts glossary terms and skips a language with no dictionary', () => {
    const terms = TermBase.fromTsv('ru\ten\tkk\nакимат\takimat\tәкімдік\n');
    const flags = runChecks({ statementId: 't', docs: [doc('ru', [['Акимат и акиматы, в акиматах.']]), doc('kk', [['Сайлаудың барысы.']])], alignment: null, terms, spellers: { ru: speller } });
    expect(flags.filter((f) => f.kind === 'spelling')).toEqual([]);
  });
});

describe('numbers beyond claims, in footnotes, and in years', () => {
  const withTerms = (docs: Document[]) => runChecks({ statementId: 't', docs, alignment: alignStatement('t', docs), terms: TERMS });
  it('a changed paragraph or phone number (digits no claim reads) is a number mismatch', () => {
    const en = doc('en', [['This contradicts Paragraph 7.9 of the Copenhagen Document.', 'Call Neil Simon (+45-33-378 036).']]);
    const ru = doc('ru', [['Это противоречит Пункту 7.2 Копенгагенского документа.', 'Звоните Нилу Саймону (+45-33-378 036).']]);
    const f = withTerms([en, ru]).filter((x) => x.kind === 'number-mismatch');
    expect(f.map((x) => x.rule)).toEqual(['checks/numbers#identifiers']);
    expect(f[0]!.evidence).toEqual({ en: ['7.9'], ru: ['7.2'] });
  });
  it('compares the numbers of aligned footnotes too', () => {
    const en = doc('en', EN, ['The party received 88 per cent of the vote.']);
    const ru = doc('ru', RU, ['Партия получила 83 процента голосов.']);
    const f = withTerms([en, ru]).filter((x) => x.kind === 'number-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0]!.where.map((w) => w.footnote)).toEqual([1, 1]);
  });
  it('two full dates must agree in the year; a date without one matches by day and month', () => {
    const ru = RU.map((p) => p.map((s) => s.replace('15 января 2012 года', '15 января 2011 года')));
    expect(kinds(versus(ru))).toEqual(['date-mismatch']);
    const noYear = RU.map((p) => p.map((s) => s.replace('15 января 2012 года', '15 января')));
    expect(kinds(versus(noYear))).toEqual([]);
  });
  it('reads a claim beside a web address as the translation\'s own: the address is Latin in every version', () => {
    const en = doc('en', EN, ['See the CEC report of 16 July 2019 at www.election.gov.kz/rus/news/reports.']);
    const kk = doc('kk', [['ОСК 819 халықаралық байқаушыны аккредиттеді.', 'Дауыс беру 2012 жылғы 15 қаңтарда өтті.[^1]'], ['Әйелдер сайлаушылардың 21 пайызын құрайды.', 'Толығырақ http://www.osce.org/odihr қараңыз.']], ['ОСК-ның 2019 жылғы 16 шілдедегі есебін www.election.gov.kz/rus/news/reports мекенжайынан қараңыз.']);
    expect(check([en, kk]).filter((f) => f.kind === 'date-mismatch')).toEqual([]);
  });
  it('counts decades as ten years each: three decades and thirty years agree', () => {
    const en = doc('en', [...EN, ['He left office after almost three decades.']], ['A note.']);
    const kk = doc('kk', [['ОСК 819 халықаралық байқаушыны аккредиттеді.', 'Дауыс беру 2012 жылғы 15 қаңтарда өтті.[^1]'], ['Әйелдер сайлаушылардың 21 пайызын құрайды.', 'Толығырақ http://www.osce.org/odihr қараңыз.'], ['Ол отыз жылға жуық қызмет атқарды.']], ['Ескерту.']);
    expect(check([en, kk]).filter((f) => f.kind === 'number-mismatch')).toEqual([]);
  });
  it('does not read the numbers of a passage left in another language as the translation\'s', () => {
    const ru = RU.map((p) => p.map((s) => s.replace('Голосование состоялось 15 января 2012 года.', 'Голосование состоялось 15 января 2012 года, voting took place on 15 January 2012 in all 14 regions.')));
    expect(kinds(versus(ru))).toEqual(['untranslated']);
  });
});

describe('omission and addition inside merged links', () => {
  // the statement's own length ratio needs a few links to go by
  const MORE_EN = ['Observers visited polling stations in every region of the country.', 'The media environment remained restrictive throughout the period.', 'Complaints were handled by the election commissions and the courts.', 'Voters could choose between several political parties.'];
  const MORE_RU = ['Наблюдатели посетили избирательные участки во всех регионах страны.', 'Среда для СМИ оставалась ограничительной на протяжении всего периода.', 'Жалобы рассматривались избирательными комиссиями и судами.', 'Избиратели могли выбирать между несколькими политическими партиями.'];
  const EN3 = [MORE_EN, ['The first sentence of the paragraph sets the scene for what follows in it.', 'The second sentence says something else entirely about the campaign period.', 'A third sentence about the media closes it, with a few more words of its own.']];
  const RU3 = [MORE_RU, ['Первое предложение абзаца задает тон тому, что в нем следует далее.', 'Второе предложение говорит нечто совсем иное о периоде агитационной кампании.', 'Третье предложение о СМИ завершает его, с несколькими словами от себя.']];
  it('a long translation that the aligner linked whole is flagged as an addition', () => {
    const ru = [MORE_RU, [RU3[1]![0]!, `${RU3[1]![1]!} Кроме того, партии жаловались на ограничения доступа к СМИ в нескольких регионах страны на протяжении всего периода.`, RU3[1]![2]!]];
    const f = check([doc('en', EN3), doc('ru', ru)]).filter((x) => x.kind === 'addition' || x.kind === 'omission');
    expect(f.map((x) => x.kind)).toEqual(['addition']);
  });
  it('a unit unlinked on both sides at one place is one shortened translation, not an omission and an addition', () => {
    const ru = [MORE_RU, [RU3[1]![0]!, 'Второе.', RU3[1]![2]!]];
    const f = check([doc('en', EN3), doc('ru', ru)]).filter((x) => x.kind === 'addition' || x.kind === 'omission');
    expect(f.length).toBeLessThanOrEqual(1);
    expect(f.every((x) => x.kind === 'omission')).toBe(true);
  });
  const LONG_EN = 'The commissions published all their decisions and the minutes of their sessions on the official website within the legal deadline, although the regional courts rejected every complaint.';
  it('a clause left out of a long sentence is an omission, even where the rest keeps the length near the usual', () => {
    const ru = [MORE_RU, [RU3[1]![0]!, 'Комиссии опубликовали все свои решения и протоколы своих заседаний на официальном сайте в установленный законом срок.', RU3[1]![2]!]];
    const f = check([doc('en', [MORE_EN, [EN3[1]![0]!, LONG_EN, EN3[1]![2]!]]), doc('ru', ru)]).filter((x) => x.kind === 'omission');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('the regional courts rejected');
  });
  it('a translation as short that still says what each clause speaks of is not one', () => {
    const ru = [MORE_RU, [RU3[1]![0]!, 'Комиссии своевременно опубликовали все свои решения и протоколы заседаний на официальном сайте, хотя областные суды отклонили все жалобы.', RU3[1]![2]!]];
    const f = check([doc('en', [MORE_EN, [EN3[1]![0]!, LONG_EN, EN3[1]![2]!]]), doc('ru', ru)]).filter((x) => x.kind === 'omission');
    expect(f).toEqual([]);
  });
});

const TERMS = TermBase.fromTsv('ru\ten\tkk\nОБСЕ\tOSCE\tЕҚЫҰ\nЦИК\tCEC\tОСК\nЦентральная избирательная комиссия\tCentral Election Commission\tОрталық сайлау комиссиясы\nТИК\tTEC\tАСК\nсписок кандидатов\tcandidate list\tкандидаттар тізімі\nсписок избирателей\tvoter list\tсайлаушылар тізімі\nЖанаозен\tZhanaozen\tЖаңаөзен\n');

describe('term-inconsistency across versions (glossary)', () => {
  const withTerms = (docs: Document[]) => runChecks({ statementId: 't', docs, alignment: alignStatement('t', docs, { terms: TERMS }), terms: TERMS }).filter((f) => f.kind === 'term-inconsistency');
  const en = doc('en', [['The OSCE observed the elections.', 'The CEC registered every candidate list on time.', 'The Central Election Commission met daily.', 'Events in Zhanaozen were discussed.']]);
  const ru = (sentences: string[]) => doc('ru', [sentences]);
  const faithful = ['ОБСЕ наблюдала за выборами.', 'ЦИК вовремя зарегистрировала каждый список кандидатов.', 'ЦИК заседала ежедневно.', 'Обсуждались события в Жанаозене.'];
  it('accepts the glossary rendering, an acronym for its expansion, and inflected forms', () => {
    expect(withTerms([en, ru(faithful)])).toEqual([]);
  });
  it('flags a near miss of a rendering, a related term in its place, and another commission\'s acronym', () => {
    const bad = ['ОСБЕ наблюдала за выборами.', 'ЦИК вовремя зарегистрировала каждый список избирателей.', 'ТИК заседала ежедневно.', 'Обсуждались события в Женеозене.'];
    const f = withTerms([en, ru(bad)]);
    expect(f.map((x) => x.where[0]!.text).sort()).toEqual(['ОСБЕ', 'ТИК', 'Женеозене', 'список избирателей'].sort());
    expect(f.every((x) => x.where[0]!.lang === 'ru' && x.where[1]!.lang === 'en')).toBe(true);
  });
  it('leaves a passage kept in the original language to the untranslated check', () => {
    const kept = [...faithful.slice(0, 3), 'Events in Zhanaozen were discussed at length by the parties.'];
    expect(withTerms([en, ru(kept)])).toEqual([]);
  });
});

describe('garbled: words run together', () => {
  it('a lower-case word glued to an acronym or to another Cyrillic word, not Latin camel case', () => {
    const f = check([doc('ru', [['Кандидаты были исключены решениямиЦИК от 6 января.', 'Он писал в LiveJournal и в блогеДругого автора.']])]).filter((x) => x.evidence.rule === 'glued-words');
    expect(f.map((x) => x.where[0]!.text)).toEqual(['решениямиЦИК', 'блогеДругого']);
  });
});

describe('tables', () => {
  const withTable = (lang: Lang, rows: string[][]): Document => {
    const d = doc(lang, lang === 'en' ? EN : RU, [lang === 'en' ? 'A note.' : 'Примечание.']);
    d.tables = [{ id: 't1', page: 1, caption: null, sectionId: null, header: [rows[0]!], rows: rows.slice(1) }];
    d.claims = extractClaims(d.sentences, d.footnotes, resources(lang), d.tables);
    return d;
  };
  const EN_T = [['Candidate', 'Votes', 'Per cent'], ['Arman Bekov', '6,628,214', '70.9'], ['Dana Serikova', '1,000,000', '10.7']];
  const RU_T = [['Кандидат', 'Голоса', 'Процент'], ['Арман Беков', '6 628 214', '70,9'], ['Дана Серикова', '1 000 000', '10,7']];

  it('reads a cell as a count or a share of its column, and compares nothing as a sentence', () => {
    const en = withTable('en', EN_T);
    expect(en.claims.filter((c) => 'cell' in c.where).map((c) => [c.kind, c.value, c.subject])).toEqual([
      ['count', 6628214, 'Votes'], ['percent', 70.9, 'Per cent'], ['count', 1000000, 'Votes'], ['percent', 10.7, 'Per cent'],
    ]);
    expect(check([en, withTable('ru', RU_T)])).toEqual([]);
  });
  it("compares a cell's numbers whatever order a language writes them in (a date year first)", () => {
    const en = withTable('en', [['Candidate', 'Date registered'], ['Arman Bekov', '4 May 2019']]);
    const kk = withTable('kk', [['Кандидат', 'Тіркелген күні'], ['Арман Беков', '2019 жылғы 4 мамыр']]);
    expect(check([en, kk]).filter((f) => f.rule === 'checks/tables')).toEqual([]);
  });
  it('flags a changed cell naming its table, row and column; English grouping in a translation reads right', () => {
    const ru = RU_T.map((r) => r.map((c) => c.replace('6 628 214', '6,628,241')));
    const flags = check([withTable('en', EN_T), withTable('ru', ru)]).filter((f) => f.rule === 'checks/tables');
    expect(flags).toHaveLength(1);
    expect(flags[0]!.message).toContain('row «Arman Bekov», column «Votes»');
    expect(check([withTable('en', EN_T), withTable('ru', RU_T.map((r) => r.map((c) => c.replace('6 628 214', '6,628,214'))))])).toEqual([]);
  });
});

describe('a translation that splits a sentence in two', () => {
  it('is no addition: the unlinked half fits the original up to a clause boundary', () => {
    const en = [...EN, ['Voter registration is passive, and voter lists are compiled by local executive bodies on the basis of the state population register.', 'The lists are updated twice a year.']];
    const ru = [...RU, ['Регистрация избирателей носит пассивный характер.', 'Списки избирателей составляются местными исполнительными органами на основе государственного регистра населения.', 'Списки обновляются два раза в год.']];
    const flags = check([doc('en', en, ['A note.']), doc('ru', ru, ['Примечание.'])]);
    expect(flags.filter((f) => f.kind === 'addition' || f.kind === 'omission')).toEqual([]);
  });

  it('is no addition where the aligner left the half unlinked and it renders a short clause at length', () => {
    const en = [...EN, ['Voter registration is passive, and voter lists are compiled by local executive bodies on the basis of the state population register.']];
    const ru = [...RU, ['Регистрация избирателей носит пассивный характер.', 'Списки избирателей составляются местными исполнительными органами на основе государственного регистра населения.']];
    const docs = [doc('en', en, ['A note.']), doc('ru', ru, ['Примечание.'])];
    // the aligner's choice where the second half says more of the original than the merge would: 1-1 and 0-1
    const links = [['s1', 's1'], ['s2', 's2'], ['s3', 's3'], ['s4', 's4']].map(([x, y]) => ({ a: [x!], b: [y!], score: 1 }));
    links.push({ a: [], b: ['s5'], score: 0.4 }, { a: ['s5'], b: ['s6'], score: 1 });
    const alignment = { statementId: 't', pairs: [{ langs: ['en', 'ru'] as ['en', 'ru'], sections: [], links, footnotes: [{ a: 1, b: 1, score: 1 }] }] };
    const flags = runChecks({ statementId: 't', docs, alignment });
    expect(flags.filter((f) => f.kind === 'addition' || f.kind === 'omission')).toEqual([]);
  });
});
