/**
 * Hunspell dictionaries for the spelling check, loaded on first use and kept
 * for the process (the Russian one takes seconds to expand). English accepts
 * a word either the American or the British dictionary knows, since OSCE
 * writes British English with -ize spellings. Kazakh has none: Debian's
 * hunspell-kk lacks common inflections (a quarter of the sample's Kazakh
 * words, `сайлаудың` among them), so its flags would be noise.
 */
import nspell from 'nspell';
import type { Lang } from '../src/schema/index.ts';
import type { Speller } from '../src/checks/context.ts';

/** The dictionary packages give Uint8Arrays; nspell's types want Buffers (a view, not a copy). */
const open = (d: { aff: Uint8Array; dic: Uint8Array }) => {
  const buf = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
  return nspell({ aff: buf(d.aff), dic: buf(d.dic) });
};

const loaded = new Map<Lang, Promise<Speller | undefined>>();

async function load(lang: Lang): Promise<Speller | undefined> {
  if (lang === 'ru') return open((await import('dictionary-ru')).default);
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
