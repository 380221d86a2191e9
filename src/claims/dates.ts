/**
 * Dates in a sentence: day and month (and year) in the orders the three
 * languages write them, a month with its year, and ranges of them (16-18
 * декабря, с 17 декабря по 5 января, between 16 and 25 May, 16 мен 25 мамыр
 * аралығында, a year written before the range in Kazakh). The atoms a date
 * takes are used up; classify.ts reads the rest.
 */
import type { LangResources } from '../lang/index.ts';
import { monthOf, isoDate } from '../lang/dates.ts';
import type { Atom, Token } from './atoms.ts';
import type { ClaimDraft } from './classify.ts';

/** Four digits from 1900 to 2100, written without a separator: `2,000` and `2 000` are a count, never a year. */
export const isYearLike = (a: Atom): boolean =>
  !a.words && a.suffix === null && Number.isInteger(a.value) && a.value >= 1900 && a.value <= 2100 && a.end - a.start === 4;
const pad = (n: number): string => String(n).padStart(2, '0');

interface DateHit {
  value: string;
  start: number;
  end: number;
  atoms: Atom[];
}

/** Day and month (and year), in the orders the three languages write them. */
function findDates(tokens: Token[], atoms: Atom[], res: LangResources): DateHit[] {
  const hits: DateHit[] = [];
  const atomAt = new Map(atoms.map((a) => [a.first, a]));
  const yearAfter = (k: number): { atom: Atom; last: number } | null => {
    const y = atomAt.get(k);
    if (!y || !isYearLike(y)) return null;
    const w = tokens[y.last + 1];
    const yearWord = w !== undefined && res.numbers.yearWord.test(w.lower);
    // (Kazakh writes a date's year first, `2020 жылғы сәуірде`: a year and its year word before a month or a day
    // belong to the date after them, not to the one before)
    const then = yearWord ? tokens[y.last + 2] : undefined;
    if (res.lang === 'kk' && then && (monthOf(then.lower, res) !== null || atomAt.has(y.last + 2))) return null;
    return { atom: y, last: yearWord ? y.last + 1 : y.last };
  };
  for (const a of atoms) {
    const monthToken = tokens[a.last + 1];
    const month = monthToken ? monthOf(monthToken.lower, res) : null;
    // kk: 2012 жылғы 15 қаңтар
    if (isYearLike(a) && res.lang === 'kk' && tokens[a.last + 1] && res.numbers.yearWord.test(tokens[a.last + 1]!.lower)) {
      const d = atomAt.get(a.last + 2);
      const m = d && tokens[d.last + 1] ? monthOf(tokens[d.last + 1]!.lower, res) : null;
      if (d && m && !d.words && d.value >= 1 && d.value <= 31) {
        const iso = isoDate(a.value, m, d.value);
        if (iso) hits.push({ value: iso, start: a.start, end: tokens[d.last + 1]!.end, atoms: [a, d] });
        continue;
      }
    }
    if (!month || a.words || a.suffix !== null || !Number.isInteger(a.value) || a.value < 1 || a.value > 31) continue;
    if (hits.some((h) => h.atoms.includes(a))) continue;
    const year = yearAfter(a.last + 2);
    const iso = year ? isoDate(year.atom.value, month, a.value) : `--${pad(month)}-${pad(a.value)}`;
    if (!iso) continue;
    hits.push({ value: iso, start: a.start, end: year ? tokens[year.last]!.end : monthToken!.end, atoms: year ? [a, year.atom] : [a] });
  }
  // a month and a year without a day: в октябре 2011 года, in October 2011, 2011 жылғы қазанда
  for (const y of atoms) {
    if (!isYearLike(y) || hits.some((h) => h.atoms.includes(y))) continue;
    const yw = tokens[y.last + 1];
    const after = yw && res.numbers.yearWord.test(yw.lower) ? tokens[y.last + 2] : undefined;
    const mAfter = after && res.lang === 'kk' ? monthOf(after.lower, res) : null;
    if (mAfter && !atomAt.has(y.last + 2)) {
      hits.push({ value: `${y.value}-${pad(mAfter)}`, start: y.start, end: after!.end, atoms: [y] });
      continue;
    }
    const m = tokens[y.first - 1] ? monthOf(tokens[y.first - 1]!.lower, res) : null;
    if (!m || !isYearLike(y) || hits.some((h) => h.atoms.includes(y))) continue;
    if (atomAt.has(y.first - 2)) continue;
    const w = tokens[y.last + 1];
    hits.push({ value: `${y.value}-${pad(m)}`, start: tokens[y.first - 1]!.start, end: w && res.numbers.yearWord.test(w.lower) ? w.end : y.end, atoms: [y] });
  }
  return hits.sort((a, b) => a.start - b.start);
}


