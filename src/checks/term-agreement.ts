/**
 * term-inconsistency in form: a glossary term written in a form no case
 * gives, its adjectives disagreeing with its head (`Территориальная
 * избирательной комиссии`). Russian only: Kazakh adjectives do not inflect,
 * and English ones do not agree. Read within each Russian version, every
 * sentence and footnote; src/lang/ru/agreement.ts says which endings agree.
 */
import type { Check, FlagDraft } from './context.ts';
import { textUnits } from './context.ts';
import { isAcronym } from '../align/terms.ts';
import { disagreement } from '../lang/ru/agreement.ts';

export const termAgreement: Check = (ctx) => {
  const terms = ctx.terms;
  if (!terms) return [];
  const flags: FlagDraft[] = [];
  for (const doc of ctx.docs.filter((d) => d.lang === 'ru')) {
    for (const { text, place } of textUnits(doc)) {
      for (const t of terms.find(text, 'ru')) {
        const base = terms.terms[t]!.forms.ru;
        if (!base.includes(' ') || base.split(/\s+/).some(isAcronym)) continue;
        for (const s of terms.spans(text, 'ru', t)) {
          // coordinated adjectives share one plural head (`на казахском и русском языках`): their case must still agree
          const coordinated = /(?:^|[\s,])(?:и|или|либо)\s+$/iu.test(text.slice(Math.max(0, s.start - 8), s.start));
          const odd = disagreement(s.text, base, coordinated);
          if (!odd) continue;
          flags.push({
            kind: 'term-inconsistency', severity: 'warning', rule: 'checks/term-agreement',
            where: [{ lang: 'ru', ...place, text: s.text }],
            message: `"${s.text}": "${odd}" does not agree with the rest of the term (the glossary writes "${base}")`,
            evidence: { term: terms.terms[t]!.forms.en, expected: base, written: s.text, word: odd },
          });
        }
      }
    }
  }
  return flags;
};
