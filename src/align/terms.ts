/**
 * The project's term base, seeded from corpus/glossary.tsv: each row is one
 * term in en, ru and kk. `find` tells which terms a text uses, by row, so the
 * aligner and the checks can compare them across languages.
 */
import type { Lang } from '../schema/index.ts';
import { Kept } from '../kept.ts';

export interface Term {
  id: number;
  forms: Record<Lang, string>;
}

/** A word's stem: a long word loses up to three letters, so that inflected forms still match. */
const stem = (w: string): string => (w.length > 5 ? w.slice(0, Math.max(4, w.length - 3)) : w);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** An acronym: two or more capitals (and slashes or digits), written the same way wherever it stands. */
export const isAcronym = (word: string): boolean => /^[\p{Lu}\d/]{2,}$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);

/**
 * A term's form as its pattern reads it. A form without an acronym is
 * matched case-blind (`fold`), by the stems of its lower-cased words
 * (`БДИПЧ/ОБСЕ`, `ОБСЕ-нің`). A form with an acronym is matched case for
 * case: its acronyms whole, its other words by their stems.
 */
function formWords(form: string): { words: Array<{ literal: string; acronym: boolean }>; fold: boolean } {
  const words = form.split(/\s+/).filter(Boolean);
  // the short head of a phrase that ends in a vowel may be a possessive that gives way to a plural (`қазақ тілі`,
  // `тілдері`): its stem stops before the vowel
  const stemOf = (w: string, i: number) => (i > 0 && i === words.length - 1 && /^\p{L}{3,4}[аәеиоөуұүыіэюя]$/u.test(w) ? w.slice(0, -1) : stem(w));
  if (!words.some(isAcronym)) return { words: form.toLowerCase().split(/\s+/).filter(Boolean).map((w, i) => ({ literal: stemOf(w, i), acronym: false })), fold: true };
  return { words: words.map((w, i) => (isAcronym(w) ? { literal: w, acronym: true } : { literal: stemOf(w, i), acronym: false })), fold: false };
}

/**
 * The pattern of a term's form. Words are matched by their stems, so
 * inflected forms count. A form with an acronym in it is matched case for
 * case and its acronyms as whole words (`TEC` is not the start of
 * `technically`, `PA` not of `participating`), though they may take a
 * suffix (`ОБСЕ-нің`, `ЦИКом`).
 */
export function termPattern(form: string): RegExp {
  const { words, fold } = formWords(form);
  return new RegExp(`(?<![\\p{L}\\d])${coreSource(words)}`, fold ? 'iu' : 'u');
}

/** The words of a term's pattern, without the look-behind that puts it at a word start. */
const coreSource = (words: Array<{ literal: string; acronym: boolean }>): string =>
  words.map((w) => (w.acronym ? `${escape(w.literal)}(?!\\p{Lu})` : escape(w.literal))).join('\\p{L}*[\\s-]+');

/**
 * What a text must hold for the term's pattern to match: the literal its
 * first word starts with, in lower case when the pattern ignores case. A
 * cheap test that spares the pattern on most texts, and the places
 * wordStartMatches tries it at.
 */
export function termNeedle(form: string): { needle: string; fold: boolean } {
  const { words, fold } = formWords(form);
  return { needle: words[0]?.literal ?? '', fold };
}

interface TermPattern {
  /** its place in the language's list: answers keep the list's order */
  order: number;
  id: number;
  needle: string;
  fold: boolean;
  /** the pattern's words, matched by matchAt: in lower case when the pattern is blind to case */
  words: Array<{ literal: string; acronym: boolean }>;
  /** the pattern's expression (sticky, without its look-behind, on the lower-cased text when blind to case) where matchAt cannot stand for it */
  expression: RegExp | null;
  /** the case-blind pattern without its look-behind, sticky, for a text whose lower-cased form is not as long (compiled when first needed) */
  blind: () => RegExp;
}

function termPatternOf(form: string, order: number, id: number): TermPattern {
  const { words, fold } = formWords(form);
  let blind: RegExp | null = null;
  // a word that starts with a hyphen (`Kazakhstan - OSCE`) needs the expression's backtracking over the gap before it
  const expression = words.slice(1).some((w) => /^[\s-]/.test(w.literal)) ? new RegExp(coreSource(words), 'yu') : null;
  return { order, id, needle: words[0]?.literal ?? '', fold, words, expression, blind: () => (blind ??= new RegExp(coreSource(words), 'yiu')) };
}

