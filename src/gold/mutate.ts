/**
 * Planted defects with known answers, for measuring the checks: one defect of
 * a kind in a translation (a changed number or date, an untranslated clause,
 * a dropped sentence or footnote, a moved reference, garbled letters, a name
 * misspelt once, a typo in a common word), together with harmless changes that must not be flagged
 * (two sentences merged, clauses reordered).
 */
import type { FlagKind, Lang } from '../schema/index.ts';
import { rng, type Draft } from './damage.ts';

/** A draft of a manuscript (src/gold/damage.ts), the same shape damage works on. */
export type MutDraft = Draft;

/** Where a planted defect is: the manuscript place of the unit, in the translation. */
export interface Planted {
  kind: FlagKind;
  lang: Lang;
  place: string;
  /** a second kind that is also a right answer (a dropped footnote is also an unreferenced one) */
  alsoRight?: FlagKind[];
}

export type MutationKind = 'number' | 'date' | 'url' | 'untranslated' | 'omission' | 'addition' | 'footnote-drop' | 'footnote-move' | 'garbled' | 'term' | 'spelling';

const clone = (d: MutDraft): MutDraft => ({ blocks: d.blocks.map((b) => ({ kind: b.kind, units: b.units.map((u) => ({ ...u, refs: [...u.refs] })) })), footnotes: d.footnotes.map((f) => ({ ...f })) });

const sentences = (d: MutDraft) => d.blocks.filter((b) => b.kind === 'p' || b.kind === 'list').flatMap((b) => b.units.map((u) => ({ b, u })));

/**
 * Plants one defect of a kind into `draft` (a translation); `official` is the
 * parallel official draft, for untranslated text. Returns null when the draft
 * offers no place for it.
 */
