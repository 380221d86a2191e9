/**
 * What two translations of a sentence share whatever their language: numbers
 * (read by the claims stage, so `17,6` = `17.6` and `двое` = `two`), footnote
 * references, URLs, glossary terms and proper names (compared through a Latin
 * transliteration). An anchor set per sentence; the aligner rewards overlap.
 */
import { maskAddresses } from '../lang/web.ts';
import type { Claim, Lang } from '../schema/index.ts';
import type { LangResources } from '../lang/index.ts';
import { claimValueKey, claimsOfText } from '../claims/index.ts';
import { slug } from '../lang/metadata.ts';
import { Kept } from '../kept.ts';
import type { TermBase } from './terms.ts';

export interface AlignUnit {
  id: string;
  text: string;
  /** footnote numbers referenced from it */
  refs: number[];
  /** its claims, when the claims stage has read them already (else read here) */
  claims?: Array<Pick<Claim, 'kind' | 'value' | 'text'>>;
}


/** Capitalised words that are not sentence-initial, transliterated: names, parties, places. */
function names(text: string): string[] {
  const words = [...text.matchAll(/(?<=[\s«"(])\p{Lu}\p{Ll}{2,}/gu)].map((m) => slug(m[0]));
  // a transliteration differs in its endings (Жанаозене / Zhanaozen): compare stems
  return words.map((w) => w.replace(/[aeiouy]+$/, '').slice(0, 6)).filter((w) => w.length >= 4);
}

export function anchorsOf(unit: AlignUnit, res: LangResources, terms?: TermBase): Set<string> {
  const out = new Set<string>();
  const claims = unit.claims ?? claimsOfText(unit.text, res);
  for (const c of claims) out.add(`${c.kind === 'date' ? 'd' : 'n'}:${claimValueKey(c.value)}`);
  for (const n of unit.refs) out.add(`fn:${n}`);
  // digits no claim reads (phone, paragraph, postal numbers) are copied digit for digit
  for (const d of identifierDigits(unit.text, claims)) out.add(`id:${d}`);
  for (const m of unit.text.matchAll(/https?:\/\/[^\s)]+|www\.[^\s)]+/giu)) out.add(`url:${m[0].toLowerCase().replace(/[.,;]$/, '')}`);
  // names of institutions and acronyms only: common nouns (voter, candidate) stand in most sentences
  if (terms) for (const t of terms.find(unit.text, res.lang as Lang)) if (terms.isName(t)) out.add(`term:${t}`);
  for (const n of names(unit.text)) out.add(`name:${n}`);
  return out;
}

/** Groups of three or more digits outside claims and URLs: `+7-7172-901 771` → 7172, 901, 771; `010000`. */
function identifierDigits(text: string, claims: Array<{ text: string }>): string[] {
  let masked = maskAddresses(text, 'space');
  for (const c of claims) masked = masked.replace(c.text, ' ');
  return masked.match(/(?<!\d)\d{3,}(?!\d)/gu) ?? [];
}

/** Dice overlap of two anchor sets, 0..1; null when neither side has anchors. */
export function anchorSimilarity(a: Set<string>, b: Set<string>): number | null {
  if (a.size === 0 && b.size === 0) return null;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Consonant skeletons of long words, compared across scripts through a Latin
 * transliteration: the shared political vocabulary (parliament / парламент,
 * candidates / кандидатов, democratic / демократиялық) as a weak signal.
 */
export function cognatesOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.match(/\p{L}{6,}/gu) ?? []) {
    const skeleton = skeletons.get(w, skeletonOf);
    if (skeleton.length === 3) out.add(skeleton);
  }
  return out;
}

/** A word's first three consonants, transliterated. Kept by word: a statement repeats its words. */
const skeletonOf = (w: string): string =>
  slug(w)
    .replace(/kh|ch|h/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/[aeiouy]/g, '')
    .slice(0, 3);
const skeletons = new Kept<string, string>(50_000);
