/**
 * term-inconsistency across versions: a glossary term of the official unit
 * rendered otherwise in its aligned translation. Three signs, each general:
 *
 * - a near miss: the translation writes something a letter or two from the
 *   glossary's rendering (two letters of an acronym swapped, another commission's acronym);
 * - a related term in its place: the rendering of another glossary term that
 *   shares a word with the expected one (`список избирателей`, voter list,
 *   where the original says candidate list);
 * - a name the translation renders the same way nearly everywhere, missing here.
 *
 * An acronym and its expansion are one term (`ЦИК` = `Центральная
 * избирательная комиссия`), so writing one for the other is no inconsistency.
 */
import { damerauLevenshtein as dl } from './distance.ts';
import type { Document, Lang } from '../schema/index.ts';
import { isAcronym, type TermBase } from '../align/terms.ts';
import type { Check, FlagDraft } from './context.ts';
import { type Side, alignedUnits } from './context.ts';
import { garbledSpans } from './garbled.ts';

const stem = (w: string): string => (w.length > 5 ? w.slice(0, Math.max(4, w.length - 3)) : w).toLowerCase();
const WORD = /[\p{L}\d/]+/gu;

/** Initials of a phrase, every word counted: `Central Election Commission` → `CEC`. */
const initials = (phrase: string): string => (phrase.match(/\p{L}+/gu) ?? []).map((w) => w[0]!.toUpperCase()).join('');
const isSubsequence = (short: string, long: string): boolean => {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
};

/** Rows of the glossary that name the same thing: an acronym and its expansion, in any language. Worked out once a glossary. */
function equivalents(terms: TermBase): Map<number, Set<number>> {
  let same = equivalence.get(terms);
  if (!same) equivalence.set(terms, (same = equivalentRows(terms)));
  return same;
}
const equivalence = new WeakMap<TermBase, Map<number, Set<number>>>();

