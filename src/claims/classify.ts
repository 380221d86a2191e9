/**
 * What a number in a sentence measures: a date, a year, a percentage, money, a
 * duration, an ordinal or a count of something, with its qualifier and the
 * thing counted; or nothing, when it only identifies (a cited paragraph, a
 * channel, a polling station, a postal code, a time of day).
 */
import type { Claim } from '../schema/index.ts';
import type { LangResources } from '../lang/index.ts';
import type { Atom, Token } from './atoms.ts';
import { dateClaims, isYearLike } from './dates.ts';
import { monthOf } from '../lang/dates.ts';

export type ClaimDraft = Omit<Claim, 'id' | 'where'> & { start: number; end: number };

const firstMatch = <T>(list: Array<[RegExp, T]>, word: string | undefined): T | null =>
  word === undefined ? null : (list.find(([re]) => re.test(word))?.[1] ?? null);

export function classify(text: string, tokens: Token[], atoms: Atom[], res: LangResources): ClaimDraft[] {
  const nw = res.numbers;
  const out: ClaimDraft[] = [];
  const used = new Set<Atom>();
  const before = (pos: number): string => text.slice(Math.max(0, pos - 40), pos).toLowerCase();
  const qualifierBefore = (pos: number): { q: Claim['qualifier']; start: number } => {
    const b = before(pos);
    // a preposition may stand between the qualifier and the number (более чем на 400 сайтов)
    const preposition = b.match(/\s(\p{L}{1,3})\s*$/u);
    const candidates = [b, ...(preposition && nw.stopWords.has(preposition[1]!) ? [b.slice(0, preposition.index! + 1)] : [])];
    for (const text of candidates) {
      for (const [re, q] of nw.qualifiersBefore) {
        const m = text.match(re);
        if (m) return { q, start: pos - (b.length - m.index! - (m[0].startsWith(' ') ? 1 : 0)) };
      }
    }
    return { q: null, start: pos };
  };

  // dates, and ranges of them (dates.ts)
  const dates = dateClaims(text, tokens, atoms, res);
  out.push(...dates.out);
  for (const a of dates.used) used.add(a);

  const identifierRun = new Set<Atom>();
  // three or more numbers in a row separated only by commas: identifiers (polling stations)
  for (let i = 0; i < atoms.length; i++) {
    let j = i;
    while (atoms[j + 1] && text.slice(atoms[j]!.end, atoms[j + 1]!.start).trim() === ',') j++;
    if (j - i >= 2) for (let k = i; k <= j; k++) identifierRun.add(atoms[k]!);
    i = j;
  }

  // identifiers: a cited article, paragraph or channel, named before the number (`Articles 130`) or after
  // it (`373-баптары`), and every number listed with one (`Articles 130, 131 and 373`, `130, 131 және 373-баптары`)
  const identifiers = new Set<Atom>(identifierRun);
  atoms.forEach((a) => {
    const after = tokens[a.last + 1];
    if (nw.identifierBefore.test(before(a.start)) || (a.suffix && nw.identifierAfter.test(a.suffix)) || (after && nw.identifierAfter.test(after.lower))) identifiers.add(a);
  });
  const listed = (x: Atom, y: Atom): boolean => /^(?:\s*(?:,|и|and|және|мен|бен|пен|,\s*and)\s*|[-/])$/i.test(text.slice(x.end, y.start));
  for (let i = 1; i < atoms.length; i++) if (identifiers.has(atoms[i - 1]!) && listed(atoms[i - 1]!, atoms[i]!)) identifiers.add(atoms[i]!);
  for (let i = atoms.length - 2; i >= 0; i--) if (identifiers.has(atoms[i + 1]!) && listed(atoms[i]!, atoms[i + 1]!)) identifiers.add(atoms[i]!);

  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    if (used.has(a)) continue;
    const after = tokens[a.last + 1];
    const prevText = before(a.start);
    const prevTok = tokens[a.first - 1];
    // identifiers are not claims
    if (identifiers.has(a)) continue;
    if (!a.words && /^0\d{3,}/.test(text.slice(a.start, a.end))) continue; // postal codes, codes with leading zeros
    if (nw.addressAfter && [2, 3, 4].some((k) => tokens[a.last + k] && nw.addressAfter!.test(tokens[a.last + k]!.lower))) continue; // 13 Imanov Street, 12 Kabanbay Batyr Avenue
    // times of day (12:00) and labels (Art. 5:): a colon touching the number; "evident: 45 and 46 per cent" is a claim
    if ((prevTok?.text === ':' && prevTok.end === a.start) || (after?.text === ':' && after.start === a.end)) continue;

    // a range: 10-14 процентов, 20 – 30 per cent, от 5 до 10
    let end = a.end;
    let last = a.last;
    let value: Claim['value'] = a.value;
    const b = atoms[i + 1];
    const joint = b ? text.slice(a.end, b.start).trim().toLowerCase() : '';
    // "and" makes a range only after "between" (between 10 and 14); "45 and 46 per cent, respectively" are two values
    const rangeJoint = nw.rangeWord.test(joint) && (joint !== 'and' || /\bbetween\s*$/i.test(before(a.start)));
    // a range written with cases: the first number (or its unit) in the ablative, the second in the dative
    const caseOf = (x: Atom): string => x.suffix ?? tokens[x.last + 1]?.lower ?? '';
    const unitBetween = b ? tokens.slice(a.last + 1, b.first).filter((t) => t.kind === 'word') : [];
    // the case may stand on the number or on a unit both numbers share (үш күннен бес күнге, 10 пайызынан 14 пайызына)
    const fromWord = a.words ? tokens[a.last]!.lower : (a.suffix ?? '');
    const unitA = unitBetween[0]?.lower ?? '';
    const unitB = b ? (tokens[b.last + 1]?.lower ?? '') : '';
    const sharedUnit = unitA !== '' && unitA.slice(0, 3) === unitB.slice(0, 3);
    const caseRange = !!b && !!nw.rangeFromCase && !!nw.rangeToCase && unitBetween.length <= 1 && b.value > a.value &&
      (unitA === '' ? nw.rangeFromCase.test(fromWord) && (nw.rangeToCase.test(b.suffix ?? '') || nw.rangeToCase.test(b.words ? tokens[b.last]!.lower : '') || nw.rangeToCase.test(unitB))
        : sharedUnit && nw.rangeFromCase.test(unitA) && nw.rangeToCase.test(unitB));
    if (caseRange && b && !used.has(b)) {
      value = { from: a.value, to: b.value };
      end = b.end;
      last = b.last;
      used.add(b);
      i++;
    } else if (b && !used.has(b) && b.value > a.value && !a.ordinal && !b.ordinal && (rangeJoint || /^[-–—]$/.test(joint)) && a.suffix === null) {
      value = { from: a.value, to: b.value };
      end = b.end;
      last = b.last;
      used.add(b);
      i++;
    }
    const unitTok = tokens[last + 1];
    const unitWord = unitTok?.lower;
    const twoWords = unitTok && tokens[last + 2] ? `${unitWord} ${tokens[last + 2]!.lower}` : undefined;
    const { q: qBefore, start: qStart } = qualifierBefore(a.start);
    let qualifier = qBefore;
    // "до" after a number the sentence counts from is a range's end, not "up to"
    if (qualifier === 'up-to' && /(?:\bс|\bот|from)\s+[\d\s.,]+\S*\s+(?:до|to)\s*$/iu.test(before(a.start))) qualifier = null;
    const afterText = text.slice(end, end + 30).toLowerCase();
    for (const [re, q] of nw.qualifiersAfter) {
      if (!qualifier && re.test(afterText)) qualifier = q;
    }
    const startText = qualifier && qBefore ? qStart : a.start;

    let kind: Claim['kind'];
    let unit: string | null = null;
    let unitEnd = end;
    const suffix = a.suffix ?? '';
    // a unit written onto digits (`5-летний`, `10-дневный`, `20 күндік`), as the unit word
    const suffixUnit = firstMatch(nw.unitSuffixes ?? [], suffix) ?? suffix.replace(/^лет\p{L}*$/u, 'лет');
    // one word between the number and its unit of time: 10 working days, 10 рабочих дней, 10 жұмыс күні (not `twice a year`)
    const middle = unitTok?.kind === 'word' && (unitWord?.length ?? 0) >= 4 && !nw.stopWords.has(unitWord!) && !firstMatch(nw.currencies, unitWord) && !nw.percent.test(unitWord!);
    const spacedUnit = !a.suffix && !a.ordinal && middle ? firstMatch(nw.durations, tokens[last + 2]?.lower) : null;
    // an age: aged 18, 40-қа толған
    const age = (nw.ageBefore?.test(before(a.start)) ?? false) || (nw.ageAfter?.test(tokens[last + 1]?.lower ?? '') ?? false);
    let currencyStart: number | null = null;
    if (a.percentWord || (suffix && nw.percent.test(suffix)) || (unitWord && nw.percent.test(unitWord)) || (twoWords && nw.percent.test(twoWords))) {
      kind = 'percent';
      unit = 'percent';
      if (!a.percentWord && !(suffix && nw.percent.test(suffix))) unitEnd = twoWords && nw.percent.test(twoWords) ? tokens[last + 2]!.end : unitTok!.end;
    } else if (firstMatch(nw.currencies, unitWord)) {
      kind = 'money';
      unit = firstMatch(nw.currencies, unitWord);
      unitEnd = unitTok!.end;
    } else if (firstMatch(nw.currencies, tokens[a.first - 1]?.lower)) {
      // KZT 1,050,000, EUR 300: the currency written before the number
      kind = 'money';
      unit = firstMatch(nw.currencies, tokens[a.first - 1]!.lower);
      currencyStart = tokens[a.first - 1]!.start;
    } else if (typeof value === 'number' && isYearLike(a) && !(unitWord && firstMatch(nw.durations, unitWord) && !nw.yearWord.test(unitWord))) {
      // a cited document's year names the document
      const near = tokens.slice(Math.max(0, a.first - 3), last + 4).map((t) => t.lower);
      const timed = (nw.timeBefore?.test(before(a.start)) ?? false) || (nw.timeAfter?.test(unitWord ?? '') ?? false);
      if (near.some((w) => nw.citedDocument.test(w)) && !timed) continue;
      kind = 'year';
      if (unitWord && nw.yearWord.test(unitWord)) unitEnd = unitTok!.end;
    } else if (age && typeof value === 'number' && value > 0 && value < 120) {
      kind = 'duration';
      unit = 'year';
    } else if (firstMatch(nw.durations, suffixUnit) || firstMatch(nw.durations, unitWord) || spacedUnit) {
      kind = 'duration';
      unit = firstMatch(nw.durations, suffixUnit) ?? firstMatch(nw.durations, unitWord) ?? spacedUnit;
      if (!a.suffix) unitEnd = firstMatch(nw.durations, unitWord) ? unitTok!.end : tokens[last + 2]!.end;
    } else if (a.ordinal || (a.suffix !== null && nw.ordinalSuffix.test(a.suffix))) {
      kind = 'ordinal';
    } else if (a.suffix !== null && !(nw.caseSuffix?.test(a.suffix) ?? false)) {
      continue; // a number written onto a word that is not a unit: двухпартийный, two-party
    } else if (unitWord && nw.classifier?.test(unitWord) && !/(?:еуі|ауы)н?$/u.test(tokens[a.last]!.lower)) {
      continue; // kk екі партиялы: "two-party"
    } else {
      kind = 'count';
    }
    // a percentage written into an adjective (семипроцентный барьер) qualifies the noun, it does not count it
    const adjectival = a.percentWord || (a.suffix !== null && nw.percent.test(a.suffix)) || (nw.percentAdjective?.test(unitWord ?? '') ?? false);
    const subject = (kind === 'count' || kind === 'percent') && !adjectival ? subjectOf(text, tokens, atoms, kind === 'percent' ? indexAt(tokens, unitEnd) : last + 1, a, res, kind === 'percent') : null;
    let from = startText;
    if (currencyStart !== null) {
      // the currency before the number, and a qualifier before the currency (some EUR 22.6 million)
      const q = qualifierBefore(currencyStart);
      qualifier = qualifier ?? q.q;
      from = q.q ? q.start : currencyStart;
    }
    out.push({ text: text.slice(from, unitEnd), kind, value, unit, qualifier, subject: subject ?? relativeSubject(tokens, a, out, res), start: from, end: unitEnd });
  }
  out.sort((x, y) => x.start - y.start);
  // 45 and 46 per cent, 81 и 52 процента: a bare number joined by "and" to a percentage or an amount shares its unit
  for (let k = out.length - 2; k >= 0; k--) {
    const c = out[k]!;
    const d = out[k + 1]!;
    const joint = text.slice(c.end, d.start);
    if (c.kind === 'count' && c.unit === null && (d.kind === 'percent' || d.kind === 'money') && /^\s*(?:и|или|and|or|және|немесе|не|,)\s*$/iu.test(joint)) {
      Object.assign(c, { kind: d.kind, unit: d.unit, subject: d.subject });
    }
    // KZT 16.4 and 41.2 million, от 100 до 200 тенге: the currency written before the first amount is the second's too
    if (d.kind === 'count' && d.unit === null && c.kind === 'money' && /^\s*(?:and|to|до|по|[-–—])\s*$/iu.test(joint)) {
      Object.assign(d, { kind: c.kind, unit: c.unit, subject: c.subject });
    }
  }
  return out;
}

