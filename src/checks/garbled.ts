/**
 * garbled: letter sequences a language does not allow (a Russian word opening
 * with Ь or Ъ), Cyrillic and Latin letters mixed inside one word, encoding
 * debris (mojibake, replacement characters), a word written twice in a row.
 */
import type { Check, FlagDraft } from './context.ts';
import { perText, textUnits } from './context.ts';

// `needs`: what a text must hold for the rule to match in it, tested first. Each rule tries its look-behind and
// look-aheads, with their large classes, at every letter; the tests are a tenth of that, and most texts fail them
const RULES: Array<{ rule: string; re: RegExp; needs?: RegExp[]; why: string }> = [
  { rule: 'impossible-start', re: /(?<![\p{L}-])[ЬЪьъ]\p{L}+/gu, why: 'a word cannot start with Ь or Ъ' },
  // (these two start only where a word starts: a match could start nowhere else, and trying every letter made them quadratic)
  {
    rule: 'mixed-script',
    re: /(?<!\p{L})(?=[\p{L}]*\p{Script=Cyrillic})(?=[\p{L}]*\p{Script=Latin})[\p{L}]{2,}/gu,
    needs: [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u],
    why: 'Cyrillic and Latin letters in one word',
  },
  { rule: 'mojibake', re: /(?:Ð[\u0080-\u00bf¡-¿]|Ñ[\u0080-\u00bf]|Ã[\u0080-\u00bf]|â€|\ufffd)+/gu, why: 'encoding debris' },
  // words run together when a space was lost: a lower-case word glued to an acronym (решениямиЦИК), or two Cyrillic words
  // (Latin camel case is left alone: brand names such as LiveJournal are written that way)
  {
    rule: 'glued-words',
    re: /(?<!\p{L})\p{Ll}{3,}(?:\p{Lu}{2,}|\p{Script=Cyrillic}(?<=\p{Lu})\p{Ll}{2,})(?!\p{L})/gu,
    needs: [/\p{Lu}(?<=\p{Ll}\p{Lu})/u],
    why: 'two words run together',
  },
  { rule: 'repeated-word', re: /(?<![\p{L}\d])(\p{L}{2,})\s+\1(?![\p{L}\d])/giu, why: 'a word written twice' },
  { rule: 'repeated-letter', re: /(?<!\p{L})\p{L}*(\p{L})\1\1\p{L}*/gu, needs: [/([^\s\d.,])\1\1/u], why: 'a letter three times in a row' },
];

/** The rule's matches in a text; none where the text lacks what every match holds. */
const matchesOf = (r: (typeof RULES)[number], text: string): Iterable<RegExpExecArray> => (r.needs?.some((n) => !n.test(text)) ? [] : text.matchAll(r.re));

/** Each rule but the doubled word, as a test of a whole word. */
const WORD_RULES = RULES.filter((r) => r.rule !== 'repeated-word').map((r) => ({ rule: r.rule, re: new RegExp(`^(?:${r.re.source})$`, r.re.flags.replace('g', '')) }));

/** A word the garbled check reports on its own (tripled letter, Ь opening, mixed scripts, debris): other checks leave it to it. */
export const isGarbledWord = (word: string): boolean => WORD_RULES.some((r) => r.re.test(word) && !(r.rule === 'repeated-letter' && /^[IVXLCM]+$/u.test(word)));

/** Where the garbled rules (all but the doubled word) match in a text: the spans of its broken words. */
export const garbledSpans: (text: string) => ReadonlyArray<{ start: number; end: number }> = perText((text) => {
  const masked = text.replace(/https?:\/\/\S+|www\.\S+/gu, (x) => ' '.repeat(x.length));
  return RULES.filter((r) => r.rule !== 'repeated-word').flatMap((r) =>
    [...matchesOf(r, masked)].filter((m) => !(r.rule === 'repeated-letter' && /^[IVXLCM]+$/u.test(m[0]))).map((m) => ({ start: m.index, end: m.index + m[0].length })),
  );
});

export const garbled: Check = (ctx) => {
  const flags: FlagDraft[] = [];
  for (const doc of ctx.docs) {
    for (const u of textUnits(doc)) {
      const masked = u.text.replace(/https?:\/\/\S+|www\.\S+/gu, (x) => ' '.repeat(x.length));
      for (const r of RULES) {
        for (const m of matchesOf(r, masked)) {
          if (r.rule === 'repeated-letter' && /^[IVXLCM]+$/u.test(m[0])) continue; // Roman numerals
          flags.push({
            kind: 'garbled', severity: r.rule === 'repeated-word' || r.rule === 'glued-words' ? 'warning' : 'error', rule: `checks/garbled#${r.rule}`,
            where: [{ lang: doc.lang, ...u.place, text: m[0] }],
            message: `${r.why}: "${m[0]}"`,
            evidence: { match: m[0], rule: r.rule },
          });
        }
      }
    }
  }
  return flags;
};
