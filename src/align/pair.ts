/**
 * The align stage for two language versions of one statement: sections by
 * canonical key and order, sentences and footnotes by the DP aligner.
 */
import { alignTables } from './tables.ts';
import type { AlignmentPair, Claim, Document } from '../schema/index.ts';
import { resources } from '../lang/index.ts';
import { alignDp } from './dp.ts';
import { anchorSimilarity, anchorsOf, cognatesOf } from './anchors.ts';
import type { TermBase } from './terms.ts';
import { lexiconIndex } from '../lang/lexicon.ts';

export interface AlignOptions {
  terms?: TermBase;
  /** 0 aligns on length alone (the Gale-Church baseline) */
  anchorWeight?: number;
  priors?: Record<string, number>;
}

// a document's alignment signals are the same for every pair it takes part in
const signalCache = new WeakMap<Document, Map<string, Signals>>();
function cached(doc: Document, part: string, make: () => Signals): Signals {
  const byPart = signalCache.get(doc) ?? new Map<string, Signals>();
  signalCache.set(doc, byPart);
  if (!byPart.has(part)) byPart.set(part, make());
  return byPart.get(part)!;
}

/** The signals of one sentence, or the union over a merged group (a single sentence needs no copy). */
const unions = new WeakMap<Array<Set<string>>, Map<number, Set<string>>>();
function signalOf(sets: Array<Set<string>>, ks: number[]): Set<string> {
  if (ks.length === 1) return sets[ks[0]!]!;
  // groups are runs of consecutive sentences, asked about many times by the aligner
  const byRun = unions.get(sets) ?? new Map<number, Set<string>>();
  unions.set(sets, byRun);
  const key = ks[0]! * 8 + ks.length;
  let u = byRun.get(key);
  if (!u) byRun.set(key, (u = new Set(ks.flatMap((k) => [...sets[k]!]))));
  return u;
}

/** The lexicon's concepts a text speaks of, as signals. */
const conceptsOf = (text: string, lang: Document['lang']): Set<string> => new Set([...lexiconIndex(lang).concepts(text)].map((id) => `lx:${id}`));

/**
 * What it costs that a link's paragraph edges disagree: a paragraph start
 * (end) should meet a start (end). Less when the sentence beside the edge on
 * the other side is the edge itself: that sentence may be the one dropped or
 * added (a closing sentence left out, an opening one put in).
 */
function edgeCost(edgesA: boolean[], edgesB: boolean[], i: number, j: number, step: -1 | 1): number {
  if (edgesA[i] === edgesB[j]) return 0;
  const nextIsEdge = edgesA[i] ? edgesB[j + step] === true : edgesA[i + step] === true;
  return nextIsEdge ? 0.5 : 1.5;
}

/** Where each sentence stands in its paragraph: translations keep paragraphs, so starts meet starts. */
function paragraphEdges(doc: Document): { starts: boolean[]; ends: boolean[] } {
  const first = new Set(doc.paragraphs.map((p) => p.sentenceIds[0]));
  const last = new Set(doc.paragraphs.map((p) => p.sentenceIds.at(-1)));
  return { starts: doc.sentences.map((s) => first.has(s.id)), ends: doc.sentences.map((s) => last.has(s.id)) };
}

interface Signals {
  anchors: Array<Set<string>>;
  cognates: Array<Set<string>>;
  /** the lexicon's concepts (src/lang/lexicon.ts) */
  concepts: Array<Set<string>>;
}

/** Weight of the lexicon's concepts against anchors and skeletons (measured: 0.5 beat 0.3, 0.65 and 0.8 on the damaged-translation eval). */
const LEXICAL_WEIGHT = 0.5;

/**
 * Strong anchors weigh most among the surface signals, shared word
 * skeletons fill in where a sentence has none; the concepts the lexicon
 * finds in both count as much as the two together. `overlap` compares two
 * signal sets: Dice for a link as a whole, coverage for one member of a
 * merged group.
 */
