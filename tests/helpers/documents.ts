import { Document, type Lang } from '../../src/schema/index.ts';

/** A small document: sections of sentences, footnotes referenced at given offsets. */
export function doc(lang: Lang, official: boolean, sections: Array<[string, string[]]>, footnotes: Array<[number, string, string, number]> = []): Document {
  const d: Document = {
    schemaVersion: '1.0', statementId: 'x', lang, langConfidence: 1, official, officialLang: 'en',
    source: { path: `${lang}.pdf`, sha256: '0', format: 'pdf', pages: 1 }, title: `Title ${lang}`, documentKind: null, place: null, date: null, dateline: null, period: null, cover: [], toc: [],
    sections: [], paragraphs: [], sentences: [], footnotes: [], tables: [], notes: [], claims: [], furniture: [], diagnostics: [],
  };
  let s = 0;
  sections.forEach(([heading, sentences], k) => {
    d.sections.push({ id: `h${k + 1}`, level: 1, heading, number: null, key: null, page: 1 });
    d.paragraphs.push({ id: `p${k + 1}`, sectionId: `h${k + 1}`, page: 1, sentenceIds: [], kind: 'paragraph' });
    for (const text of sentences) {
      const id = `s${++s}`;
      d.paragraphs[k]!.sentenceIds.push(id);
      d.sentences.push({ id, paragraphId: `p${k + 1}`, text, footnoteRefs: [], page: 1, crossRefs: [], label: null });
    }
  });
  for (const [number, text, sentenceId, offset] of footnotes) {
    d.footnotes.push({ number, text, page: 1, refs: [{ sentenceId, offset }], sentences: [text], crossRefs: [] });
    d.sentences.find((x) => x.id === sentenceId)!.footnoteRefs.push(number);
  }
  return Document.parse(d);
}

