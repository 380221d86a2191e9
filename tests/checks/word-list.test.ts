import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import nspell from 'nspell';
import { WordList } from '../../src/checks/word-list.ts';
// @ts-expect-error: a plain JavaScript build script, without types
import { expand } from '../../scripts/expand-dictionary.mjs';

const CORPUS = new URL('../../corpus/', import.meta.url).pathname;

describe('a word list expanded from a Hunspell dictionary', () => {
  it('answers as nspell does on every Russian word of the corpus, in every case, and on their near misses', async () => {
    const dict = (await import('dictionary-ru')).default;
    const reference = nspell({ aff: Buffer.from(dict.aff), dic: Buffer.from(dict.dic) });
    const { forms } = (await expand('dictionary-ru')) as { forms: string[] };
    const list = new WordList(`${forms.join('\n')}\n`);
    expect(list.size).toBe(forms.length);
    const words = new Set<string>();
    for (const d of readdirSync(CORPUS, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      for (const w of readFileSync(`${CORPUS}${d.name}/ru.md`, 'utf8').match(/[\p{L}-]+/gu) ?? []) words.add(w);
    }
    expect(words.size).toBeGreaterThan(3000);
    let disagree: string[] = [];
    let checked = 0;
    for (const w of words) {
      const variants = [w, w.toLowerCase(), w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1), w.slice(1), `${w}ь`, w.replace(/о/, 'а'), ` ${w} `];
      for (const v of variants) {
        checked++;
        if (list.correct(v) !== reference.correct(v)) disagree.push(v);
      }
    }
    expect(checked).toBeGreaterThan(20_000);
    expect(disagree.slice(0, 10)).toEqual([]);
  }, 120_000);

  it('refuses a dictionary it could not answer for as nspell does (English has compound rules)', async () => {
    expect(await expand('dictionary-en')).toEqual({ refused: 'it has compound rules' });
  }, 30_000);

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