function pairSimilarity(x: { a: Signals; b: Signals }, a: number[], b: number[], overlap: typeof anchorSimilarity = anchorSimilarity): number | null {
  const strong = overlap(signalOf(x.a.anchors, a), signalOf(x.b.anchors, b));
  const weak = overlap(signalOf(x.a.cognates, a), signalOf(x.b.cognates, b));
  const lexical = overlap(signalOf(x.a.concepts, a), signalOf(x.b.concepts, b));
  const surface = strong === null ? (weak === null ? null : Math.min(1, weak * 1.5)) : weak === null ? strong : 0.7 * strong + 0.3 * Math.min(1, weak * 1.5);
  if (lexical === null) return surface;
  if (surface === null) return lexical;
  return (1 - LEXICAL_WEIGHT) * surface + LEXICAL_WEIGHT * lexical;
}

/** How much of one member's signals the other side of a merged link holds, 0..1; null when the member has none. */
function coverage(member: Set<string>, other: Set<string>): number | null {
  if (member.size === 0) return null;
  let shared = 0;
  for (const s of member) if (other.has(s)) shared++;
  return shared / member.size;
}

/**
 * A merged group is only as good as its weakest member: each sentence on the
 * side with two must be found in the other side, or a merge would win just by
 * pooling more anchors. A member is judged by how much of it the other side
 * covers (a short sentence merged into a long one shares little of the long
 * one's signals, all of its own); the link as a whole by the overlap of the
 * two sides, so that what neither member says still counts against it.
 */
function similarityOver(x: { a: Signals; b: Signals }) {
  const memo = new Map<number, number | null>();
  const m = x.b.anchors.length + 1;
  return (a: number[], b: number[]): number | null => {
    // the aligner asks about runs of consecutive sentences: first index and length say which
    const key = ((a[0]! * 8 + a.length) * m + b[0]!) * 8 + b.length;
    if (memo.has(key)) return memo.get(key)!;
    const value = groupSimilarity(x, a, b);
    memo.set(key, value);
    return value;
  };
}

function groupSimilarity(x: { a: Signals; b: Signals }, a: number[], b: number[]): number | null {
  const whole = pairSimilarity(x, a, b);
  if (a.length === 1 && b.length === 1) return whole;
  // a short fragment has too few words to judge: only members with something to say count
  const says = (s: Signals, k: number): boolean => s.anchors[k]!.size + s.cognates[k]!.size + s.concepts[k]!.size >= 3;
  // in a 2-1 or 1-2 link a member is judged half by its overlap with the single sentence, half by how much of
  // it that sentence covers; in a 2-2 link by its overlap alone (two 1-1 links are the likelier reading)
  const member = (s: { a: Signals; b: Signals }, k: number, other: number[]): number | null => {
    const dice = pairSimilarity(s, [k], other);
    if (other.length > 1 || dice === null) return dice;
    return (dice + (pairSimilarity(s, [k], other, coverage) ?? dice)) / 2;
  };
  const parts = [
    ...(a.length > 1 ? a.filter((k) => says(x.a, k)).map((k) => member(x, k, b)) : []),
    ...(b.length > 1 ? b.filter((k) => says(x.b, k)).map((k) => member({ a: x.b, b: x.a }, k, a)) : []),
  ];
  const known = parts.filter((p): p is number => p !== null);
  return known.length === 0 ? whole : Math.min(...known);
}

/** Sections paired by their canonical key, in order; a section without a key pairs by position among the rest. */
function pairSections(a: Document, b: Document): AlignmentPair['sections'] {
  const out: AlignmentPair['sections'] = [];
  const usedB = new Set<string>();
  for (const s of a.sections) {
    const match = b.sections.find((t) => !usedB.has(t.id) && ((s.key !== null && t.key === s.key) || (s.key === null && t.key === null && t.level === s.level)));
    if (match) usedB.add(match.id);
    out.push({ a: s.id, b: match?.id ?? null, key: s.key });
  }
  for (const t of b.sections) if (!usedB.has(t.id)) out.push({ a: null, b: t.id, key: t.key });
  return out;
}

/**
 * The claims the claims stage found in a sentence (by id) or footnote (by
 * number); undefined when the document's claims were never extracted, so the
 * anchors read them from the text.
 */
