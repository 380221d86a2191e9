/**
 * Scoring an alignment against the gold that manuscript places give: sentences
 * of the two versions that come from a common place form one gold link
 * (connected components), and a predicted link is right when it is exactly one
 * of them, empty sides included.
 */
import type { AlignmentPair } from '../schema/index.ts';
import type { GoldDocument } from './damage.ts';
import { scoreItems, type Score } from './score.ts';

const linkKey = (a: string[], b: string[]): string => `${[...a].sort().join(',')}|${[...b].sort().join(',')}`;

export function goldSentenceLinks(a: GoldDocument, b: GoldDocument): string[] {
  const byPlace = new Map<string, { a: Set<string>; b: Set<string> }>();
  const note = (side: 'a' | 'b', g: GoldDocument): void => {
    for (const s of g.doc.sentences) {
      for (const p of g.places.get(s.id) ?? []) {
        const e = byPlace.get(p) ?? { a: new Set<string>(), b: new Set<string>() };
        e[side].add(s.id);
        byPlace.set(p, e);
      }
    }
  };
  note('a', a);
  note('b', b);
  // connected components over the places sentences share
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const add = (x: string): void => void (parent.has(x) || parent.set(x, x));
  for (const { a: sa, b: sb } of byPlace.values()) {
    const all = [...[...sa].map((x) => `a:${x}`), ...[...sb].map((x) => `b:${x}`)];
    all.forEach(add);
    for (let k = 1; k < all.length; k++) parent.set(find(all[k]!), find(all[0]!));
  }
  const groups = new Map<string, { a: string[]; b: string[] }>();
  for (const x of parent.keys()) {
    const r = find(x);
    const g = groups.get(r) ?? { a: [], b: [] };
    (x.startsWith('a:') ? g.a : g.b).push(x.slice(2));
    groups.set(r, g);
  }
  return [...groups.values()].map((g) => linkKey(g.a, g.b));
}

export function scoreSentenceLinks(pair: AlignmentPair, a: GoldDocument, b: GoldDocument): Score {
  return scoreItems(pair.links.map((l) => linkKey(l.a, l.b)), goldSentenceLinks(a, b));
}

/** Footnote links are right when both footnotes come from the same manuscript footnote (or one side is rightly empty). */
export function scoreFootnoteLinks(pair: AlignmentPair, a: GoldDocument, b: GoldDocument): Score {
  const placeOf = (g: GoldDocument, n: number | null): string | null => (n === null ? null : (g.places.get(`fn:${n}`)?.[0] ?? null));
  const predicted = pair.footnotes.map((f) => `${placeOf(a, f.a) ?? '-'}|${placeOf(b, f.b) ?? '-'}`);
  const pa = a.doc.footnotes.map((f) => placeOf(a, f.number)!);
  const pb = new Set(b.doc.footnotes.map((f) => placeOf(b, f.number)!));
  const gold = [...pa.map((p) => (pb.has(p) ? `${p}|${p}` : `${p}|-`)), ...[...pb].filter((p) => !pa.includes(p)).map((p) => `-|${p}`)];
  return scoreItems(predicted, gold);
}