const LETTERS = /\p{L}*/uy;
const GAP = /[\s-]+/y;
const CAPITAL = /\p{Lu}/uy;
/** Where a sticky pattern's match at `at` ends (it always matches: `*`), or -1 where it does not match. */
const endOf = (re: RegExp, text: string, at: number): number => {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : -1;
};

/**
 * Where the pattern's words match from `at` on (the end), or -1: each word's
 * literal, the rest of its letters, a gap of spaces or hyphens before the
 * next; an acronym not followed by a capital. What the pattern's regular
 * expression (`coreSource`) matches, without compiling one a term: V8
 * compiles a Unicode pattern slowly, and the glossary has some hundred a
 * language. Letters never match the gap, so taking all of them is what
 * the expression's backtracking would end at too.
 */
function matchAt(words: TermPattern['words'], on: string, at: number): number {
  let pos = at;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (k > 0) {
      pos = endOf(LETTERS, on, pos);
      const gap = endOf(GAP, on, pos);
      if (gap < 0) return -1;
      pos = gap;
    }
    if (!on.startsWith(w.literal, pos)) return -1;
    pos += w.literal.length;
    if (w.acronym && endOf(CAPITAL, on, pos) >= 0) return -1;
  }
  return pos;
}

const LETTER_OR_DIGIT_AT_END = /[\p{L}\d]$/u;

/**
 * Where a term's pattern matches at word starts, as termPattern would find
 * them one after another: each place the needle stands is tried with
 * matchAt, in the lower-cased text for a pattern blind to case.
 * Much faster than the pattern itself, whose look-behind keeps the regex
 * engine from scanning for its first literal. `lower` is the text
 * lower-cased, or null when that changes its length: then the case-blind
 * pattern is tried at every place.
 */
function* wordStartMatches(p: TermPattern, text: string, lower: string | null): Generator<{ start: number; end: number }> {
  const hay = p.fold ? lower : text;
  const on = hay ?? text;
  for (let from = 0; from <= text.length; ) {
    const at = hay === null ? from : hay.indexOf(p.needle, from);
    if (at < 0) return;
    from = at + 1;
    if (at > 0 && LETTER_OR_DIGIT_AT_END.test(on.slice(Math.max(0, at - 2), at))) continue;
    const end = hay === null ? endOf(p.blind(), text, at) : p.expression ? endOf(p.expression, on, at) : matchAt(p.words, on, at);
    if (end < 0) continue;
    from = Math.max(at + 1, end);
    yield { start: at, end };
  }
}

/** A text lower-cased, or null where lower-casing changes its length (the places in it would not be the text's). */
const lowered = (text: string, lower = text.toLowerCase()): string | null => (lower.length === text.length ? lower : null);

/** How many letters of a needle key the index. */
const KEY = 2;
/** A needle's key: its first KEY letters or digits. */
const KEYED = new RegExp(`^[\\p{L}\\d]{${KEY}}`, 'u');
/** How many answers `find` keeps a language (a statement has a few thousand texts) before it starts over; `spans` the same. */
const TERMS_KEPT = 20_000;

/** The keys words start with: after anything that is not a letter or a digit, as the patterns' look-behind says. */
const WORD_START = new RegExp(`(?<![\\p{L}\\d])[\\p{L}\\d]{${KEY}}`, 'gu');

function wordStartKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const m of text.matchAll(WORD_START)) keys.add(m[0]);
  return keys;
}

export class TermBase {
  readonly terms: Term[];
  /** each language's patterns, indexed by the first letters of their needle */
  private readonly patterns: Map<Lang, { byKey: Map<string, TermPattern[]>; short: TermPattern[]; byId: Map<number, TermPattern> }>;

  constructor(terms: Term[]) {
    this.terms = terms;
    this.patterns = new Map();
    for (const lang of ['en', 'ru', 'kk'] as Lang[]) {
      const all = terms.filter((t) => t.forms[lang]).map((t, order) => termPatternOf(t.forms[lang], order, t.id));
      const byKey = new Map<string, TermPattern[]>();
      const short: TermPattern[] = [];
      for (const p of all) {
        // a needle that does not start with KEY letters or digits (a quotation mark, one letter) is always tried
        const key = KEYED.exec(p.needle)?.[0];
        if (key === undefined) short.push(p);
        else byKey.set(key, [...(byKey.get(key) ?? []), p]);
      }
      this.patterns.set(lang, { byKey, short, byId: new Map(all.map((p) => [p.id, p])) });
    }
  }

