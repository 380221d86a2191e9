/**
 * Numbers in running text: digits in each language's conventions (`1 234 567`,
 * `9,305,106`, `17,6`, `17.6`), digit compounds (`7-процентного`, `400-ден`),
 * number words in their inflected forms (`девяносто восемь`, `двое`, `тоғыз`,
 * `twenty-one`), a multiplier after either (`2,5 миллионов`). Each is an atom
 * with its place in the text; classify.ts decides what it measures.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import type { LangResources } from '../lang/index.ts';

/**
 * compromise, loaded when English number words are first read: it takes
 * about 0.6 s to build its lexicon, which a Russian or Kazakh document, or an
 * English one without such words, never needs. Its one-file CommonJS build,
 * the same release as its ES modules.
 */
let compromise: typeof nlpType | null = null;
const nlp = (text: string) => (compromise ??= createRequire(import.meta.url)('compromise') as typeof nlpType)(text);

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'digits' | 'compound' | 'word' | 'punct';
}

export interface Atom {
  value: number;
  start: number;
  end: number;
  /** index of the first and last token of the atom */
  first: number;
  last: number;
  /** written in words */
  words: boolean;
  /** the part after the hyphen of a digit compound (`процентного`, `й`, `ден`) */
  suffix: string | null;
  /** an ordinal word (`третьими`, `second`) */
  ordinal: boolean;
  /** a number word compounded with "per cent" (`семипроцентный`) */
  percentWord: boolean;
}

// URLs, e-mail addresses and phone numbers are blanked out (same length, so offsets hold)
const MASKS = [/https?:\/\/\S+|www\.\S+/giu, /\S+@\S+\.\S+/gu, /\+\d[\d\s()-]{6,}\d/gu];

export function maskIdentifiers(text: string): string {
  return MASKS.reduce((t, re) => t.replace(re, (m) => ' '.repeat(m.length)), text);
}

const TOKEN = /\d+(?:[.,]\d+)*-\p{L}+|\d+(?:[.,]\d+)*|\p{L}+(?:[-'’]\p{L}+)*\.?|%|€|\$|[^\s\p{L}\d]/gu;

export function tokenize(text: string): Token[] {
  return [...maskIdentifiers(text).matchAll(TOKEN)].map((m) => {
    const t = m[0];
    const kind: Token['kind'] = /^\d+(?:[.,]\d+)*-\p{L}/u.test(t) ? 'compound' : /^\d/.test(t) ? 'digits' : /^\p{L}/u.test(t) ? 'word' : 'punct';
    // a final dot is not part of the word; abbreviations (`млн.`, `г.`) are matched without it
    const text2 = kind === 'word' && t.endsWith('.') ? t.slice(0, -1) : t;
    return { text: text2, lower: text2.toLowerCase(), start: m.index, end: m.index + text2.length, kind };
  });
}

/** The value of digits written in a language's conventions. */
export function parseDigits(raw: string, res: LangResources): number {
  if (res.numberFormat.decimal === '.') {
    if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw)) return Number(raw.replace(/,/g, ''));
    if (/^\d+,\d{1,2}$/.test(raw)) return Number(raw.replace(',', '.'));
    return Number(raw.replace(/,/g, ''));
  }
  if (/^\d{1,3}(?:\.\d{3})+$/.test(raw) && raw.split('.').length > 2) return Number(raw.replace(/\./g, ''));
  // English grouping mixed into a translation: two or more comma groups (`9,305,106`), a point after them
  if (/^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$/.test(raw)) return Number(raw.replace(/,/g, ''));
  return Number(raw.replace(',', '.'));
}

const matchValue = (list: Array<[RegExp, number]>, word: string): number | null => list.find(([re]) => re.test(word))?.[1] ?? null;

/** A cardinal word in the singular: `thousands`, `a few`, `MCI` (a Roman numeral to compromise) name no number. */
const CARDINAL_WORD = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|one)\b/i;
/** `two thirds`, `one fifth`, `a half`: a share, not a number */
const FRACTION = /\b(?:half|halves|thirds?|quarters?|fifths?|sixths?|tenths?)\b/i;

const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i;
const ANY_ORDINAL_WORD = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i;

