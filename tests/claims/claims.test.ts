import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { claimsOfText } from '../../src/claims/index.ts';
import { formatNumber } from '../../src/claims/format.ts';
import { resources } from '../../src/lang/index.ts';
import type { Lang } from '../../src/schema/index.ts';

const claims = (lang: Lang, text: string) =>
  claimsOfText(text, resources(lang)).map((c) => ({ kind: c.kind, value: c.value, unit: c.unit, qualifier: c.qualifier, subject: c.subject, text: c.text }));
const one = (lang: Lang, text: string) => {
  const cs = claims(lang, text);
  expect(cs).toHaveLength(1);
  return cs[0]!;
};

describe('digits in each language', () => {
  it.each([
    ['ru', 'было зарегистрировано 9 305 106 избирателей', 9305106],
    ['ru', 'было зарегистрировано 9\u00a0305\u00a0106 избирателей', 9305106],
    ['kk', 'порядка 20\u202f029 наблюдателей', 20029],
    ['en', 'a total of 9,305,106 voters', 9305106],
    ['ru', 'явка 64,8% избирателей', 64.8],
    ['en', 'a turnout of 64.8% was announced', 64.8],
  ] as const)('%s: %s', (lang, text, value) => expect(one(lang, text).value).toBe(value));
});

describe('number words', () => {
  it.each([
    ['ru', 'Девяносто восемь процентов Мажилиса', 98, 'percent'],
    ['ru', 'двое из них', 2, 'count'],
    ['ru', 'из восьми партий', 8, 'count'],
    ['ru', 'более ста национальных меньшинств', 100, 'count'],
    ['ru', 'семипроцентный барьер', 7, 'percent'],
    ['kk', 'тоғыз кандидат', 9, 'count'],
    ['kk', 'жүз байқаушы', 100, 'count'],
    ['kk', 'жеті пайыздық шек', 7, 'percent'],
    ['kk', 'тоқсан сегіз мүшесі', 98, 'count'],
    ['en', 'twenty-one experts', 21, 'count'],
    ['en', 'nine candidates', 9, 'count'],
    ['en', 'one hundred and twenty-five seats', 125, 'count'],
    ['en', 'Twenty Two parties', 22, 'count'],
    ['en', 'over a thousand observers', 1000, 'count'],
    ['en', 'five hundred thousand voters', 500000, 'count'],
    // collective numerals in every case, the noun for a hundred, and a cardinal an ordinal's ending also makes
    ['ru', 'зарегистрировала шестерых из претендентов', 6, 'count'],
    ['ru', 'задержала несколько сотен участников', 100, 'count'],
    ['ru', 'проведенных пятью кандидатами', 5, 'count'],
  ] as const)('%s: %s', (lang, text, value, kind) => expect(one(lang, text)).toMatchObject({ value, kind }));

  it('joins English number words with "and" only after a hundred or a multiplier', () => {
    expect(claims('en', 'nine, ten and eleven candidates').map((c) => c.value)).toEqual([9, 10, 11]);
    expect(claims('en', 'two hundred and fifty candidates').map((c) => c.value)).toEqual([250]);
    expect(claims('en', 'eleven and twelve members').map((c) => c.value)).toEqual([11, 12]);
  });

  it('two thirds is a fraction and no claim, a third complaint a rank', () => {
    expect(claims('en', 'two thirds of the seats')).toEqual([]);
    expect(claims('ru', 'не менее двух третей регионов')).toEqual([]);
    expect(claims('kk', 'өңірлердің кемінде үштен екісінде')).toEqual([]);
    expect(one('en', 'A third complaint was filed')).toMatchObject({ kind: 'ordinal', value: 3 });
  });
  it('the numeral one and the Kazakh postposition үшін are not counts', () => {
    expect(claims('ru', 'лишь одной партией')).toEqual([]);
    expect(claims('en', 'one of the OSDP leaders')).toEqual([]);
    expect(claims('kk', 'сайлау үшін дауыс беру')).toEqual([]);
  });
});

