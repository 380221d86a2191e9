/**
 * Paragraph edges in sentence alignment: translations keep paragraphs, so a
 * link whose sentences stand differently in theirs (a start against no
 * start, an end against no end) costs more (align/pair.ts).
 */
import type { Document } from '../schema/index.ts';

/**
 * What it costs that a link's paragraph edges disagree: a paragraph start
 * (end) should meet a start (end). Less when the sentence beside the edge on
 * the other side is the edge itself: that sentence may be the one dropped or
 * added (a closing sentence left out, an opening one put in). Nothing where
 * a side may hide an edge there (null).
 */
export function edgeCost(edgesA: Edges, edgesB: Edges, i: number, j: number, step: -1 | 1): number {
  const [x, y] = [edgesA[i], edgesB[j]];
  if (x === y || x === null || y === null) return 0;
  const nextIsEdge = x ? edgesB[j + step] === true : edgesA[i + step] === true;
  return nextIsEdge ? 0.5 : 1.5;
}

/** Whether each sentence is an edge of its paragraph: yes, no, or null where a text may hide one there. */
export type Edges = Array<boolean | null>;

/**
 * Where each sentence stands in its paragraph: translations keep paragraphs,
 * so starts meet starts. In a text (not a PDF's page, whose gaps show every
 * break) a sentence that opens a printed line inside running text may open a
 * paragraph its text printed no gap for, and the sentence before may end one
 * (align/paragraphs.ts takes such breaks from the other versions): neither
 * edge nor no edge.
 */
export function paragraphEdges(doc: Document): { starts: Edges; ends: Edges } {
  const starts: Edges = doc.sentences.map(() => false);
  const ends: Edges = doc.sentences.map(() => false);
  const hides = doc.source.format !== 'pdf';
  const at = new Map(doc.sentences.map((s, k) => [s.id, k]));
  for (const p of doc.paragraphs) {
    p.sentenceIds.forEach((id, k) => {
      const n = at.get(id);
      if (n === undefined) return;
      const hidden = hides && k > 0 && p.kind === 'paragraph' && doc.sentences[n]!.opensLine === true;
      starts[n] = k === 0 ? true : hidden ? null : false;
      ends[n] = k === p.sentenceIds.length - 1;
      if (hidden) ends[at.get(p.sentenceIds[k - 1]!)!] = null;
    });
  }
  return { starts, ends };
}
