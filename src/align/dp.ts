/**
 * Sentence alignment by dynamic programming: Gale and Church's length model
 * (the length of a translation is proportional to the original's, with a
 * normal error) together with shared anchors (numbers, references, URLs,
 * terms, names). Moves 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1. The search stays in a
 * band around the diagonal, so time grows linearly with the statement.
 */

export interface Bead {
  a: number[];
  b: number[];
  /** 0..1: how sure the aligner is of this link */
  score: number;
}

export interface DpInput {
  /** character lengths of the units */
  aLen: number[];
  bLen: number[];
  /** anchor similarity, 0..1, of the run of `di` a-units from `i` with the run of `dj` b-units from `j`; null when neither has anchors */
  similarity?: (i: number, di: number, j: number, dj: number) => number | null;
  /** the moves allowed; default all six */
  moves?: Array<[number, number]>;
  /** weight of anchors against length; 0 for the length-only baseline */
  anchorWeight?: number;
  /** probabilities of the moves, by `di,dj`; default: what damaged translations show */
  priors?: Record<string, number>;
  /** a further cost, 0 or more, for linking two runs (as `similarity`): structure that disagrees (paragraph starts and ends, sections) */
  shape?: (i: number, di: number, j: number, dj: number) => number;
}

const ALL_MOVES: Array<[number, number]> = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2]];
// priors of the moves, as costs (-log p): Gale and Church's, with more room for the merges,
// splits and drops that translations of statements show
const PRIOR = new Map<string, number>([
  ['1,1', -Math.log(0.89)],
  ['1,0', -Math.log(0.02)],
  ['0,1', -Math.log(0.02)],
  ['2,1', -Math.log(0.08)],
  ['1,2', -Math.log(0.08)],
  ['2,2', -Math.log(0.01)],
]);
const VARIANCE = 6.8;
// anchor overlap above this lowers a link's cost, below it raises it
const OFFSET = 0.5;

/** Standard normal upper tail, Abramowitz and Stegun 26.2.17. */
function normalTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const d = 0.3989423 * Math.exp((-z * z) / 2);
  return d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
}

export function lengthCost(la: number, lb: number, ratio: number): number {
  // a sentence with no counterpart costs its prior only: the length model would price a long
  // deletion so high that drifting through wrong pairs looks cheaper
  if (la === 0 || lb === 0) return 0;
  const mean = (la + lb / ratio) / 2;
  const z = Math.abs((lb - la * ratio) / Math.sqrt(Math.max(1, mean) * VARIANCE));
  const p = Math.max(1e-12, 2 * normalTail(z));
  return -Math.log(p);
}

/** The wide band: runs of dropped sentences stay well inside it. */
const WIDE = (n: number, m: number): number => Math.max(60, Math.abs(n - m) + 30);
/** The narrow band tried first, and how near its edge a path may come before the wide band is searched after all. */
const NARROW = (n: number, m: number): number => Math.abs(n - m) + 16;
const EDGE = 6;
/** Rounding the bound may be off by (costs run to a few thousand): a move is skipped only when it could not win by more. */
const SLACK = 1e-9;

/**
 * Aligns in a narrow band first; if the best path there keeps clear of the
 * band's edge, it stands, and otherwise (a long run of drops or merges pushed
 * it to the edge) the wide band is searched. A translation's path stays near
 * the diagonal, so most statements need only the narrow band.
 */
export function alignDp(input: DpInput): Bead[] {
  const n = input.aLen.length;
  const m = input.bLen.length;
  if (NARROW(n, m) < WIDE(n, m)) {
    const narrow = search(input, NARROW(n, m));
    if (narrow && narrow.deviation <= NARROW(n, m) - EDGE) return narrow.beads;
  }
  const wide = search(input, WIDE(n, m));
  if (!wide) throw new Error('alignment: no path through the band');
  return wide.beads;
}

/** The moves a search takes (default all six), and each one's prior as a cost. */
export function moveCosts(input: DpInput): { moves: Array<[number, number]>; prior: number[] } {
  const moves = input.moves ?? ALL_MOVES;
  return { moves, prior: moves.map(([di, dj]) => (input.priors ? -Math.log(input.priors[`${di},${dj}`] ?? 1e-9) : PRIOR.get(`${di},${dj}`)!)) };
}

