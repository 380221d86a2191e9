/**
 * The align stage for two language versions of one statement: sections by
 * canonical key and order, sentences and footnotes by the DP aligner.
 */
import { alignTables } from './tables.ts';
import type { AlignmentPair, Claim, Document } from '../schema/index.ts';
import { resources } from '../lang/index.ts';
import { claimsIn } from '../claims/index.ts';
import { alignDp } from './dp.ts';
import { edgeCost, paragraphEdges } from './edges.ts';
import { anchorsOf, cognatesOf } from './anchors.ts';
import type { TermBase } from './terms.ts';
import { lexiconIndex } from '../lang/lexicon.ts';
import { type CodedSignals, encode, overlaps, type Signals, signalCount } from './coded.ts';

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

/** The lexicon's concepts a text speaks of, as signals. */
const conceptsOf = (text: string, lang: Document['lang']): Set<string> => new Set([...lexiconIndex(lang).concepts(text)].map((id) => `lx:${id}`));

/** Weight of the lexicon's concepts against anchors and skeletons (measured: 0.5 beat 0.3, 0.65 and 0.8 on the damaged-translation eval). */
const LEXICAL_WEIGHT = 0.5;

/**
 * Strong anchors weigh most among the surface signals, shared word
 * skeletons fill in where a sentence has none; the concepts the lexicon
 * finds in both count as much as the two together. Each kind's overlap is
 * Dice's coefficient for a link as a whole, or with `cover` how much of the
 * first side the second holds, for one member of a merged group.
 */
function pairSimilarity(x: Pair, i: number, di: number, j: number, dj: number, cover = false): number | null {
  overlaps(x.a, i, di, x.b, j, dj, cover, kinds);
  const strong = answer(kinds[0]!);
  const weak = answer(kinds[1]!);
  const lexical = answer(kinds[2]!);
  const surface = strong === null ? (weak === null ? null : Math.min(1, weak * 1.5)) : weak === null ? strong : 0.7 * strong + 0.3 * Math.min(1, weak * 1.5);
  if (lexical === null) return surface;
  if (surface === null) return lexical;
  return (1 - LEXICAL_WEIGHT) * surface + LEXICAL_WEIGHT * lexical;
}

// the three kinds' overlaps of the link pairSimilarity judges (NaN: no answer)
const kinds = new Float64Array(3);
const answer = (v: number): number | null => (v === v ? v : null);

/** The two documents' coded signals, as one DP reads them. */
interface Pair {
  a: CodedSignals;
  b: CodedSignals;
}

/**
 * The overlaps the DP asks about, each worked out once. From row `i` the DP
 * asks about links from rows `i` and `i + 1` only, and about the same pair of
 * sentences again and again: as a 1-1 link, as a member of every merged link
 * around it, and once more if the wide band is searched. Overlap is
 * symmetric, so a member on the b side is the a side's link read the other
 * way. Only the last four rows are kept: memory stays a few rows' worth
 * whatever the statement's length.
 */
class LinkScores {
  // rows by `i % 4` with the row each holds: the DP asks about two rows at a time
  private readonly ring: Float64Array[];
  private readonly tags = new Int32Array(4).fill(-1);
  private readonly mirror: Pair;
  // per (row, column): the four links of 1 or 2 sentences a side, then a-member and b-member coverage
  private static readonly SLOTS = 6;
  constructor(
    private readonly x: Pair,
    private readonly columns: number,
  ) {
    this.mirror = { a: x.b, b: x.a };
    this.ring = Array.from({ length: 4 }, () => new Float64Array((columns + 3) * LinkScores.SLOTS));
  }

  private row(i: number): Float64Array {
    const r = this.ring[i & 3]!;
    if (this.tags[i & 3] !== i) {
      r.fill(Number.NaN);
      this.tags[i & 3] = i;
    }
    return r;
  }

  private kept(i: number, j: number, slot: number, work: () => number | null): number | null {
    if (j < 0 || j > this.columns + 2) return work();
    const r = this.row(i);
    const at = j * LinkScores.SLOTS + slot;
    const v = r[at]!;
    if (v === v) return v < 0 ? null : v; // NaN: not yet worked out; -1: no signals
    const w = work();
    r[at] = w === null ? -1 : w;
    return w;
  }

  /** pairSimilarity of the run of `di` a-sentences from `i` with `dj` b-sentences from `j` (kept for runs of 1 or 2). */
  link(i: number, di: number, j: number, dj: number): number | null {
    if (di > 2 || dj > 2) return pairSimilarity(this.x, i, di, j, dj);
    return this.kept(i, j, (di - 1) * 2 + (dj - 1), () => pairSimilarity(this.x, i, di, j, dj));
  }