/** English number words as compromise reads them, by their place in the text. */
function englishWordNumbers(text: string): Array<{ start: number; end: number; value: number }> {
  // every number kept below holds a cardinal or an ordinal word: a text without one needs no parse
  if (!CARDINAL_WORD.test(text) && !ANY_ORDINAL_WORD.test(text)) return [];
  const found = nlp(text).numbers().json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number }; number: { num: number } }>;
  return found
    .filter((n) => /\p{L}/u.test(n.text) && !/\d/.test(n.text) && !/^(?:one|a|an|once)$/i.test(n.text.trim()))
    .filter((n) => CARDINAL_WORD.test(n.text) || ORDINAL_WORD.test(n.text.trim()))
    .filter((n) => !(FRACTION.test(n.text) && CARDINAL_WORD.test(n.text.replace(FRACTION, ''))) && !/^(?:a|an|one)\s+(?:third|quarter|fifth|sixth|tenth|half)/i.test(n.text.trim()))
    // `several thousand`, `a few hundred`: vague
    .filter((n) => !/\b(?:several|few|many|some|tens\s+of|hundreds\s+of|thousands\s+of)\s*$/i.test(text.slice(0, n.offset.start)))
    .map((n) => ({ start: n.offset.start, end: n.offset.start + n.text.trim().length, value: n.number.num }));
}