function equivalentRows(terms: TermBase): Map<number, Set<number>> {
  const same = new Map<number, Set<number>>(terms.terms.map((t) => [t.id, new Set([t.id])]));
  for (const x of terms.terms) {
    for (const y of terms.terms) {
      if (x.id === y.id) continue;
      const expands = (Object.keys(x.forms) as Lang[]).some((l) => {
        const acr = x.forms[l];
        const full = y.forms[l];
        return acr && full && isAcronym(acr) && full.split(/\s+/).length >= 2 && isSubsequence(acr.replace(/\//g, ''), initials(full) + initials(full).toUpperCase());
      });
      if (expands) {
        same.get(x.id)!.add(y.id);
        same.get(y.id)!.add(x.id);
      }
    }
  }
  return same;
}

interface Unit {
  a: { text: string; place: { sentenceId: string } | { footnote: number } };
  b: { text: string; place: { sentenceId: string } | { footnote: number } };
}

/** A side's place as a flag names it: its first sentence, or its footnote. */
const placeOf = (side: Side): Unit['a']['place'] => ('sentences' in side ? { sentenceId: side.sentences[0]! } : { footnote: side.footnote });

/**
 * Where the text writes a near miss of `form`: every long word of the form
 * matched in order by a word of the text within one or two edits (of its
 * stem), at least one of them not exactly. Returns the words as written.
 */
function nearMiss(form: string, text: string, name: boolean): string | null {
  const want = form.split(/\s+/).filter(Boolean);
  const tokens = [...text.matchAll(WORD)].map((m) => m[0]);
  if (want.length === 1 && isAcronym(want[0]!)) {
    const w = want[0]!;
    const hit = tokens.find((t) => isAcronym(t) && t !== w && Math.abs(t.length - w.length) <= 1 && Math.min(t.length, w.length) >= 3 && dl(t, w) === 1);
    return hit ?? null;
  }
  const long = want.filter((w) => w.length >= 5);
  // one common word a letter or two from another is mostly morphology (наблюдатель, наблюдение): names and phrases only
  if (long.length === 0 || (!name && long.length < 2)) return null;
  for (let start = 0; start < tokens.length; start++) {
    const got: string[] = [];
    let near = false;
    let k = start;
    for (const w of long) {
      // the next word of the text (or the one after, for a short word between) that matches this word of the form
      let found = -1;
      for (let j = k; j < Math.min(tokens.length, k + 3); j++) {
        const t = tokens[j]!;
        if (stem(w) === t.toLowerCase().slice(0, stem(w).length)) { found = j; break; }
        // a name is compared whole (a vowel changed inside it is the defect), a common word by its stem
        const near1 = (x: string): boolean => {
          const y = t.toLowerCase().slice(0, x.length);
          return x[0] === y[0] && dl(x, y) <= (x.length >= 7 ? 2 : 1);
        };
        if (t.length >= 5 && /^\p{L}/u.test(t) && (near1(stem(w)) || (name && near1(w.toLowerCase())))) {
          found = j;
          near = true;
          break;
        }
      }
      if (found < 0 || (got.length === 0 && found !== start)) break;
      got.push(tokens[found]!);
      k = found + 1;
    }
    if (got.length === long.length && near) return got.join(' ');
  }
  return null;
}

export function glossaryRenderings(ctx: Parameters<Check>[0]): FlagDraft[] {
  const terms = ctx.terms;
  if (!terms) return [];
  const same = equivalents(terms);
  const flags: FlagDraft[] = [];
  for (const { a, b, units } of alignedUnits(ctx)) {
    const us = units.map((x): Unit => ({ a: { text: x.textA, place: placeOf(x.sa) }, b: { text: x.textB, place: placeOf(x.sb) } })).map((u) => {
      const ta = new Set(terms.find(u.a.text, a.lang));
      const tb = new Set(terms.find(u.b.text, b.lang));
      // a term counts as rendered when it or an equivalent is there, or its own spelling was kept
      // (a passage left in the original language keeps its terms too: that is the untranslated check's to report)
      const keptHere = new Set(terms.find(u.b.text, a.lang));
      const rendered = (id: number) => [...same.get(id)!].some((x) => tb.has(x) || keptHere.has(x));
      const inA = (id: number) => [...same.get(id)!].some((x) => ta.has(x));
      return { u, ta, tb, rendered, inA };
    });
    // how often each name is rendered where the official text has it
    const tally = new Map<number, { present: number; missing: number }>();
    for (const x of us) {
      for (const t of x.ta) {
        const c = tally.get(t) ?? { present: 0, missing: 0 };
        if (x.rendered(t)) c.present++;
        else c.missing++;
        tally.set(t, c);
      }
    }
    // how often each word stands in the translation: an acronym written again and again is a term of its own (ОИК for
    // a district commission), not a misspelling of one a letter away (a letter swapped in an acronym the glossary has)
    const uses = new Map<string, number>();
    for (const x of us) for (const w of x.u.b.text.match(/[\p{L}\d]+/gu) ?? []) uses.set(w, (uses.get(w) ?? 0) + 1);
    for (const { u, ta, tb, rendered, inA } of us) {
      // in a garbled unit a term may be missing because its words are broken: the garbled check's, not a rendering
      // (asked only where it decides: the doubled-word test is slow on long units)
      const garbledHere = (): boolean => garbledSpans(u.b.text).length > 0 || /(?<![\p{L}\d])(\p{L}{2,})\s+\1(?![\p{L}\d])/iu.test(u.b.text);
      const flaggedHere = new Set<string>();
      // the acronyms the unit may rightly hold: those of the terms the official unit uses
      const allowed = new Set([...ta].flatMap((x) => [...same.get(x)!].map((y) => terms.terms[y]!.forms[b.lang])));
      for (const t of ta) {
        if (rendered(t)) {
          // rendered, and yet one of its acronyms misspelt elsewhere in the unit (two of its letters swapped)
          for (const form of [...same.get(t)!].map((x) => terms.terms[x]!.forms[b.lang]).filter((f) => f && isAcronym(f))) {
            const miss = nearMiss(form, u.b.text, true);
            if (!miss || allowed.has(miss) || flaggedHere.has(miss) || (uses.get(miss) ?? 0) >= 3) continue;
            flaggedHere.add(miss);
            flags.push({
              kind: 'term-inconsistency', severity: 'warning', rule: 'checks/glossary#near-miss',
              where: [{ lang: b.lang, ...u.b.place, text: miss }, { lang: a.lang, ...u.a.place, text: terms.terms[t]!.forms[a.lang] }],
              message: `"${terms.terms[t]!.forms[a.lang]}" is rendered "${miss}" in ${b.lang} here; the glossary writes "${form}"`,
              evidence: { term: terms.terms[t]!.forms[a.lang], expected: form, written: miss },
            });
          }
          continue;
        }
        // a term inside a longer term of the same unit is judged with the longer one (OSCE in OSCE/ODIHR)
        if ([...ta].some((o) => o !== t && terms.terms[o]!.forms[a.lang].includes(terms.terms[t]!.forms[a.lang]) && !rendered(o))) continue;
        const expected = terms.terms[t]!.forms[b.lang];
        if (!expected) continue;
        // a near miss of the term's rendering or of an equivalent's (ТИК where ЦИК, the acronym of the expansion, stood)
        const near = [...same.get(t)!].map((x) => terms.terms[x]!.forms[b.lang]).filter(Boolean).map((form) => nearMiss(form, u.b.text, terms.isName(t))).find((x) => x !== null) ?? null;
        const related = [...tb].find((x) => !inA(x) && x !== t && sharesWord(terms.terms[x]!.forms[b.lang], expected));
        const c = tally.get(t)!;
        const usual = terms.isName(t) && c.present >= 4 && c.missing / (c.present + c.missing) <= 0.2 && !u.b.text.includes(expected) && !garbledHere();
        let written: string | null = null;
        let message = '';
        if (near && !flaggedHere.has(near) && !allowed.has(near)) {
          written = near;
          message = `"${terms.terms[t]!.forms[a.lang]}" is rendered "${near}" in ${b.lang}; ${c.present ? `the glossary and ${c.present} other places write` : 'the glossary writes'} "${expected}"`;
        } else if (related !== undefined) {
          written = terms.terms[related]!.forms[b.lang];
          message = `"${terms.terms[t]!.forms[a.lang]}" is rendered as "${written}" (${terms.terms[related]!.forms[a.lang]}) in ${b.lang}; the glossary writes "${expected}"`;
        } else if (usual) {
          message = `"${terms.terms[t]!.forms[a.lang]}" is rendered "${expected}" in ${c.present} places of the ${b.lang} version, but not here`;
        } else continue;
        if (written) flaggedHere.add(written);
        flags.push({
          kind: 'term-inconsistency',
          severity: 'warning',
          rule: near ? 'checks/glossary#near-miss' : related !== undefined ? 'checks/glossary#related-term' : 'checks/glossary#missing',
          // the translation's place first: the defect is there
          where: [
            { lang: b.lang, ...u.b.place, text: written ?? u.b.text },
            { lang: a.lang, ...u.a.place, text: terms.terms[t]!.forms[a.lang] },
          ],
          message,
          evidence: { term: terms.terms[t]!.forms[a.lang], expected, written, renderedElsewhere: c.present, missingElsewhere: c.missing - 1 },
        });
      }
    }
  }
  return flags;
}

function sharesWord(x: string, y: string): boolean {
  const words = (s: string) => new Set((s.match(/\p{L}{4,}/gu) ?? []).map(stem));
  const wy = words(y);
  return [...words(x)].some((w) => wy.has(w));
}
