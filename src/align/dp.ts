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

function lengthCost(la: number, lb: number, ratio: number): number {
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

function search(input: DpInput, band: number): { beads: Bead[]; deviation: number } | null {
  const { aLen, bLen } = input;
  const n = aLen.length;
  const m = bLen.length;
  const moves = input.moves ?? ALL_MOVES;
  const weight = input.anchorWeight ?? 6;
  const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
  const ratio = sum(aLen) > 0 && sum(bLen) > 0 ? sum(bLen) / sum(aLen) : 1;
  // prefix sums: the length of a run of sentences in constant time
  const prefix = (xs: number[]): number[] => xs.reduce((acc, x) => (acc.push(acc.at(-1)! + x), acc), [0]);
  const aSum = prefix(aLen);
  const bSum = prefix(bLen);
  const prior = moves.map(([di, dj]) => (input.priors ? -Math.log(input.priors[`${di},${dj}`] ?? 1e-9) : PRIOR.get(`${di},${dj}`)!));
  const INF = Number.POSITIVE_INFINITY;
  // a row of costs and of the moves that reached each cell (the move's index + 1; 0: none), as typed arrays:
  // the search improves some million cells a statement
  const cost = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(INF));
  const back = Array.from({ length: n + 1 }, () => new Int8Array(m + 1));
  const inBand = (i: number, j: number): boolean => Math.abs(j - (n === 0 ? 0 : (i * m) / n)) <= band;
  cost[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    const row = cost[i]!;
    // the band's columns in this row (one wider each way; inBand decides)
    const centre = n === 0 ? 0 : (i * m) / n;
    const from = Math.max(0, Math.floor(centre - band) - 1);
    const to = Math.min(m, Math.ceil(centre + band) + 1);
    for (let j = from; j <= to; j++) {
      if ((i > 0 || j > 0) && !inBand(i, j)) continue;
      const here = row[j]!;
      if (here === INF) continue;
      for (let k = 0; k < moves.length; k++) {
        const [di, dj] = moves[k]!;
        const ni = i + di;
        const nj = j + dj;
        if (ni > n || nj > m || !inBand(ni, nj)) continue;
        let c = prior[k]! + lengthCost(aSum[ni]! - aSum[i]!, bSum[nj]! - bSum[j]!, ratio);
        // the most anchors can take off (similarity 1, no shape cost): a link that could not beat the
        // cell's best even so is not worth working out
        if (here + c + (weight > 0 ? weight * (OFFSET - 1) : 0) >= cost[ni]![nj]!) continue;
        if (weight > 0 && di > 0 && dj > 0 && (input.similarity || input.shape)) {
          const s = input.similarity?.(i, di, j, dj) ?? null;
          if (s !== null) c += weight * (OFFSET - s);
          if (input.shape) c += input.shape(i, di, j, dj);
        }
        if (here + c < cost[ni]![nj]!) {
          cost[ni]![nj] = here + c;
          back[ni]![nj] = k + 1;
        }
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

const range = (start: number, length: number): number[] => Array.from({ length }, (_, k) => start + k);
