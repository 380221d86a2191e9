/**
 * spelling (info): lower-case words a Hunspell dictionary of the document's
 * language does not know. What a dictionary cannot know is excepted: names
 * (capitalised words), acronyms, URLs, e-mail addresses, words of another
 * script (the untranslated check's concern), glossary terms, and domain words
 * the document itself inflects in several forms (`маслихат`, `маслихатов`):
 * a typo is a one-off, a real word recurs.
 */
import type { Lang } from '../schema/index.ts';
import type { Check, FlagDraft, Speller } from './context.ts';
import { textUnits } from './context.ts';
import { isGarbledWord } from './garbled.ts';

const ALPHABET: Record<Lang, string> = { en: 'abcdefghijklmnopqrstuvwxyz', ru: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя', kk: 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя' };
const SCRIPT: Record<Lang, RegExp> = {
  en: /^[a-z]+(?:['’-][a-z]+)*$/,
  ru: /^[а-яё]+(?:-[а-яё]+)*$/,
  kk: /^[а-яёәғқңөұүһі]+(?:-[а-яёәғқңөұүһі]+)*$/,
};
const WORD = /(?<![\p{L}\p{N}@./_-])[\p{L}][\p{L}'’-]*[\p{L}]|(?<![\p{L}\p{N}@./_-])[\p{L}]/gu;
const MASK = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|\S+\.(?:kz|ru|org|com|net|int)\b\S*/gi;
/** What a text must hold for MASK to match anything: MASK's last two patterns try every start of every run of non-spaces. */
const MASKABLE = /https?:\/\/|www\.|@|\.(?:kz|ru|org|com|net|int)\b/i;
/** a word seen this often in one document is taken as a real word */
const RECURRENT = 3;

export const spelling: Check = (ctx) => {
  const flags: FlagDraft[] = [];
  for (const doc of ctx.docs) {
    const speller = ctx.spellers?.[doc.lang];
    if (!speller) continue;
    const known = (w: string): boolean => knownWord(w, speller);
    const unknown = new Map<string, Array<{ place: { sentenceId: string } | { footnote: number } }>>();
    const seen = new Map<string, number>();
    for (const { text, place } of textUnits(doc)) {
      for (const word of candidates(text, doc.lang)) {
        seen.set(word, (seen.get(word) ?? 0) + 1);
        // a garbled word is the garbled check's: one defect, one flag
        if (known(word) || ctx.terms?.find(word, doc.lang).length || isGarbledWord(word)) continue;
        unknown.set(word, [...(unknown.get(word) ?? []), { place }]);
      }
    }
    const families = inflectedFamilies([...unknown.keys()]);
    for (const [word, places] of unknown) {
      if ((seen.get(word) ?? 0) >= RECURRENT || families.has(word)) continue;
      const suggestions = suggest(word, ALPHABET[doc.lang], speller, seen).slice(0, 3);
      flags.push({
        kind: 'spelling', severity: 'info', rule: 'checks/spelling',
        where: [{ lang: doc.lang, ...places[0]!.place, text: word }],
        message: `"${word}" is not in the ${doc.lang} dictionary${suggestions.length ? `; perhaps ${suggestions.map((s) => `"${s}"`).join(', ')}` : ''}`,
        evidence: { word, count: places.length, suggestions },
      });
    }
  }
  return flags;
};

/** Lower-case words of the document's script, URLs and addresses masked, possessive endings dropped. */
function candidates(text: string, lang: Lang): string[] {
  const out: string[] = [];
  for (const m of (MASKABLE.test(text) ? text.replace(MASK, ' ') : text).matchAll(WORD)) {
    const word = m[0].replace(/['’]s?$/, '');
    if (word.length >= 3 && SCRIPT[lang].test(word)) out.push(word);
  }
  return out;
}

/**
 * Words one edit away (a letter dropped, added, changed or two swapped) that
 * the dictionary knows, those the document itself uses first. Hunspell's own
 * suggestions also try two edits, which costs a second or so per Russian word.
 */
function suggest(word: string, alphabet: string, speller: Speller, seen: Map<string, number>): string[] {
  const edits = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length) edits.add(word.slice(0, i) + word.slice(i + 1));
    for (const c of alphabet) edits.add(word.slice(0, i) + c + word.slice(i));
    if (i < word.length - 1) edits.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    if (i < word.length) for (const c of alphabet) edits.add(word.slice(0, i) + c + word.slice(i + 1));
  }
  edits.delete(word);
  const known = [...edits].filter((w) => speller.correct(w));
  return known.sort((a, b) => (seen.get(b) ?? 0) - (seen.get(a) ?? 0));
}

/** Known as a whole, or, for a compound, its last part (`веб-сайта`, `medium-term`). */
function knownWord(word: string, speller: Speller): boolean {
  if (speller.correct(word)) return true;
  // an abbreviation with a hyphen (`г-на`, `d-r`)
  if (/^\p{L}-/u.test(word)) return true;
  const parts = word.split(/[-'’]/).filter((p) => p.length >= 3);
  return word.includes('-') && parts.length > 0 && speller.correct(parts[parts.length - 1]!);
}

/** Unknown words that share a stem with another unknown word: forms of one word the dictionary lacks. */
function inflectedFamilies(words: string[]): Set<string> {
  const out = new Set<string>();
  for (const a of words) {
    for (const b of words) {
      if (a === b) continue;
      let p = 0;
      while (p < a.length && a[p] === b[p]) p++;
      if (p >= Math.max(5, Math.min(a.length, b.length) - 3)) out.add(a);
    }
  }
  return out;
}
