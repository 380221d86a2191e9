/**
 * Grouping: which documents are language versions of one statement, from
 * their content alone (file names say nothing). Dates and numbers written in
 * digits, footnote counts and URLs barely change in translation.
 */
import type { Document } from '../schema/index.ts';
import { claimValueKey } from '../claims/index.ts';

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

/**
 * Groups documents greedily, most similar pairs first; a group holds at most
 * one document per language. A group takes the statement id of its official
 * version (or its first) so every version is written under one id.
 */
export function groupDocuments(docs: Document[], threshold = 0.35): Group[] {
  const prints = docs.map(fingerprint);
  const groupOf = docs.map((_, i) => i);
  const members = new Map<number, number[]>(docs.map((_, i) => [i, [i]]));
  const candidates: Array<[number, number, number]> = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      if (docs[i]!.lang === docs[j]!.lang) continue;
      const s = sameStatement(prints[i]!, prints[j]!);
      if (s >= threshold) candidates.push([s, i, j]);
    }
  }
  for (const [, i, j] of candidates.sort((x, y) => y[0] - x[0])) {
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    const a = members.get(gi)!;
    const b = members.get(gj)!;
    const langs = new Set(a.map((k) => docs[k]!.lang));
    if (b.some((k) => langs.has(docs[k]!.lang))) continue;
    for (const k of b) groupOf[k] = gi;
    members.set(gi, [...a, ...b]);
    members.delete(gj);
  }
  return [...members.values()].map((ks) => {
    const order = ['en', 'ru', 'kk'];
    const documents = ks.map((k) => docs[k]!).sort((x, y) => Number(y.official) - Number(x.official) || order.indexOf(x.lang) - order.indexOf(y.lang));
    return { statementId: documents[0]!.statementId, documents };
  });
}
