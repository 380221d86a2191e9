/**
 * untranslated: passages in another language than their document's, found
 * clause by clause: a run of Latin-script words inside a Cyrillic document (or
 * the reverse), and Russian clauses in a Kazakh document. Names, acronyms,
 * URLs and quoted titles are not passages.
 */
import { maskAddresses } from '../lang/web.ts';
import type { Document } from '../schema/index.ts';
import { detectLanguage } from '../lang/detect.ts';
import type { Check, FlagDraft } from './context.ts';
import { textUnits } from './context.ts';

// clause boundaries: sentence and clause punctuation, brackets, quotes
const CLAUSES = /[^.,;:!?()«»"“”\[\]]+/gu;
const LATIN_WORD = /^\p{Script=Latin}+(?:['’-]\p{Script=Latin}+)*$/u;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+(?:-\p{Script=Cyrillic}+)*$/u;
const KAZAKH = /[әғқңөұүһі]/iu;

/** Words of a clause (URLs already masked) that are running text: lower-case words (names and acronyms start with capitals). */
function runningWords(clause: string, script: RegExp): string[] {
  const words = clause.split(/\s+/).filter(Boolean);
  return words.filter((w, i) => script.test(w) && (/^\p{Ll}/u.test(w) || (i === 0 && words.slice(1).some((x) => script.test(x) && /^\p{Ll}/u.test(x)))));
}

/** The part of a clause from its first foreign word to its last, as the original text has it (URLs included). */
function foreignSpan(clause: string, script: RegExp, original: string, offset: number): string {
  const words = [...clause.matchAll(/\S+/gu)].filter((m) => script.test(m[0].replace(/[^\p{L}'’-]/gu, '')));
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return original.slice(offset + first.index, offset + last.index + last[0].length).replace(/\s+/g, ' ');
}

function passages(text: string, doc: Document): string[] {
  const found: string[] = [];
  // URLs are neither passages nor clause boundaries (their colons and dots)
  // nor are the stops and commas inside numbers (`5.10`, `19,822`)
  const masked = maskAddresses(text, 'blank').replace(/(?<=\d)[.,:](?=\d)/gu, ' ');
  for (const m of masked.matchAll(CLAUSES)) {
    const lead = m[0].length - m[0].trimStart().length;
    const clause = m[0].trim();
    const script = doc.lang === 'en' ? CYRILLIC_WORD : LATIN_WORD;
    const words = runningWords(clause, script);
    // three running words of another script make a passage (names and acronyms are capitalised and do not count);
    // so do three words of it with two in lower case among them (`between 15 February and 5 March`, `the new
    // Criminal Code`), where a name has at most one (`Tengrinews and Vlast`)
    const foreignWords = clause.split(/\s+/).filter((w) => script.test(w.replace(/[^\p{L}'’-]/gu, '')));
    const lower = foreignWords.filter((w) => /^\p{Ll}/u.test(w)).length;
    if (words.length >= 3 || (foreignWords.length >= 3 && lower >= 2)) found.push(foreignSpan(clause, script, text, m.index + lead));
    if (doc.lang === 'kk') {
      const words = clause.split(/\s+/).filter((w) => CYRILLIC_WORD.test(w));
      if (words.length >= 6 && !KAZAKH.test(clause)) {
        const g = detectLanguage(clause);
        if (g?.lang === 'ru') found.push(clause);
      }
    }
  }
  return found;
}

export const untranslated: Check = (ctx) => {
  const flags: FlagDraft[] = [];
  for (const doc of ctx.docs) {
    for (const u of textUnits(doc)) {
      const found = passages(u.text, doc);
      if (found.length === 0) continue;
      flags.push({
        kind: 'untranslated', severity: 'error', rule: 'checks/untranslated',
        where: [{ lang: doc.lang, ...u.place, text: found.join(' … ') }],
        message: `text in another language inside the ${doc.lang} version: "${found[0]!.slice(0, 100)}"`,
        evidence: { passages: found },
      });
    }
  }
  return flags;
};
