/**
 * Damaged translations with known gold, derived from the parallel manuscripts:
 * sentences merged (2-1) or split (1-2), sentences and whole paragraphs
 * dropped (1-0), footnotes dropped and the rest renumbered. Every sentence
 * keeps the manuscript places it came from, so the gold alignment of any two
 * versions follows: sentences that share a place are one link.
 */
import type { Document, Lang } from '../schema/index.ts';
import { SCHEMA_VERSION } from '../schema/index.ts';
import { resources } from '../lang/index.ts';
import { sectionKey, headingLevel } from '../structure/headings.ts';
import type { Manuscript } from './manuscript.ts';

/** A document built straight from a manuscript, each sentence with its manuscript places (`b12.3`). */
export interface GoldDocument {
  doc: Document;
  places: Map<string, string[]>;
}

export interface Unit {
  text: string;
  refs: number[];
  places: string[];
}

export interface DraftBlock {
  /** a table's units are empty: its text is no sentence */
  kind: 'h1' | 'h2' | 'p' | 'list' | 'table';
  units: Unit[];
}

export interface Draft {
  blocks: DraftBlock[];
  footnotes: Array<{ number: number; text: string; place: string }>;
}

export function draftOf(m: Manuscript): Draft {
  return {
    blocks: m.blocks.map((b, k) => ({ kind: b.kind, units: b.sentences.map((s, j) => ({ text: s.text, refs: s.refs, places: [`b${k + 1}.${j + 1}`] })) })),
    footnotes: m.footnotes.map((f) => ({ number: f.number, text: f.sentences.join(' '), place: `fn${f.number}` })),
  };
}

export function documentOf(draft: Draft, lang: Lang, statementId = 'gold'): GoldDocument {
  const res = resources(lang);
  const doc: Document = {
    schemaVersion: SCHEMA_VERSION, statementId, lang, langConfidence: 1, official: lang === 'en', officialLang: 'en',
    source: { path: 'manuscript', sha256: '', format: 'text', pages: 1 }, title: null, documentKind: null, place: null, date: null, dateline: null, period: null, cover: [], toc: [],
    sections: [], paragraphs: [], sentences: [], footnotes: [], tables: [], notes: [], claims: [], furniture: [], diagnostics: [],
  };
  const places = new Map<string, string[]>();
  for (const b of draft.blocks) {
    if (b.kind === 'h1' || b.kind === 'h2') {
      const heading = b.units[0]!.text;
      const key = sectionKey(heading, res);
      doc.sections.push({ id: `sec${doc.sections.length + 1}`, level: b.kind === 'h1' ? 1 : headingLevel(heading, key), heading, number: null, key, page: 1 });
      continue;
    }
    if (b.units.length === 0) continue;
    const p = { id: `p${doc.paragraphs.length + 1}`, sectionId: doc.sections.at(-1)?.id ?? null, page: 1, sentenceIds: [] as string[], kind: b.kind === 'list' ? ('list' as const) : ('paragraph' as const) };
    doc.paragraphs.push(p);
    for (const u of b.units) {
      const id = `s${doc.sentences.length + 1}`;
      doc.sentences.push({ id, paragraphId: p.id, text: u.text, footnoteRefs: u.refs, page: 1, crossRefs: [], label: null });
      p.sentenceIds.push(id);
      places.set(id, u.places);
    }
  }
  for (const f of draft.footnotes) {
    const refs = doc.sentences.filter((s) => s.footnoteRefs.includes(f.number)).map((s) => ({ sentenceId: s.id, offset: s.text.length }));
    doc.footnotes.push({ number: f.number, text: f.text, page: 1, refs, sentences: [f.text], crossRefs: [] });
    places.set(`fn:${f.number}`, [f.place]);
  }
  return { doc, places };
}

/** A small deterministic random generator, so a variant is the same every run. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Damage {
  merges: number;
  splits: number;
  drops: number;
  paragraphDrops: number;
  footnoteDrops: number;
}

/** Applies damage to a draft, with a seed. Footnotes after a dropped one are renumbered. */
export function damage(draft: Draft, d: Damage, seed: number): Draft {
  const random = rng(seed);
  const blocks = draft.blocks.map((b) => ({ kind: b.kind, units: b.units.map((u) => ({ ...u })) }));
  const paragraphs = () => blocks.filter((b) => b.kind === 'p' && b.units.length > 0);
  const pick = <T>(xs: T[]): T | undefined => xs[Math.floor(random() * xs.length)];
  for (let k = 0; k < d.merges; k++) {
    const b = pick(paragraphs().filter((x) => x.units.length >= 2));
    if (!b) break;
    const j = Math.floor(random() * (b.units.length - 1));
    const [x, y] = [b.units[j]!, b.units[j + 1]!];
    b.units.splice(j, 2, { text: `${x.text} ${y.text}`, refs: [...x.refs, ...y.refs], places: [...x.places, ...y.places] });
  }
  for (let k = 0; k < d.splits; k++) {
    const b = pick(paragraphs().filter((x) => x.units.some((u) => /, /.test(u.text) && u.text.length > 80)));
    if (!b) break;
    const j = b.units.findIndex((u) => /, /.test(u.text) && u.text.length > 80);
    const u = b.units[j]!;
    const commas = [...u.text.matchAll(/, /g)].map((m) => m.index);
    const at = commas.reduce((best, c) => (Math.abs(c - u.text.length / 2) < Math.abs(best - u.text.length / 2) ? c : best), commas[0]!);
    const first = `${u.text.slice(0, at)}.`;
    const rest = u.text.slice(at + 2);
    b.units.splice(j, 1, { text: first, refs: [], places: u.places }, { text: rest.charAt(0).toUpperCase() + rest.slice(1), refs: u.refs, places: u.places });
  }
  for (let k = 0; k < d.drops; k++) {
    const b = pick(paragraphs().filter((x) => x.units.length >= 2));
    if (!b) break;
    b.units.splice(Math.floor(random() * b.units.length), 1);
  }
  for (let k = 0; k < d.paragraphDrops; k++) {
    const b = pick(paragraphs());
    if (!b) break;
    b.units = [];
  }
  let footnotes = [...draft.footnotes];
  for (let k = 0; k < d.footnoteDrops; k++) {
    const at = Math.floor(random() * footnotes.length);
    const dropped = footnotes[at]!.number;
    footnotes.splice(at, 1);
    footnotes = footnotes.map((f) => (f.number > dropped ? { ...f, number: f.number - 1 } : f));
    for (const b of blocks) for (const u of b.units) u.refs = u.refs.filter((r) => r !== dropped).map((r) => (r > dropped ? r - 1 : r));
  }
  return { blocks, footnotes };
}
