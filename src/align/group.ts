/**
 * Grouping: which documents are language versions of one statement, from
 * their content alone (file names say nothing). Dates and numbers written in
 * digits, footnote counts and URLs barely change in translation.
 */
import type { Document } from '../schema/index.ts';
import { claimValueKey } from '../claims/key.ts';

export interface Fingerprint {
  date: string | null;
  numbers: Set<string>;
  urls: Set<string>;
  footnotes: number;
}

export function fingerprint(doc: Document): Fingerprint {
  const numbers = new Set<string>();
  for (const c of doc.claims) {
    if (c.kind !== 'ordinal') numbers.add(claimValueKey(c.value));
  }
  const urls = new Set<string>();
  const texts = [...doc.sentences.map((s) => s.text), ...doc.footnotes.map((f) => f.text)];
  for (const t of texts) for (const m of t.matchAll(/https?:\/\/[^\s)]+|www\.[^\s)]+/giu)) urls.add(m[0].toLowerCase().replace(/^https?:\/\//, '').replace(/[.,;/]+$/, ''));
  return { date: doc.date, numbers, urls, footnotes: doc.footnotes.length };
}

const jaccard = (a: Set<string>, b: Set<string>): number => {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
};

/** 0..1: how likely two documents are versions of one statement. */
export function sameStatement(a: Fingerprint, b: Fingerprint): number {
  if (a.date && b.date && a.date !== b.date) return 0;
  const numbers = jaccard(a.numbers, b.numbers);
  const urls = a.urls.size + b.urls.size > 0 ? jaccard(a.urls, b.urls) : numbers;
  const notes = a.footnotes + b.footnotes > 0 ? 1 - Math.abs(a.footnotes - b.footnotes) / Math.max(a.footnotes, b.footnotes) : 1;
  return 0.6 * numbers + 0.25 * urls + 0.15 * notes;
}

export interface Group {
  statementId: string;
  documents: Document[];
}

/** What grouping needs of a document; small enough for a batch runner to keep for every input. */
export interface GroupEntry {
  statementId: string;
  lang: Document['lang'];
  official: boolean;
  print: Fingerprint;
}

/** A fingerprint as plain data (arrays for sets), to cross a thread boundary or be cached. */
export interface FingerprintData {
  date: string | null;
  numbers: string[];
  urls: string[];
  footnotes: number;
}
export const fingerprintData = (f: Fingerprint): FingerprintData => ({ date: f.date, numbers: [...f.numbers], urls: [...f.urls], footnotes: f.footnotes });
export const fingerprintOf = (f: FingerprintData): Fingerprint => ({ date: f.date, numbers: new Set(f.numbers), urls: new Set(f.urls), footnotes: f.footnotes });

const LANG_ORDER = ['en', 'ru', 'kk'];

/**
 * Groups entries greedily, most similar pairs first; a group holds at most
 * one entry per language. Returns groups of indices, each ordered official
 * version first, then en, ru, kk; a group takes the statement id of its
 * first member, so every version is written under one id. Entries with
 * different dates are never compared, which keeps large batches fast.
 */
export function groupEntries(entries: GroupEntry[], threshold = 0.35): number[][] {
  const groupOf = entries.map((_, i) => i);
  const members = new Map<number, number[]>(entries.map((_, i) => [i, [i]]));
  const byDate = new Map<string | null, number[]>();
  entries.forEach((e, i) => byDate.set(e.print.date, [...(byDate.get(e.print.date) ?? []), i]));
  const undated = byDate.get(null) ?? [];
  const candidates: Array<[number, number, number]> = [];
  const consider = (i: number, j: number): void => {
    if (entries[i]!.lang === entries[j]!.lang) return;
    const s = sameStatement(entries[i]!.print, entries[j]!.print);
    if (s >= threshold) candidates.push([s, Math.min(i, j), Math.max(i, j)]);
  };
  for (const [date, ks] of byDate) {
    for (let x = 0; x < ks.length; x++) {
      for (let y = x + 1; y < ks.length; y++) consider(ks[x]!, ks[y]!);
      if (date !== null) for (const u of undated) consider(ks[x]!, u);
    }
  }
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  for (const [, i, j] of candidates) {
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    const a = members.get(gi)!;
    const b = members.get(gj)!;
    const langs = new Set(a.map((k) => entries[k]!.lang));
    if (b.some((k) => langs.has(entries[k]!.lang))) continue;
    const [keep, drop] = gi < gj ? [gi, gj] : [gj, gi];
    const all = [...a, ...b];
    for (const k of all) groupOf[k] = keep;
    members.set(keep, all);
    members.delete(drop);
  }
  return [...members.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([, ks]) => ks.sort((x, y) => Number(entries[y]!.official) - Number(entries[x]!.official) || LANG_ORDER.indexOf(entries[x]!.lang) - LANG_ORDER.indexOf(entries[y]!.lang)));
}

/** Groups whole documents (see groupEntries). */
export function groupDocuments(docs: Document[], threshold = 0.35): Group[] {
  const entries = docs.map((d) => ({ statementId: d.statementId, lang: d.lang, official: d.official, print: fingerprint(d) }));
  return groupEntries(entries, threshold).map((ks) => {
    const documents = ks.map((k) => docs[k]!);
    return { statementId: documents[0]!.statementId, documents };
  });
}
