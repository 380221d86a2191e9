/**
 * number-mismatch and date-mismatch: claims of aligned units (sentences and
 * footnotes) compared by value, not by spelling. A date without its year
 * matches one with it by day and month; two full dates must agree in the year too.
 */
import { maskAddresses } from '../lang/web.ts';
import type { Claim, Document } from '../schema/index.ts';
import { claimValueKey, claimsIn } from '../claims/index.ts';
import { type Check, type CheckContext, type FlagDraft, type Side, alignedUnits, perText, sentenceText } from './context.ts';
import { garbledSpans } from './garbled.ts';

/** The claims of a unit, dates or the others, in the document's order. */
export function claimsOf(doc: Document, side: Side, dates: boolean): Claim[] {
  const places: Array<string | number> = 'sentences' in side ? [...new Set(side.sentences)] : [side.footnote];
  const found = places.flatMap((p) => claimsIn(doc, p));
  return (places.length > 1 ? sortedAsIn(doc, found) : found).filter((c) => (c.kind === 'date') === dates);
}

/** Each claim's place in its document's list, built once a document. */
const claimOrders = new WeakMap<Document, Map<Claim, number>>();

/** Claims in the order the document lists them (reading order). */
const sortedAsIn = (doc: Document, cs: Claim[]): Claim[] => {
  let order = claimOrders.get(doc);
  if (!order) claimOrders.set(doc, (order = new Map(doc.claims.map((c, i) => [c, i]))));
  return [...cs].sort((x, y) => order.get(x)! - order.get(y)!);
};

const numberKey = (c: Claim): string => claimValueKey(c.value, '–');

/** `2012-01-16` → { year: 2012, md: `01-16` }; `--12-16` → { year: null, md: `12-16` }; ranges by their ends. */
function dateParts(v: Claim['value']): Array<{ year: string | null; md: string }> {
  const one = (x: number | string) => {
    const m = /^(\d{4})?-?-?(\d{2}(?:-\d{2})?)?$/.exec(String(x));
    return m ? { year: m[1] ?? null, md: m[2] ?? '' } : { year: null, md: String(x) };
  };
  return typeof v === 'object' ? [one(v.from), one(v.to)] : [one(v)];
}

const sameDate = (x: Claim, y: Claim): boolean => {
  const a = dateParts(x.value);
  const b = dateParts(y.value);
  return a.length === b.length && a.every((p, i) => p.md === b[i]!.md && (p.year === null || b[i]!.year === null || p.year === b[i]!.year));
};

/** What a duration's value is worth in the unit another language may count it in: decades in years (`three decades`, `отыз жыл`). */
const IN_YEARS: Record<string, number> = { decade: 10 };

/** A number claim's values one by one: a range's two ends (`10–14` against `10` and `14` written apart). */
const numberAtoms = (c: Claim): string[] => {
  const k = (c.kind === 'duration' && c.unit && IN_YEARS[c.unit]) || 1;
  const at = (v: number | string): string => claimValueKey(typeof v === 'number' ? v * k : v);
  return typeof c.value === 'object' ? [at(c.value.from), at(c.value.to)] : [at(c.value)];
};

/** A date claim's dates one by one: a range's ends, or each date of a list written as one claim. */
const dateAtoms = (c: Claim): Array<{ year: string | null; md: string }> => dateParts(c.value);

/**
 * The claims of `mine` with a value no claim of `theirs` has. Values are compared one by one, as
 * multisets: a range against its two ends written apart, a list against its members, a year against
 * the year of a full date on the other side (`2015 жылғы 4–6 ақпанда` against `4–6 February 2015`).
 */
function unmatched(mine: Claim[], theirs: Claim[], dates: boolean, theirDates: Claim[] = []): Claim[] {
  if (dates) {
    const pool = theirs.flatMap(dateAtoms);
    return mine.filter((c) => {
      let ok = true;
      for (const x of dateAtoms(c)) {
        const k = pool.findIndex((y) => y.md === x.md && (x.year === null || y.year === null || x.year === y.year));
        if (k >= 0) pool.splice(k, 1);
        else if (!theirs.some((t) => sameDate(c, t))) ok = false;
      }
      return !ok;
    });
  }
  const pool = new Map<string, number>();
  const add = (k: string): void => void pool.set(k, (pool.get(k) ?? 0) + 1);
  theirs.flatMap(numberAtoms).forEach(add);
  // the years of the other side's full dates: a year may stand apart from its date in one language
  for (const d of theirDates) for (const p of dateParts(d.value)) if (p.year) add(String(Number(p.year)));
  const seen = new Set<string>();
  return mine.filter((c) => {
    let ok = true;
    for (const k of numberAtoms(c)) {
      const n = pool.get(k) ?? 0;
      if (n > 0) pool.set(k, n - 1);
      else if (!seen.has(k)) ok = false;
      seen.add(k);
    }
    return !ok;
  });
}

