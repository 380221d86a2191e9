/**
 * The claims stage: every numeric claim of a document's sentences and
 * footnotes, as records of the output contract.
 */
import type { Claim, Footnote, Sentence } from '../schema/index.ts';
import type { LangResources } from '../lang/index.ts';
import { findAtoms, tokenize } from './atoms.ts';
import { classify, type ClaimDraft } from './classify.ts';

export type { ClaimDraft } from './classify.ts';

/**
 * A claim's value as one comparable string: numbers rounded to three decimals,
 * a range as `from..to` (or with the separator given). Alignment anchors,
 * grouping fingerprints, the checks and the gold files all compare values this way.
 */
export function claimValueKey(v: Claim['value'], rangeSeparator = '..'): string {
  const one = (x: number | string): string => (typeof x === 'number' ? String(Math.round(x * 1000) / 1000) : x);
  return typeof v === 'object' ? `${one(v.from)}${rangeSeparator}${one(v.to)}` : one(v);
}

/** The claims of one piece of text, with their places in it. */
export function claimsOfText(text: string, res: LangResources): ClaimDraft[] {
  const tokens = tokenize(text);
  return classify(text, tokens, findAtoms(text, tokens, res), res);
}

export function extractClaims(sentences: Sentence[], footnotes: Footnote[], res: LangResources): Claim[] {
  const claims: Claim[] = [];
  const add = (drafts: ClaimDraft[], where: Claim['where']): void => {
    for (const { start: _s, end: _e, ...d } of drafts) claims.push({ id: `c${claims.length + 1}`, where, ...d });
  };
  for (const s of sentences) add(claimsOfText(s.text, res), { sentenceId: s.id });
  for (const f of footnotes) for (const s of f.sentences) add(claimsOfText(s, res), { footnote: f.number });
  return claims;
}
