import type { Claim } from '../schema/index.ts';

/**
 * A claim's value as one comparable string: numbers rounded to three decimals,
 * a range as `from..to` (or with the separator given). Alignment anchors,
 * grouping fingerprints, the checks and the gold files all compare values this way.
 * Kept apart from the claims stage so that grouping needs no language model.
 */
export function claimValueKey(v: Claim['value'], rangeSeparator = '..'): string {
  const one = (x: number | string): string => (typeof x === 'number' ? String(Math.round(x * 1000) / 1000) : x);
  return typeof v === 'object' ? `${one(v.from)}${rangeSeparator}${one(v.to)}` : one(v);
}
