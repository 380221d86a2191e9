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
import { WordList } from '../src/checks/word-list.ts';

/**
 * The expanded word lists the build writes (scripts/build.mjs, for the
 * dictionaries scripts/expand-dictionary.mjs can expand: Russian). The same
 * path from pipeline/ and from dist/, both one level below the project.
 */
const wordList = async (lang: Lang): Promise<WordList | null> => {
  try {
    return new WordList(await readFile(new URL(`../dist/spelling/${lang}.words`, import.meta.url)));
  } catch {
    return null;
  }
};

/** The dictionary packages give Uint8Arrays; nspell's types want Buffers (a view, not a copy). */
const open = (d: { aff: Uint8Array; dic: Uint8Array }) => {
  const buf = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
  return nspell({ aff: buf(d.aff), dic: buf(d.dic) });
};

const loaded = new Map<Lang, Promise<Speller | undefined>>();

async function load(lang: Lang): Promise<Speller | undefined> {
  // the expanded list when the build made one, else nspell expands the dictionary here (seconds for Russian)
  if (lang === 'ru') return (await wordList('ru')) ?? open((await import('dictionary-ru')).default);
  if (lang === 'en') {
    const spellers = [open((await import('dictionary-en')).default), open((await import('dictionary-en-gb')).default)];
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
