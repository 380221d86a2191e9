/**
 * meaning-mismatch: a translation that says something else with the same
 * digits and spellings.
 *
 * - Classes (`#class`): the unit's original names one member of a closed
 *   class (a state body, a language, a country, a month, a kind of election,
 *   src/lang/classes.ts) and its translation names another member of that
 *   class instead, while neither names the other's.
 * - Units (`#unit`): the same number counted in different kinds: a share on
 *   one side (`12 per cent`) and a count (`12 members`) or a sum of money on
 *   the other.
 *
 * Dates are left to the date check: a month inside a date is not compared here.
 */
import type { Claim, Document, Lang } from '../schema/index.ts';
import { claimValueKey, withoutClaims } from '../claims/index.ts';
import { classIndex, classWords, wordMatches, type ClassConcept, type ClassMention } from '../lang/classes.ts';
import { stemMatches } from '../lang/lexicon.ts';
import { damerauLevenshtein } from './distance.ts';
import { type AlignedUnit, type Check, type FlagDraft, type Side, UNSURE, alignedUnits, placeIn, sideText } from './context.ts';
import { claimsOf, foreign } from './numbers.ts';
import { maskAddresses } from '../lang/web.ts';

/** The text with its date claims and its web addresses blanked out: a month is read only outside a date, a name only in prose (not in `osce.org/odihr/elections/kazakhstan`). */
const proseOf = (text: string, dates: Claim[]): string => withoutClaims(maskAddresses(text, 'blank'), dates);

const mentionsOf = (doc: Document, side: Side, text: string): readonly ClassMention[] => classIndex(doc.lang).mentions(proseOf(text, claimsOf(doc, side, true)));

/** A concept a unit names: how often, and its first mention's text. */
interface Named {
  concept: ClassConcept;
  n: number;
  text: string;
}

/** The concepts of each class a unit names: class → concept id → what it names of it. */
function byClass(mentions: readonly ClassMention[], text: string): Map<string, Map<string, Named>> {
  const out = new Map<string, Map<string, Named>>();
  for (const m of mentions) {
    const ids = out.get(m.concept.cls) ?? out.set(m.concept.cls, new Map()).get(m.concept.cls)!;
    const seen = ids.get(m.concept.id);
    if (seen) seen.n++;
    else ids.set(m.concept.id, { concept: m.concept, n: 1, text: text.slice(m.start, m.end) });
  }
  return out;
}

/** The concept ids a side's neighbouring links name, where the aligner was unsure of the boundary. */
const nearIds = (doc: Document, side: Side): Set<string> => new Set(mentionsOf(doc, side, sideText(doc, side)).map((m) => `${m.concept.cls}/${m.concept.id}`));

/** Whether a word is one letter (substituted, or two swapped) from a form of a beginning of `min` letters or more. */
function nearForm(word: string, stem: string, min: number): boolean {
  const s = stem.replace(/^=/, '');
  if (s.length < min || word.length < s.length) return false;
  const head = word.slice(0, s.length);
  return head !== s && damerauLevenshtein(head, s) === 1 && stemMatches(stem, s + word.slice(s.length));
}

/** Whether a word of the translation is one letter from a one-word rendering of a concept: `блоки` (blocs) for `блоги` (blogs). */
const looksLike = (word: string, concept: ClassConcept, lang: Lang): boolean =>
  concept.stems[lang].some((stem) => !/\s/.test(stem) && nearForm(word.toLowerCase(), stem, 4));

/** A member of one class named where the original names a look-alike member of another (blocs for blogs). */
function lookAlikeFlags(a: Document, b: Document, u: AlignedUnit, ca: ReturnType<typeof byClass>, cb: ReturnType<typeof byClass>): FlagDraft[] {
  const onlyOn = (x: ReturnType<typeof byClass>, y: ReturnType<typeof byClass>): Named[] =>
    [...x].flatMap(([cls, ids]) => [...ids].filter(([id]) => !y.get(cls)?.has(id)).map(([, m]) => m));
  const onlyA = onlyOn(ca, cb);
  const out: FlagDraft[] = [];
  for (const y of onlyOn(cb, ca)) {
    const x = onlyA.find((c) => c.concept.cls !== y.concept.cls && looksLike(y.text, c.concept, b.lang));
    if (!x) continue;
    out.push({
      kind: 'meaning-mismatch',
      severity: 'warning',
      rule: 'checks/meaning#look-alike',
      where: [placeIn(b, u.sb, y.text), placeIn(a, u.sa, u.textA)],
      message: `a look-alike word: ${a.lang} names ${x.text} (${x.concept.id}), ${b.lang} writes ${y.text} (${y.concept.id}, a ${y.concept.cls}) instead`,
      evidence: { class: `${x.concept.cls}/${y.concept.cls}`, [a.lang]: [x.concept.id], [b.lang]: [y.concept.id] },
    });
  }
  return out;
}

/**
 * Whether a text writes a concept with a typo: a word no concept reads, a letter from the first word of
 * one of its renderings, followed by the rest of it (`Канституциялық Сотқа`).
 */
function misspelt(text: string, mentions: readonly ClassMention[], concept: ClassConcept, lang: Lang): boolean {
  const words = classWords(text);
  return words.some((w, i) => {
    if (mentions.some((m) => m.start <= w.start && w.end <= m.end)) return false;
    return concept.stems[lang].some((phrase) => {
      const [first, ...rest] = phrase.split(/\s+/);
      // a typo in a long beginning only: one letter from a short one is another word as often (министерство, минюст)
      return nearForm(w.word, first!, 7) && rest.every((r, k) => words[i + 1 + k] !== undefined && wordMatches(r, words[i + 1 + k]!.word));
    });
  });
}