/** The date claims of a sentence, and the atoms they used. */
export function dateClaims(text: string, tokens: Token[], atoms: Atom[], res: LangResources): { out: ClaimDraft[]; used: Set<Atom> } {
  const nw = res.numbers;
  const out: ClaimDraft[] = [];
  const used = new Set<Atom>();
  const before = (pos: number): string => text.slice(Math.max(0, pos - 40), pos).toLowerCase();
  // dates, and ranges of them (16-18 декабря is one date range; с 17 декабря по 5 января another)
  const dates = findDates(tokens, atoms, res);
  for (const d of dates) d.atoms.forEach((a) => used.add(a));
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k]!;
    const next = dates[k + 1];
    const between = next ? text.slice(d.end, next.start).trim().toLowerCase() : '';
    const kkRange = next && between === '' && nw.rangeAfter?.test(text.slice(next.end));
    // "and" joins two dates into a range only after "between"; a language that says "between" after them says it there
    const andRange = between !== 'and' || /\bbetween\s*$/i.test(before(d.start));
    const betweenRange = next && nw.betweenJoint?.test(between) && nw.betweenAfter?.test(text.slice(next.end));
    if (next && ((/^[-–—]$/.test(between) || (nw.rangeWord.test(between) && andRange)) || kkRange || betweenRange)) {
      out.push({ text: text.slice(d.start, next.end), kind: 'date', value: { from: d.value, to: next.value }, unit: null, qualifier: null, subject: null, start: d.start, end: next.end });
      k++;
      continue;
    }
    out.push({ text: text.slice(d.start, d.end), kind: 'date', value: d.value, unit: null, qualifier: null, subject: null, start: d.start, end: d.end });
  }
  // 16-18 декабря: the first day stands before a dash
  for (const a of atoms) {
    if (used.has(a) || a.words || a.value < 1 || a.value > 31) continue;
    const dash = tokens[a.last + 1];
    const d = dates.find((x) => x.atoms[0]!.first === a.last + 2);
    const j = dash?.lower ?? '';
    const joint = /^[-–—]$/.test(j) || (nw.rangeWord.test(j) && (j !== 'and' || /\bbetween\s*$/i.test(before(a.start)))) ||
      (!!d && !!nw.betweenJoint?.test(j) && !!nw.betweenAfter?.test(text.slice(d.end)));
    if (dash && joint && d && typeof d.value === 'string' && /^--|^\d{4}-\d{2}-\d{2}$/.test(d.value)) {
      const claim = out.find((c) => c.start === d.start)!;
      const from = d.value.replace(/\d{2}$/, pad(a.value));
      Object.assign(claim, { text: text.slice(a.start, claim.end), value: { from, to: claim.value }, start: a.start });
      used.add(a);
    }
  }

  for (const c of out) {
    const value = c.value;
    const noYear = (v: unknown): boolean => typeof v === 'string' && v.startsWith('--');
    if (!(noYear(value) || (typeof value === 'object' && noYear(value.from) && noYear(value.to)))) continue;
    const y = atoms.find((x) => isYearLike(x) && !used.has(x) && x.end <= c.start && tokens[x.last + 1] && nw.yearWord.test(tokens[x.last + 1]!.lower) && tokens[x.last + 1]!.end <= c.start && text.slice(tokens[x.last + 1]!.end, c.start).trim() === '');
    if (!y) continue;
    const withYear = (v: string): string => `${y.value}${v.slice(1)}`;
    c.value = typeof value === 'object' ? { from: withYear(value.from as string), to: withYear(value.to as string) } : withYear(value as string);
    c.text = text.slice(y.start, c.end);
    c.start = y.start;
    used.add(y);
  }

  return { out, used };
}
