/**
 * What a document's title page says: its title and genre, the dateline (a place
 * and a date, or the issue date alone), and the period an interim report covers.
 * Read from the title page's lines, one line at a time: a dateline or a period is
 * a line that holds nothing else.
 */
import type { DocumentKind } from '../schema/index.ts';
import type { LangResources } from './resources.ts';
import { isoDate, monthOf } from './dates.ts';

export interface TitlePage {
  title: string | null;
  kind: DocumentKind | null;
  dateline: string | null;
  place: string | null;
  date: string | null;
  period: { from: string; to: string } | null;
}

interface Token {
  kind: 'day' | 'year' | 'month' | 'dash' | 'word';
  value: number;
  text: string;
}

/** Words a date may carry that say nothing more (`года`, `жылғы`, `г.`, `of`). */
const DATE_FILLERS = /^(?:года?|г|жылғы|жылы|ж|of|the)$/iu;

function tokens(text: string, res: LangResources): Token[] {
  return (text.match(/\d+|[–—-]|[\p{L}]+\.?/gu) ?? []).map((t): Token => {
    if (/^\d{4}$/.test(t)) return { kind: 'year', value: Number(t), text: t };
    if (/^\d{1,2}$/.test(t)) return { kind: 'day', value: Number(t), text: t };
    if (/^[–—-]$/.test(t)) return { kind: 'dash', value: 0, text: t };
    const month = monthOf(t, res);
    if (month) return { kind: 'month', value: month, text: t };
    return { kind: 'word', value: 0, text: t.replace(/\.$/, '') };
  });
}

interface Partial {
  day?: number;
  month?: number;
  year?: number;
}

/** Day, month and year tokens in any order (`25 March 2015`, `2015 жылғы 25 наурыз`), nothing else. */
function partOf(ts: Token[]): Partial | null {
  const p: Partial = {};
  for (const t of ts) {
    if (t.kind === 'word' && DATE_FILLERS.test(t.text)) continue;
    if (t.kind === 'word' || t.kind === 'dash') return null;
    const key = t.kind === 'month' ? 'month' : t.kind;
    if (p[key] !== undefined) return null;
    p[key] = t.value;
  }
  return p.day !== undefined ? p : null;
}

const iso = (p: Partial): string | null => (p.day && p.month && p.year ? isoDate(p.year, p.month, p.day) : null);

/** A line that is a date and nothing else: its ISO date. */
export function wholeDate(text: string, res: LangResources): string | null {
  const p = partOf(tokens(text.replace(/[\s–—-]+$/u, ''), res));
  return p ? iso(p) : null;
}

/** A line that is a range of dates and nothing else (`25 March – 8 April 2015`, `18–26 мая 2022 года`). */
export function wholeRange(text: string, res: LangResources): { from: string; to: string } | null {
  const ts = tokens(text, res);
  const dash = ts.findIndex((t) => t.kind === 'dash');
  if (dash < 0) return null;
  const a = partOf(ts.slice(0, dash));
  const b = partOf(ts.slice(dash + 1));
  if (!a || !b) return null;
  const from = iso({ day: a.day, month: a.month ?? b.month, year: a.year ?? b.year });
  const to = iso({ day: b.day, month: b.month ?? a.month, year: b.year ?? a.year });
  return from && to && from <= to ? { from, to } : null;
}

/** A line that is a place and a date and nothing else (`Warsaw, 3 October 2019`, `Варшава 20 февраля 2015 года`). */
export function wholeDateline(text: string, res: LangResources): { place: string; date: string } | null {
  const m = text.replace(/[\s–—-]+$/u, '').match(/^(\p{Lu}[\p{L}\s.'’-]{1,40}?),?\s+(?=\d)(.*)$/u);
  if (!m) return null;
  const date = wholeDate(m[2]!, res);
  return date ? { place: m[1]!.trim(), date } : null;
}

/** The genre a title names. */
export function documentKindOf(text: string, res: LangResources): DocumentKind | null {
  return res.documentKinds.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

/**
 * The title page's facts. The title is the line that names a document (a report,
 * a statement); the dateline the last line that is a place and a date, or failing
 * that the last line that is a date alone; the period a line that is a range of dates.
 */
export function readTitlePage(lines: string[], res: LangResources): TitlePage {
  const titleAt = lines.findIndex((l) => res.titleWords.test(l));
  // a title a text tool printed on two lines: the part ending in a word that cannot end it (`… ТУРАЛЫ` / `МӘЛІМДЕМЕ`)
  const dangles = (l: string): boolean => res.numbers.stopWords.has(l.trim().split(/\s+/).pop()!.toLowerCase());
  let from = titleAt;
  let to = titleAt;
  while (from > 0 && dangles(lines[from - 1]!)) from--;
  while (to >= 0 && to + 1 < lines.length && dangles(lines[to]!)) to++;
  const title = titleAt >= 0 ? lines.slice(from, to + 1).join(' ').replace(/\s+/g, ' ').trim() : null;
  let dateline: string | null = null;
  let place: string | null = null;
  let date: string | null = null;
  for (const l of lines) {
    const d = wholeDateline(l, res);
    if (d) [dateline, place, date] = [l.trim(), d.place, d.date];
  }
  if (!date) {
    for (const l of lines) {
      const d = wholeDate(l, res);
      if (d) [dateline, date] = [l.trim(), d];
    }
  }
  const periodLine = lines.map((l) => wholeRange(l, res)).find((r) => r !== null) ?? null;
  const kind = title ? documentKindOf(title, res) : null;
  return { title, kind, dateline, place, date, period: kind === 'interim-report' ? periodLine : null };
}