const claimIndex = new WeakMap<Document, Map<string | number, Claim[]>>();
function claimsAt(doc: Document, where: string | number): Claim[] | undefined {
  if (doc.claims.length === 0) return undefined;
  let index = claimIndex.get(doc);
  if (!index) {
    index = new Map();
    for (const c of doc.claims) {
      // claims of table cells are compared cell by cell, not with sentences
      const k = 'sentenceId' in c.where ? c.where.sentenceId : 'footnote' in c.where ? c.where.footnote : null;
      if (k !== null) index.set(k, [...(index.get(k) ?? []), c]);
    }
    claimIndex.set(doc, index);
  }
  return index.get(where) ?? [];
}

/** The canonical key of the section each sentence stands in. */
function sectionKeys(doc: Document): string[] {
  const paragraphSection = new Map(doc.paragraphs.map((p) => [p.id, p.sectionId]));
  const key = new Map(doc.sections.map((s) => [s.id, s.key]));
  return doc.sentences.map((s) => {
    const sec = paragraphSection.get(s.paragraphId);
    return sec ? (key.get(sec) ?? sec) : 'opening';
  });
}

export function alignPair(a: Document, b: Document, options: AlignOptions = {}): AlignmentPair {
  const ra = resources(a.lang);
  const rb = resources(b.lang);
  const keysA = sectionKeys(a);
  const keysB = sectionKeys(b);
  const signals = (doc: Document, res: typeof ra): Signals =>
    cached(doc, 'sentences', () => ({
      anchors: doc.sentences.map((s) => anchorsOf({ id: s.id, text: s.text, refs: s.footnoteRefs, claims: claimsAt(doc, s.id) }, res, options.terms)),
      cognates: doc.sentences.map((s) => cognatesOf(s.text)),
      concepts: doc.sentences.map((s) => conceptsOf(s.text, doc.lang)),
    }));
  const weighted = options.anchorWeight !== 0;
  const anchors = weighted ? { a: signals(a, ra), b: signals(b, rb) } : null;
  const edgesA = paragraphEdges(a);
  const edgesB = paragraphEdges(b);
  const beads = alignDp({
    aLen: a.sentences.map((s) => s.text.length),
    bLen: b.sentences.map((s) => s.text.length),
    similarity: anchors ? similarityOver(anchors) : undefined,
    anchorWeight: options.anchorWeight,
    priors: options.priors,
    shape: (x, y) => edgeCost(edgesA.starts, edgesB.starts, x[0]!, y[0]!, -1) + edgeCost(edgesA.ends, edgesB.ends, x.at(-1)!, y.at(-1)!, 1) + (keysA[x[0]!] !== keysB[y[0]!] ? 4 : 0),
  });
  const fnSignals = (doc: Document, res: typeof ra): Signals =>
    cached(doc, 'footnotes', () => ({
      anchors: doc.footnotes.map((f) => anchorsOf({ id: String(f.number), text: f.text, refs: [], claims: claimsAt(doc, f.number) }, res, options.terms)),
      cognates: doc.footnotes.map((f) => cognatesOf(f.text)),
      concepts: doc.footnotes.map((f) => conceptsOf(f.text, doc.lang)),
    }));
  const fnAnchors = weighted ? { a: fnSignals(a, ra), b: fnSignals(b, rb) } : null;
  const fnBeads = alignDp({
    aLen: a.footnotes.map((f) => f.text.length),
    bLen: b.footnotes.map((f) => f.text.length),
    similarity: fnAnchors ? similarityOver(fnAnchors) : undefined,
    anchorWeight: options.anchorWeight,
    moves: [[1, 1], [1, 0], [0, 1]],
  });
  return {
    langs: [a.lang, b.lang],
    sections: pairSections(a, b),
    links: beads.map((x) => ({ a: x.a.map((k) => a.sentences[k]!.id), b: x.b.map((k) => b.sentences[k]!.id), score: x.score })),
    footnotes: fnBeads.map((x) => ({ a: x.a.length ? a.footnotes[x.a[0]!]!.number : null, b: x.b.length ? b.footnotes[x.b[0]!]!.number : null, score: x.score })),
    ...(a.tables.length || b.tables.length ? { tables: alignTables(a, b) } : {}),
  };
}