describe('kinds, units and qualifiers', () => {
  it('money with its currency and multiplier', () => {
    expect(one('ru', 'около 2,5 миллионов Евро')).toMatchObject({ kind: 'money', value: 2500000, unit: 'EUR', qualifier: 'approximately', text: 'около 2,5 миллионов Евро' });
    expect(one('en', '500 million tenge')).toMatchObject({ kind: 'money', value: 500000000, unit: 'KZT' });
    expect(one('kk', 'шамамен 2,5 миллион еуро')).toMatchObject({ kind: 'money', value: 2500000, unit: 'EUR', qualifier: 'approximately' });
  });

  it('a number of four digits with a group separator is a count, never a year', () => {
    expect(one('en', 'Some 2,000 observers were deployed.')).toMatchObject({ kind: 'count', value: 2000, subject: 'observers' });
    expect(one('ru', 'около 2 000 наблюдателей')).toMatchObject({ kind: 'count', value: 2000 });
    expect(one('en', 'in 2000 the law changed')).toMatchObject({ kind: 'year', value: 2000 });
  });

  it('dates with and without a year, and ranges of them', () => {
    expect(one('ru', '15 января 2012 года')).toMatchObject({ kind: 'date', value: '2012-01-15' });
    expect(one('kk', '2012 жылғы 15 қаңтар')).toMatchObject({ kind: 'date', value: '2012-01-15' });
    expect(one('en', 'on 15 January 2012')).toMatchObject({ kind: 'date', value: '2012-01-15' });
    expect(one('ru', 'с 17 декабря по 5 января')).toMatchObject({ kind: 'date', value: { from: '--12-17', to: '--01-05' } });
    expect(one('ru', '16-18 декабря')).toMatchObject({ kind: 'date', value: { from: '--12-16', to: '--12-18' } });
    expect(one('kk', '17 желтоқсаннан 5 қаңтарға дейін')).toMatchObject({ kind: 'date', value: { from: '--12-17', to: '--01-05' } });
    expect(one('en', 'in October 2011')).toMatchObject({ kind: 'date', value: '2011-10' });
    // Kazakh writes the year first: a year before a month is the next date's, not the day's before it
    expect(claims('kk', '20 наурызда 2020 жылғы сәуірде аяқталатын').map((c) => c.value)).toEqual(['--03-20', '2020-04']);
    expect(one('kk', '15 және 28 мамыр аралығында')).toMatchObject({ kind: 'date', value: { from: '--05-15', to: '--05-28' } });
  });

  it("a range's first amount takes the multiplier and the currency its second carries", () => {
    expect(claims('en', 'between KZT 16.4 and 41.2 million each').map((c) => [c.kind, c.value, c.unit])).toEqual([['money', 16400000, 'KZT'], ['money', 41200000, 'KZT']]);
    expect(one('ru', 'от 16,4 до 41,2 млн тенге')).toMatchObject({ kind: 'money', value: { from: 16400000, to: 41200000 }, unit: 'KZT' });
    // a year is no amount
    expect(claims('en', 'in 2011 and 2.5 million').map((c) => c.value)).toEqual([2011, 2500000]);
    // and `or` shares a percentage in Kazakh too
    expect(claims('kk', '2 немесе 3 пайызынан').map((c) => c.kind)).toEqual(['percent', 'percent']);
  });

  it('decades, in every language', () => {
    expect(one('en', 'after almost three decades in office')).toMatchObject({ kind: 'duration', value: 3, unit: 'decade' });
    expect(one('ru', 'проработав почти три десятилетия')).toMatchObject({ kind: 'duration', value: 3, unit: 'decade' });
    // (three tenths stays a fraction)
    expect(claims('ru', 'три десятых процента')).toEqual([]);
  });

  it('years, durations, ordinals', () => {
    expect(one('ru', 'в 2009 году')).toMatchObject({ kind: 'year', value: 2009 });
    expect(one('ru', 'сроком на пять лет')).toMatchObject({ kind: 'duration', value: 5, unit: 'year' });
    expect(one('kk', 'алты айға')).toMatchObject({ kind: 'duration', value: 6, unit: 'month' });
    expect(one('en', 'for ten days')).toMatchObject({ kind: 'duration', value: 10, unit: 'day' });
    expect(one('en', 'five-year terms')).toMatchObject({ kind: 'duration', value: 5, unit: 'year' });
    expect(one('ru', 'являлись третьими выборами')).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(one('kk', 'үшінші сайлау')).toMatchObject({ kind: 'ordinal', value: 3 });
  });

  it('ranges of percentages', () => {
    expect(one('ru', '10-14 процентов')).toMatchObject({ kind: 'percent', value: { from: 10, to: 14 } });
    expect(one('ru', '20 – 30 процентов')).toMatchObject({ kind: 'percent', value: { from: 20, to: 30 } });
    expect(one('en', 'a turnout of 75 per cent')).toMatchObject({ kind: 'percent', value: 75, subject: null });
    expect(one('ru', '75-процентную явку')).toMatchObject({ kind: 'percent', value: 75, subject: null });
  });

  it('qualifiers before and after', () => {
    expect(one('ru', 'не менее двух мест')).toMatchObject({ qualifier: 'at-least', value: 2, subject: 'мест' });
    expect(one('ru', 'более чем на 400 сайтов')).toMatchObject({ qualifier: 'more-than', value: 400 });
    expect(one('en', 'some 64 complaints')).toMatchObject({ qualifier: 'approximately', value: 64, subject: 'complaints' });
    expect(one('kk', '400-ден астам сайтқа')).toMatchObject({ qualifier: 'more-than', value: 400, subject: 'сайтқа' });
  });

  it('subjects', () => {
    expect(one('ru', 'ЦИК аккредитовала 819 международных наблюдателей от широкого ряда организаций')).toMatchObject({ subject: 'международных наблюдателей' });
    expect(one('en', 'received 88 per cent of the votes.')).toMatchObject({ subject: 'votes' });
    expect(claims('en', 'women held 17 of the 107 seats').map((c) => c.subject)).toEqual(['seats', 'seats']);
    expect(claims('kk', '47 сенатордың екеуі').map((c) => c.subject)).toEqual(['сенатордың', 'сенатордың']);
    expect(one('kk', 'Осы сайлаудағы сайлаушылардың 21 пайызын әйелдер құрайды')).toMatchObject({ subject: 'сайлаушылардың' });
    // a part counted through a relative pronoun takes the subject of the count before it
    expect(claims('en', 'the CEC received 52 complaints, of which only 3 were considered').map((c) => c.subject)).toEqual(['complaints', 'complaints']);
    expect(claims('ru', 'ЦИК получила 52 жалобы, только 3 из которых были рассмотрены').map((c) => c.subject)).toEqual(['жалобы', 'жалобы']);
    expect(claims('kk', 'ОСК 52 шағым алды, олардың тек 3-і ғана қаралды').map((c) => c.subject)).toEqual(['шағым', 'шағым']);
  });
});

