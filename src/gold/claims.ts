/**
 * Gold claims (corpus/CLAIMS.md) and their scoring. The claims stage is
 * measured on the manuscript's own sentences, so structure errors do not count
 * against it.
 */
import type { Claim } from '../schema/index.ts';
import type { LangResources } from '../lang/index.ts';
import { claimValueKey, claimsOfCell, claimsOfText } from '../claims/index.ts';
import type { Manuscript } from './manuscript.ts';
import { norm, scoreFrom, scoreItems, type Score } from './score.ts';

export interface GoldClaim {
  where: string;
  text: string;
  kind: Claim['kind'];
  value: string;
  unit: string | null;
  qualifier: string | null;
  subject: string | null;
}

const dash = (s: string | undefined): string | null => (s === undefined || s === '-' || s === '' ? null : s);

export function parseGoldClaims(tsv: string): GoldClaim[] {
  const [, ...rows] = tsv.replace(/\r\n/g, '\n').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  return rows.map((row, i) => {
    const [where, text, kind, value, unit, qualifier, subject] = row.split('\t');
    if (!where || !text || !kind || value === undefined) throw new Error(`claims gold, row ${i + 2}: needs where, text, kind and value`);
    return { where, text, kind: kind as Claim['kind'], value, unit: dash(unit), qualifier: dash(qualifier), subject: dash(subject) };
  });
}


export interface PredictedClaim extends GoldClaim {}

/** A gold file that annotates every claim of its document says so on its first line (`# complete`). */
export const isComplete = (tsv: string): boolean => /^#\s*complete\b/i.test(tsv.trimStart());

/**
 * The places a gold file annotates: every sentence of each block or footnote it
 * names, or, for a complete annotation, every line, table cell and footnote of the document.
 */
function scope(gold: GoldClaim[], m: Manuscript, complete = false): Array<{ where: string; text: string; column?: string; row?: string }> {
  const blocks = new Set(complete
    ? [...m.blocks.flatMap((b, k) => (b.kind === 'p' || b.kind === 'list' || b.kind === 'table' ? [`b${k + 1}`] : [])), ...m.footnotes.map((f) => `fn${f.number}`)]
    : gold.map((g) => g.where.replace(/\.(?:r\d+\.c)?\d+$/, '')));
  const out: Array<{ where: string; text: string; column?: string; row?: string }> = [];
  for (const b of blocks) {
    const fn = b.match(/^fn(\d+)$/);
    if (fn) {
      const f = m.footnotes.find((x) => x.number === Number(fn[1]));
      f?.sentences.forEach((s, j) => out.push({ where: `${b}.${j + 1}`, text: s.replace(/\[\^\d+\]/g, '') }));
      continue;
    }
    const block = m.blocks[Number(b.slice(1)) - 1];
    block?.sentences.forEach((s, j) => out.push({ where: `${b}.${j + 1}`, text: s.text }));
    // a table's body cells, read with their column's header (the header row is r1)
    block?.rows?.forEach((r, i) => i > 0 && r.forEach((c, j) => out.push({ where: `${b}.r${i + 1}.c${j + 1}`, text: c, column: block.rows![0]![j] ?? '', row: j > 0 ? (r[0] ?? '') : '' })));
  }
  return out;
}

export function predictClaims(gold: GoldClaim[], m: Manuscript, res: LangResources, complete = false): PredictedClaim[] {
  return scope(gold, m, complete).flatMap(({ where, text, column, row }) =>
    (column !== undefined ? claimsOfCell(norm(text), column, res, row) : claimsOfText(norm(text), res)).map((c) => ({
      where,
      text: c.text,
      kind: c.kind,
      value: claimValueKey(c.value),
      unit: c.unit,
      qualifier: c.qualifier,
      subject: c.subject,
    })),
  );
}

export interface ClaimScores {
  claims: Score;
  byKind: Record<string, Score>;
  value: Score;
  unit: Score;
  qualifier: Score;
  subject: Score;
}

/** Scores of one attribute over the claims matched on place, kind and value. */
function attributeScore(pairs: Array<[GoldClaim, PredictedClaim]>, key: 'unit' | 'qualifier' | 'subject'): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [g, p] of pairs) {
    const gv = g[key] === null ? null : norm(g[key]!);
    const pv = p[key] === null ? null : norm(p[key]!);
    if (gv !== null && pv === gv) tp++;
    else {
      if (pv !== null) fp++;
      if (gv !== null) fn++;
    }
  }
  return scoreFrom(tp, fp, fn);
}

export function scoreClaims(gold: GoldClaim[], predicted: PredictedClaim[]): ClaimScores {
  const key = (c: GoldClaim): string => `${c.where}|${c.kind}|${c.value}`;
  const byKind: Record<string, Score> = {};
  for (const kind of new Set([...gold, ...predicted].map((c) => c.kind))) {
    byKind[kind] = scoreItems(predicted.filter((c) => c.kind === kind).map(key), gold.filter((c) => c.kind === kind).map(key));
  }
  // pair gold and predicted claims with the same key, in order, for the attributes
  const pool = new Map<string, PredictedClaim[]>();
  for (const p of predicted) pool.set(key(p), [...(pool.get(key(p)) ?? []), p]);
  const pairs: Array<[GoldClaim, PredictedClaim]> = [];
  for (const g of gold) {
    const list = pool.get(key(g));
    if (list && list.length > 0) pairs.push([g, list.shift()!]);
  }
  return {
    claims: scoreItems(predicted.map(key), gold.map(key)),
    byKind,
    value: scoreItems(predicted.map((c) => `${c.where}|${c.value}`), gold.map((c) => `${c.where}|${c.value}`)),
    unit: attributeScore(pairs, 'unit'),
    qualifier: attributeScore(pairs, 'qualifier'),
    subject: attributeScore(pairs, 'subject'),
  };
}
