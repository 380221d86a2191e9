import type { Lang } from '../schema/index.ts';
import type { LangResources } from './resources.ts';
import { en } from './en/index.ts';
import { ru } from './ru/index.ts';
import { kk } from './kk/index.ts';

export type { LangResources, HeadingRule } from './resources.ts';
export { TOP_LEVEL_KEYS } from './resources.ts';

const ALL: Record<Lang, LangResources> = { en, ru, kk };

export function resources(lang: Lang): LangResources {
  return ALL[lang];
}

export const LANGS: Lang[] = ['en', 'ru', 'kk'];
export const allResources = (): LangResources[] => LANGS.map((l) => ALL[l]);
