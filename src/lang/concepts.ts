/**
 * How the genre's tables are read, apart from their data: a word beginning
 * matched against a word (the lexicon's rule), a text's words, the tables'
 * rows, and the index that finds the closed classes' concepts in a text. The
 * tables themselves are read by src/lang/lexicon.ts and src/lang/classes.ts;
 * scripts/lexicon.ts checks them with this module alone.
 */
import { Kept } from '../kept.ts';
import type { Lang } from '../schema/index.ts';

export interface ClassConcept {
  cls: string;
  id: string;
  /** word beginnings by language, matched as the lexicon's are (`=word` exact) */
  stems: Record<Lang, string[]>;
  /** a base form in each language */
  form: Record<Lang, string>;
}

/** Where a text names a concept of a class. */
export interface ClassMention {
  concept: ClassConcept;
  start: number;
  end: number;
}

const LANGS: Lang[] = ['en', 'ru', 'kk'];

/**
 * Whether a word (lower case) is a form of a lexicon beginning: `=word` is
 * the word itself; a short beginning takes only short endings (`прав` is
 * права, правами, not правительство).
 */
export function stemMatches(stem: string, word: string, lang?: Lang): boolean {
  if (stem.startsWith('=')) return word === stem.slice(1);
  if (!word.startsWith(stem)) return false;
  const rest = word.length - stem.length;
  if (stem.length <= 4 ? rest <= 3 : stem.length <= 6 ? rest <= 7 : true) return true;
  // Kazakh chains its endings, plural, possessive and case, longer than the rule allows (`мүше`, `мүшелерінің`)
  return lang === 'kk' && KAZAKH_ENDINGS.test(word.slice(stem.length));
}

/** Kazakh's plural, possessive and case endings, chained. */
const KAZAKH_ENDINGS =
  /^(?:лар|лер|дар|дер|тар|тер|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|мен|бен|пен|сы|сі|ы|і|н|ым|ім|ың|ің|мыз|міз|ңыз|ңіз)+$/u;

/** A text's words, lower case, with where each stands; a hyphen joins words but never opens one (`13-бап` is бап). */
export const classWords = (text: string): Array<{ word: string; start: number; end: number }> =>
  [...text.matchAll(/\p{L}[\p{L}-]*/gu)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));

/**
 * Whether a word is a form of a beginning (src/lang/lexicon.ts's rule), or its
 * part before a hyphen is: a suffix after a hyphen (`ОСК-ға`, `ЕҚЫҰ-ның`) is an ending.
 */
export function wordMatches(stem: string, word: string, lang?: Lang): boolean {
  if (stemMatches(stem, word, lang)) return true;
  const hyphen = word.indexOf('-');
  return hyphen >= 2 && stemMatches(stem, word.slice(0, hyphen), lang);
}

/** A row of a table (`class id en ru kk en_form ru_form kk_form`, its cells) as a concept. */
export function conceptOf(c: string[]): ClassConcept {
  return {
    cls: c[0]!.trim(),
    id: c[1]!.trim(),
    stems: Object.fromEntries(LANGS.map((lang, k) => [lang, (c[2 + k] ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)])) as Record<Lang, string[]>,
    form: Object.fromEntries(LANGS.map((lang, k) => [lang, (c[5 + k] ?? '').trim()])) as Record<Lang, string>,
  };
}

/** The table's concepts. */
export function parseClasses(tsv: string): ClassConcept[] {
  const lines = tsv.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  return lines.slice(1).map((l) => conceptOf(l.split('\t')));
}

/** Finds the concepts of the classes a text names, in one language. */
export class ClassIndex {
  /** beginnings by the first two letters of their first word */
  private readonly byStart = new Map<string, Array<{ concept: ClassConcept; words: string[]; length: number }>>();

  constructor(concepts: ClassConcept[], lang: Lang) {
    for (const concept of concepts) {
      for (const stem of concept.stems[lang]) {
        const words = stem.split(/\s+/);
        const key = words[0]!.replace(/^=/, '').slice(0, 2);
        this.byStart.set(key, [...(this.byStart.get(key) ?? []), { concept, words, length: words.join(' ').length }]);
      }
    }
  }

  /** Every mention, in reading order; where two beginnings match at a word, the one of more words wins, then the longer one (тармақша over тармақ). */
  mentions(text: string): readonly ClassMention[] {
    return this.found.get(text, (t) => this.read(t));
  }

  /** Answers by text: the meaning check asks about a unit's text and its neighbours' again. */
  private readonly found = new Kept<string, readonly ClassMention[]>(20_000);

  private read(text: string): ClassMention[] {
    const tokens = classWords(text);
    const out: ClassMention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let best: { concept: ClassConcept; n: number; length: number } | null = null;
      for (const c of this.byStart.get(tokens[i]!.word.slice(0, 2)) ?? []) {
        const longer = best === null || c.words.length > best.n || (c.words.length === best.n && c.length > best.length);
        if (longer && c.words.every((w, k) => tokens[i + k] !== undefined && wordMatches(w, tokens[i + k]!.word))) best = { concept: c.concept, n: c.words.length, length: c.length };
      }
      if (best) {
        out.push({ concept: best.concept, start: tokens[i]!.start, end: tokens[i + best.n - 1]!.end });
        i += best.n - 1;
      }
    }
    return out;
  }
}
