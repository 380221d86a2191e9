import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type Bead, type DpInput, lengthCost, moveCosts, search } from '../../src/align/dp.ts';

/**
 * The search as first written: each cell's moves pushed forward in reading
 * order, a cost kept only where strictly lower, every move worked out. The
 * search must choose what this chooses, ties included.
 */
function pushSearch(input: DpInput, band: number): Bead[] | null {
  const n = input.aLen.length;
  const m = input.bLen.length;
  const { moves, prior } = moveCosts(input);
  const weight = input.anchorWeight ?? 6;
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const ratio = sum(input.aLen) > 0 && sum(input.bLen) > 0 ? sum(input.bLen) / sum(input.aLen) : 1;
  const prefix = (xs: number[]) => xs.reduce((acc, x) => (acc.push(acc.at(-1)! + x), acc), [0]);
  const aSum = prefix(input.aLen);
  const bSum = prefix(input.bLen);
  const cost = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const back = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const inBand = (i: number, j: number) => Math.abs(j - (n === 0 ? 0 : (i * m) / n)) <= band;
  cost[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (((i > 0 || j > 0) && !inBand(i, j)) || cost[i]![j] === Infinity) continue;
      moves.forEach(([di, dj], k) => {
        const ni = i + di;
        const nj = j + dj;
        if (ni > n || nj > m || !inBand(ni, nj)) return;
        let c = prior[k]! + lengthCost(aSum[ni]! - aSum[i]!, bSum[nj]! - bSum[j]!, ratio);
        if (weight > 0 && di > 0 && dj > 0) {
          const s = input.similarity?.(i, di, j, dj) ?? null;
          if (s !== null) c += weight * (0.5 - s);
          if (input.shape) c += input.shape(i, di, j, dj);
        }
        if (cost[i]![j]! + c < cost[ni]![nj]!) {
          cost[ni]![nj] = cost[i]![j]! + c;
          back[ni]![nj] = k + 1;
        }
      });
    }
  }
  const beads: Array<{ a: number[]; b: number[] }> = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    if (back[i]![j] === 0) return null;
    const [di, dj] = moves[back[i]![j]! - 1]!;
    beads.push({ a: Array.from({ length: di }, (_, x) => i - di + x), b: Array.from({ length: dj }, (_, x) => j - dj + x) });
    i -= di;
    j -= dj;
  }
  return beads.reverse() as Bead[];
}

const links = (beads: Array<{ a: number[]; b: number[] }> | null | undefined) => beads?.map((b) => [b.a, b.b]) ?? null;

describe('the DP search', () => {
  it('chooses the path the forward search in reading order chooses, ties included', () => {
    // lengths and similarities from small sets, so that equal costs are common
    const lengths = fc.array(fc.constantFrom(0, 40, 80, 120), { minLength: 0, maxLength: 9 });
    fc.assert(
      fc.property(lengths, lengths, fc.array(fc.constantFrom(null, 0, 0.5, 1), { minLength: 64, maxLength: 64 }), fc.boolean(), fc.integer({ min: 1, max: 6 }), (aLen, bLen, sims, shaped, band) => {
        const similarity = (i: number, di: number, j: number, dj: number) => sims[(i * 7 + j * 3 + di * 5 + dj) % 64]!;
        const shape = shaped ? (i: number, _di: number, j: number) => ((i + j) % 3 === 0 ? 1.5 : 0) : undefined;
        const input: DpInput = { aLen, bLen, similarity, shape };
        expect(links(search(input, band)?.beads)).toEqual(links(pushSearch(input, band)));
      }),
      { numRuns: 3000 },
    );
  });

  it('among equal costs keeps the move from the cell first in reading order', () => {
    // a sentence each side, far apart in length: dropping both costs the same in either order
    const beads = search({ aLen: [10], bLen: [1000], moves: [[1, 1], [1, 0], [0, 1]], priors: { '1,1': 1e-9, '1,0': 0.1, '0,1': 0.1 } }, 5)!.beads;
    expect(links(beads)).toEqual([[[], [0]], [[0], []]]);
    expect(links(beads)).toEqual(links(pushSearch({ aLen: [10], bLen: [1000], moves: [[1, 1], [1, 0], [0, 1]], priors: { '1,1': 1e-9, '1,0': 0.1, '0,1': 0.1 } }, 5)));
  });
});
