import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encode, KINDS, overlaps, type Signals } from '../../src/align/coded.ts';
import { anchorSimilarity as dice } from '../../src/align/anchors.ts';

/** Coverage of the first string set by the second, null when it is empty (Dice's is anchorSimilarity). */
const cover = (a: Set<string>, b: Set<string>): number | null => (a.size === 0 ? null : [...a].filter((x) => b.has(x)).length / a.size);
const runOf = (s: Signals, kind: (typeof KINDS)[number], k: number, n: number): Set<string> => new Set(s[kind].slice(k, k + n).flatMap((x) => [...x]));
const asAnswer = (v: number): number | null => (Number.isNaN(v) ? null : v);

const unit = fc.record({
  anchors: fc.uniqueArray(fc.constantFrom('n:5', 'n:12', 'fn:3', 'term:7', 'name:ivanov', 'd:2020-05'), { maxLength: 4 }),
  cognates: fc.uniqueArray(fc.constantFrom('prl', 'kmn', 'dmk', 'lkt', 'n:5'), { maxLength: 4 }),
  concepts: fc.uniqueArray(fc.constantFrom('lx:1', 'lx:2', 'lx:30', 'prl'), { maxLength: 3 }),
});
const doc = fc.array(unit, { minLength: 4, maxLength: 8 }).map((units): Signals => ({
  anchors: units.map((u) => new Set(u.anchors)),
  cognates: units.map((u) => new Set(u.cognates)),
  concepts: units.map((u) => new Set(u.concepts)),
}));

describe('coded signals: the overlaps of runs of units, kind by kind, in one walk', () => {
  it('gives the Dice overlap and the coverage of the string sets, for runs of one to three units a side', () => {
    fc.assert(
      fc.property(doc, doc, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), (a, b, i0, j0, di, dj) => {
        const ids = new Map<string, number>();
        const ca = encode(a, ids);
        const cb = encode(b, ids);
        const i = i0 % (a.anchors.length - di + 1);
        const j = j0 % (b.anchors.length - dj + 1);
        const out = new Float64Array(3);
        overlaps(ca, i, di, cb, j, dj, false, out);
        KINDS.forEach((kind, t) => expect(asAnswer(out[t]!)).toBe(dice(runOf(a, kind, i, di), runOf(b, kind, j, dj))));
        overlaps(ca, i, di, cb, j, dj, true, out);
        KINDS.forEach((kind, t) => expect(asAnswer(out[t]!)).toBe(cover(runOf(a, kind, i, di), runOf(b, kind, j, dj))));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps kinds apart: the same string as an anchor and as a concept is two signals', () => {
    const a: Signals = { anchors: [new Set(['x'])], cognates: [new Set()], concepts: [new Set()] };
    const b: Signals = { anchors: [new Set()], cognates: [new Set()], concepts: [new Set(['x'])] };
    const ids = new Map<string, number>();
    const out = new Float64Array(3);
    overlaps(encode(a, ids), 0, 1, encode(b, ids), 0, 1, false, out);
    expect([...out].map(asAnswer)).toEqual([0, null, 0]);
  });
});
