import { describe, expect, it } from 'vitest';
import { agreeParagraphs, paragraphChanges, withoutTakenBreaks } from '../../src/align/paragraphs.ts';
import { Document, type Alignment, type Lang } from '../../src/schema/index.ts';

type Para = { kind?: 'paragraph' | 'list'; sentences: Array<[text: string, opensLine: boolean]> };

/** A version of paragraphs of sentences, each saying whether it opens a printed line. */
function version(lang: Lang, paras: Para[]): Document {
  const d: Document = {
    schemaVersion: '1.0', statementId: 'x', lang, langConfidence: 1, official: lang === 'en', officialLang: 'en',
    source: { path: `${lang}.txt`, sha256: '0', format: 'text', pages: 2 }, title: null, documentKind: null, place: null, date: null, dateline: null, period: null, cover: [], toc: [],
    sections: [], paragraphs: [], sentences: [], footnotes: [], tables: [], notes: [], claims: [], furniture: [], diagnostics: [],
  };
  paras.forEach((p, k) => {
    const id = `p${k + 1}`;
    d.paragraphs.push({ id, sectionId: null, page: 1, sentenceIds: [], kind: p.kind ?? 'paragraph' });
    for (const [text, opensLine] of p.sentences) {
      const sid = `s${d.sentences.length + 1}`;
      d.paragraphs[k]!.sentenceIds.push(sid);
      d.sentences.push({ id: sid, paragraphId: id, text, footnoteRefs: [], page: d.sentences.length >= 2 ? 2 : 1, crossRefs: [], label: null, opensLine });
    }
  });
  return Document.parse(d);
}

/** Sentence k of one version linked to sentence k of the other. */
const oneToOne = (a: Document, b: Document): Alignment => ({
  statementId: 'x',
  pairs: [{ langs: [a.lang, b.lang], sections: [], links: a.sentences.map((s, k) => ({ a: [s.id], b: [b.sentences[k]!.id], score: 1 })), footnotes: [] }],
});
const shape = (d: Document): string[][] => d.paragraphs.map((p) => p.sentenceIds);

describe('paragraph breaks another version shows', () => {
  // en printed the first paragraph's last line full: its break is hidden; ru shows it
  const en = version('en', [{ sentences: [['Lakes are high.', true], ['Hills are low.', false], ['Rivers run.', true], ['Fields lie.', false]] }]);
  const ru = version('ru', [{ sentences: [['Озёра высоки.', true], ['Холмы низки.', false]] }, { sentences: [['Реки текут.', true], ['Поля лежат.', false]] }]);

  it('opens a paragraph where the sentence opens a printed line', () => {
    const [en2, ru2] = agreeParagraphs([en, ru], oneToOne(en, ru));
    expect(shape(en2!)).toEqual([['s1', 's2'], ['s3', 's4']]);
    expect(en2!.sentences.map((s) => s.paragraphId)).toEqual(['p1', 'p1', 'p2', 'p2']);
    expect(en2!.paragraphs[1]!.page).toBe(2);
    expect(en2!.diagnostics.map((d) => [d.rule, d.place?.sentenceId])).toEqual([['paragraph-from-translation', 's3']]);
    expect(ru2).toBe(ru);
  });

  it('leaves a version read from a PDF as it is (its paragraphs come from the page\'s gaps)', () => {
    const pdf = Document.parse({ ...en, source: { ...en.source, format: 'pdf' } });
    expect(agreeParagraphs([pdf, ru], oneToOne(pdf, ru))[0]).toBe(pdf);
  });

  it('leaves a sentence that starts inside a line where it is', () => {
    const inLine = version('en', [{ sentences: [['Lakes are high.', true], ['Hills are low.', false], ['Rivers run.', false], ['Fields lie.', false]] }]);
    expect(paragraphChanges([inLine, ru], oneToOne(inLine, ru)).get('en')!.open.size).toBe(0);
  });

  it('leaves lists alone', () => {
    const list = version('en', [{ kind: 'list', sentences: [['Lakes are high.', true], ['Hills are low.', false], ['Rivers run.', true], ['Fields lie.', false]] }]);
    expect(agreeParagraphs([list, ru], oneToOne(list, ru))[0]).toBe(list);
  });

  it('takes no break a third version denies by a sentence that starts inside a line', () => {
    // kk broke the paragraph where the text goes on; kk's reader was wrong, and kk's own line says so
    const kk = version('kk', [{ sentences: [['Көлдер биік.', true], ['Төбелер аласа.', false], ['Өзендер ағады.', false], ['Егістер жатыр.', false]] }]);
    const all = [en, ru, kk];
    const links = (a: Document, b: Document) => oneToOne(a, b).pairs;
    const alignment: Alignment = { statementId: 'x', pairs: [...links(en, ru), ...links(en, kk), ...links(ru, kk)] };
    expect(paragraphChanges(all, alignment).get('en')!.open.has('s3')).toBe(false);
    expect(paragraphChanges([en, ru], oneToOne(en, ru)).get('en')!.open.has('s3')).toBe(true);
  });

  it('keeps a break another version hides', () => {
    const [ru2] = agreeParagraphs([ru, en], oneToOne(ru, en));
    expect(shape(ru2!)).toEqual(shape(ru));
  });

  it('joins a paragraph where every other version denies the break, and only then', () => {
    // kk's reader broke a paragraph where en and ru go on inside a line
    const kk = version('kk', [{ sentences: [['Көлдер биік.', true], ['Төбелер аласа.', false]] }, { sentences: [['Өзендер ағады.', true], ['Егістер жатыр.', false]] }]);
    const en1 = version('en', [{ sentences: [['Lakes are high.', true], ['Hills are low.', false], ['Rivers run.', false], ['Fields lie.', false]] }]);
    const ru1 = version('ru', [{ sentences: [['Озёра высоки.', true], ['Холмы низки.', false], ['Реки текут.', false], ['Поля лежат.', false]] }]);
    const pairs = (a: Document, b: Document) => oneToOne(a, b).pairs;
    const both: Alignment = { statementId: 'x', pairs: [...pairs(en1, ru1), ...pairs(en1, kk), ...pairs(ru1, kk)] };
    const [, , kk2] = agreeParagraphs([en1, ru1, kk], both);
    expect(shape(kk2!)).toEqual([['s1', 's2', 's3', 's4']]);
    expect(kk2!.diagnostics.map((d) => [d.rule, d.place?.sentenceId])).toEqual([['paragraph-joined-from-translation', 's3']]);
    expect(shape(withoutTakenBreaks(kk2!))).toEqual(shape(kk));
    // en hides a break there (its sentence opens a line): no join
    const withEn: Alignment = { statementId: 'x', pairs: [...pairs(en, ru1), ...pairs(en, kk), ...pairs(ru1, kk)] };
    expect(paragraphChanges([en, ru1, kk], withEn).get('kk')!.join.size).toBe(0);
  });

  it('gives back the version as its own text has it, and gives the same breaks again', () => {
    const [en2] = agreeParagraphs([en, ru], oneToOne(en, ru));
    const own = withoutTakenBreaks(en2!);
    expect(shape(own)).toEqual(shape(en));
    expect(own.diagnostics).toEqual([]);
    expect(agreeParagraphs([own, ru], oneToOne(own, ru))[0]).toEqual(en2);
  });
});
