import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/index.ts';
import { extractClaims } from '../../src/claims/index.ts';
import { resources } from '../../src/lang/index.ts';
import { alignStatement } from '../../src/align/statement.ts';
import { TermBase } from '../../src/align/terms.ts';
import type { Document, Lang } from '../../src/schema/index.ts';
import { SCHEMA_VERSION } from '../../src/schema/index.ts';

/** A small document: paragraphs of sentences, footnotes referenced as [^N]. */
function doc(lang: Lang, paragraphs: string[][], footnotes: string[] = []): Document {
  const d: Document = {
    schemaVersion: SCHEMA_VERSION, statementId: 't', lang, langConfidence: 1, official: lang === 'en', officialLang: 'en',
    source: { path: 't', sha256: '', format: 'text', pages: 1 }, title: null, place: null, date: null,
    sections: [], paragraphs: [], sentences: [], footnotes: [], notes: [], claims: [], furniture: [], diagnostics: [],
  };
  for (const p of paragraphs) {
    const para = { id: `p${d.paragraphs.length + 1}`, sectionId: null, page: 1, sentenceIds: [] as string[], kind: 'paragraph' as const };
    d.paragraphs.push(para);
    for (const raw of p) {
      const refs = [...raw.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]));
      const id = `s${d.sentences.length + 1}`;
      d.sentences.push({ id, paragraphId: para.id, text: raw.replace(/\[\^\d+\]/g, ''), footnoteRefs: refs, page: 1, crossRefs: [] });
      para.sentenceIds.push(id);
    }
  }
  footnotes.forEach((text, i) => {
    const n = i + 1;
    d.footnotes.push({ number: n, text, page: 1, refs: d.sentences.filter((s) => s.footnoteRefs.includes(n)).map((s) => ({ sentenceId: s.id, offset: s.text.length })), sentences: [text], crossRefs: [] });
  });
  d.claims = extractClaims(d.sentences, d.footnotes, resources(lang));
  return d;
}

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

describe('checks on a faithful translation', () => {
  it('raise nothing', () => {
    expect(check([doc('en', EN, ['A note.']), doc('ru', RU, ['Примечание.'])])).toEqual([]);
  });
});

describe('number-mismatch and date-mismatch', () => {
  it('a changed number is flagged in both places', () => {
    const ru = RU.map((p) => p.map((s) => s.replace('819', '891')));
    const flags = check([doc('en', EN, ['A note.']), doc('ru', ru, ['Примечание.'])]).filter((f) => f.kind === 'number-mismatch');
    expect(flags).toHaveLength(1);
    expect(flags[0]!.where.map((w) => w.lang)).toEqual(['en', 'ru']);
    expect(flags[0]!.evidence).toMatchObject({ en: ['819'], ru: ['891'] });
  });
  it('the same number in other spelling is not a mismatch', () => {
    const ru = RU.map((p) => p.map((s) => s.replace('21 процент', 'двадцать один процент')));
    expect(kinds([doc('en', EN, ['A note.']), doc('ru', ru, ['Примечание.'])])).toEqual([]);
  });
  it('a changed date', () => {
    const ru = RU.map((p) => p.map((s) => s.replace('15 января', '16 января')));
    expect(kinds([doc('en', EN, ['A note.']), doc('ru', ru, ['Примечание.'])])).toEqual(['date-mismatch']);
  });
});

describe('url-mismatch, omission, footnotes', () => {
  it('a changed URL', () => {
    const ru = RU.map((p) => p.map((s) => s.replace('odihr', 'odihr2')));
    expect(kinds([doc('en', EN, ['A note.']), doc('ru', ru, ['Примечание.'])])).toEqual(['url-mismatch']);
  });
  it('a sentence missing from the translation', () => {
    const ru = [RU[0]!, [RU[1]![0]!]];
    expect(kinds([doc('en', EN, ['A note.']), doc('ru', ru, ['Примечание.'])])).toContain('omission');
  });
  it('a footnote missing from the translation and one never referenced', () => {
    const ru = RU.map((p) => p.map((s) => s.replace('[^1]', '')));
    const k = kinds([doc('en', EN, ['A note.']), doc('ru', ru, ['Примечание.'])]);
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
