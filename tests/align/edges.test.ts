import { describe, expect, it } from 'vitest';
import { edgeCost, paragraphEdges } from '../../src/align/edges.ts';
import { Document, type Lang } from '../../src/schema/index.ts';

/** A version of paragraphs of sentences, each saying whether it opens a printed line. */
function version(lang: Lang, format: 'text' | 'pdf', paras: Array<Array<[string, boolean]>>, kind: 'paragraph' | 'list' = 'paragraph'): Document {
  const d: Document = {
    schemaVersion: '1.0', statementId: 'x', lang, langConfidence: 1, official: lang === 'en', officialLang: 'en',
    source: { path: `${lang}.txt`, sha256: '0', format, pages: 1 }, title: null, documentKind: null, place: null, date: null, dateline: null, period: null, cover: [], toc: [],
    sections: [], paragraphs: [], sentences: [], footnotes: [], tables: [], notes: [], claims: [], furniture: [], diagnostics: [],
  };
  paras.forEach((p, k) => {
    const id = `p${k + 1}`;
    d.paragraphs.push({ id, sectionId: null, page: 1, sentenceIds: [], kind });
    for (const [text, opensLine] of p) {
      const sid = `s${d.sentences.length + 1}`;
      d.paragraphs[k]!.sentenceIds.push(sid);
      d.sentences.push({ id: sid, paragraphId: id, text, footnoteRefs: [], page: 1, crossRefs: [], label: null, opensLine });
    }
  });
  return Document.parse(d);
}

describe('paragraph edges', () => {
  // one paragraph printed without a gap: its third sentence opens a line, its second ends one
  const sentences: Array<[string, boolean]> = [['Lakes are high.', true], ['Hills are low.', false], ['Rivers run.', true], ['Fields lie.', false]];

  it('leaves an edge open in a text where a sentence opens a printed line inside running text', () => {
    expect(paragraphEdges(version('en', 'text', [sentences]))).toEqual({ starts: [true, false, null, false], ends: [false, null, false, true] });
  });

  it("takes a PDF's paragraphs as they are, and a list's", () => {
    const shut = { starts: [true, false, false, false], ends: [false, false, false, true] };
    expect(paragraphEdges(version('en', 'pdf', [sentences]))).toEqual(shut);
    expect(paragraphEdges(version('en', 'text', [sentences], 'list'))).toEqual(shut);
  });

  it('costs nothing where either side may hide an edge, and less where the neighbour is the edge', () => {
    const other = paragraphEdges(version('ru', 'pdf', [sentences.slice(0, 2), sentences.slice(2)]));
    const text = paragraphEdges(version('en', 'text', [sentences]));
    const pdf = paragraphEdges(version('en', 'pdf', [sentences]));
    expect(edgeCost(text.starts, other.starts, 2, 2, -1)).toBe(0);
    expect(edgeCost(text.ends, other.ends, 1, 1, 1)).toBe(0);
    expect(edgeCost(pdf.starts, other.starts, 2, 2, -1)).toBe(1.5);
    expect(edgeCost(pdf.starts, other.starts, 1, 2, -1)).toBe(0.5);
  });
});