function classFlags(a: Document, b: Document, u: AlignedUnit): FlagDraft[] {
  const ca = byClass(mentionsOf(a, u.sa, u.textA), u.textA);
  const mentionsB = mentionsOf(b, u.sb, u.textB);
  const cb = byClass(mentionsB, u.textB);
  const out: FlagDraft[] = lookAlikeFlags(a, b, u, ca, cb);
  for (const [cls, idsA] of ca) {
    const idsB = cb.get(cls);
    if (!idsB) continue;
    // the translation names a member the original does not name at all, and the original names one the
    // translation does not; or, where both name the class as often, one the translation names less often
    // (Article 13 and Article 89 against статья 13 and пункт 89): a paraphrase or a pronoun changes how often
    // a member is named, a swap brings in another one
    const total = (m: Map<string, Named>) => [...m.values()].reduce((t, x) => t + x.n, 0);
    const counted = total(idsA) === total(idsB);
    const onlyA = [...idsA.keys()].filter((id) => (counted ? idsA.get(id)!.n > (idsB.get(id)?.n ?? 0) : !idsB.has(id)));
    const onlyB = [...idsB.keys()].filter((id) => !idsA.has(id));
    if (onlyA.length === 0 || onlyB.length === 0) continue;
    // the original's member written with a typo is there all the same: the spelling and term checks' concern
    if (onlyA.every((id) => misspelt(u.textB, mentionsB, idsA.get(id)!.concept, b.lang))) continue;
    // a boundary drawn in the wrong place: what is missing here stands one link away on the other side, in a
    // link the aligner was itself unsure of (a swap lowers its own link's score, not its neighbours')
    const doubtful = u.neighbours.filter((x) => x.score < UNSURE);
    if (doubtful.length) {
      const [nearA, nearB] = [nearIds(a, { sentences: doubtful.flatMap((x) => x.a) }), nearIds(b, { sentences: doubtful.flatMap((x) => x.b) })];
      if (onlyA.every((id) => nearB.has(`${cls}/${id}`)) && onlyB.every((id) => nearA.has(`${cls}/${id}`))) continue;
    }
    const named = (ids: string[], m: Map<string, Named>) => ids.map((id) => `${m.get(id)!.text} (${id})`).join(', ');
    out.push({
      kind: 'meaning-mismatch',
      severity: 'warning',
      rule: 'checks/meaning#class',
      where: [placeIn(b, u.sb, idsB.get(onlyB[0]!)!.text), placeIn(a, u.sa, u.textA)],
      message: `another ${cls}: ${a.lang} names ${named(onlyA, idsA)}, ${b.lang} names ${named(onlyB, idsB)} instead`,
      evidence: { class: cls, [a.lang]: onlyA, [b.lang]: onlyB },
    });
  }
  return out;
}

/** What a claim counts: a share, a sum in a currency, or things. */
const measure = (c: Claim): string => (c.kind === 'percent' ? 'share' : c.kind === 'money' ? `money ${c.unit ?? ''}`.trim() : 'number');
const MEASURE_NAME: Record<string, string> = { share: 'a share', number: 'a count' };

function unitFlags(a: Document, b: Document, u: AlignedUnit): FlagDraft[] {
  const numbers = (d: Document, s: Side) => claimsOf(d, s, false).filter((c) => typeof c.value === 'number' && !['year', 'ordinal'].includes(c.kind));
  const ca = numbers(a, u.sa);
  const cb = numbers(b, u.sb);
  const out: FlagDraft[] = [];
  const values = new Set(ca.map((c) => claimValueKey(c.value)));
  for (const v of values) {
    const xa = ca.filter((c) => claimValueKey(c.value) === v);
    const xb = cb.filter((c) => claimValueKey(c.value) === v);
    if (xb.length === 0) continue; // a number missing is the number check's
    // a bare number (`7` in `from 7 to 5 per cent`) says nothing of what it counts: only a share, a sum, or a count of a named thing is compared
    const known = (c: Claim) => measure(c) !== 'number' || c.subject !== null;
    const ma = new Set(xa.filter(known).map(measure));
    const mb = new Set(xb.filter(known).map(measure));
    const onlyA = [...ma].filter((m) => !mb.has(m));
    const onlyB = [...mb].filter((m) => !ma.has(m));
    if (onlyA.length === 0 || onlyB.length === 0) continue;
    const ta = xa.find((c) => onlyA.includes(measure(c)))!;
    const tb = xb.find((c) => onlyB.includes(measure(c)))!;
    const name = (m: string) => MEASURE_NAME[m] ?? `a sum (${m.slice(6) || 'money'})`;
    out.push({
      kind: 'meaning-mismatch',
      severity: 'warning',
      rule: 'checks/meaning#unit',
      where: [placeIn(b, u.sb, tb.text), placeIn(a, u.sa, u.textA)],
      message: `the same number counts another thing: ${a.lang} "${ta.text}" is ${name(onlyA[0]!)}${ta.subject ? ` (${ta.subject})` : ''}, ${b.lang} "${tb.text}" is ${name(onlyB[0]!)}${tb.subject ? ` (${tb.subject})` : ''}`,
      evidence: { value: ta.value, [a.lang]: { text: ta.text, kind: ta.kind, unit: ta.unit, subject: ta.subject }, [b.lang]: { text: tb.text, kind: tb.kind, unit: tb.unit, subject: tb.subject } },
    });
  }
  return out;
}

export const meaningMismatch: Check = (ctx) =>
  alignedUnits(ctx).flatMap(({ a, b, units }) =>
    units.flatMap((u) => (foreign(u.textA, a) || foreign(u.textB, b) ? [] : [...classFlags(a, b, u), ...unitFlags(a, b, u)])),
  );
