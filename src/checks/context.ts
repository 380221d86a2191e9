import type { Alignment, AlignmentPair, Document, Flag, Lang, SentenceLink } from '../schema/index.ts';
import type { TermBase } from '../align/terms.ts';
import { Kept } from '../kept.ts';

/** What every check reads: the statement's versions and their alignment. */
export interface CheckContext {
  statementId: string;
  docs: Document[];
  alignment: Alignment | null;
  terms?: TermBase;
  /** Hunspell dictionaries by language, loaded by the runner; a language without one is not spell-checked */
  spellers?: Partial<Record<Lang, Speller>>;
}

/** What the spelling check needs of a dictionary. */
export interface Speller {
  correct(word: string): boolean;
}

export type FlagDraft = Omit<Flag, 'id' | 'statementId'>;
export type Check = (ctx: CheckContext) => FlagDraft[];

export const docOf = (ctx: CheckContext, lang: Lang): Document | undefined => ctx.docs.find((d) => d.lang === lang);

/** The official version (the pivot of comparisons), or the first. */
export const officialOf = (ctx: CheckContext): Document => ctx.docs.find((d) => d.official) ?? ctx.docs[0]!;

/** Pairs in which one side is the official version, oriented official first. */
export function pivotPairs(ctx: CheckContext): Array<{ pair: AlignmentPair; a: Document; b: Document }> {
  const off = officialOf(ctx);
  return (ctx.alignment?.pairs ?? [])
    .filter((p) => p.langs.includes(off.lang))
    .map((p) => ({ pair: p, a: docOf(ctx, p.langs[0])!, b: docOf(ctx, p.langs[1])! }));
}

export const sentenceText = (doc: Document, ids: string[]): string => ids.map((id) => sentenceById(doc).get(id)?.text ?? '').join(' ');

const sentenceIndex = new WeakMap<Document, Map<string, Document['sentences'][number]>>();
/** A document's sentences by id, built once a document (the checks look sentences up unit by unit). */
export function sentenceById(doc: Document): Map<string, Document['sentences'][number]> {
  let index = sentenceIndex.get(doc);
  if (!index) {
    index = new Map();
    // the first sentence of an id wins, as a search from the start would find it
    for (const s of doc.sentences) if (!index.has(s.id)) index.set(s.id, s);
    sentenceIndex.set(doc, index);
  }
  return index;
}

/**
 * A pure function of a text, its answers kept: several checks ask about the
 * same units' texts. Up to `bound` answers, then it starts over. The answers
 * are shared: callers must not change them.
 */
export function perText<T>(fn: (text: string) => T, bound = 20_000): (text: string) => T {
  const kept = new Kept<string, T>(bound);
  return (text) => kept.get(text, fn);
}

/** Every piece of text of a document a check reads, with its place: sentences, then footnotes. */
export function textUnits(doc: Document): Array<{ text: string; place: { sentenceId: string } | { footnote: number } }> {
  return [
    ...doc.sentences.map((s) => ({ text: s.text, place: { sentenceId: s.id } })),
    ...doc.footnotes.map((f) => ({ text: f.text, place: { footnote: f.number } })),
  ];
}

/** A unit of one side of a link: sentences by id, or one footnote. */
export type Side = { sentences: string[] } | { footnote: number };

/** Links scored below this are ones the aligner was unsure of (scores are exp(-cost/4)). */
export const UNSURE = 0.6;

/** Two aligned units of a pair, their texts, and the neighbouring links the aligner was unsure of. */
export interface AlignedUnit {
  sa: Side;
  sb: Side;
  textA: string;
  textB: string;
  /** where something may have gone if the aligner drew a boundary in the wrong place */
  near: { a: Side; b: Side } | null;
  /** the links before and after it, whatever their scores (none for footnotes) */
  neighbours: SentenceLink[];
}

/**
 * Each translation against the official version, unit by unit: its sentence
 * links with something on both sides, then its footnotes paired by the aligner.
 */
export function alignedUnits(ctx: CheckContext): ReadonlyArray<{ pair: AlignmentPair; a: Document; b: Document; units: readonly AlignedUnit[] }> {
  // several checks read them: built once a context, so that each unit's text is one string (a kept answer's key)
  let built = unitsOf.get(ctx);
  if (!built) unitsOf.set(ctx, (built = buildUnits(ctx)));
  return built;
}
const unitsOf = new WeakMap<CheckContext, ReturnType<typeof buildUnits>>();

function buildUnits(ctx: CheckContext): Array<{ pair: AlignmentPair; a: Document; b: Document; units: AlignedUnit[] }> {
  return pivotPairs(ctx).map(({ pair, a, b }) => {
    const links: AlignedUnit[] = pair.links.flatMap((l, i) => {
      if (l.a.length === 0 || l.b.length === 0) return [];
      const unsure = [pair.links[i - 1], pair.links[i + 1]].filter((x) => x && Math.min(x.score, l.score) < UNSURE);
      return [{
        sa: { sentences: l.a },
        sb: { sentences: l.b },
        textA: sentenceText(a, l.a),
        textB: sentenceText(b, l.b),
        near: unsure.length ? { a: { sentences: unsure.flatMap((x) => x!.a) }, b: { sentences: unsure.flatMap((x) => x!.b) } } : null,
        neighbours: [pair.links[i - 1], pair.links[i + 1]].filter((x) => x !== undefined),
      }];
    });
    const notes: AlignedUnit[] = pair.footnotes
      .filter((f) => f.a !== null && f.b !== null)
      .map((f) => ({ sa: { footnote: f.a! }, sb: { footnote: f.b! }, textA: sideText(a, { footnote: f.a! }), textB: sideText(b, { footnote: f.b! }), near: null, neighbours: [] }));
    return { pair, a, b, units: [...links, ...notes] };
  });
}

/** The text of one side of a unit. */
export const sideText = (doc: Document, side: Side): string =>
  'sentences' in side ? sentenceText(doc, side.sentences) : doc.footnotes.find((f) => f.number === side.footnote)?.text ?? '';

/** Where a flag points at words of a unit's side: its footnote, or in a link of several sentences the one the words stand in. */
export function placeIn(d: Document, s: Side, text: string): { lang: Lang; text: string } & ({ sentenceId: string } | { footnote: number }) {
  if (!('sentences' in s)) return { lang: d.lang, footnote: s.footnote, text };
  const at = s.sentences.find((id) => sentenceById(d).get(id)?.text.includes(text)) ?? s.sentences[0]!;
  return { lang: d.lang, sentenceId: at, text };
}
