/**
 * Planted defects with known answers, for measuring the checks: one defect of
 * a kind in a translation, in one of several forms (a number changed in
 * digits or in words, or dropped; a date's day, month or year changed; an
 * untranslated sentence, clause or footnote; a dropped sentence or clause; an
 * added sentence; a footnote dropped or its reference moved; garbled letters
 * of five sorts; a name or glossary term rendered otherwise; a typo), together
 * with harmless changes that must not be flagged (sentences merged or split,
 * clauses reordered, a number written in words instead of digits).
 */
import type { FlagKind, Lang } from '../schema/index.ts';
import { resources } from '../lang/index.ts';
import { claimsOfText } from '../claims/index.ts';
import { rng } from './damage.ts';
import { clone, sentences, spots, type MutDraft, type Planted, type Variant } from './mutation-spots.ts';
import { MEANING_VARIANTS } from './mutate-meaning.ts';
import type { TermBase } from '../align/terms.ts';

export type { MutDraft, Planted } from './mutation-spots.ts';

export type MutationKind = 'number' | 'date' | 'url' | 'untranslated' | 'omission' | 'addition' | 'footnote-drop' | 'footnote-move' | 'garbled' | 'term' | 'spelling' | 'meaning';

/** A number word of a language for a value, in its first (dictionary) form, read off the language's own grammar. */
export function numberWord(lang: Lang, value: number): string | null {
  const entry = resources(lang).numbers.cardinals.find(([, v]) => v === value);
  if (!entry) return null;
  const src = entry[0].source.replace(/^\^/, '').replace(/\$$/, '');
  const group = /^\(\?:([^)]*)\)/.exec(src);
  if (group) return group[1]!.split('|')[0]!.replace(/\[.*?\]/g, (c) => c[1]!) || null;
  return src.split('(?:')[0]!.replace(/\\/g, '') || null;
}

const DIGITS = /(?<![\d.,:/-])(\d{2,3})(?![\d.,:%/-])/;
const hasUrl = (t: string) => /https?:|www\./.test(t);
/** The text with its dates blanked out (a day before a month name, a year before жылғы or after a month): a count changed there would be a date changed. */
const withoutDates = (t: string, lang: Lang): string => {
  const months = resources(lang).months.flat().join('|');
  return t.replace(new RegExp(`\\d{1,4}(?:\\s+жылғы)?(?:\\s+\\d{1,2})?\\s+(?:${months})\\p{L}*(?:\\s+\\d{4})?`, 'gu'), (m) => '#'.repeat(m.length));
};
/** Replaces the first match of `re` outside the dates of the text. */
const replaceOutsideDates = (t: string, lang: Lang, re: RegExp, by: (m: string) => string): string | null => {
  const m = re.exec(withoutDates(t, lang));
  if (!m) return null;
  return t.slice(0, m.index) + by(t.slice(m.index, m.index + m[0].length)) + t.slice(m.index + m[0].length);
};