describe('not claims', () => {
  it.each([
    ['ru', 'противоречит Пункту 7.9 Копенгагенского документа ОБСЕ 1990 года'],
    ['ru', 'См. Пункт 7 Статьи 27 Закона о выборах.'],
    ['en', 'See Paragraph 7 of Article 27 of the Election Law.'],
    ['en', 'on Channel 31 and Channel 7'],
    ['ru', 'на 31 Канале'],
    ['kk', 'Копенгаген құжатының 7.2-тармағына'],
    ['ru', 'Тел.: +7-7172-901 771'],
    ['ru', 'Республика Казахстан, г. Астана, 010000,'],
    ['ru', 'см. http://www.osce.org/fom/86713'],
    ['en', 'published the results at 12:00 the following day'],
    ['en', '187, 157, 218, 196, 300, 55 PECs in Almaty'],
    ['en', 'a two-party parliament'],
  ] as const)('%s: %s', (lang, text) => expect(claims(lang, text)).toEqual([]));
});

describe('formatting a number in a language and reading it back gives the same value', () => {
  const langs: Lang[] = ['en', 'ru', 'kk'];
  it.each(langs)('%s: whole numbers', (lang) => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999_999_999 }), fc.constantFrom(' ', '\u00a0', '\u202f'), (n, space) => {
        // years would read as years: keep to what a count looks like
        fc.pre(!(n >= 1900 && n <= 2100));
        const text = `${formatNumber(n, resources(lang), space)} ${lang === 'en' ? 'observers' : lang === 'ru' ? 'наблюдателей' : 'байқаушы'}`;
        const [c] = claimsOfText(text, resources(lang));
        return c !== undefined && c.value === n;
      }),
      { numRuns: 300 },
    );
  });
  it.each(langs)('%s: decimal percentages', (lang) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (k) => {
        const n = k / 100;
        const unit = lang === 'en' ? 'per cent' : lang === 'ru' ? 'процента' : 'пайыз';
        const [c] = claimsOfText(`${formatNumber(n, resources(lang))} ${unit}`, resources(lang));
        return c !== undefined && c.kind === 'percent' && c.value === n;
      }),
      { numRuns: 300 },
    );
  });
});