/**
 * `52 complaints …, of which only 3`, `3 из которых`, `олардың 3-і`: a number next to a relative
 * pronoun counts a part of what the count before it counted.
 */
function relativeSubject(tokens: Token[], atom: Atom, earlier: ClaimDraft[], res: LangResources): string | null {
  const near = tokens.slice(Math.max(0, atom.first - 3), atom.last + 4).map((t) => t.lower);
  if (!near.some((w) => res.numbers.relative.test(w))) return null;
  const previous = [...earlier].reverse().find((c) => c.kind === 'count' && c.subject !== null && c.end <= atom.start);
  return previous?.subject ?? null;
}

const indexAt = (tokens: Token[], pos: number): number => {
  const k = tokens.findIndex((t) => t.start >= pos);
  return k < 0 ? tokens.length : k;
};

/** The thing counted: the words right after the number (and its unit), up to a function word or punctuation. */
function subjectOf(text: string, tokens: Token[], atoms: Atom[], from: number, atom: Atom, res: LangResources, isPercent = false): string | null {
  const nw = res.numbers;
  let k = from;
  // X of Y: the subject of X is the subject of Y
  if (tokens[k] && nw.partOf.test(tokens[k]!.lower)) {
    let j = k + 1;
    while (tokens[j] && nw.subjectSkip.has(tokens[j]!.lower)) j++;
    const y = atoms.find((a) => a.first === j);
    if (y) return subjectOf(text, tokens, atoms, y.last + 1, y, res);
  }
  // из семи членов ЦИК двое: the part after the whole it is taken from
  const whole = atoms.find((a) => a !== atom && a.last < atom.first && nw.partOf.test(tokens[a.first - 1]?.lower ?? ''));
  if (whole) {
    const phrase = nounPhrase(text, tokens, atoms, whole.last + 1, res);
    if (phrase && phrase.end === atom.first) return phrase.text;
  }
  // kk: сайлаушылардың 21 пайызы, 47 сенатордың екеуі — the whole stands before, in the genitive
  // a number in the possessive (17-сін, екеуі, 8-і) is a part of the genitive before it
  const possessed = isPercent || (atom.suffix !== null ? /^(?:сі|сы|і|ы)/u.test(atom.suffix) : /(?:еуі|ауы)(?:|н|нде|нда)$/u.test(tokens[atom.last]!.lower));
  const genitive = genitiveBefore(tokens, atoms, atom, res);
  if (nw.adjective && possessed && genitive) return genitive;
  // kk: a percentage's whole is the genitive before it, or it is not said
  if (nw.adjective && isPercent) return genitive ?? bracketed(tokens, atom);
  if (isPercent && nw.percentOf) {
    if (!tokens[k] || !nw.percentOf.test(tokens[k]!.lower)) return bracketed(tokens, atom);
    k++;
  }
  while (tokens[k] && nw.subjectSkip.has(tokens[k]!.lower)) k++;
  const phrase = nounPhrase(text, tokens, atoms, k, res);
  if (phrase) return phrase.text;
  return bracketed(tokens, atom) ?? (res.lang === 'kk' ? genitive : null);
}

