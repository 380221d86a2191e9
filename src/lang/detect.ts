import { rankLanguages } from './trigrams.ts';
import type { Lang } from '../schema/index.ts';
import { allResources } from './index.ts';

export interface LanguageGuess {
  lang: Lang;
  /** 0..1 */
  confidence: number;
}

/**
 * How many characters of a text a one-character class matches. A document's
 * text has some fifty thousand letters: `match` would make an array of them
 * all. The class is tried once for each of the 65,536 code units, the first
 * time it is counted, and a character outside them (a surrogate pair) by the
 * class itself.
 */
export function counter(cls: RegExp): (text: string) => number {
  const one = new RegExp(`^${cls.source}$`, 'u');
  let table: Uint8Array | null = null;
  return (text) => {
    if (!table) {
      table = new Uint8Array(0x10000);
      for (let c = 0; c < 0x10000; c++) table[c] = one.test(String.fromCharCode(c)) ? 1 : 0;
    }
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next < 0xe000) {
          if (one.test(text.slice(i, i + 2))) n++;
          i++;
          continue;
        }
      }
      n += table[c]!;
    }
    return n;
  };
}

// Letters of the Kazakh Cyrillic alphabet that Russian does not have.
const kazakhOnly = counter(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u);
/** Those of them that no language of the Cyrillic script writes as a word of their own (`і` is Ukrainian's `and`). */
export const KAZAKH_LETTERS = 'әғқңөұүһӘҒҚҢӨҰҮҺ';
/** A text holds one of `KAZAKH_LETTERS`. */
export const HAS_KAZAKH_LETTER = new RegExp(`[${KAZAKH_LETTERS}]`, 'u');
const cyrillicLetters = counter(/\p{Script=Cyrillic}/u);
const latinLetters = counter(/\p{Script=Latin}/u);

/**
 * Language of a text among en, ru and kk: franc's trigram verdict checked
 * against script evidence (Latin vs Cyrillic letters, letters only Kazakh has),
 * which is what decides on short or mixed texts. Null when the text has no letters.
 */
export function detectLanguage(text: string): LanguageGuess | null {
  const latin = latinLetters(text);
  const cyrillic = cyrillicLetters(text);
  if (latin + cyrillic === 0) return null;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const ranked = rankLanguages(sample, allResources().map((r) => r.franc), 3);
  const byCode = new Map(ranked.map(([code, score]) => [code, score]));
  const francLang = allResources().find((r) => r.franc === ranked[0]?.[0])?.lang;

  let lang: Lang;
  let confidence: number;
  if (latin > cyrillic) {
    lang = 'en';
    confidence = latin / (latin + cyrillic);
  } else {
    const kazakhShare = kazakhOnly(text) / cyrillic;
    // Kazakh running text has a Kazakh-only letter every 10-15 letters; Russian has none,
    // so a share above 1% is Kazakh whatever the trigrams say.
    lang = kazakhShare > 0.01 ? 'kk' : 'ru';
    const scriptCertainty = lang === 'kk' ? Math.min(1, kazakhShare / 0.04) : 1 - Math.min(1, kazakhShare / 0.01);
    confidence = (cyrillic / (latin + cyrillic)) * (0.5 + 0.5 * scriptCertainty);
  }
  if (francLang === lang) {
    const runnerUp = ranked[1]?.[1] ?? 0;
    confidence = Math.max(confidence, 1 - runnerUp / 2);
  } else if (francLang && byCode.size > 1) {
    confidence *= 0.8;
  }
  return { lang, confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 1000) / 1000 };
}
