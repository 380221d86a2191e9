/**
 * Paragraph breaks the language versions of a statement agree on.
 *
 * Text printed without blank lines between paragraphs hides where a
 * paragraph ended on a full line: the break and a sentence that ends inside
 * a paragraph look the same (the next line opens a sentence, and its first
 * word would not have fitted). The structure stage joins such lines. A
 * translation keeps the paragraphs but breaks its lines elsewhere, so the
 * same paragraph's last line is seldom full in every version.
 *
 * Each aligned link says where a version's sentence stands in the others.
 * A version's sentence there either opens a paragraph, opens a printed line
 * inside one (`opensLine`: a break may be hidden there), or starts inside a
 * line (no break can be there: the version denies one).
 *
 * - A sentence that opens a line inside a paragraph opens a paragraph where
 *   another version opens one there and none denies it.
 * - A paragraph is joined to the one before (in the same section, both
 *   running text) where every other version denies a break there: a reader
 *   that broke a paragraph where no break was printed.
 *
 * A version read from a PDF is left as it is: its paragraphs come from the
 * gaps on the page.
 *
 * Each change carries an info diagnostic, by which `withoutTakenBreaks`
 * undoes it, so a statement done again starts from each version's own text.
 */
import type { Alignment, Document, Paragraph } from '../schema/index.ts';
import { diagnostic } from '../schema/index.ts';

const OPENED = 'paragraph-from-translation';
const JOINED = 'paragraph-joined-from-translation';

/** Where a version's sentence stands: it opens a paragraph, opens a line inside one, or starts inside a line. */
type Place = 'opens' | 'line' | 'inside';

function places(doc: Document): Map<string, Place> {
  const opensLine = new Map(doc.sentences.map((s) => [s.id, s.opensLine]));
  const out = new Map<string, Place>();
  for (const p of doc.paragraphs) {
    p.sentenceIds.forEach((id, k) => {
      if (k === 0) return out.set(id, 'opens');
      // a list's or a block of lines' sentences say nothing of running text's breaks
      const line = opensLine.get(id);
      if (p.kind === 'paragraph' && line !== undefined) out.set(id, line ? 'line' : 'inside');
    });
  }
  return out;
}

/** The openings of running-text paragraphs that may join the one before: running text too, in the same section. */
function joinable(doc: Document): Set<string> {
  return new Set(
    doc.paragraphs.flatMap((p, k) => {
      const q = doc.paragraphs[k - 1];
      const first = p.sentenceIds[0];
      return first !== undefined && q && p.kind === 'paragraph' && q.kind === 'paragraph' && p.sectionId === q.sectionId ? [first] : [];
    }),
  );
}

export interface ParagraphChanges {
  /** sentences to open a paragraph, with the language of a version that opens one there */
  open: Map<string, string>;
  /** paragraph openings to join to the paragraph before */
  join: Set<string>;
}

/** What the other versions say of each version's paragraphs, by language. */
export function paragraphChanges(docs: Document[], alignment: Alignment): Map<string, ParagraphChanges> {
  const placeOf = new Map(docs.map((d) => [d.lang as string, places(d)]));
  // for each version's sentence, what the other versions have there
  const seen = new Map<string, Map<string, Array<{ lang: string; place: Place | undefined }>>>();
  const note = (lang: string, id: string, other: string, place: Place | undefined): void => {
    const byId = seen.get(lang) ?? new Map<string, Array<{ lang: string; place: Place | undefined }>>();
    byId.set(id, [...(byId.get(id) ?? []), { lang: other, place }]);
    seen.set(lang, byId);
  };
  for (const pair of alignment.pairs) {
    const [la, lb] = pair.langs;
    if (!placeOf.has(la) || !placeOf.has(lb)) continue;
    for (const link of pair.links) {
      const [x, y] = [link.a[0], link.b[0]];
      if (x === undefined || y === undefined) continue;
      note(la, x, lb, placeOf.get(lb)!.get(y));
      note(lb, y, la, placeOf.get(la)!.get(x));
    }
  }
  const out = new Map<string, ParagraphChanges>();
  for (const doc of docs) {
    const own = placeOf.get(doc.lang)!;
    const changes: ParagraphChanges = { open: new Map(), join: new Set() };
    // a PDF's paragraphs are read off the page's gaps: it gives breaks, and takes none
    if (doc.source.format === 'pdf') {
      out.set(doc.lang, changes);
      continue;
    }
    const canJoin = joinable(doc);
    for (const [id, others] of seen.get(doc.lang) ?? []) {
      const denied = others.some((o) => o.place === 'inside');
      const shown = others.find((o) => o.place === 'opens');
      if (own.get(id) === 'line' && shown && !denied) changes.open.set(id, shown.lang);
      if (canJoin.has(id) && others.every((o) => o.place === 'inside')) changes.join.add(id);
    }
    out.set(doc.lang, changes);
  }
  return out;
}