/** Uzbeks (2.9 per cent): the noun before the bracket. */
function bracketed(tokens: Token[], atom: Atom): string | null {
  return tokens[atom.first - 1]?.text === '(' && tokens[atom.first - 2]?.kind === 'word' ? tokens[atom.first - 2]!.text : null;
}

/** kk: the genitive word right before a number, with the adjectives before it. */
function genitiveBefore(tokens: Token[], atoms: Atom[], atom: Atom, res: LangResources): string | null {
  const nw = res.numbers;
  const prev = tokens[atom.first - 1];
  if (!nw.adjective || prev?.kind !== 'word' || !/(?:дың|дің|тың|тің|ның|нің)$/.test(prev.lower)) return null;
  if (nw.relative.test(prev.lower)) return null; // олардың 22-сі: the pronoun's antecedent is the subject
  const numberAt = new Set(atoms.flatMap((a) => Array.from({ length: a.last - a.first + 1 }, (_, i) => a.first + i)));
  let first = atom.first - 1;
  // сайлау учаскесінің: a possessive genitive takes the noun before it into the compound
  if (nw.possessive?.test(prev.lower) && tokens[first - 1]?.kind === 'word' && !numberAt.has(first - 1) && !nw.stopWords.has(tokens[first - 1]!.lower)) first--;
  while (tokens[first - 1]?.kind === 'word' && !numberAt.has(first - 1) && (nw.adjective.test(tokens[first - 1]!.lower) || nw.adjectiveWords?.has(tokens[first - 1]!.lower))) first--;
  return tokens.slice(first, atom.first).map((t) => t.text).join(' ');
}