  static fromTsv(tsv: string): TermBase {
    const [header, ...rows] = tsv.replace(/\r\n/g, '\n').split('\n').filter((l) => l.trim() !== '');
    const cols = header!.split('\t').map((c) => c.trim()) as Lang[];
    return new TermBase(
      rows.map((row, id) => {
        const cells = row.split('\t');
        const forms = Object.fromEntries(cols.map((c, i) => [c, (cells[i] ?? '').trim()])) as Record<Lang, string>;
        return { id, forms };
      }),
    );
  }

  /**
   * Finds every term once, in its own form, so that a worker with nothing
   * to do has the shared patterns (word starts, letters, gaps) compiled
   * before a statement comes. It once compiled a regular expression a term
   * (about 0.35 s for the glossary); matchAt needs none, so little is left.
   */
  warm(): void {
    for (const t of this.terms) for (const lang of ['en', 'ru', 'kk'] as Lang[]) if (t.forms[lang]) this.find(t.forms[lang], lang);
  }

  /** A term written with a capital in every language: a name or an acronym, not a common noun. */
  isName(id: number): boolean {
    const t = this.terms[id];
    return t !== undefined && Object.values(t.forms).every((f) => f === '' || /\p{Lu}/u.test(f));
  }

  /** Where a term's form stands in a text, each match widened to its whole last word (`комис` → `комиссиями`). */
  spans(text: string, lang: Lang, id: number): ReadonlyArray<{ start: number; end: number; text: string }> {
    // only a term `find` sees has spans; the checks ask about every pair of a sentence's terms, so answers are kept
    if (!this.find(text, lang).includes(id)) return [];
    const byId = keptFor(this.spansFound, lang).get(text, () => new Map());
    let spans = byId.get(id);
    if (!spans) {
      const p = this.patterns.get(lang)!.byId.get(id)!;
      spans = [...wordStartMatches(p, text, lowered(text))].map(({ start, end }) => {
        // the whole last word: the pattern's last stem and the letters after it
        const whole = endOf(LETTERS, text, end);
        return { start, end: whole, text: text.slice(start, whole) };
      });
      byId.set(id, spans);
    }
    return spans;
  }

  /** Ids of the terms a text uses. The aligner and several checks ask about the same sentences: answers are kept, up to a bound. */
  find(text: string, lang: Lang): readonly number[] {
    return keptFor(this.found, lang).get(text, () => {
      const lower = text.toLowerCase();
      const places = lowered(text, lower);
      return this.candidates(text, lower, lang)
        .filter((p) => (p.fold ? lower : text).includes(p.needle) && !wordStartMatches(p, text, places).next().done)
        .map((p) => p.id);
    });
  }

  /**
   * The patterns that could match: a pattern's match starts at a word start
   * with its needle, so only those whose needle's first letters start a word
   * of the text (of its lower-cased form, for a pattern blind to case), in
   * the list's order.
   */
  private candidates(text: string, lower: string, lang: Lang): TermPattern[] {
    const base = this.patterns.get(lang);
    if (!base) return [];
    const found = new Set<TermPattern>(base.short);
    const add = (keys: Set<string>, fold: boolean) => {
      for (const k of keys) for (const p of base.byKey.get(k) ?? []) if (p.fold === fold) found.add(p);
    };
    add(wordStartKeys(lower), true);
    add(wordStartKeys(text), false);
    return [...found].sort((a, b) => a.order - b.order);
  }

  // by language, then by the text itself: a key made of the two would be a new string to hash at every question
  private readonly found = new Map<Lang, Kept<string, readonly number[]>>();
  /** answers of `spans`, by language, text and term */
  private readonly spansFound = new Map<Lang, Kept<string, Map<number, ReadonlyArray<{ start: number; end: number; text: string }>>>>();
}

/** A language's answers, up to TermBase's bound. */
function keptFor<V>(byLang: Map<Lang, Kept<string, V>>, lang: Lang): Kept<string, V> {
  let kept = byLang.get(lang);
  if (!kept) byLang.set(lang, (kept = new Kept(TERMS_KEPT)));
  return kept;
}
