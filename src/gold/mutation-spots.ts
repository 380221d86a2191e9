/** What every planted defect works on: a translation's draft, its units with their places, and the answer a plant returns. */
import type { FlagKind, Lang } from '../schema/index.ts';
import type { Draft, Unit } from './damage.ts';
import type { TermBase } from '../align/terms.ts';

/** A draft of a manuscript (src/gold/damage.ts), the same shape damage works on. */
export type MutDraft = Draft;

/** Where a planted defect is: the manuscript place of the unit, in the translation. */
export interface Planted {
  kind: FlagKind;
  lang: Lang;
  place: string;
  /** which form of the defect was planted (`number/words`) */
  variant: string;
  /** a second kind that is also a right answer (a dropped footnote is also an unreferenced one) */
  alsoRight?: FlagKind[];
}

export const clone = (d: MutDraft): MutDraft => ({ blocks: d.blocks.map((b) => ({ kind: b.kind, units: b.units.map((u) => ({ ...u, refs: [...u.refs] })) })), footnotes: d.footnotes.map((f) => ({ ...f })) });

export type Located = { b: MutDraft['blocks'][number]; u: Unit };
export const sentences = (d: MutDraft): Located[] => d.blocks.filter((b) => b.kind === 'p' || b.kind === 'list').flatMap((b) => b.units.map((u) => ({ b, u })));

/** A text unit and its place: a sentence of the body, or a footnote. */
export interface Spot {
  text: string;
  place: string;
  set(text: string): void;
}
export const spots = (d: MutDraft): Spot[] => [
  ...sentences(d).map(({ u }) => ({ text: u.text, place: u.places[0]!, set: (t: string) => void (u.text = t) })),
  ...d.footnotes.map((f) => ({ text: f.text, place: f.place, set: (t: string) => void (f.text = t) })),
];

export type Variant = (c: { d: MutDraft; official: MutDraft; lang: Lang; random: () => number; pick: <T>(xs: T[]) => T | undefined; terms?: TermBase }) => Omit<Planted, 'lang' | 'variant'> & { lang?: Lang } | null;