/** The paragraphs opened before the `open` sentences and joined to the one before at the `join` sentences, numbered again. */
function regroup(doc: Document, open: Set<string>, join: Set<string>): Document {
  const page = new Map(doc.sentences.map((s) => [s.id, s.page]));
  const paragraphs: Paragraph[] = [];
  const paragraphOf = new Map<string, string>();
  let current: Paragraph | null = null;
  for (const p of doc.paragraphs) {
    const first = p.sentenceIds[0];
    if (first === undefined || !join.has(first)) current = null;
    for (const [k, s] of p.sentenceIds.entries()) {
      if (current === null || (k > 0 && open.has(s))) {
        current = { ...p, id: `p${paragraphs.length + 1}`, page: k === 0 ? p.page : (page.get(s) ?? p.page), sentenceIds: [] };
        paragraphs.push(current);
      }
      current.sentenceIds.push(s);
      paragraphOf.set(s, current.id);
    }
    if (first === undefined) paragraphs.push({ ...p, id: `p${paragraphs.length + 1}` });
  }
  return { ...doc, paragraphs, sentences: doc.sentences.map((s) => ({ ...s, paragraphId: paragraphOf.get(s.id) ?? s.paragraphId })) };
}

const takenBy = (doc: Document, rule: string): Set<string> =>
  new Set(doc.diagnostics.flatMap((d) => (d.rule === rule && d.place?.sentenceId ? [d.place.sentenceId] : [])));

/** How many of the document's paragraph breaks other versions gave it (opened or joined). */
export const takenChanges = (doc: Document): number => doc.diagnostics.filter((d) => d.rule === OPENED || d.rule === JOINED).length;

/** The document as its own text has it: what other versions changed (an earlier run's) undone. */
export function withoutTakenBreaks(doc: Document): Document {
  const [opened, joined] = [takenBy(doc, OPENED), takenBy(doc, JOINED)];
  if (opened.size === 0 && joined.size === 0) return doc;
  return { ...regroup(doc, joined, opened), diagnostics: doc.diagnostics.filter((d) => d.rule !== OPENED && d.rule !== JOINED) };
}

/** The document with the changes made, each noted. */
export function changeParagraphs(doc: Document, changes: ParagraphChanges): Document {
  if (changes.open.size === 0 && changes.join.size === 0) return doc;
  const notes = [
    ...[...changes.join].map((s) => diagnostic('align', JOINED, 'info', 'this paragraph goes on the one before, as in every other version: there this sentence starts inside a line', { sentenceId: s })),
    ...[...changes.open].map(([s, lang]) => diagnostic('align', OPENED, 'info', `a paragraph opens here as in the ${lang} version: the line above ends a sentence at the margin, where this text shows no break`, { sentenceId: s })),
  ];
  return { ...regroup(doc, new Set(changes.open.keys()), changes.join), diagnostics: [...doc.diagnostics, ...notes] };
}

/**
 * Every version with the paragraph breaks the others agree on (each document
 * unchanged where none). The documents are as their own text has them
 * (`withoutTakenBreaks`), and so is the alignment's input.
 */
export function agreeParagraphs(docs: Document[], alignment: Alignment): Document[] {
  const changes = paragraphChanges(docs, alignment);
  return docs.map((d) => changeParagraphs(d, changes.get(d.lang) ?? { open: new Map(), join: new Set() }));
}