export function findAtoms(text: string, tokens: Token[], res: LangResources): Atom[] {
  const atoms: Atom[] = [];
  const nw = res.numbers;
  const english = res.lang === 'en' ? englishWordNumbers(text) : [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'digits' || t.kind === 'compound') {
      let [raw, suffix] = t.kind === 'compound' ? [t.text.slice(0, t.text.indexOf('-')), t.text.slice(t.text.indexOf('-') + 1)] : [t.text, null];
      let end = t.end;
      let last = i;
      // thousands separated by (no-break, thin) spaces: 1 234 567
      if (res.numberFormat.group === ' ' && suffix === null && /^\d{1,3}$/.test(raw)) {
        while (tokens[last + 1] && /^[ \u00a0\u202f]$/.test(text.slice(end, tokens[last + 1]!.start))) {
          const next = tokens[last + 1]!;
          if (next.kind === 'digits' && /^\d{3}(?:,\d+)?$/.test(next.text)) {
            raw += next.text;
          } else if (next.kind === 'compound' && /^\d{3}-/.test(next.text)) {
            // 1 173-інде: the last group carries the case ending
            raw += next.text.slice(0, 3);
            suffix = next.text.slice(4);
          } else break;
          last++;
          end = tokens[last]!.end;
          if (suffix !== null) break;
        }
      }
      // 20th, 2nd: a suffix glued to the digits
      if (suffix === null && tokens[last + 1]?.kind === 'word' && tokens[last + 1]!.start === end && nw.ordinalSuffix.test(tokens[last + 1]!.lower)) {
        suffix = tokens[++last]!.text;
        end = tokens[last]!.end;
      }
      let value = parseDigits(raw, res);
      const mult = tokens[last + 1] && matchValue(nw.multipliers, tokens[last + 1]!.lower);
      if (mult && suffix === null) {
        value *= mult;
        end = tokens[++last]!.end;
      }
      atoms.push({ value, start: t.start, end, first: i, last, words: false, suffix: suffix?.toLowerCase() ?? null, ordinal: false, percentWord: false });
      i = last;
      continue;
    }
    if (t.kind !== 'word') continue;
    const en = english.find((n) => n.start === t.start);
    if (en) {
      let last = i;
      while (tokens[last + 1] && tokens[last + 1]!.end <= en.end) last++;
      // `a third complaint` is a rank; `a third of the seats`, `two thirds` are fractions
      const ordinalValue = matchValue(nw.ordinals, tokens[last]!.lower);
      const ordinal = ordinalValue !== null && tokens[last + 1]?.lower !== 'of';
      if (ordinal) {
        atoms.push({ value: ordinalValue, start: tokens[last]!.start, end: tokens[last]!.end, first: last, last, words: true, suffix: null, ordinal, percentWord: false });
        i = last;
        continue;
      }
      // five-year: the unit written onto the number word
      const tail = tokens[last]!.lower.includes('-') ? tokens[last]!.lower.split('-').pop()! : null;
      const suffix = tail && matchValue(nw.cardinals, tail) === null && !/^(?:one|two|three|four|five|six|seven|eight|nine)$/.test(tail) ? tail : null;
      atoms.push({ value: en.value, start: en.start, end: tokens[last]!.end, first: i, last, words: true, suffix, ordinal, percentWord: false });
      i = last;
      continue;
    }
    const unitWord = nw.unitCompounds?.find(([re]) => re.test(t.lower));
    if (unitWord) {
      atoms.push({ value: unitWord[1], start: t.start, end: t.end, first: i, last: i, words: true, suffix: unitWord[2], ordinal: false, percentWord: false });
      continue;
    }
    const compound = t.lower.match(/^(\p{L}+)-(\p{L}+)$/u);
    const head = compound ? compound[1]! : t.lower;
    const pc = nw.percentCompound ? matchValue(nw.percentCompound, t.lower) : null;
    if (pc !== null) {
      atoms.push({ value: pc, start: t.start, end: t.end, first: i, last: i, words: true, suffix: null, ordinal: false, percentWord: true });
      continue;
    }
    const ordinal = matchValue(nw.ordinals, t.lower);
    if (ordinal !== null) {
      atoms.push({ value: ordinal, start: t.start, end: t.end, first: i, last: i, words: true, suffix: null, ordinal: true, percentWord: false });
      continue;
    }
    if (matchValue(nw.cardinals, head) === null || nw.stopWords.has(t.lower)) continue; // kk үшін is "for", not three
    // a run of number words: девяносто восемь, две тысячи, twenty-one
    let total = 0;
    let current = 0;
    let last = i - 1;
    for (let k = i; k < tokens.length; k++) {
      const w = tokens[k]!;
      if (w.kind !== 'word') break;
      const parts = w.lower.split('-');
      const vals = parts.map((p) => matchValue(nw.cardinals, p));
      const mult = matchValue(nw.multipliers, w.lower);
      if (vals.every((v) => v !== null)) current += (vals as number[]).reduce((a, b) => a + b, 0);
      else if (k > i && current % 10 === 0 && current >= 20 && nw.oneInCompound?.test(w.lower)) current += 1;
      else if (mult !== null && k > i) {
        total += (current || 1) * mult;
        current = 0;
      } else if (k === i && vals[0] !== null) {
        current += vals[0]!; // `five-year`: the number, and a unit written onto it
        last = k;
        break;
      } else break;
      last = k;
    }
    const suffix = tokens[last]!.lower.includes('-') && matchValue(nw.cardinals, tokens[last]!.lower.split('-').pop()!) === null ? tokens[last]!.lower.split('-').pop()! : null;
    // two small number words joined by a hyphen are a range (екі-төрт күн, двух-трех): two atoms, the hyphen between
    const pair = last === i && compound ? [matchValue(nw.cardinals, compound[1]!), matchValue(nw.cardinals, compound[2]!)] : null;
    if (pair && pair[0] != null && pair[1] != null && pair[0] < pair[1] && pair[1] < 10) {
      const cut = t.start + compound![1]!.length;
      atoms.push({ value: pair[0], start: t.start, end: cut, first: i, last: i, words: true, suffix: null, ordinal: false, percentWord: false });
      atoms.push({ value: pair[1], start: cut + 1, end: t.end, first: i, last: i, words: true, suffix: null, ordinal: false, percentWord: false });
      continue;
    }
    atoms.push({ value: total + current, start: t.start, end: tokens[last]!.end, first: i, last, words: true, suffix, ordinal: false, percentWord: false });
    i = last;
  }
  // a fraction in words (`двух третей`, `үштен екісі`) is a share: neither word is a claim
  if (!nw.fraction) return atoms;
  const drop = new Set<Atom>();
  for (const a of atoms) {
    const prev = tokens[a.first - 1];
    // an ordinal after "one", "a", "одной": one third, одной пятой, a third of
    const ofAfter = tokens[a.last + 1]?.lower ?? '';
    if (a.ordinal && prev?.kind === 'word' && (nw.fraction.test(`${prev.lower} ${tokens[a.first]!.lower}`) || nw.fraction.test(`${prev.lower} ${tokens[a.first]!.lower} ${ofAfter}`))) drop.add(a);
    // an ordinal word written with a capital inside a sentence is part of a title (the First President)
    if (a.ordinal && a.words && prev && /^\p{Lu}/u.test(tokens[a.first]!.text) && !/[.!?:]$/.test(prev.text)) drop.add(a);
    const next = tokens[a.last + 1];
    // a run of number words read as one (үштен екісі as 3 + 2) that is a fraction
    if (a.words && a.last > a.first && nw.fraction.test(`${tokens[a.first]!.lower} ${tokens[a.first + 1]!.lower}`)) drop.add(a);
    // one in words is no claim, in a compound (one-month) or as an ordinal (first, первый, бірінші): mostly "a", "initial"
    if (a.words && a.value === 1) drop.add(a);
    if (a.words && next?.kind === 'word' && nw.fraction.test(`${tokens[a.last]!.lower} ${next.lower}`)) {
      drop.add(a);
      for (const b of atoms) if (b.first === a.last + 1) drop.add(b);
    }
  }
  return atoms.filter((a) => !drop.has(a));
}
