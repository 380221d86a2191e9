/**
 * term-inconsistency in grammatical number: a glossary term the official
 * version writes in the plural rendered in the singular, or the other way
 * round (several special rapporteurs turned into one). Read from endings only
 * where they are unambiguous (src/lang/grammatical-number.ts), and only where
 * the number is the term's own: not after a numeral or a quantifier, whose
 * grammar sets the noun's number in Russian and Kazakh, and not where an
 * English singular is a modifier (`candidate registration` says nothing of
 * how many candidates).
 */
import type { Lang } from '../schema/index.ts';
import { isAcronym, type TermBase } from '../align/terms.ts';
import { afterCount, isFormOf, numberOf, type GNumber } from '../lang/grammatical-number.ts';
import type { Check, FlagDraft } from './context.ts';
import { alignedUnits, placeIn } from './context.ts';

/** After an English singular noun, what shows it is the head of its phrase: punctuation, the end, or a word that cannot be a noun. */
const EN_AFTER_HEAD = /^(?:$|[.,;:)\]!?]|(?:of|in|on|at|by|for|to|from|with|and|or|but|was|is|has|had|were|are|which|that|who|whose|did|does|could|should|would|may|might|must|will|can|not|also|as|its|their|if|when|while|than|under|during|after|before)\b)/i;

export interface Occurrence {
  start: number;
  text: string;
  number: GNumber | null;
}

/**
 * Occurrences of a term in a text with the number each shows, leaving out
 * those inside another term of the text (a voter in `voter list`) and words
 * its stem starts that are no form of it (`избирательном` for `избиратель`);
 * those after a count show none.
 */
export function occurrences(terms: TermBase, text: string, lang: Lang, id: number, others: readonly number[]): Occurrence[] {
  const base = terms.terms[id]!.forms[lang];
  const within = others.filter((o) => o !== id).flatMap((o) => terms.spans(text, lang, o));
  const spans = terms.spans(text, lang, id).filter((s) => isFormOf(s.text, base, lang) && !within.some((w) => w.start <= s.start && w.end >= s.end && w.end - w.start > s.end - s.start));
  return spans.map((s) => {
    let number = afterCount(text, s.start, lang) ? null : numberOf(s.text, base, lang);
    if (lang === 'en' && number === 'sg' && !EN_AFTER_HEAD.test(text.slice(s.end).replace(/^['’]s\b/, '').trimStart())) number = null;
    // a distributive singular (`the results per candidate`, `each candidate`) counts them all: a plural renders it
    if (lang === 'en' && number === 'sg' && /\b(?:per|each|every)\s+$/i.test(text.slice(Math.max(0, s.start - 8), s.start))) number = null;
    // things of several owners (`the parties' campaigns`, `the campaigns of the parties`) are one thing of each: a
    // translation may say it in the singular (`агитационная кампания партий`)
    if (lang === 'en' && number === 'pl' && (/\p{L}s['’]\s+(?:\p{L}+\s+)?$/u.test(text.slice(Math.max(0, s.start - 40), s.start)) || /^\s+of\s+(?:the\s+|their\s+|all\s+|other\s+)*\p{L}+s\b/iu.test(text.slice(s.end)))) number = null;
    // one plural head for several coordinated terms (`қазақ және орыс тілдерінде`, `Kazakh and Russian languages`)
    if (number === 'pl' && /(?:^|[\s,])(?:and|or|и|или|және|мен|немесе)\s+$/iu.test(text.slice(Math.max(0, s.start - 12), s.start))) number = null;
    return { start: s.start, text: s.text, number };
  });
}

const NAMES: Record<GNumber, string> = { sg: 'singular', pl: 'plural' };

export const termNumber: Check = (ctx) => {
  const terms = ctx.terms;
  if (!terms) return [];
  const flags: FlagDraft[] = [];
  for (const { a, b, units } of alignedUnits(ctx)) {
    if (b.lang === 'en') continue;
    // Kazakh says a generic plural in the singular (`сайлаушылар тізімі` for voter lists): only its plural tells
    const tells = (n: GNumber): boolean => b.lang !== 'kk' || n === 'pl';
    for (const u of units) {
      const ta = terms.find(u.textA, a.lang);
      const tb = terms.find(u.textB, b.lang);
      for (const t of ta) {
        const forms = terms.terms[t]!.forms;
        // acronyms do not inflect for number
        if (!tb.includes(t) || isAcronym(forms[a.lang]) || isAcronym(forms[b.lang])) continue;
        const inA = occurrences(terms, u.textA, a.lang, t, ta);
        const inB = occurrences(terms, u.textB, b.lang, t, tb);
        const said = new Set(inA.map((o) => o.number).filter((n) => n !== null));
        const written = inB.filter((o) => o.number !== null);
        if (said.size !== 1 || written.length === 0) continue;
        const want = [...said][0]!;
        // where the original's number is plain at every occurrence, one occurrence in the other number is enough;
        // where some occurrence leaves it open, none may be in the original's number
        const wrong = written.find((o) => o.number !== want);
        const plain = inA.every((o) => o.number !== null);
        if (!wrong || !tells(wrong.number!) || inB.length > inA.length || (!plain && written.some((o) => o.number === want))) continue;
        const original = inA.find((o) => o.number === want)!.text;
        flags.push({
          kind: 'term-inconsistency', severity: 'warning', rule: 'checks/term-number',
          where: [placeIn(b, u.sb, wrong.text), placeIn(a, u.sa, original)],
          message: `"${original}" (${NAMES[want]}) is rendered in the ${NAMES[wrong.number!]} in ${b.lang}: "${wrong.text}"`,
          evidence: { term: forms[a.lang], expected: NAMES[want], written: wrong.text, number: NAMES[wrong.number!] },
        });
      }
    }
  }
  return flags;
};
