import { describe, expect, it } from 'vitest';
import { agreeParagraphs, hiddenBreaks, withoutTakenBreaks } from '../../src/align/paragraphs.ts';
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

  it('leaves a sentence that starts inside a line where it is', () => {
    const inLine = version('en', [{ sentences: [['Lakes are high.', true], ['Hills are low.', false], ['Rivers run.', false], ['Fields lie.', false]] }]);
    expect(hiddenBreaks([inLine, ru], oneToOne(inLine, ru)).get('en')).toBeUndefined();
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
    expect(hiddenBreaks(all, alignment).get('en')?.has('s3') ?? false).toBe(false);
    expect(hiddenBreaks([en, ru], oneToOne(en, ru)).get('en')?.has('s3')).toBe(true);
  });

  it('never takes a break away', () => {
    const [ru2] = agreeParagraphs([ru, en], oneToOne(ru, en));
    expect(shape(ru2!)).toEqual(shape(ru));
  });

  it('gives back the version as its own text has it, and gives the same breaks again', () => {
    const [en2] = agreeParagraphs([en, ru], oneToOne(en, ru));
    const own = withoutTakenBreaks(en2!);
    expect(shape(own)).toEqual(shape(en));
    expect(own.diagnostics).toEqual([]);
    expect(agreeParagraphs([own, ru], oneToOne(own, ru))[0]).toEqual(en2);
  });
});