/** Every number a text writes in digits, read in its document's conventions, as comparable keys. */
function digitValues(text: string, doc: Document): Set<string> {
  const decimal = doc.lang === 'en' ? '.' : ',';
  const out = new Set<string>();
  for (const m of maskAddresses(text, 'space').matchAll(/\d{1,3}(?:[ \u00a0\u202f,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/gu)) {
    let t = m[0];
    // grouping: spaces, or commas before three digits (both conventions occur in translations)
    t = t.replace(/[ \u00a0\u202f]/g, '').replace(/,(?=\d{3}(?:\D|$))/g, decimal === ',' && !/,\d{3},|,\d{3}\./.test(t) && !/^\d{1,3},\d{3}$/.test(t) ? ',' : '');
    out.add(claimValueKey(Number(t.replace(',', '.'))));
  }
  return out;
}

/** Most letters of a unit in another script than its document's: left untranslated, its numbers read in the wrong language. */
export function foreign(text: string, doc: Document): boolean {
  const { latin, cyrillic } = scriptCounts(text);
  return doc.lang === 'en' ? cyrillic > latin : latin > cyrillic;
}

const scriptCounts = perText((text) => ({ latin: (text.match(/\p{Script=Latin}/gu) ?? []).length, cyrillic: (text.match(/\p{Script=Cyrillic}/gu) ?? []).length }));

/**
 * The claims of a unit standing inside a passage of the other script (an
 * English clause left in Russian): read in the wrong language. Claims come
 * in reading order, so each is looked for after the one before.
 */
function foreignClaims(text: string, claims: Claim[], doc: Document): Set<Claim> {
  const out = new Set<Claim>();
  // (a web address is in Latin letters in every version: it tells nothing of a passage left untranslated)
  const context = maskAddresses(text, 'blank');
  let from = 0;
  for (const c of claims) {
    const at = text.indexOf(c.text, from);
    if (at < 0) continue;
    from = at + c.text.length;
    if (foreign(context.slice(Math.max(0, at - 40), at) + context.slice(from, from + 40), doc)) out.add(c);
  }
  return out;
}

/**
 * Numbers in digits that are not claims: paragraph and article numbers,
 * phone numbers, codes, a count the claims stage did not read. Translations
 * copy them digit for digit, so the groups of digits must agree.
 */
function identifierDigits(text: string, claims: Claim[], doc: Document): string[] {
  let masked = maskAddresses(text, 'blank');
  // longest first, and never inside another number (`7` in `27`)
  for (const c of [...claims].sort((x, y) => y.text.length - x.text.length)) {
    let at = masked.indexOf(c.text);
    while (at >= 0 && (/\d/.test(masked[at - 1] ?? '') || /\d/.test(masked[at + c.text.length] ?? ''))) at = masked.indexOf(c.text, at + 1);
    if (at >= 0) masked = masked.slice(0, at) + ' '.repeat(c.text.length) + masked.slice(at + c.text.length);
  }
  return [...masked.matchAll(/(?<![\p{L}\d])\d+(?:[.,]\d+)*/gu)]
    .filter((m) => !foreign(text.slice(Math.max(0, m.index - 40), m.index) + text.slice(m.index + m[0].length, m.index + m[0].length + 40), doc))
    .map((m) => m[0]);
}

function multisetMinus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    return n === 0;
  });
}

