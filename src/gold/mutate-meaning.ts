/**
 * Planted meaning errors: the digits and spellings stay right while the
 * translation says something else. A member of a closed class swapped for
 * another of its class (a state body, a commission, a kind of media or
 * election; a language, country or place), a count turned into a share, and
 * a glossary term put in the other grammatical number or in a form whose
 * words disagree.
 * Only where the official version says the same thing at that place, so the
 * planted unit really disagrees with its original.
 */
import type { Lang } from '../schema/index.ts';
import { resources } from '../lang/index.ts';
import { claimsOfText, withoutClaims } from '../claims/index.ts';
import { classConcepts, classIndex, type ClassConcept } from '../lang/classes.ts';
import { spots, type Spot, type Variant } from './mutation-spots.ts';
import { isAcronym } from '../align/terms.ts';
import { occurrences } from '../checks/term-number.ts';
import { englishHead, inOtherNumber, numberOf, otherNumber } from '../lang/grammatical-number.ts';
import { withBaseAdjective } from '../lang/ru/agreement.ts';

const key = (c: ClassConcept) => `${c.cls}/${c.id}`;

/** The text with its dates blanked out: a month in a date changed is a date changed. */
const withoutDates = (text: string, lang: Lang): string => withoutClaims(text, claimsOfText(text, resources(lang)).filter((x) => x.kind === 'date'));

/** The official unit at a translation unit's place. */
const officialAt = (official: Spot[]) => {
  const byPlace = new Map(official.map((s) => [s.place, s]));
  return (s: Spot) => byPlace.get(s.place);
};

/** Swaps a member of one of `classes` that the original names too for another member of its class. */
const swapMember = (classes: string[]): Variant => ({ d, official, lang, pick }) => {
  const originalOf = officialAt(spots(official));
  const candidates = spots(d).flatMap((s) => {
    const o = originalOf(s);
    if (!o) return [];
    const theirs = new Set(classIndex('en').mentions(withoutDates(o.text, 'en')).map((m) => key(m.concept)));
    const mine = classIndex(lang).mentions(withoutDates(s.text, lang));
    const named = new Set([...theirs, ...mine.map((m) => key(m.concept))]);
    return mine.filter((m) => classes.includes(m.concept.cls) && theirs.has(key(m.concept))).map((m) => ({ s, m, named }));
  });
  const c = pick(candidates);
  if (!c) return null;
  const other = pick(classConcepts().filter((x) => x.cls === c.m.concept.cls && !c.named.has(key(x))));
  if (!other) return null;
  const was = c.s.text.slice(c.m.start, c.m.end);
  const form = /^\p{Lu}/u.test(was) ? other.form[lang].charAt(0).toUpperCase() + other.form[lang].slice(1) : other.form[lang];
  c.s.set(c.s.text.slice(0, c.m.start) + form + c.s.text.slice(c.m.end));
  // a glossary term swapped (one commission for another) is also a term rendered otherwise
  return { kind: 'meaning-mismatch', place: c.s.place, alsoRight: ['term-inconsistency'] };
};

/** The word for per cent after a number, as each translation writes it. */
const PERCENT: Partial<Record<Lang, (n: number) => string>> = {
  ru: (n) => (n % 10 === 1 && n % 100 !== 11 ? 'процент' : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 'процента' : 'процентов'),
  kk: () => 'пайыз',
};