/** The noun phrase starting at token k, up to a function word, punctuation, a number or a month. */
function nounPhrase(text: string, tokens: Token[], atoms: Atom[], k: number, res: LangResources): { text: string; end: number } | null {
  const nw = res.numbers;
  const words: Token[] = [];
  const max = res.lang === 'en' ? 4 : 4;
  const atomStarts = new Set(atoms.map((x) => x.first));
  for (; tokens[k] && words.length < max; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || nw.stopWords.has(t.lower) || monthOf(t.lower, res) !== null || atomStarts.has(k)) break;
    if (words.length > 0 && text.slice(words[words.length - 1]!.end, t.start) !== ' ') break;
    // ru, kk: a capitalised word after a number starts the next sentence (a full stop lost in print)
    if (words.length === 0 && res.lang !== 'en' && /^\p{Lu}\p{Ll}/u.test(t.text)) break;
    words.push(t);
    // kk: an adjective leads on to a lower-case noun; before a name it was a noun in the accusative (шағымды ЖСДП-ның)
    if (nw.adjective && nw.adjective.test(t.lower) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) break;
    // kk: a noun ends the phrase, unless a possessive continues the compound (сайлау учаскесінің)
    if (nw.adjective && !nw.adjective.test(t.lower) && !nw.adjectiveWords?.has(t.lower)) {
      const next = tokens[k + 1];
      if (next?.kind === 'word' && nw.possessive?.test(next.lower) && !nw.stopWords.has(next.lower) && words.length < max) {
        words.push(next);
        k++;
      }
      k++;
      break;
    }
  }
  // en: a verb or adverb ends the noun phrase
  while (res.lang === 'en' && words.length > 1 && /(?:ed|ly|ing)$/.test(words[words.length - 1]!.lower)) words.pop();
  if (words.length === 0) return null;
  return { text: text.slice(words[0]!.start, words[words.length - 1]!.end), end: k };
}