const VARIANTS: Record<MutationKind, Record<string, Variant>> = {
  number: {
    digits: ({ d, lang, pick }) => {
      const s = pick(spots(d).filter((x) => DIGITS.test(withoutDates(x.text, lang)) && !hasUrl(x.text)));
      if (!s) return null;
      s.set(replaceOutsideDates(s.text, lang, DIGITS, (m) => String(Number(m) + 7))!);
      return { kind: 'number-mismatch', place: s.place };
    },
    decimal: ({ d, pick }) => {
      const re = /(?<![\d.,])(\d{1,2})([.,])(\d)(?!\d)/;
      const s = pick(spots(d).filter((x) => re.test(x.text) && !hasUrl(x.text)));
      if (!s) return null;
      s.set(s.text.replace(re, (_m, a: string, sep: string, b: string) => `${a}${sep}${(Number(b) + 3) % 10}`));
      return { kind: 'number-mismatch', place: s.place };
    },
    words: ({ d, lang, pick }) => {
      const cards = resources(lang).numbers.cardinals.filter(([, v]) => v >= 2 && v <= 9);
      const wordOf = (w: string) => cards.find(([re]) => re.test(w.toLowerCase()))?.[1];
      const s = pick(spots(d).filter((x) => (x.text.match(/\p{L}+/gu) ?? []).some((w) => wordOf(w) !== undefined)));
      if (!s) return null;
      const w = (s.text.match(/\p{L}+/gu) ?? []).find((x) => wordOf(x) !== undefined)!;
      const other = numberWord(lang, wordOf(w)! + 1);
      if (!other) return null;
      s.set(s.text.replace(new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'u'), /^\p{Lu}/u.test(w) ? other[0]!.toUpperCase() + other.slice(1) : other));
      return { kind: 'number-mismatch', place: s.place };
    },
    dropped: ({ d, lang, pick }) => {
      // a number left out: "в 13 регионах" → "в регионах"
      const re = /(?<![\d.,:/-])\d{2,3}(?![\d.,:%/-])\s+(?=\p{Ll})/u;
      const s = pick(spots(d).filter((x) => re.test(withoutDates(x.text, lang)) && !hasUrl(x.text)));
      if (!s) return null;
      s.set(replaceOutsideDates(s.text, lang, re, () => '')!);
      return { kind: 'number-mismatch', place: s.place };
    },
  },
  date: {
    day: ({ d, lang, pick }) => {
      const months = resources(lang).months.flat().join('|');
      const re = new RegExp(`(\\d{1,2})(\\s+(?:${months}))(?!\\p{L})`, 'u');
      const s = pick(spots(d).filter((x) => re.test(x.text)));
      if (!s) return null;
      s.set(s.text.replace(re, (_m, day: string, rest: string) => `${(Number(day) % 27) + 1}${rest}`));
      return { kind: 'date-mismatch', place: s.place };
    },
    month: ({ d, lang, pick }) => {
      const months = resources(lang).months;
      const re = new RegExp(`(\\d{1,2}\\s+)(${months.flat().join('|')})(?!\\p{L})`, 'u');
      const s = pick(spots(d).filter((x) => re.test(x.text)));
      if (!s) return null;
      s.set(s.text.replace(re, (_m, day: string, month: string) => {
        const i = months.findIndex((forms) => forms.includes(month));
        const form = months[i]!.indexOf(month);
        const next = months[(i + 1) % 12]!;
        return `${day}${next[Math.min(form, next.length - 1)]}`;
      }));
      return { kind: 'date-mismatch', place: s.place };
    },
    year: ({ d, lang, pick }) => {
      // the year of a full date: "16 января 2012" / "2012 жылғы 16 қаңтар"
      const months = resources(lang).months.flat().join('|');
      const re = lang === 'kk' ? new RegExp(`(20\\d\\d)(\\s+жылғы\\s+\\d{1,2}\\s+(?:${months}))`, 'u') : new RegExp(`(\\d{1,2}\\s+(?:${months})\\s+)(20\\d\\d)`, 'u');
      const s = pick(spots(d).filter((x) => re.test(x.text)));
      if (!s) return null;
      s.set(s.text.replace(re, (_m, x: string, y: string) => (lang === 'kk' ? `${Number(x) - 1}${y}` : `${x}${Number(y) - 1}`)));
      return { kind: 'date-mismatch', place: s.place };
    },
  },
  url: {
    domain: ({ d, pick }) => {
      const f = pick(d.footnotes.filter((x) => /https?:\/\/\S+/.test(x.text)));
      if (!f) return null;
      f.text = f.text.replace(/(https?:\/\/[^\s/]+)/, '$1.mirror');
      return { kind: 'url-mismatch', place: f.place };
    },
    path: ({ d, pick }) => {
      const re = /(https?:\/\/[^\s/]+\/)([\p{L}\d_-]+)/u;
      const f = pick(d.footnotes.filter((x) => re.test(x.text)));
      if (!f) return null;
      f.text = f.text.replace(re, (_m, host: string, seg: string) => `${host}${seg.slice(0, -1)}${seg.endsWith('x') ? 'y' : 'x'}`);
      return { kind: 'url-mismatch', place: f.place };
    },
  },
  untranslated: {
    sentence: ({ d, official, pick }) => {
      const c = pick(sentences(d).filter(({ u }) => u.text.length > 60));
      const source = c && sentences(official).find(({ u }) => u.places[0] === c.u.places[0]);
      if (!c || !source) return null;
      c.u.text = source.u.text;
      return { kind: 'untranslated', place: c.u.places[0]! };
    },
    clause: ({ d, official, pick }) => {
      const c = pick(sentences(d).filter(({ u }) => u.text.length > 60));
      const source = c && sentences(official).find(({ u }) => u.places[0] === c.u.places[0]);
      if (!c || !source) return null;
      // a clause of four words or more: one stray word is not a passage
      const clause = source.u.text.split(/,\s*/).map((x) => x.replace(/[.!?]$/, '')).find((x) => x.split(/\s+/).length >= 4);
      if (!clause) return null;
      c.u.text = `${c.u.text.replace(/[.!?]$/, '')}, ${clause.charAt(0).toLowerCase()}${clause.slice(1)}.`;
      return { kind: 'untranslated', place: c.u.places[0]! };
    },
    footnote: ({ d, official, pick }) => {
      // a footnote left in the original language, its URLs and all
      const running = (t: string) => (t.replace(/https?:\/\/\S+|www\.\S+/g, '').match(/\p{L}{2,}/gu) ?? []).length;
      const f = pick(d.footnotes.filter((x) => running(x.text) >= 6));
      const source = f && official.footnotes.find((x) => x.place === f.place);
      if (!f || !source || running(source.text) < 6) return null;
      f.text = source.text;
      return { kind: 'untranslated', place: f.place };
    },
  },
  omission: {
    sentence: ({ d, pick }) => {
      // a sentence of one manuscript place: a unit the harmless damage merged from two would be two omissions
      const c = pick(sentences(d).filter(({ b, u }) => b.units.length >= 3 && u.refs.length === 0 && u.places.length === 1));
      if (!c) return null;
      c.b.units.splice(c.b.units.indexOf(c.u), 1);
      return { kind: 'omission', lang: 'en', place: c.u.places[0]! };
    },
    last: ({ d, pick }) => {
      // the closing sentence of a paragraph
      const c = pick(d.blocks.filter((b) => b.kind === 'p' && b.units.length >= 2 && b.units.at(-1)!.refs.length === 0 && b.units.at(-1)!.places.length === 1).map((b) => ({ b, u: b.units.at(-1)! })));
      if (!c) return null;
      c.b.units.pop();
      return { kind: 'omission', lang: 'en', place: c.u.places[0]! };
    },
    clause: ({ d, pick }) => {
      // the second half of a long sentence left out: the translation is far shorter than it should be
      const c = pick(sentences(d).filter(({ u }) => u.text.length > 180 && u.refs.length === 0 && u.places.length === 1 && /, /.test(u.text.slice(u.text.length * 0.3, u.text.length * 0.6))));
      if (!c) return null;
      const at = c.u.text.indexOf(', ', Math.floor(c.u.text.length * 0.3));
      c.u.text = `${c.u.text.slice(0, at)}.`;
      // the numbers, dates and glossary terms of the part left out are missing too: flags for them are right
      return { kind: 'omission', lang: 'en', place: c.u.places[0]!, alsoRight: ['number-mismatch', 'date-mismatch', 'term-inconsistency'] };
    },
  },
  addition: {
    sentence: ({ d, pick }) => {
      const all = sentences(d);
      const c = pick(all.filter(({ b }) => b.units.length >= 2));
      const extra = pick(all.filter(({ b, u }) => u.text.length > 50 && b !== c?.b));
      if (!c || !extra) return null;
      c.b.units.splice(c.b.units.indexOf(c.u) + 1, 0, { text: extra.u.text, refs: [], places: ['added'] });
      return { kind: 'addition', place: 'added' };
    },
    opening: ({ d, pick }) => {
      // a sentence put at the head of a paragraph
      const all = sentences(d);
      const b = pick(d.blocks.filter((x) => x.kind === 'p' && x.units.length >= 2));
      // a sentence from another paragraph: a copy of its own neighbour would make either copy the added one
      const extra = pick(all.filter(({ b: from, u }) => u.text.length > 50 && from !== b));
      if (!b || !extra) return null;
      b.units.unshift({ text: extra.u.text, refs: [], places: ['added'] });
      return { kind: 'addition', place: 'added' };
    },
  },
  'footnote-drop': {
    drop: ({ d, pick }) => {
      const f = pick(d.footnotes);
      if (!f) return null;
      d.footnotes.splice(d.footnotes.indexOf(f), 1);
      for (const { u } of sentences(d)) u.refs = u.refs.filter((r) => r !== f.number);
      return { kind: 'footnote-mismatch', lang: 'en', place: f.place, alsoRight: ['footnote-reference'] };
    },
  },
  'footnote-move': {
    move: ({ d, random, pick }) => {
      const all = sentences(d);
      const from = pick(all.filter(({ u }) => u.refs.length === 1));
      if (!from) return null;
      // a few sentences further on, to one without a reference of its own
      const at = all.indexOf(from);
      const to = all.slice(at + 2, at + 9).filter(({ u }) => u.refs.length === 0)[Math.floor(random() * 3)];
      if (!to) return null;
      to.u.refs = from.u.refs;
      from.u.refs = [];
      return { kind: 'footnote-mismatch', place: `fn${to.u.refs[0]}`, alsoRight: ['footnote-reference'] };
    },
  },
  garbled: {
    'soft-sign': ({ d, pick }) => garble(d, pick, (t) => t.replace(/(\s)(\p{Ll})(\p{Ll}{5,})/u, '$1Ь$3')),
    'latin-letter': ({ d, pick }) => garble(d, pick, (t) => t.replace(/(\s\p{Ll}{2})[аоеи](\p{Ll}{3,})/u, (_m, a: string, b: string) => `${a}o${b}`)),
    'doubled-word': ({ d, pick }) => garble(d, pick, (t) => t.replace(/(\s)(\p{Ll}{6,})(\s)/u, '$1$2 $2$3')),
    'tripled-letter': ({ d, pick }) => garble(d, pick, (t) => t.replace(/(\s\p{Ll}{3})(\p{Ll})(\p{Ll}{3,}\s)/u, '$1$2$2$2$3')),
    mojibake: ({ d, pick }) =>
      garble(d, pick, (t) => t.replace(/(\s)(\p{Ll}{6,})(\s)/u, (_m, a: string, w: string, b: string) => `${a}${Buffer.from(w, 'utf8').toString('latin1')}${b}`)),
  },
  term: {
    'name-misspelt': ({ d, pick }) => {
      const all = sentences(d);
      const counts = new Map<string, number>();
      for (const { u } of all) for (const m of u.text.matchAll(/(?<=\s)\p{Lu}\p{Ll}{6,}/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
      const name = pick([...counts].filter(([, n]) => n >= 3).map(([w]) => w));
      const c = name ? pick(all.filter(({ u }) => u.text.includes(` ${name}`))) : undefined;
      if (!name || !c) return null;
      c.u.text = c.u.text.replace(` ${name}`, ` ${name.slice(0, 2)}${name[3]}${name[2]}${name.slice(4)}`);
      return { kind: 'term-inconsistency', place: c.u.places[0]! };
    },
    'acronym-swapped': ({ d, pick }) => {
      // two letters of an acronym the document uses often swapped in one place (ABCD → ACBD)
      const all = sentences(d);
      const counts = new Map<string, number>();
      for (const { u } of all) for (const m of u.text.matchAll(/(?<![\p{L}/])\p{Lu}{4,5}(?![\p{L}/])/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
      const acr = pick([...counts].filter(([a, n]) => n >= 3 && a[1] !== a[2]).map(([a]) => a));
      const c = acr ? pick(all.filter(({ u }) => new RegExp(`(?<![\\p{L}/])${acr}(?![\\p{L}/])`, 'u').test(u.text))) : undefined;
      if (!acr || !c) return null;
      c.u.text = c.u.text.replace(new RegExp(`(?<![\\p{L}/])${acr}(?![\\p{L}/])`, 'u'), acr.charAt(0) + acr.charAt(2) + acr.charAt(1) + acr.slice(3));
      return { kind: 'term-inconsistency', place: c.u.places[0]! };
    },
    'vowel-changed': ({ d, pick }) => {
      // one vowel of a name changed in one place (Жанаозен → Женаозен)
      const all = sentences(d);
      const counts = new Map<string, number>();
      for (const { u } of all) for (const m of u.text.matchAll(/(?<=\s)\p{Lu}\p{Ll}{5,}/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
      const name = pick([...counts].filter(([w, n]) => n >= 3 && /[аоеяу]/u.test(w.slice(1, -2))).map(([w]) => w));
      const c = name ? pick(all.filter(({ u }) => u.text.includes(` ${name}`))) : undefined;
      if (!name || !c) return null;
      const i = [...name].findIndex((ch, k) => k > 0 && k < name.length - 2 && /[аоеяу]/u.test(ch));
      const swap: Record<string, string> = { а: 'е', о: 'а', е: 'и', я: 'е', у: 'ю' };
      c.u.text = c.u.text.replace(` ${name}`, ` ${name.slice(0, i)}${swap[name[i]!]}${name.slice(i + 1)}`);
      return { kind: 'term-inconsistency', place: c.u.places[0]! };
    },
  },
  meaning: MEANING_VARIANTS,
  spelling: {
    typo: ({ d, lang, random, pick }) => {
      // a letter dropped or two swapped in a common word (only where a dictionary exists: not Kazakh)
      if (lang === 'kk') return null;
      const word = /(?<=\s)\p{Ll}{8,}(?=[\s,.;])/u;
      const c = pick(sentences(d).filter(({ u }) => word.test(u.text)));
      if (!c) return null;
      const w = c.u.text.match(word)![0];
      const i = 2 + Math.floor(random() * (w.length - 4));
      const typo = random() < 0.5 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
      if (typo === w) return null;
      c.u.text = c.u.text.replace(word, typo);
      return { kind: 'spelling', place: c.u.places[0]! };
    },
  },
};

function garble(d: MutDraft, pick: <T>(xs: T[]) => T | undefined, change: (t: string) => string): ReturnType<Variant> {
  const c = pick(sentences(d).filter(({ u }) => change(u.text) !== u.text && /\p{Script=Cyrillic}/u.test(u.text)));
  if (!c) return null;
  c.u.text = change(c.u.text);
  return { kind: 'garbled', place: c.u.places[0]! };
}

/** The forms a kind of defect takes, in a fixed order: the eval plants each in turn. */
export const variantsOf = (kind: MutationKind): string[] => Object.keys(VARIANTS[kind]);

/**
 * Plants one defect of a kind, in its `variant` form (default: chosen by the
 * seed), into `draft` (a translation); `official` is the parallel official
 * draft, for untranslated text. Returns null when the draft offers no place for it.
 */
export function plant(draft: MutDraft, official: MutDraft, lang: Lang, kind: MutationKind, seed: number, variant?: string, terms?: TermBase): { draft: MutDraft; planted: Planted } | null {
  const d = clone(draft);
  const random = rng(seed);
  const pick = <T>(xs: T[]): T | undefined => xs[Math.floor(random() * xs.length)];
  const names = variantsOf(kind);
  const name = variant ?? names[seed % names.length]!;
  const p = VARIANTS[kind][name]?.({ d, official, lang, random, pick, terms });
  if (!p) return null;
  return { draft: d, planted: { ...p, lang: p.lang ?? lang, variant: `${kind}/${name}` } };
}

/**
 * Harmless changes: two sentences merged into one, one split in two at a
 * comma, two clauses swapped, a small number written in words instead of
 * digits. Nothing should be flagged for them.
 */
export function harmless(draft: MutDraft, seed: number, lang?: Lang): MutDraft {
  const d = clone(draft);
  const random = rng(seed);
  // a sentence's first word loses its capital only where the document writes it in lower case (not ЦИК, not a name)
  const lowerWords = new Set(sentences(d).flatMap(({ u }) => u.text.match(/(?<=\s)\p{Ll}+/gu) ?? []));
  const lowerFirst = (t: string): string => {
    const w = /^\p{L}+/u.exec(t)?.[0] ?? '';
    return lowerWords.has(w.toLowerCase()) && w !== w.toLowerCase() ? t.charAt(0).toLowerCase() + t.slice(1) : t;
  };
  const paragraphs = d.blocks.filter((b) => b.kind === 'p' && b.units.length >= 2);
  const b = paragraphs[Math.floor(random() * paragraphs.length)];
  if (b) {
    const j = Math.floor(random() * (b.units.length - 1));
    const [x, y] = [b.units[j]!, b.units[j + 1]!];
    b.units.splice(j, 2, { text: `${x.text.replace(/\.$/, ';')} ${lowerFirst(y.text)}`, refs: [...x.refs, ...y.refs], places: [...x.places, ...y.places] });
  }
  const withClauses = sentences(d).filter(({ u }) => /^[^,]{20,}, [^,]{20,}\.$/.test(u.text));
  const c = withClauses[Math.floor(random() * withClauses.length)];
  if (c) {
    const [first, second] = c.u.text.replace(/\.$/, '').split(', ') as [string, string];
    c.u.text = `${second.charAt(0).toUpperCase()}${second.slice(1)}, ${lowerFirst(first)}.`;
  }
  // not the sentence merged above: splitting it again would undo the merge and leave both halves with both places
  const long = sentences(d).filter(({ u }) => u.text.length > 160 && u.refs.length === 0 && u.places.length === 1 && /; /.test(u.text));
  const s = long[Math.floor(random() * long.length)];
  if (s) {
    // split at a semicolon: two sentences for one
    const at = s.u.text.indexOf('; ');
    const rest = s.u.text.slice(at + 2);
    s.b.units.splice(s.b.units.indexOf(s.u), 1, { text: `${s.u.text.slice(0, at)}.`, refs: [], places: s.u.places }, { text: rest.charAt(0).toUpperCase() + rest.slice(1), refs: s.u.refs, places: s.u.places });
  }
  if (lang) {
    // "8 партий" → "восемь партий": the same number, in words
    const re = /(?<![\d.,:/–-])([2-9])\s+(?=\p{Ll}{4,})/u;
    // only a number the claims stage reads as a count (not a channel's or a paragraph's number, not a date)
    const counted = (t: string) => claimsOfText(t, resources(lang)).some((c) => c.kind === 'count' && c.text.startsWith(re.exec(t)![1]!));
    const n = sentences(d).filter(({ u }) => re.test(u.text) && !resources(lang).months.flat().some((m) => u.text.includes(` ${m}`)) && counted(u.text));
    const t = n[Math.floor(random() * n.length)];
    if (t) {
      const value = Number(re.exec(t.u.text)![1]);
      const word = numberWord(lang, value);
      if (word) t.u.text = t.u.text.replace(re, `${word} `);
    }
  }
  return d;
}
