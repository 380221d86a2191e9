/** Small documents for the checks' tests. */
import { extractClaims } from '../../src/claims/index.ts';
import { resources } from '../../src/lang/index.ts';
import type { Document, Lang } from '../../src/schema/index.ts';
import { SCHEMA_VERSION } from '../../src/schema/index.ts';

/** A small document: paragraphs of sentences, footnotes referenced as [^N]. */
export function doc(lang: Lang, paragraphs: string[][], footnotes: string[] = []): Document {
  const d: Document = {
    schemaVersion: SCHEMA_VERSION, statementId: 't', lang, langConfidence: 1, official: lang === 'en', officialLang: 'en',
    source: { path: 't', sha256: '', format: 'text', pages: 1 }, title: null, documentKind: null, place: null, date: null, dateline: null, period: null, cover: [], toc: [],
    sections: [], paragraphs: [], sentences: [], footnotes: [], tables: [], notes: [], claims: [], furniture: [], diagnostics: [],
  };
  for (const p of paragraphs) {
    const para = { id: `p${d.paragraphs.length + 1}`, sectionId: null, page: 1, sentenceIds: [] as string[], kind: 'paragraph' as const };
    d.paragraphs.push(para);
    for (const raw of p) {
      const refs = [...raw.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]));
      const id = `s${d.sentences.length + 1}`;
      d.sentences.push({ id, paragraphId: para.id, text: raw.replace(/\[\^\d+\]/g, ''), footnoteRefs: refs, page: 1, crossRefs: [], label: null });
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

