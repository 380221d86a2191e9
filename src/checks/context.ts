import type { Alignment, AlignmentPair, Document, Flag, Lang } from '../schema/index.ts';
import type { TermBase } from '../align/terms.ts';

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

export const sentenceText = (doc: Document, ids: string[]): string => ids.map((id) => doc.sentences.find((s) => s.id === id)?.text ?? '').join(' ');

/** Every piece of text of a document a check reads, with its place: sentences, then footnotes. */
export function textUnits(doc: Document): Array<{ text: string; place: { sentenceId: string } | { footnote: number } }> {
  return [
    ...doc.sentences.map((s) => ({ text: s.text, place: { sentenceId: s.id } })),
    ...doc.footnotes.map((f) => ({ text: f.text, place: { footnote: f.number } })),
  ];
}