function compare(ctx: CheckContext, dates: boolean): FlagDraft[] {
  const flags: FlagDraft[] = [];
  // each translation against the official version: a defect is reported once, where the reference is
  for (const { a, b, units } of alignedUnits(ctx)) {
    for (const { sa, sb, textA, textB, near } of units) {
      if (foreign(textA, a) || foreign(textB, b)) continue; // the untranslated check reports it
      // a number may have gone with a garbled word (a soft sign for a word's first letter, a month's name broken after its day):
      // the garbled check reports that unit; a garbled word elsewhere in it leaves its numbers to compare
      const hidesNumber = (t: string, mine: Claim[], theirs: Claim[]) => {
        const spans = garbledSpans(t);
        return spans.length > 0 && (mine.length < theirs.length || spans.some((g) => /\d\s*$/.test(t.slice(Math.max(0, g.start - 3), g.start))));
      };
      const allA = [...claimsOf(a, sa, false), ...claimsOf(a, sa, true)];
      const allB = [...claimsOf(b, sb, false), ...claimsOf(b, sb, true)];
      const foreignA = foreignClaims(textA, sortedAsIn(a, allA), a);
      const foreignB = foreignClaims(textB, sortedAsIn(b, allB), b);
      const ca = claimsOf(a, sa, dates).filter((c) => !foreignA.has(c));
      const cb = claimsOf(b, sb, dates).filter((c) => !foreignB.has(c));
      if (hidesNumber(textA, allA, allB) || hidesNumber(textB, allB, allA)) continue;
      // a number written in digits that the other side writes in digits too is the same number, whatever
      // each side's claims made of it (a cited document's year read on one side only)
      const copied = (c: Claim, other: Set<string>): boolean => /\d/.test(c.text) && numberAtoms(c).every((k) => other.has(k));
      const digitsA = dates ? null : digitValues(textA, a);
      const digitsB = dates ? null : digitValues(textB, b);
      const onlyA = unmatched(ca, cb, dates, claimsOf(b, sb, true)).filter((c) => !digitsB || !copied(c, digitsB));
      const onlyB = unmatched(cb, ca, dates, claimsOf(a, sa, true)).filter((c) => !digitsA || !copied(c, digitsA));
      const place = (d: Document, s: Side, text: string) => ('sentences' in s ? { lang: d.lang, sentenceId: s.sentences[0]!, text } : { lang: d.lang, footnote: s.footnote, text });
      if (!dates) {
        const ia = identifierDigits(textA, allA, a);
        const ib = identifierDigits(textB, allB, b);
        // a number the other side has as a claim is the same number: only digits neither side claims are compared
        const claimed = (cs: Claim[], x: string) => cs.some((c) => claimValueKey(c.value, '–') === x.replace(',', '.'));
        const idA = multisetMinus(ia, ib).filter((x) => !claimed(cb, x));
        const idB = multisetMinus(ib, ia).filter((x) => !claimed(ca, x));
        // as for claims: digits found one link away are a boundary drawn in the wrong place
        const nearDigits = (d: Document, sd: Side | undefined) => (sd && 'sentences' in sd ? identifierDigits(sentenceText(d, sd.sentences), [], d) : []);
        const misdrawn = near !== null && multisetMinus(idA, nearDigits(b, near.b)).length === 0 && multisetMinus(idB, nearDigits(a, near.a)).length === 0;
        if ((idA.length || idB.length) && !misdrawn) {
          flags.push({
            kind: 'number-mismatch',
            severity: 'error',
            rule: 'checks/numbers#identifiers',
            where: [place(a, sa, textA), place(b, sb, textB)],
            message: `numbers in digits differ: ${a.lang} has ${idA.join(', ') || 'nothing more'}, ${b.lang} has ${idB.join(', ') || 'nothing more'}`,
            evidence: { [a.lang]: idA, [b.lang]: idB },
          });
          continue;
        }
      }
      if (onlyA.length === 0 && onlyB.length === 0) continue;
      if (near) {
        const nearA = claimsOf(a, near.a, dates);
        const nearB = claimsOf(b, near.b, dates);
        if (unmatched(onlyA, nearB, dates).length === 0 && unmatched(onlyB, nearA, dates).length === 0) continue;
      }
      // "both", "in both cases": a two in words on one side against nothing on the other is wording, not a number
      const wordTwo = (cs: Claim[]) => cs.every((c) => c.value === 2 && !/\d/.test(c.text));
      if (!dates && ((onlyA.length === 0 && wordTwo(onlyB)) || (onlyB.length === 0 && wordTwo(onlyA)))) continue;
      const what = (cs: Claim[]) => cs.map((c) => c.text).join(', ');
      flags.push({
        kind: dates ? 'date-mismatch' : 'number-mismatch',
        severity: 'error',
        rule: dates ? 'checks/numbers#dates' : 'checks/numbers',
        where: [place(a, sa, textA), place(b, sb, textB)],
        message: `${dates ? 'dates' : 'numbers'} differ: ${a.lang} has ${onlyA.length ? what(onlyA) : 'nothing more'}, ${b.lang} has ${onlyB.length ? what(onlyB) : 'nothing more'}`,
        evidence: { [a.lang]: onlyA.map((c) => c.value), [b.lang]: onlyB.map((c) => c.value) },
      });
    }
  }
  return flags;
}

export const numberMismatch: Check = (ctx) => compare(ctx, false);
export const dateMismatch: Check = (ctx) => compare(ctx, true);