  /** How much of a-sentence `i` b-sentence `j` covers, and the other way (pairSimilarity with `cover`). */
  coverA(i: number, j: number): number | null {
    return this.kept(i, j, 4, () => pairSimilarity(this.x, i, 1, j, 1, true));
  }

  coverB(i: number, j: number): number | null {
    return this.kept(i, j, 5, () => pairSimilarity(this.mirror, j, 1, i, 1, true));
  }
}

/**
 * A merged group is only as good as its weakest member: each sentence on the
 * side with two must be found in the other side, or a merge would win just by
 * pooling more anchors. A member is judged by how much of it the other side
 * covers (a short sentence merged into a long one shares little of the long
 * one's signals, all of its own); the link as a whole by the overlap of the
 * two sides, so that what neither member says still counts against it.
 */
function groupSimilarity(s: LinkScores, x: Pair, i: number, di: number, j: number, dj: number): number | null {
  const whole = s.link(i, di, j, dj);
  if (di === 1 && dj === 1) return whole;
  // in a 2-1 or 1-2 link a member is judged half by its overlap with the single sentence, half by how much of
  // it that sentence covers; in a 2-2 link by its overlap alone (two 1-1 links are the likelier reading)
  let least: number | null = null;
  if (di > 1) {
    for (let k = i; k < i + di; k++) {
      if (!says(x.a, k)) continue;
      const d = s.link(k, 1, j, dj);
      const p = dj > 1 || d === null ? d : (d + (s.coverA(k, j) ?? d)) / 2;
      if (p !== null) least = least === null ? p : Math.min(least, p);
    }
  }
  if (dj > 1) {
    for (let k = j; k < j + dj; k++) {
      if (!says(x.b, k)) continue;
      const d = s.link(i, di, k, 1);
      const p = di > 1 || d === null ? d : (d + (s.coverB(i, k) ?? d)) / 2;
      if (p !== null) least = least === null ? p : Math.min(least, p);
    }
  }
  return least ?? whole;
}

/** A short fragment has too few words to judge: only members with something to say count. */
const says = (c: CodedSignals, k: number): boolean => signalCount(c, k) >= 3;

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
const claimsAt = (doc: Document, where: string | number): Claim[] | undefined => (doc.claims.length === 0 ? undefined : claimsIn(doc, where));

/** The canonical key of the section each sentence stands in. */
function sectionKeys(doc: Document): string[] {
  const paragraphSection = new Map(doc.paragraphs.map((p) => [p.id, p.sectionId]));
  const key = new Map(doc.sections.map((s) => [s.id, s.key]));
  return doc.sentences.map((s) => {
    const sec = paragraphSection.get(s.paragraphId);
    return sec ? (key.get(sec) ?? sec) : 'opening';
  });
}

/** The DP's similarity over a pair's coded signals, each overlap worked out once. */
function scored(x: Pair, columns: number): (i: number, di: number, j: number, dj: number) => number | null {
  const scores = new LinkScores(x, columns);
  return (i, di, j, dj) => groupSimilarity(scores, x, i, di, j, dj);
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
  const codes = new Map<string, number>();
  const anchors = weighted ? { a: encode(signals(a, ra), codes), b: encode(signals(b, rb), codes) } : null;
  const edgesA = paragraphEdges(a);
  const edgesB = paragraphEdges(b);
  const beads = alignDp({
    aLen: a.sentences.map((s) => s.text.length),
    bLen: b.sentences.map((s) => s.text.length),
    similarity: anchors ? scored(anchors, b.sentences.length) : undefined,
    anchorWeight: options.anchorWeight,
    priors: options.priors,
    shape: (i, di, j, dj) => edgeCost(edgesA.starts, edgesB.starts, i, j, -1) + edgeCost(edgesA.ends, edgesB.ends, i + di - 1, j + dj - 1, 1) + (keysA[i] !== keysB[j] ? 4 : 0),
  });
  const fnSignals = (doc: Document, res: typeof ra): Signals =>
    cached(doc, 'footnotes', () => ({
      anchors: doc.footnotes.map((f) => anchorsOf({ id: String(f.number), text: f.text, refs: [], claims: claimsAt(doc, f.number) }, res, options.terms)),
      cognates: doc.footnotes.map((f) => cognatesOf(f.text)),
      concepts: doc.footnotes.map((f) => conceptsOf(f.text, doc.lang)),
    }));
  const fnAnchors = weighted ? { a: encode(fnSignals(a, ra), codes), b: encode(fnSignals(b, rb), codes) } : null;
  const fnBeads = alignDp({
    aLen: a.footnotes.map((f) => f.text.length),
    bLen: b.footnotes.map((f) => f.text.length),
    similarity: fnAnchors ? scored(fnAnchors, b.footnotes.length) : undefined,
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