/** The best path within `band` of the diagonal (exported for its tests), or null where none gets through. */
export function search(input: DpInput, band: number): { beads: Bead[]; deviation: number } | null {
  const { aLen, bLen } = input;
  const n = aLen.length;
  const m = bLen.length;
  const weight = input.anchorWeight ?? 6;
  const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
  const ratio = sum(aLen) > 0 && sum(bLen) > 0 ? sum(bLen) / sum(aLen) : 1;
  // prefix sums: the length of a run of sentences in constant time
  const prefix = (xs: number[]): number[] => xs.reduce((acc, x) => (acc.push(acc.at(-1)! + x), acc), [0]);
  const aSum = prefix(aLen);
  const bSum = prefix(bLen);
  const { moves, prior } = moveCosts(input);
  const INF = Number.POSITIVE_INFINITY;
  // a row of costs and of the moves that reached each cell (the move's index + 1; 0: none), as typed arrays:
  // the search improves some million cells a statement
  const cost = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(INF));
  const back = Array.from({ length: n + 1 }, () => new Int8Array(m + 1));
  const inBand = (i: number, j: number): boolean => Math.abs(j - (n === 0 ? 0 : (i * m) / n)) <= band;
  cost[0]![0] = 0;
  const best = weight > 0 ? weight * (OFFSET - 1) : 0;
  // Each cell takes the cheapest of the moves into it, its predecessors' costs final. The cheapest is what a
  // search pushing each cell's moves forward in reading order would keep: among equal costs, the move from
  // the predecessor first in reading order (then the move listed first). Moves are tried in their list's order
  // (one-to-one first): a merge that could not beat the best so far even with the most anchors can take off
  // (similarity 1, no shape cost) is not worked out, and a good one-to-one link rules most merges out.
  for (let ni = 0; ni <= n; ni++) {
    const row = cost[ni]!;
    // the band's columns in this row (one wider each way; inBand decides)
    const centre = n === 0 ? 0 : (ni * m) / n;
    const from = Math.max(0, Math.floor(centre - band) - 1);
    const to = Math.min(m, Math.ceil(centre + band) + 1);
    for (let nj = from; nj <= to; nj++) {
      if ((ni === 0 && nj === 0) || !inBand(ni, nj)) continue;
      let low = INF;
      let li = -1;
      let lj = -1;
      let lk = -1;
      for (let k = 0; k < moves.length; k++) {
        const [di, dj] = moves[k]!;
        const i = ni - di;
        const j = nj - dj;
        if (i < 0 || j < 0) continue;
        const here = cost[i]![j]!;
        if (here === INF) continue;
        let c = prior[k]! + lengthCost(aSum[ni]! - aSum[i]!, bSum[nj]! - bSum[j]!, ratio);
        if (!beats(here + c + best - SLACK, i, j, k, low, li, lj, lk)) continue;
        if (weight > 0 && di > 0 && dj > 0 && (input.similarity || input.shape)) {
          const s = input.similarity?.(i, di, j, dj) ?? null;
          if (s !== null) c += weight * (OFFSET - s);
          if (input.shape) c += input.shape(i, di, j, dj);
        }
        if (beats(here + c, i, j, k, low, li, lj, lk)) {
          low = here + c;
          li = i;
          lj = j;
          lk = k;
        }
      }
      if (lk >= 0) {
        row[nj] = low;
        back[ni]![nj] = lk + 1;
      }
    }
  }
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  let deviation = 0;
  while (i > 0 || j > 0) {
    const move = back[i]![j]!;
    if (move === 0) return null;
    const step = moves[move - 1]!;
    deviation = Math.max(deviation, Math.abs(j - (n === 0 ? 0 : (i * m) / n)));
    const [di, dj] = step;
    const stepCost = cost[i]![j]! - cost[i - di]![j - dj]!;
    beads.push({ a: range(i - di, di), b: range(j - dj, dj), score: Math.round(Math.exp(-Math.max(0, stepCost) / 4) * 1000) / 1000 });
    i -= di;
    j -= dj;
  }
  return { beads: beads.reverse(), deviation };
}

/** Whether a cost from (i, j) by move k is kept over the lowest so far, `low` from (li, lj) by lk: lower, or as low from earlier in reading order. */
function beats(total: number, i: number, j: number, k: number, low: number, li: number, lj: number, lk: number): boolean {
  return total < low || (total === low && (i < li || (i === li && (j < lj || (j === lj && k < lk)))));
}

const range = (start: number, length: number): number[] => Array.from({ length }, (_, k) => start + k);
