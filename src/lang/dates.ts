import type { LangResources } from './resources.ts';

/** 1-based month of a month word in any of its listed forms (prefix match covers case endings). */
export function monthOf(word: string, res: LangResources): number | null {
  const w = word.toLowerCase().replace(/[.,;:]+$/, '');
  for (let i = 0; i < res.months.length; i++) {
    const forms = res.months[i]!;
    if (forms.some((f) => w === f || (f.length >= 4 && w.startsWith(f) && w.length - f.length <= 4))) return i + 1;
  }
  return null;
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A year, a day of a month. */
const YEAR = /^(?:19|20)\d\d$/;
const DAY = /^(?:[1-9]|[12]\d|3[01])$/;

/**
 * Whether `text` is a date alone, as a table's cell prints one, in any of the
 * languages: a day, a month's name and a year, and at most one word more
 * (`г.`, `года`, `жылғы`): `4 May 2019`, `4 мая 2019 г.`, `2019 жылғы 4 мамыр`.
 */
export function isDateText(text: string, langs: LangResources[]): boolean {
  const tokens = text.trim().split(/\s+/u);
  if (tokens.length < 3 || tokens.length > 4) return false;
  const year = tokens.findIndex((t) => YEAR.test(t));
  const day = tokens.findIndex((t) => DAY.test(t));
  const month = tokens.findIndex((t) => langs.some((res) => monthOf(t, res) !== null));
  if (year < 0 || day < 0 || month < 0 || Math.abs(day - month) !== 1) return false;
  return tokens.every((t, k) => k === year || k === day || k === month || (t.length <= 6 && !/\d/.test(t)));
}
