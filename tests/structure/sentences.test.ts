import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/structure/sentences.ts';
import { resources } from '../../src/lang/index.ts';
import type { Lang } from '../../src/schema/index.ts';

const split = (text: string, lang: Lang) => splitSentences(text, resources(lang)).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ru: abbreviations and initials do not end a sentence', () => {
    expect(split('События в г. Жанаозене 16 декабря стали темой. Адрес: ул. Иманова, д.13. См. сноску 8.', 'ru')).toEqual([
      'События в г. Жанаозене 16 декабря стали темой.',
      'Адрес: ул. Иманова, д.13.',
      'См. сноску 8.',
    ]);
    expect(split('Доклад подписал А. Иванов. Он прибыл т.е. вчера.', 'ru')).toEqual(['Доклад подписал А. Иванов.', 'Он прибыл т.е. вчера.']);
  });

  it('en: titles, numbers and Latin abbreviations', () => {
    expect(split('Mr. Soares led the mission. See No. 5, e.g. the annex. Voting was calm.', 'en')).toEqual([
      'Mr. Soares led the mission.',
      'See No. 5, e.g. the annex.',
      'Voting was calm.',
    ]);
  });

  it('kk: the year abbreviation ж. does not end a sentence', () => {
    expect(split('Сайлау 2012 ж. 15 қаңтарда өтті. Байқаушылар келді.', 'kk')).toEqual(['Сайлау 2012 ж. 15 қаңтарда өтті.', 'Байқаушылар келді.']);
  });

  it('splits where extraction lost the space after a full stop, but not inside URLs', () => {
    expect(split('ОСДП (49) и «Ак Жол» (42).Прочие партии были. Ьретья тоже.', 'ru')).toEqual(['ОСДП (49) и «Ак Жол» (42).', 'Прочие партии были.', 'Ьретья тоже.']);
    expect(split('See http://www.Osce.Org/fom and www.Example.Com for details.', 'en')).toHaveLength(1);
  });

  it('a sentence may start with a digit or a quote', () => {
    expect(split('Выборы прошли. 18 августа 2007 года состоялись выборы. «Нур Отан» победил.', 'ru')).toHaveLength(3);
  });

  it('a doubled stop left by a removed marker still ends the sentence', () => {
    expect(split('такие акты.. Такие случаи мешали.', 'ru')).toEqual(['такие акты..', 'Такие случаи мешали.']);
  });

  it('does not split before a lower-case word', () => {
    expect(split('Approx. ten per cent etc. were noted.', 'en')).toHaveLength(1);
  });
});

describe('opensLine', () => {
  it('says which sentences open a printed line', async () => {
    const { buildStructure } = await import('../../src/structure/document.ts');
    const lines = [
      'The lake commission met on the shore and agreed on the order of its work for',
      'the season. It met again in the spring and heard the reports of its members on',
      'the state of the water. The hill council sent its own report in the same month.',
      'Its members asked for more time. The commission granted them two weeks and then',
      'closed the session.',
    ].map((text, k) => ({ text, page: 1, no: k + 1, indent: 0, blank: false, rawLength: text.length, pageStart: false, zone: 'body' as const }));
    const s = buildStructure(lines, resources('en'));
    expect(s.sentences.map((x) => [x.text.slice(0, 12), x.opensLine])).toEqual([
      ['The lake com', true],
      ['It met again', false],
      ['The hill cou', false],
      ['Its members ', true],
      ['The commissi', false],
    ]);
  });
});
