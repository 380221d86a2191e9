/**
 * Numbers in running text: digits in each language's conventions (`1 234 567`,
 * `9,305,106`, `17,6`, `17.6`), digit compounds (`7-процентного`, `400-ден`),
 * number words in their inflected forms (`девяносто восемь`, `двое`, `тоғыз`,
 * `twenty-one`), a multiplier after either (`2,5 миллионов`). Each is an atom
 * with its place in the text; classify.ts decides what it measures.
 */
import { Kept } from '../kept.ts';
import type { LangResources } from '../lang/index.ts';

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
/** Each mask with a character its matches must hold: a mask is tried only on a text that has it (the e-mail pattern tries every run of non-spaces from every start). */
const MASKS: Array<[RegExp, string | null]> = [[/https?:\/\/\S+|www\.\S+/giu, null], [/\S+@\S+\.\S+/gu, '@'], [/\+\d[\d\s()-]{6,}\d/gu, '+']];

export function maskIdentifiers(text: string): string {
  return MASKS.reduce((t, [re, needs]) => (needs === null || t.includes(needs) ? t.replace(re, (m) => ' '.repeat(m.length)) : t), text);
}

/** a digit compound, digits, a word, a sign: the group that matched says which */
const TOKEN = /(\d+(?:[.,]\d+)*-\p{L}+)|(\d+(?:[.,]\d+)*)|(\p{L}+(?:[-'’]\p{L}+)*\.?)|%|€|\$|[^\s\p{L}\d]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const masked = maskIdentifiers(text);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(masked); m !== null; m = TOKEN.exec(masked)) {
    const t = m[0];
    const kind: Token['kind'] = m[1] !== undefined ? 'compound' : m[2] !== undefined ? 'digits' : m[3] !== undefined ? 'word' : 'punct';
    // a final dot is not part of the word; abbreviations (`млн.`, `г.`) are matched without it
    const text2 = kind === 'word' && t.endsWith('.') ? t.slice(0, -1) : t;
    tokens.push({ text: text2, lower: text2.toLowerCase(), start: m.index, end: m.index + text2.length, kind });
  }
  return tokens;
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

/**
 * The first row of a word list whose pattern a word matches. Every word of
 * every text is tried against each list (a language has some hundred number
 * patterns) and words repeat: answers are kept per list, up to a bound.
 */
const found = new WeakMap<object, Kept<string, unknown>>();
function firstMatch<R extends readonly [RegExp, ...unknown[]]>(list: readonly R[], word: string): R | undefined {
  let known = found.get(list);
  if (!known) found.set(list, (known = new Kept(50_000)));
  return known.get(word, (w) => list.find(([re]) => re.test(w))) as R | undefined;
}
const matchValue = (list: Array<[RegExp, number]>, word: string): number | null => firstMatch(list, word)?.[1] ?? null;

const COMPOUND_WORD = /^(\p{L}+)-(\p{L}+)$/u;

/** What the word lists say of a word, before its neighbours are looked at. */
interface WordReading {
  /** a number and its unit in one word (`семипроцентный`'s kind) */
  unit: [RegExp, number, string] | undefined;
  /** a number compounded with "per cent" */
  percent: number | null;
  ordinal: number | null;
  /** an article (`a`), which stands for one before a multiplier */
  article: boolean;
  /** two words joined by a hyphen (`twenty-one`, `екі-төрт`) */
  compound: RegExpExecArray | null;
  /** the cardinal the word, or a compound's first part, is */
  cardinal: number | null;
}

/**
 * A word read against the language's number lists once, or null where it is
 * no number word in any form (most words of a text): the atoms pass those by
 * after one lookup instead of one per list.
 */
const readings = new WeakMap<object, Kept<string, WordReading | null>>();
function readWord(nw: LangResources['numbers'], word: string): WordReading | null {
  let known = readings.get(nw);
  if (!known) readings.set(nw, (known = new Kept(50_000)));
  return known.get(word, (w) => {
    const compound = COMPOUND_WORD.exec(w);
    const reading: WordReading = {
      unit: nw.unitCompounds ? firstMatch(nw.unitCompounds, w) : undefined,
      percent: nw.percentCompound ? matchValue(nw.percentCompound, w) : null,
      ordinal: matchValue(nw.ordinals, w),
      article: nw.article?.test(w) ?? false,
      compound,
      cardinal: matchValue(nw.cardinals, compound ? compound[1]! : w),
    };
    // a cardinal's form that an ordinal's endings also make (`пятью`, five, not `пят-ью`) is the cardinal
    if (reading.cardinal !== null && !compound && reading.ordinal !== null) reading.ordinal = null;
    const plain = !reading.unit && reading.percent === null && reading.ordinal === null && !reading.article && reading.cardinal === null;
    return plain ? null : reading;
  }) ?? null;
}

/**
 * A range's first number written without the multiplier its second carries (`between 16.4 and 41.2 million`,
 * `от 16,4 до 41,2 млн`): both are millions, where the first is smaller than the second's number and
 * within a thousand of it. In place.
 */
function sharedMultipliers(atoms: Atom[], tokens: Token[], text: string, res: LangResources): void {
  const nw = res.numbers;
  for (let k = 0; k + 1 < atoms.length; k++) {
    const [a, b] = [atoms[k]!, atoms[k + 1]!];
    if (a.words || b.words || a.suffix !== null || a.last !== a.first || b.last === b.first || b.last !== b.first + 1) continue;
    const mult = matchValue(nw.multipliers, tokens[b.last]!.lower);
    if (mult === null) continue;
    const joint = text.slice(a.end, b.start).trim().toLowerCase();
    if (!nw.rangeWord.test(joint) && joint !== 'and' && !nw.betweenJoint?.test(joint)) continue;
    const own = b.value / mult;
    if (a.value < own && a.value * 1000 > own && !/^\d{4}$/.test(text.slice(a.start, a.end))) a.value = Number((a.value * mult).toPrecision(12));
  }
}

export function findAtoms(text: string, tokens: Token[], res: LangResources): Atom[] {
  const atoms: Atom[] = [];
  const nw = res.numbers;
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
    const word = t.kind === 'word' ? readWord(nw, t.lower) : null;
    if (!word) continue;
    if (word.unit) {
      atoms.push({ value: word.unit[1], start: t.start, end: t.end, first: i, last: i, words: true, suffix: word.unit[2], ordinal: false, percentWord: false });
      continue;
    }
    const { compound } = word;
    if (word.percent !== null) {
      atoms.push({ value: word.percent, start: t.start, end: t.end, first: i, last: i, words: true, suffix: null, ordinal: false, percentWord: true });
      continue;
    }
    if (word.ordinal !== null) {
      atoms.push({ value: word.ordinal, start: t.start, end: t.end, first: i, last: i, words: true, suffix: null, ordinal: true, percentWord: false });
      continue;
    }
    // `a thousand`: the article stands for one before a multiplier
    const article = word.article && tokens[i + 1]?.kind === 'word' && matchValue(nw.multipliers, tokens[i + 1]!.lower) !== null;
    if (!article && (word.cardinal === null || nw.stopWords.has(t.lower))) continue; // kk үшін is "for", not three
    // a run of number words: девяносто восемь, две тысячи, twenty-one, one hundred and five
    let total = 0;
    let current = article ? 1 : 0;
    let last = article ? i : i - 1;
    /** the word before was a hundred or a multiplier: a joining word may follow (two hundred and five, not nine and ten) */
    let scaled = false;
    for (let k = article ? i + 1 : i; k < tokens.length; k++) {
      const w = tokens[k]!;
      if (w.kind !== 'word') break;
      if (scaled && nw.connector?.test(w.lower) && tokens[k + 1]?.kind === 'word' && matchValue(nw.cardinals, tokens[k + 1]!.lower.split('-')[0]!) !== null) {
        scaled = false;
        continue;
      }
      const parts = w.lower.split('-');
      const vals = parts.map((p) => matchValue(nw.cardinals, p));
      const mult = matchValue(nw.multipliers, w.lower);
      scaled = false;
      if (k > i && nw.hundred?.test(w.lower)) {
        current = (current || 1) * 100;
        scaled = true;
      } else if (vals.every((v) => v !== null)) current += (vals as number[]).reduce((a, b) => a + b, 0);
      else if (k > i && current % 10 === 0 && current >= 20 && nw.oneInCompound?.test(w.lower)) current += 1;
      else if (mult !== null && k > i) {
        total += (current || 1) * mult;
        current = 0;
        scaled = true;
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
  sharedMultipliers(atoms, tokens, text, res);
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