export const MEANING_VARIANTS: Record<string, Variant> = {
  concept: swapMember(['body', 'commission', 'chamber', 'outlet', 'group', 'event', 'material', 'list', 'election', 'legal-unit']),
  geography: swapMember(['language', 'country', 'place']),
  'count-unit': ({ d, official, lang, pick }) => {
    // "12 членов" → "12 процентов", where the original counts 12 of something too
    const percent = PERCENT[lang];
    if (!percent) return null;
    const originalOf = officialAt(spots(official));
    const candidates = spots(d).flatMap((s) => {
      const o = originalOf(s);
      if (!o) return [];
      // counts of a named thing on both sides (`12 members`, `12 членов`), not a bare number (`in 12 of them`)
      const counts = new Set(claimsOfText(o.text, resources('en')).filter((c) => c.kind === 'count' && c.subject).map((c) => c.value));
      return claimsOfText(s.text, resources(lang))
        .filter((c) => c.kind === 'count' && c.subject && /^\d+$/.test(c.text) && counts.has(c.value))
        .flatMap((c) => {
          // the claim's own number, not the same digits elsewhere (a date's day)
          const re = new RegExp(`${c.text}(\\s+)(\\p{L}[\\p{L}-]*)`, 'uy');
          re.lastIndex = s.text.indexOf(c.text, c.start);
          const m = re.exec(s.text);
          return m ? [{ s, at: m.index + c.text.length + m[1]!.length, word: m[2]!, n: Number(c.text) }] : [];
        });
    });
    const c = pick(candidates);
    if (!c) return null;
    c.s.set(c.s.text.slice(0, c.at) + percent(c.n) + c.s.text.slice(c.at + c.word.length));
    // the word counted may have been a glossary term (`12 TECs`): its rendering is then missing too
    return { kind: 'meaning-mismatch', place: c.s.place, alsoRight: ['term-inconsistency'] };
  },
  'term-number': ({ d, official, lang, pick, terms }) => {
    // "специальных докладчиков" → "специальный докладчик", where the original says special rapporteurs too; Kazakh
    // may say a plural in the singular, so there only a singular is made plural
    if (!terms) return null;
    const originalOf = officialAt(spots(official));
    // a name has no plural (Astana, a party's name) unless its head is a common noun (Territorial Election Commission)
    const commonWords = new Set(spots(official).flatMap((s) => s.text.match(/(?<![\p{L}«"])\p{Ll}+/gu) ?? []));
    const inflects = (t: number): boolean => {
      const en = terms.terms[t]!.forms.en;
      const head = en.split(/\s+/)[englishHead(en)]!;
      return !/["«]/.test(en + terms.terms[t]!.forms[lang]) && (!terms.isName(t) || (en.includes(' ') && commonWords.has(head.toLowerCase())));
    };
    const candidates = spots(d).flatMap((s) => {
      const o = originalOf(s);
      if (!o) return [];
      const ta = terms.find(o.text, 'en');
      const tb = terms.find(s.text, lang);
      return ta.filter((t) => tb.includes(t) && inflects(t) && !isAcronym(terms.terms[t]!.forms.en) && !isAcronym(terms.terms[t]!.forms[lang])).flatMap((t) => {
        // where the original says the number plainly at every occurrence (not `voter registration`, which does not say)
        const said = new Set(occurrences(terms, o.text, 'en', t, ta).map((x) => x.number));
        if (said.size !== 1 || said.has(null)) return [];
        const n = [...said][0]!;
        if (lang === 'kk' && n === 'pl') return [];
        const other = inOtherNumber(terms.terms[t]!.forms[lang], lang, n);
        // a form whose endings leave the number open (`Партии`, genitive singular or nominative plural) says nothing wrong
        if (!other || numberOf(other, terms.terms[t]!.forms[lang], lang) !== otherNumber(n)) return [];
        return occurrences(terms, s.text, lang, t, tb).filter((x) => x.number === n).map((x) => ({ s, x, other }));
      });
    });
    const c = pick(candidates);
    if (!c) return null;
    const form = /^\p{Lu}/u.test(c.x.text) ? c.other.charAt(0).toUpperCase() + c.other.slice(1) : c.other.charAt(0).toLowerCase() + c.other.slice(1);
    c.s.set(c.s.text.slice(0, c.x.start) + form + c.s.text.slice(c.x.start + c.x.text.length));
    return { kind: 'term-inconsistency', place: c.s.place, alsoRight: ['meaning-mismatch'] };
  },
  'term-form': ({ d, lang, pick, terms }) => {
    // "Территориальной избирательной комиссии" → "Территориальная избирательной комиссии": an adjective left in the
    // glossary's nominative while the rest is inflected (Russian: the only version whose adjectives agree)
    if (!terms || lang !== 'ru') return null;
    const candidates = spots(d).flatMap((s) =>
      terms.find(s.text, lang).flatMap((t) =>
        terms.spans(s.text, lang, t).flatMap((x) => {
          const wrong = withBaseAdjective(x.text, terms.terms[t]!.forms[lang]);
          return wrong ? [{ s, x, wrong }] : [];
        })));
    const c = pick(candidates);
    if (!c) return null;
    c.s.set(c.s.text.slice(0, c.x.start) + c.wrong + c.s.text.slice(c.x.end));
    return { kind: 'term-inconsistency', place: c.s.place };
  },
};
