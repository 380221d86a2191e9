import type { Lang } from '../schema/index.ts';
import type { LangResources } from './resources.ts';
import { allResources } from './index.ts';
import { isoDate, monthOf } from './dates.ts';

export interface Dateline {
  place: string;
  date: string;
}

/** Place and date from a statement's dateline (`Астана, 16 января 2012 года – …`, `Astana, 16 January 2012 – …`). */
export function parseDateline(text: string, res: LangResources): Dateline | null {
  const m = text.match(res.dateline);
  if (!m) return null;
  const o = res.datelineOrder;
  const month = monthOf(m[o.month]!, res);
  if (!month) return null;
  const date = isoDate(Number(m[o.year]), month, Number(m[o.day]));
  if (!date) return null;
  const place = m[1]!.replace(/^[\s*]+/, '').trim();
  return { place, date };
}

/**
 * The language a text declares official (`Only the English version … is official`,
 * `Только английская версия является официальным документом`). Every language's
 * wording is tried, since a translation may keep the sentence untranslated.
 */
export function declaredOfficial(text: string): Lang | null {
  for (const res of allResources()) {
    const m = text.match(res.officialStatement);
    if (!m) continue;
    const word = (m.slice(1).find((g) => g !== undefined) ?? '').toLowerCase();
    const found = res.languageNames.find(([stem]) => word.startsWith(stem));
    if (found) return found[1];
  }
  return null;
}

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
};

/** A Latin slug of any of the three languages' text, for ids. */
export function slug(text: string): string {
  return [...text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')]
    .map((c) => TRANSLIT[c] ?? c)
    .join('')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A statement id every language version shares: the dateline's date and place.
 * Place names transliterate alike (`Астана`, `Astana`); the date is language-free.
 */
export function statementIdOf(meta: { date: string | null; place: string | null; title: string | null }, fallback: string): string {
  if (meta.date && meta.place) return `${meta.date}-${slug(meta.place)}`;
  if (meta.date) return `${meta.date}-statement`;
  return `undated-${fallback.slice(0, 12)}`;
}

/**
 * Whether a document reads as an election-observation statement: at least two
 * of a dateline, two known section headings, and the vocabulary of elections
 * and their observers used throughout (in any of the three languages).
 */
export function looksLikeStatement(evidence: { dateline: boolean; knownSections: number; text: string }): boolean {
  const words = evidence.text.split(/\s+/).length;
  const hits = allResources().reduce((n, r) => n + (evidence.text.match(r.statementVocabulary)?.length ?? 0), 0);
  const vocabulary = hits >= 3 && hits / Math.max(1, words) > 0.002;
  return [evidence.dateline, evidence.knownSections >= 2, vocabulary].filter(Boolean).length >= 2;
}
