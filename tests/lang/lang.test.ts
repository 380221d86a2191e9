import { describe, expect, it } from 'vitest';
import { counter, detectLanguage } from '../../src/lang/detect.ts';
import { declaredOfficial, parseDateline, slug, statementIdOf } from '../../src/lang/metadata.ts';
import { resources } from '../../src/lang/index.ts';
import { crossReferences } from '../../src/structure/crossrefs.ts';

describe('detectLanguage', () => {
  it.each([
    ['The campaign was calm and the election day was well administered.', 'en'],
    ['Избирательная кампания прошла спокойно, день выборов был хорошо организован.', 'ru'],
    ['Сайлау науқаны тыныш өтті, сайлау күні жақсы ұйымдастырылды.', 'kk'],
  ])('%s', (text, lang) => {
    const g = detectLanguage(text)!;
    expect(g.lang).toBe(lang);
    expect(g.confidence).toBeGreaterThan(0.8);
  });

  it('has no answer for a text without letters', () => expect(detectLanguage('12 345 — 67')).toBeNull());
});

describe('dateline', () => {
  it('reads place and date in each language', () => {
    expect(parseDateline('Астана, 16 января 2012 года – настоящее заявление', resources('ru'))).toEqual({ place: 'Астана', date: '2012-01-16' });
    expect(parseDateline('Astana, 16 January 2012 – This Statement', resources('en'))).toEqual({ place: 'Astana', date: '2012-01-16' });
    expect(parseDateline('Астана, 2012 жылғы 16 қаңтар – Алдын ала', resources('kk'))).toEqual({ place: 'Астана', date: '2012-01-16' });
    expect(parseDateline('Warsaw, 30 February 2012 – impossible', resources('en'))).toBeNull();
  });

  it('gives every language version the same statement id', () => {
    const ids = ['Астана', 'Astana'].map((place) => statementIdOf({ date: '2012-01-16', place, title: null }, 'x'));
    expect(new Set(ids).size).toBe(1);
    expect(slug('Алматы, Қазақстан')).toBe('almaty-kazakstan');
  });
});

describe('declaredOfficial', () => {
  it.each([
    ['Только английская версия является официальным документом.', 'en'],
    ['The English version of this report is the only official document.', 'en'],
    ['Тек ағылшын тіліндегі нұсқасы ғана ресми құжат болып табылады.', 'en'],
    ['Вместе с тем, англоязычная версия остается единственной официальной.', 'en'],
    ['The report was translated into Russian.', null],
  ])('%s → %s', (text, lang) => expect(declaredOfficial(text)).toBe(lang));
});

describe('crossReferences', () => {
  it('finds references to footnotes written in words', () => {
    expect(crossReferences('Данный механизм. См. сноску 8.', resources('ru'))).toEqual([8]);
    expect(crossReferences('See footnote 8 and see also note 12.', resources('en'))).toEqual([8, 12]);
    expect(crossReferences('8-ескертпені қараңыз.', resources('kk'))).toEqual([8]);
  });
});

describe('counting the letters of a script', () => {
  it('counts what the class matches, as matching every character would, surrogate pairs and lone halves included', () => {
    const texts = ['', 'Выборы 2012 года', 'Сайлау әкімшілігі', 'mixed Латиница и latin', 'astral \u{1E030}\u{10780}\u{1D400} x\ud800 y\udc00z', 'Ә'.repeat(3) + '\u{1F600}'];
    for (const cls of [/\p{Script=Cyrillic}/u, /\p{Script=Latin}/u, /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u]) {
      const count = counter(cls);
      for (const t of texts) expect(count(t)).toBe(t.match(new RegExp(cls.source, 'gu'))?.length ?? 0);
    }
  });
});
