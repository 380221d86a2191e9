/**
 * Translation units across all versions of a statement: the sentences (and
 * footnotes) the pairwise alignments link, gathered into connected groups, one
 * group a unit, each language's part in document order.
 */
import type { Alignment, Document, Lang } from '../schema/index.ts';

export interface TranslationUnit {
  id: string;
  kind: 'sentence' | 'footnote';
  segments: Partial<Record<Lang, string>>;
}

export function translationUnits(docs: Document[], alignment: Alignment): TranslationUnit[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const add = (x: string): void => void (parent.has(x) || parent.set(x, x));
  const join = (xs: string[]): void => {
    xs.forEach(add);
    for (let k = 1; k < xs.length; k++) parent.set(find(xs[k]!), find(xs[0]!));
  };
  for (const p of alignment.pairs) {
    const [la, lb] = p.langs;
    for (const l of p.links) if (l.a.length && l.b.length) join([...l.a.map((id) => `${la}:s:${id}`), ...l.b.map((id) => `${lb}:s:${id}`)]);
    for (const f of p.footnotes) if (f.a !== null && f.b !== null) join([`${la}:f:${f.a}`, `${lb}:f:${f.b}`]);
  }
  const byLang = new Map(docs.map((d) => [d.lang, d]));
  const order = new Map<string, number>();
  for (const d of docs) {
    d.sentences.forEach((s, i) => order.set(`${d.lang}:s:${s.id}`, i));
    d.footnotes.forEach((f, i) => order.set(`${d.lang}:f:${f.number}`, 100000 + i));
  }
  const groups = new Map<string, string[]>();
  for (const x of parent.keys()) groups.set(find(x), [...(groups.get(find(x)) ?? []), x]);
  const pivot = docs[0]!.lang;
  const units = [...groups.values()]
    .map((members) => members.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)))
    .sort((a, b) => {
      const key = (m: string[]) => order.get(m.find((x) => x.startsWith(`${pivot}:`)) ?? m[0]!) ?? 0;
      return key(a) - key(b);
    });
  return units.map((members, k) => {
    const kind = members[0]!.includes(':f:') ? 'footnote' : 'sentence';
    const segments: Partial<Record<Lang, string>> = {};
    for (const m of members) {
      const [lang, type, id] = m.split(':') as [Lang, string, string];
      const doc = byLang.get(lang)!;
      const text = type === 's' ? doc.sentences.find((s) => s.id === id)!.text : doc.footnotes.find((f) => String(f.number) === id)!.text;
      segments[lang] = segments[lang] ? `${segments[lang]} ${text}` : text;
    }
    return { id: `${kind === 'footnote' ? 'fn' : 'tu'}${k + 1}`, kind, segments };
  });
}
