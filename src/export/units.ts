/**
 * Aligned groups across all versions of a statement: the sentences (and
 * footnotes) the pairwise alignments link, gathered into connected groups,
 * each language's part in document order. Translation units (TMX, parallel
 * text) are the groups with two languages or more; the review page shows all.
 */
import type { Alignment, Document, Lang } from '../schema/index.ts';

export type GroupKind = 'sentence' | 'footnote';

export interface AlignedGroup {
  kind: GroupKind;
  /** sentence ids (or footnote numbers as strings) per language, in document order */
  members: Partial<Record<Lang, string[]>>;
}

export interface TranslationUnit {
  id: string;
  kind: GroupKind;
  segments: Partial<Record<Lang, string>>;
}

const FOOTNOTE_ORDER = 1e6;

/**
 * Every sentence and footnote of every version in exactly one group, groups in
 * reading order of the first version (`docs[0]`, the pivot); a group without a
 * pivot member stands after the group of the sentence before it in its own
 * language, so additions appear where the translator put them.
 */
export function alignedGroups(docs: Document[], alignment: Alignment | null): AlignedGroup[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (xs: string[]): void => {
    for (let k = 1; k < xs.length; k++) parent.set(find(xs[k]!), find(xs[0]!));
  };
  // every member, in each language's reading order: sentences then footnotes
  const order = new Map<string, number>();
  const sequence = new Map<Lang, string[]>();
  for (const d of docs) {
    const seq = [...d.sentences.map((s) => `${d.lang}:s:${s.id}`), ...d.footnotes.map((f) => `${d.lang}:f:${f.number}`)];
    seq.forEach((m, i) => {
      parent.set(m, m);
      order.set(m, (m.includes(':f:') ? FOOTNOTE_ORDER : 0) + i);
    });
    sequence.set(d.lang, seq);
  }
  for (const p of alignment?.pairs ?? []) {
    const [la, lb] = p.langs;
    for (const l of p.links) if (l.a.length && l.b.length) union([...l.a.map((id) => `${la}:s:${id}`), ...l.b.map((id) => `${lb}:s:${id}`)]);
    for (const f of p.footnotes) if (f.a !== null && f.b !== null) union([`${la}:f:${f.a}`, `${lb}:f:${f.b}`]);
  }
  const groups = new Map<string, string[]>();
  for (const x of parent.keys()) groups.set(find(x), [...(groups.get(find(x)) ?? []), x]);

  // sort key: the pivot member's position; else just after the group of the previous member in the own language
  const pivot = docs[0]?.lang;
  const keyOf = new Map<string, number[]>();
  const pivotKey = (m: string[]): number | undefined => {
    const own = m.filter((x) => x.startsWith(`${pivot}:`)).map((x) => order.get(x)!);
    return own.length ? Math.min(...own) : undefined;
  };
  for (const members of groups.values()) {
    const k = pivotKey(members);
    if (k !== undefined) keyOf.set(find(members[0]!), [k, 0, 0]);
  }
  for (const [lang, seq] of sequence) {
    if (lang === pivot) continue;
    let last = [-1, 0, 0];
    seq.forEach((m, i) => {
      if (m.includes(':f:') && last[0]! < FOOTNOTE_ORDER) last = [FOOTNOTE_ORDER - 1, 0, 0];
      const root = find(m);
      const known = keyOf.get(root);
      if (known && known[1] === 0) last = known;
      else if (!known) keyOf.set(root, [last[0]!, 1, i]);
    });
  }
  const cmp = (a: number[], b: number[]): number => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  return [...groups.values()]
    .sort((a, b) => cmp(keyOf.get(find(a[0]!))!, keyOf.get(find(b[0]!))!))
    .map((members) => {
      const byLang: Partial<Record<Lang, string[]>> = {};
      for (const m of members.sort((x, y) => order.get(x)! - order.get(y)!)) {
        const [lang, , id] = m.split(':') as [Lang, string, string];
        (byLang[lang] ??= []).push(id);
      }
      return { kind: members[0]!.includes(':f:') ? 'footnote' : 'sentence', members: byLang };
    });
}

/** The text of one group's part in one document. */
export function groupText(doc: Document, kind: GroupKind, ids: string[]): string {
  return ids
    .map((id) => (kind === 'sentence' ? doc.sentences.find((s) => s.id === id)!.text : doc.footnotes.find((f) => String(f.number) === id)!.text))
    .join(' ');
}

export function translationUnits(docs: Document[], alignment: Alignment): TranslationUnit[] {
  const byLang = new Map(docs.map((d) => [d.lang, d]));
  return alignedGroups(docs, alignment)
    .filter((g) => Object.keys(g.members).length >= 2)
    .map((g, k) => ({
      id: `${g.kind === 'footnote' ? 'fn' : 'tu'}${k + 1}`,
      kind: g.kind,
      segments: Object.fromEntries(Object.entries(g.members).map(([lang, ids]) => [lang, groupText(byLang.get(lang as Lang)!, g.kind, ids)])),
    }));
}
