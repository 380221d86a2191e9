import { francAll } from 'franc';
import type { Lang } from '../schema/index.ts';
import { allResources } from './index.ts';

export interface LanguageGuess {
  lang: Lang;
  /** 0..1 */
  confidence: number;
}

// Letters of the Kazakh Cyrillic alphabet that Russian does not have.
const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/**
 * Language of a text among en, ru and kk: franc's trigram verdict checked
 * against script evidence (Latin vs Cyrillic letters, letters only Kazakh has),
 * which is what decides on short or mixed texts. Null when the text has no letters.
 */
export function detectLanguage(text: string): LanguageGuess | null {
  const latin = count(text, LATIN);
  const cyrillic = count(text, CYRILLIC);
  if (latin + cyrillic === 0) return null;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const ranked = francAll(sample, { only: allResources().map((r) => r.franc), minLength: 3 });
  const byCode = new Map(ranked.map(([code, score]) => [code, score]));
  const francLang = allResources().find((r) => r.franc === ranked[0]?.[0])?.lang;

  let lang: Lang;
  let confidence: number;
  if (latin > cyrillic) {
    lang = 'en';
    confidence = latin / (latin + cyrillic);
  } else {
    const kazakhShare = count(text, KAZAKH_ONLY) / cyrillic;
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
