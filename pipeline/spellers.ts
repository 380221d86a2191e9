/**
 * Hunspell dictionaries for the spelling check, loaded on first use and kept
 * for the process (the Russian one takes seconds to expand). English accepts
 * a word either the American or the British dictionary knows, since OSCE
 * writes British English with -ize spellings. Kazakh has none: Debian's
 * hunspell-kk lacks common inflections (a quarter of the sample's Kazakh
 * words, `сайлаудың` among them), so its flags would be noise.
 */
import { readFile } from 'node:fs/promises';
import nspell from 'nspell';
import type { Lang } from '../src/schema/index.ts';
import type { Speller } from '../src/checks/context.ts';
import { WordList, type WordListRules } from '../src/checks/word-list.ts';

/**
 * A dictionary as the list the build expanded it into (scripts/build.mjs,
 * scripts/expand-dictionary.mjs), with its rules; else nspell expands it here
 * (seconds for Russian, 0.4 s for each English one). The same path from
 * pipeline/ and from dist/, both one level below the project.
 */
async function dictionary(pkg: 'dictionary-en' | 'dictionary-en-gb' | 'dictionary-ru'): Promise<Speller> {
  const at = (ext: string) => new URL(`../dist/spelling/${pkg}.${ext}`, import.meta.url);
  try {
    const [list, rules] = await Promise.all([readFile(at('words')), readFile(at('rules.json'), 'utf8')]);
    return new WordList(list, JSON.parse(rules) as WordListRules);
  } catch {
    const d = (await import(pkg)).default as { aff: Uint8Array; dic: Uint8Array };
    const buf = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength); // a view, not a copy
    return nspell({ aff: buf(d.aff), dic: buf(d.dic) });
  }
}

const loaded = new Map<Lang, Promise<Speller | undefined>>();

async function load(lang: Lang): Promise<Speller | undefined> {
  if (lang === 'ru') return dictionary('dictionary-ru');
  if (lang === 'en') {
    const spellers = await Promise.all([dictionary('dictionary-en'), dictionary('dictionary-en-gb')]);
    return { correct: (w) => spellers.some((s) => s.correct(w)) };
  }
  return undefined;
}

export function speller(lang: Lang): Promise<Speller | undefined> {
  if (!loaded.has(lang)) loaded.set(lang, load(lang));
  return loaded.get(lang)!;
}

export async function spellersFor(langs: Lang[]): Promise<Partial<Record<Lang, Speller>>> {
  const out: Partial<Record<Lang, Speller>> = {};
  for (const l of new Set(langs)) {
    const s = await speller(l);
    if (s) out[l] = s;
  }
  return out;
}