export function plant(draft: MutDraft, official: MutDraft, lang: Lang, kind: MutationKind, seed: number): { draft: MutDraft; planted: Planted } | null {
  const d = clone(draft);
  const random = rng(seed);
  const pick = <T>(xs: T[]): T | undefined => xs[Math.floor(random() * xs.length)];
  const all = sentences(d);
  switch (kind) {
    case 'number': {
      const c = pick(all.filter(({ u }) => /(?<![\d.,])\d{2,3}(?![\d.,%-])/.test(u.text) && !/https?:/.test(u.text)));
      if (!c) return null;
      c.u.text = c.u.text.replace(/(?<![\d.,])(\d{2,3})(?![\d.,%-])/, (m) => String(Number(m) + 7));
      return { draft: d, planted: { kind: 'number-mismatch', lang, place: c.u.places[0]! } };
    }
    case 'date': {
      const months = lang === 'ru' ? /(\d{1,2})(\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря))/ : /(\d{1,2})(\s+(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан))/;
      const c = pick(all.filter(({ u }) => months.test(u.text)));
      if (!c) return null;
      c.u.text = c.u.text.replace(months, (_m, day: string, rest: string) => `${(Number(day) % 27) + 1}${rest}`);
      return { draft: d, planted: { kind: 'date-mismatch', lang, place: c.u.places[0]! } };
    }
    case 'url': {
      const f = pick(d.footnotes.filter((x) => /https?:\/\/\S+/.test(x.text)));
      if (!f) return null;
      f.text = f.text.replace(/(https?:\/\/[^\s/]+)/, '$1.mirror');
      return { draft: d, planted: { kind: 'url-mismatch', lang, place: f.place } };
    }
    case 'untranslated': {
      const c = pick(all.filter(({ u }) => u.text.length > 60));
      if (!c) return null;
      const source = sentences(official).find(({ u }) => u.places[0] === c.u.places[0]);
      if (!source) return null;
      // half the time the whole sentence stays in English, half the time one clause is appended
      c.u.text = random() < 0.5 ? source.u.text : `${c.u.text.replace(/[.!?]$/, '')}, ${source.u.text.split(/,\s*/)[0]!.replace(/[.!?]$/, '').toLowerCase()}.`;
      return { draft: d, planted: { kind: 'untranslated', lang, place: c.u.places[0]! } };
    }
    case 'omission': {
      const c = pick(all.filter(({ b, u }) => b.units.length >= 3 && u.refs.length === 0));
      if (!c) return null;
      c.b.units.splice(c.b.units.indexOf(c.u), 1);
      return { draft: d, planted: { kind: 'omission', lang: 'en', place: c.u.places[0]! } };
    }
    case 'addition': {
      const c = pick(all.filter(({ b }) => b.units.length >= 2));
      const extra = pick(all.filter(({ u }) => u.text.length > 50));
      if (!c || !extra) return null;
      const added = { text: extra.u.text, refs: [], places: ['added'] };
      c.b.units.splice(c.b.units.indexOf(c.u) + 1, 0, added);
      return { draft: d, planted: { kind: 'addition', lang, place: 'added' } };
    }
    case 'footnote-drop': {
      const f = pick(d.footnotes);
      if (!f) return null;
      d.footnotes.splice(d.footnotes.indexOf(f), 1);
      for (const { u } of sentences(d)) u.refs = u.refs.filter((r) => r !== f.number);
      return { draft: d, planted: { kind: 'footnote-mismatch', lang: 'en', place: f.place, alsoRight: ['footnote-reference'] } };
    }
    case 'footnote-move': {
      const from = pick(all.filter(({ u }) => u.refs.length === 1));
      if (!from) return null;
      // a few sentences further on, to one without a reference of its own
      const at = all.indexOf(from);
      const to = all.slice(at + 2, at + 9).filter(({ u }) => u.refs.length === 0)[Math.floor(random() * 3)];
      if (!to) return null;
      to.u.refs = from.u.refs;
      from.u.refs = [];
      return { draft: d, planted: { kind: 'footnote-mismatch', lang, place: `fn${to.u.refs[0]}`, alsoRight: ['footnote-reference'] } };
    }
    case 'garbled': {
      const c = pick(all.filter(({ u }) => /\s\p{Ll}{2}[аоеи]\p{Ll}{3,}\s/u.test(u.text)));
      if (!c) return null;
      const before = c.u.text;
      const how = Math.floor(random() * 3);
      if (how === 0) c.u.text = c.u.text.replace(/(\s)(\p{Ll})(\p{Ll}{5,})/u, '$1Ь$3');
      else if (how === 1) c.u.text = c.u.text.replace(/(\s\p{Ll}{2})[аоеи](\p{Ll}{3,})/u, (_m, a: string, b: string) => `${a}o${b}`); // a Latin o inside
      else c.u.text = c.u.text.replace(/(\s)(\p{Ll}{6,})(\s)/u, '$1$2 $2$3');
      if (c.u.text === before) return null; // nothing was planted
      return { draft: d, planted: { kind: 'garbled', lang, place: c.u.places[0]! } };
    }
    case 'spelling': {
      // a typo in a common word: a letter dropped or two swapped (only where a dictionary exists: not Kazakh)
      if (lang === 'kk') return null;
      const word = /(?<=\s)\p{Ll}{8,}(?=[\s,.;])/u;
      const c = pick(all.filter(({ u }) => word.test(u.text)));
      if (!c) return null;
      const w = c.u.text.match(word)![0];
      const i = 2 + Math.floor(random() * (w.length - 4));
      const typo = random() < 0.5 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
      if (typo === w) return null;
      c.u.text = c.u.text.replace(word, typo);
      return { draft: d, planted: { kind: 'spelling', lang, place: c.u.places[0]! } };
    }
    case 'term': {
      const counts = new Map<string, number>();
      for (const { u } of all) for (const m of u.text.matchAll(/(?<=\s)\p{Lu}\p{Ll}{6,}/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
      const name = pick([...counts].filter(([, n]) => n >= 3).map(([w]) => w));
      if (!name) return null;
      const c = pick(all.filter(({ u }) => u.text.includes(` ${name}`)));
      if (!c) return null;
      const broken = name.slice(0, 2) + name[3] + name[2] + name.slice(4);
      c.u.text = c.u.text.replace(` ${name}`, ` ${broken}`);
      return { draft: d, planted: { kind: 'term-inconsistency', lang, place: c.u.places[0]! } };
    }
  }
}

/** Harmless changes: two sentences merged into one, two clauses swapped. Nothing should be flagged for them. */
export function harmless(draft: MutDraft, seed: number): MutDraft {
  const d = clone(draft);
  const random = rng(seed);
  const paragraphs = d.blocks.filter((b) => b.kind === 'p' && b.units.length >= 2);
  const b = paragraphs[Math.floor(random() * paragraphs.length)];
  if (b) {
    const j = Math.floor(random() * (b.units.length - 1));
    const [x, y] = [b.units[j]!, b.units[j + 1]!];
    b.units.splice(j, 2, { text: `${x.text.replace(/\.$/, ';')} ${y.text.charAt(0).toLowerCase()}${y.text.slice(1)}`, refs: [...x.refs, ...y.refs], places: [...x.places, ...y.places] });
  }
  const withClauses = sentences(d).filter(({ u }) => /^[^,]{20,}, [^,]{20,}\.$/.test(u.text));
  const c = withClauses[Math.floor(random() * withClauses.length)];
  if (c) {
    const [first, second] = c.u.text.replace(/\.$/, '').split(', ') as [string, string];
    const lowerFirst = /^\p{Lu}\p{Ll}/u.test(first) ? first.charAt(0).toLowerCase() + first.slice(1) : first;
    c.u.text = `${second.charAt(0).toUpperCase()}${second.slice(1)}, ${lowerFirst}.`;
  }
  return d;
}
