import type { Document } from '../schema/index.ts';
import { splitHeadingNumber, type Manuscript } from './manuscript.ts';
import { sharedCount } from '../lang/overlap.ts';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Text compared with the gold: white space folded, nothing else changed. */
export const norm = (s: string): string => s.normalize('NFC').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Precision, recall and F1 from counts; nothing predicted (or nothing to find) counts as perfect. */
export function scoreFrom(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Precision and recall of predicted items against gold items, each item counted as often as it occurs. */
export function scoreItems(predicted: string[], gold: string[]): Score {
  const tp = sharedCount(gold, predicted);
  const fp = predicted.length - tp;
  const fn = gold.length - tp;
  const precision = predicted.length ? tp / predicted.length : gold.length ? 0 : 1;
  const recall = gold.length ? tp / gold.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

export interface StructureScores {
  headings: Score;
  paragraphs: Score;
  sentences: Score;
  footnotes: Score;
  footnoteRefs: Score;
  title: boolean;
  notes: Score;
  /** table rows, each compared cell for cell (header rows included) */
  tables: Score;
  /** documentKind, place and date, each right or wrong; null where the manuscript gives none */
  meta: { kind: boolean; place: boolean; date: boolean } | null;
}

/** The items compared for each part of the structure, for scores and for listing differences. */
export function structureItems(doc: Document, gold: Manuscript) {
  const sentenceText = new Map(doc.sentences.map((s) => [s.id, norm(s.text)]));
  const goldParas = gold.blocks.filter((b) => b.kind === 'p' || b.kind === 'list');
  return {
    headings: {
      predicted: doc.sections.map((s) => `${s.level} ${s.number ? `[${s.number}] ` : ''}${norm(s.heading)}`),
      gold: gold.blocks.filter((b) => b.kind === 'h1' || b.kind === 'h2').map((b) => {
        const { number, text } = splitHeadingNumber(b.sentences[0]!.text);
        return `${b.kind === 'h1' ? 1 : 2} ${number ? `[${number}] ` : ''}${norm(text)}`;
      }),
    },
    tables: {
      predicted: (doc.tables ?? []).flatMap((t) => [...t.header, ...t.rows].map((r) => r.map(norm).join(' | '))),
      gold: gold.blocks.filter((b) => b.kind === 'table').flatMap((b) => b.rows!.map((r) => r.map(norm).join(' | '))),
    },
    paragraphs: {
      predicted: doc.paragraphs.map((p) => norm(p.sentenceIds.map((id) => sentenceText.get(id)).join(' '))),
      gold: goldParas.map((b) => norm(b.sentences.map((s) => s.text).join(' '))),
    },
    sentences: {
      predicted: doc.sentences.map((s) => norm(s.text)),
      gold: goldParas.flatMap((b) => b.sentences.map((s) => norm(s.text))),
    },
    footnotes: {
      predicted: doc.footnotes.map((f) => `${f.number} ${norm(f.text)}`),
      gold: gold.footnotes.map((f) => `${f.number} ${norm(f.sentences.join(' '))}`),
    },
    footnoteRefs: {
      predicted: doc.footnotes.flatMap((f) => f.refs.map((r) => `${f.number} ${sentenceText.get(r.sentenceId)}`)),
      gold: goldParas.flatMap((b) => b.sentences.flatMap((s) => s.refs.map((n) => `${n} ${norm(s.text)}`))),
    },
    notes: {
      predicted: doc.notes.map((n) => norm(`${n.marker} ${n.text}`)),
      gold: gold.notes.map(norm),
    },
  };
}

export function scoreStructure(doc: Document, gold: Manuscript): StructureScores {
  const items = structureItems(doc, gold);
  return {
    headings: scoreItems(items.headings.predicted, items.headings.gold),
    paragraphs: scoreItems(items.paragraphs.predicted, items.paragraphs.gold),
    sentences: scoreItems(items.sentences.predicted, items.sentences.gold),
    footnotes: scoreItems(items.footnotes.predicted, items.footnotes.gold),
    footnoteRefs: scoreItems(items.footnoteRefs.predicted, items.footnoteRefs.gold),
    title: norm(doc.title ?? '') === norm(gold.title),
    notes: scoreItems(items.notes.predicted, items.notes.gold),
    tables: scoreItems(items.tables.predicted, items.tables.gold),
    meta: gold.kind
      ? { kind: doc.documentKind === gold.kind, place: norm(doc.place ?? '') === norm(gold.place), date: (doc.date ?? '') === gold.date }
      : null,
  };
}

/** Items on one side only: what a reader fixing the rules wants to see. */
export function differences(predicted: string[], gold: string[]): { missing: string[]; extra: string[] } {
  const left = new Map<string, number>();
  for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1);
  const extra: string[] = [];
  for (const p of predicted) {
    const n = left.get(p) ?? 0;
    if (n > 0) left.set(p, n - 1);
    else extra.push(p);
  }
  const missing = [...left].flatMap(([k, n]) => Array<string>(n).fill(k));
  return { missing, extra };
}
