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
