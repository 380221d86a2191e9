/**
 * A sentence's alignment signals as the DP reads them. Each signal string is
 * numbered (per pair of documents) and tagged with its kind (anchor, cognate,
 * concept); a unit's signals of all three kinds are one sorted list, so that
 * the overlaps of a candidate link, kind by kind, are one merge walk instead
 * of three, and no string is hashed. The aligner asks about some hundred
 * thousand candidate links a statement.
 */

export type SignalKind = 'anchors' | 'cognates' | 'concepts';
export const KINDS: readonly SignalKind[] = ['anchors', 'cognates', 'concepts'];

/** A unit's signals, as strings, kind by kind. */
export type Signals = Record<SignalKind, Array<Set<string>>>;

/** Sorted codes: a signal's number times four plus its kind's place in KINDS. */
type Coded = Int32Array;

export interface CodedSignals {
  /** each unit's codes */
  one: Coded[];
  /** the codes of the run of two units from each: the DP asks about them as often as about one */
  two: Coded[];
  /** how many codes of each kind: unit k's count of kind t at 3k + t */
  oneSize: Int32Array;
  twoSize: Int32Array;
}

/** The sorted union of two sorted code lists. */
export function union(a: Coded, b: Coded): Coded {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out[k++] = a[i++]!;
    else if (i >= a.length || b[j]! < a[i]!) out[k++] = b[j++]!;
    else {
      out[k++] = a[i++]!;
      j++;
    }
  }
  return out.subarray(0, k);
}

const sizesOf = (lists: Coded[]): Int32Array => {
  const out = new Int32Array(lists.length * 3);
  lists.forEach((c, k) => {
    for (let x = 0; x < c.length; x++) out[k * 3 + (c[x]! & 3)]!++;
  });
  return out;
};

/** Numbers a document's signals with `ids` (shared by the two documents of a pair). */
export function encode(s: Signals, ids: Map<string, number>): CodedSignals {
  const one = s.anchors.map((_, k) => {
    const codes: number[] = [];
    KINDS.forEach((kind, t) => {
      for (const x of s[kind][k]!) {
        let id = ids.get(x);
        if (id === undefined) ids.set(x, (id = ids.size));
        codes.push(id * 4 + t);
      }
    });
    return Int32Array.from(codes).sort();
  });
  const two = one.slice(0, -1).map((c, k) => union(c, one[k + 1]!));
  return { one, two, oneSize: sizesOf(one), twoSize: sizesOf(two) };
}

/** How many codes the unit (or run of units) has: all kinds together. */
export const signalCount = (s: CodedSignals, k: number): number => s.one[k]!.length;

/** The codes of the run of `n` units from `k`, with their counts by kind in `size`. */
function runOf(s: CodedSignals, k: number, n: number, size: Int32Array): Coded {
  if (n === 1 || n === 2) {
    const sizes = n === 1 ? s.oneSize : s.twoSize;
    size[0] = sizes[k * 3]!;
    size[1] = sizes[k * 3 + 1]!;
    size[2] = sizes[k * 3 + 2]!;
    return n === 1 ? s.one[k]! : s.two[k]!;
  }
  let u = s.one[k]!;
  for (let x = k + 1; x < k + n; x++) u = union(u, s.one[x]!);
  size.fill(0);
  for (let x = 0; x < u.length; x++) size[u[x]! & 3]!++;
  return u;
}

/**
 * The overlap, kind by kind, of the run of `di` units from `i` of `a` with
 * the run of `dj` from `j` of `b`, written into `out` (anchors, cognates,
 * concepts; NaN where the kind gives no answer): Dice's coefficient (null
 * when neither side has signals of the kind), or with `cover` the share of
 * the `a` run's signals the `b` run holds (null when the `a` run has none).
 */
export function overlaps(a: CodedSignals, i: number, di: number, b: CodedSignals, j: number, dj: number, cover: boolean, out: Float64Array): void {
  const p = runOf(a, i, di, sizeA);
  const q = runOf(b, j, dj, sizeB);
  both[0] = 0;
  both[1] = 0;
  both[2] = 0;
  let x = 0;
  let y = 0;
  while (x < p.length && y < q.length) {
    const u = p[x]!;
    const v = q[y]!;
    if (u < v) x++;
    else if (v < u) y++;
    else {
      both[u & 3]!++;
      x++;
      y++;
    }
  }
  for (let t = 0; t < 3; t++) {
    if (cover) out[t] = sizeA[t] === 0 ? Number.NaN : both[t]! / sizeA[t]!;
    else out[t] = sizeA[t] === 0 && sizeB[t] === 0 ? Number.NaN : (2 * both[t]!) / (sizeA[t]! + sizeB[t]!);
  }
}

// scratch space of `overlaps`, which runs alone (the aligner is synchronous)
const sizeA = new Int32Array(3);
const sizeB = new Int32Array(3);
const both = new Int32Array(3);
