/**
 * The genre's trilingual lexicon, for the aligner: which concepts a sentence
 * of an election-observation report speaks of, whatever its language. Its
 * rows are those of src/lang/lexicon.tsv (the genre's vocabulary) and of
 * src/lang/classes.tsv (its closed classes: bodies, places, languages, ...),
 * generated into src/lang/lexicon.data.ts by `scripts/lexicon.ts build`.
 * Each cell holds the beginnings of the words that express a concept in one
 * language (a beginning matches every inflected and derived form: `избира`
 * for избиратель, избирательный, избирательной; see stemMatches).
 */
import { CLASSES_TSV, LEXICON_TSV } from './lexicon.data.ts';
import { wordMatches } from './concepts.ts';
import { Kept } from '../kept.ts';

export { stemMatches } from './concepts.ts';

/** The lexicon's rows as one table: a header and the rows of both tables, comments left out. */
export const LEXICON: string = [LEXICON_TSV, CLASSES_TSV]
  .map((t, i) => t.split('\n').filter((l: string) => l.trim() && !l.startsWith('#') && (i === 0 || !l.startsWith('class\t'))).join('\n'))
  .join('\n');

export interface LexiconEntry {
  id: number;
  /** beginnings of words, by language */
  stems: Record<'en' | 'ru' | 'kk', string[]>;
}

/** The lexicon as entries. */
export function lexiconEntries(tsv: string = LEXICON): LexiconEntry[] {
  const [header, ...rows] = tsv.trim().split('\n').filter((l) => !l.startsWith('#'));
  const cols = header!.split('\t');
  const langs = (['en', 'ru', 'kk'] as const).map((l) => [l, cols.indexOf(l)] as const);
  return rows.map((row, id) => {
    const cells = row.split('\t');
    const stems = Object.fromEntries(langs.map(([l, i]) => [l, (cells[i] ?? '').split(',').map((x) => x.trim().toLowerCase()).filter(Boolean)])) as LexiconEntry['stems'];
    return { id, stems };
  });
}

/** Finds the concepts of the lexicon a text speaks of, in one language. */
export class LexiconIndex {
  /** entries by the first two letters of their first word, for a quick look-up */
  private readonly byStart = new Map<string, Array<{ id: number; words: string[] }>>();

  constructor(entries: LexiconEntry[], private readonly lang: 'en' | 'ru' | 'kk') {
    for (const e of entries) {
      for (const stem of e.stems[lang]) {
        const words = stem.split(/\s+/);
        const key = words[0]!.replace(/^=/, '').slice(0, 2);
        this.byStart.set(key, [...(this.byStart.get(key) ?? []), { id: e.id, words }]);
      }
    }
  }

  /** the beginnings whose first word a word matches, by word: a statement repeats its words */
  private readonly byWord = new Kept<string, Array<{ id: number; words: string[] }>>(KEPT_WORDS);

  private startingWith(word: string): Array<{ id: number; words: string[] }> {
    return this.byWord.get(word, (w) => (this.byStart.get(w.slice(0, 2)) ?? []).filter((c) => wordMatches(c.words[0]!, w, this.lang)));
  }

  concepts(text: string): Set<number> {
    // a hyphen never opens a word, and an ending after one is an ending (`ДИАБ-тың`, `13-бап`): as the classes read words
    const tokens = text.toLowerCase().match(WORD) ?? [];
    const out = new Set<number>();
    tokens.forEach((t, i) => {
      for (const c of this.startingWith(t)) {
        if (out.has(c.id)) continue;
        if (c.words.every((w, k) => k === 0 || (tokens[i + k] !== undefined && wordMatches(w, tokens[i + k]!, this.lang)))) out.add(c.id);
      }
    });
    return out;
  }
}

/** A word as the classes read one (src/lang/concepts.ts classWords): letters, and hyphens inside. */
const WORD = /\p{L}[\p{L}-]*/gu;
/** How many distinct words an index remembers the matches of before it starts again. */
const KEPT_WORDS = 50_000;

const indexes = new Map<string, LexiconIndex>();
/** The lexicon's index for a language, built once. */
export function lexiconIndex(lang: 'en' | 'ru' | 'kk'): LexiconIndex {
  if (!indexes.has(lang)) indexes.set(lang, new LexiconIndex(lexiconEntries(), lang));
  return indexes.get(lang)!;
}
