import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import nspell from 'nspell';
import { WordList, type WordListRules } from '../../src/checks/word-list.ts';
// @ts-expect-error: a plain JavaScript build script, without types
import { expand } from '../../scripts/expand-dictionary.mjs';

const CORPUS = new URL('../../corpus/', import.meta.url).pathname;

/** Every word of the corpus manuscripts in one language. */
function corpusWords(lang: string): Set<string> {
  const words = new Set<string>();
  for (const d of readdirSync(CORPUS, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const w of readFileSync(`${CORPUS}${d.name}/${lang}.md`, 'utf8').match(/[\p{L}\d’'-]+/gu) ?? []) words.add(w);
  }
  return words;
}

/** The words where the list and nspell disagree, over each word in eight variants and the extra forms given. */
async function disagreements(pkg: string, words: Set<string>, extra: string[] = []): Promise<{ checked: number; disagree: string[] }> {
  const dict = (await import(pkg)).default;
  const reference = nspell({ aff: Buffer.from(dict.aff), dic: Buffer.from(dict.dic) });
  const { forms, rules } = (await expand(pkg)) as { forms: string[]; rules: WordListRules };
  const list = new WordList(`${forms.join('\n')}\n`, rules);
  expect(list.size).toBe(forms.length);
  const disagree: string[] = [];
  let checked = 0;
  const check = (v: string) => {
    checked++;
    if (list.correct(v) !== reference.correct(v)) disagree.push(v);
  };
  for (const w of words) {
    for (const v of [w, w.toLowerCase(), w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1), w.slice(1), `${w}ь`, w.replace(/о/, 'а'), ` ${w} `]) check(v);
  }
  extra.forEach(check);
  return { checked, disagree };
}

describe('a word list expanded from a Hunspell dictionary', () => {
  it('answers as nspell does on every Russian word of the corpus, in every case, and on their near misses', async () => {
    const words = corpusWords('ru');
    expect(words.size).toBeGreaterThan(3000);
    const { checked, disagree } = await disagreements('dictionary-ru', words);
    expect(checked).toBeGreaterThan(20_000);
    expect(disagree.slice(0, 10)).toEqual([]);
  }, 120_000);

  it.each(['dictionary-en', 'dictionary-en-gb'])('answers as nspell does with %s: its compound rules (ordinals), compound-only forms and the typographic apostrophe', async (pkg) => {
    const words = corpusWords('en');
    expect(words.size).toBeGreaterThan(2000);
    const numbers = Array.from({ length: 130 }, (_, n) => n).flatMap((n) => ['st', 'nd', 'rd', 'th', 'TH'].map((s) => `${n}${s}`));
    const { checked, disagree } = await disagreements(pkg, words, [...numbers, 'ODIHR’s', 'party’s', "party's", 'don’t', '1th', '21th', '12nd', 'x21st']);
    expect(checked).toBeGreaterThan(15_000);
    expect(disagree.slice(0, 10)).toEqual([]);
    // the rules do the work: without them the list knows neither ordinals nor the curly apostrophe
    const { forms } = (await expand(pkg)) as { forms: string[] };
    const bare = new WordList(`${forms.join('\n')}\n`);
    expect(['21st', 'party’s'].map((w) => bare.correct(w))).toEqual([false, false]);
  }, 120_000);

  it('finds the first and the last form, and nothing between forms', () => {
    const list = new WordList('альфа\nбета\nгамма\n');
    expect(['альфа', 'бета', 'гамма'].map((w) => list.has(w))).toEqual([true, true, true]);
    expect(['', 'альф', 'бетаа', 'я', 'а'].map((w) => list.has(w))).toEqual([false, false, false, false, false]);
    expect(list.correct('АЛЬФА')).toBe(true);
    expect(list.correct('Бета')).toBe(true);
    expect(list.correct('   ')).toBe(false);
  });

  it('is searched in the order of its bytes, which is not the order of UTF-16 units past U+FFFF', () => {
    // U+FB00 sorts before U+1D538 by code point and by UTF-8, after it by UTF-16 unit
    const forms = ['a', 'b\uFB00', 'b\u{1D538}', 'c'];
    const list = new WordList(`${forms.join('\n')}\n`);
    expect(forms.map((f) => list.has(f))).toEqual([true, true, true, true]);
    expect(list.has('b')).toBe(false);
    expect(list.size).toBe(4);
  });
});
