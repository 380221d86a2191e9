/**
 * Lines a text tool ran together at a dropped hyphen, or tore apart word by
 * word. poppler's `pdftotext` (without `-layout`), for one, takes every hyphen at a line end
 * for a soft one: it drops it and runs the two lines into one
 * (`Северо-` / `Казахстанской` prints `СевероКазахстанской`, `five-` / `year`
 * prints `fiveyear`). Such a line is about twice as wide as the others; this
 * stage finds where the hyphen was and gives back the two lines, the hyphen at
 * the end of the first, so the shared line-join stage decides about it as it
 * does for every other input. Where nothing tells the place, the line is kept.
 * (The other way round, a stretched line printed a word a line: scattered-words.ts.)
 */
import type { Line } from '../schema/index.ts';
import { quantile } from './blocks.ts';
import { opensWithWebAddress } from '../lang/web.ts';

/** How much wider than most lines a line poppler joined is at least: a body line and a bit, or a footnote line and a bit. */
export const JOINED = 1.15;
const TOKEN = /[\p{L}\d]+(?:-[\p{L}\d]+)*/gu;

/** A range of figures written with its hyphen, and the word after it. */
const FIGURE_RANGE = /(?<![\d.,])\d{1,3}[-–]\d{1,3} (\p{L}+)/gu;

/** The evidence of a compound the text writes with its hyphen elsewhere. */
const ATTESTED = 4;

/** Counts of words and hyphenated compounds (lower case), and of compounds' first parts with 3 letters of the second (`веб-сай`). */
interface Vocabulary {
  words: Map<string, number>;
  compounds: Map<string, number>;
  /** the words a range of figures written with its hyphen stands before (`20-30 per cent`: `per`) */
  ranges: Map<string, number>;
}

function vocabulary(text: string): Vocabulary {
  const count = (xs: string[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const compounds = (text.match(/[\p{L}\d]+-[\p{L}\d]+/gu) ?? []).map((w) => w.toLowerCase());
  return {
    words: count((text.match(/[\p{L}\d]+/gu) ?? []).map((w) => w.toLowerCase())),
    compounds: count([...compounds, ...compounds.map((c) => c.slice(0, c.indexOf('-') + 4))]),
    ranges: count([...text.matchAll(FIGURE_RANGE)].map((m) => m[1]!.toLowerCase())),
  };
}

/**
 * Whether a dictionary of the text's language knows a word (Latin-script
 * words against an English one): given by the runner where a text drops
 * hyphens, so that a word glued at a dropped hyphen can be told from a word
 * the language writes whole.
 */
export type Lexicon = (word: string) => boolean;

/** What says a hyphen stood between `a` and `b`: 0 nothing, higher is surer. `own` is the line's own vocabulary, not evidence. */
function evidence(a: string, b: string, all: Vocabulary, own: Vocabulary, drops = false, knows?: Lexicon, next = ''): number {
  const score = textEvidence(a, b, all, own, drops, next);
  if (!knows || score >= ATTESTED || !/\p{L}{2}$/u.test(a) || !/^\p{L}{2}/u.test(b)) return score;
  // a word the dictionary knows whole is less likely two (`inaction` is seldom `in` and `action`, though
  // `co-operation` is `cooperation` too), and where a part has under three letters only a strong sign (an
  // acronym's ending) says it was (`upon` is no `up-` / `on` for their being words of the text); two it knows,
  // glued into one it does not, were two (`higherlevel`, `Интернетконтента`)
  if (knows(a + b)) return (a.length >= 3 && b.length >= 3) || score >= 3 ? Math.min(score, 1) : 0;
  // (three letters a part at least: `ht` and `ml` are words to a dictionary, and no part of `html`)
  return a.length >= 3 && b.length >= 3 && knows(a) && knows(b) ? Math.max(score, 2) : score;
}

/** What the text itself says of a hyphen between `a` and `b` (see evidence). */
function textEvidence(a: string, b: string, all: Vocabulary, own: Vocabulary, drops: boolean, next = ''): number {
  // how often the text writes `x` outside this line
  const elsewhere = (kind: keyof Vocabulary, x: string): number => (all[kind].get(x.toLowerCase()) ?? 0) - (own[kind].get(x.toLowerCase()) ?? 0);
  const has = (kind: keyof Vocabulary, x: string): boolean => elsewhere(kind, x) > 0;
  const glued = elsewhere('words', a + b);
  const hyphened = Math.max(elsewhere('compounds', `${a}-${b}`), b.length >= 3 ? elsewhere('compounds', `${a}-${b.slice(0, 3)}`) : 0);
  // in a text whose tool drops every such hyphen the glued form may be one more drop: the hyphenated form written
  // more often than the glued one elsewhere tells (`бірде-бір` twice, `бірдебір` once more)
  if (drops && hyphened > glued) return ATTESTED;
  // a word the text writes glued elsewhere is one word (2010, something)
  if (glued > 0) return 0;
  // two figures, the second the greater and of as many digits or one more, before a word the text writes ranges
  // of figures before elsewhere (`10-` / `30 per cent` printed `1030 per cent`, where `12-15 per cent` is written)
  const range = /^\d{1,3}$/.test(a) && /^[1-9]\d{0,2}$/.test(b) && Number(a) < Number(b) && b.length - a.length <= 1;
  if (range && next !== '' && elsewhere('ranges', next) > 0) return 3;
  if (hyphened > 0) return ATTESTED;
  // a word said twice, or rhymed on another first letter or one more (үйді-үйді, шай-пай, егжей-тегжейлі)
  if (a.length >= 3 && (b.startsWith(a) || b.slice(1).startsWith(a.slice(1)) || b.slice(1).startsWith(a))) return 2;
  // a capital inside a word (СевероКазахстанской), an acronym's suffix of two letters and more (ЕҚЫҰның; an
  // English plural, `PECs`, is written so), a number's (2011жылғы)
  // (the capitalised part a word the text writes elsewhere is as sure as a compound written so: a body line's
  // cut word run into the footnote line under it, `…of the cam` + `Article 12 …`; no brand's second half, `YouTube`)
  if (/\p{Ll}$/u.test(a) && /^\p{Lu}/u.test(b)) return b.length >= 4 && has('words', b) ? ATTESTED : 3;
  if (/^\p{Lu}{2,}$/u.test(a) && /^\p{Ll}{2}/u.test(b)) return 3;
  if (/^\d+$/.test(a) && /^\p{L}/u.test(b)) return 3;
  // a word of the text, or any in lower case (prose never glues a figure to one), run into a number: a body
  // line's last word and the footnote text under it (`кезең` + `2022 жылғы …`)
  if (/\p{L}{3}$/u.test(a) && /^\d/u.test(b) && (has('words', a) || /\p{Ll}{3}$/u.test(a))) return 2;
  // two words of the text
  if (/\p{L}{2}$/u.test(a) && /^\p{L}{2}/u.test(b) && has('words', a) && has('words', b)) return 2;
  return 0;
}

/** A compound's word and a short one after it, the word to be said again (`door-to`, `face-to`). */
const SAID_AGAIN = /^(\p{L}{3,})-\p{L}{1,3}$/u;

/** A web address whose path parts words with hyphens. */
const hyphenatedAddress = (word: string): boolean => opensWithWebAddress(word) && /\p{L}-\p{L}/u.test(word);
/** The run of non-spaces around position `at`. */
const wordAround = (text: string, at: number): string => text.slice(text.lastIndexOf(' ', at) + 1).split(' ')[0]!;

/** A footnote's number glued to the stop before it and followed by its text's first word: a footnote run into a line. */
const RUN_IN = /\S[.!?»"”)\]/]\d{1,3} ["«“(]?[\p{Lu}\d]/u;

/**
 * Line widths without the lines a tool ran together where it dropped a line-end hyphen (a text that drops many
 * holds them by the quarter and more): most lines are single, so a line far wider than the median is no single one.
 */
export function singleLineWidths(widths: number[]): number[] {
  const median = quantile(widths, 0.5);
  return widths.filter((w) => w <= median * RUN_TOGETHER);
}
/** How much wider than the median a single line runs at most. */
const RUN_TOGETHER = 1.3;

/** The width most text lines stay within (their upper quartile), null with too few lines to tell. */
export function typicalWidth(lines: Line[]): number | null {
  const widths = lines.filter((l) => l.text.length >= 20).map((l) => l.text.length);
  if (widths.length < 20) return null;
  return quantile(singleLineWidths(widths), 0.75);
}

/**
 * Whether the text's tool drops every hyphen at a line's end and runs the two
 * lines into one: more of its lines run far wider than most (by 2/5) than end
 * in a hyphen. A table of contents' dotted lines, a table's rows and lines
 * where a footnote runs into the one before (`early.2 Http://…`, pypdf) run
 * wide too, and are left out.
 */
export function dropsHyphens(lines: Line[]): boolean {
  const width = typicalWidth(lines);
  if (width === null) return false;
  const text = lines.filter((l) => !l.blank);
  const ends = text.filter((l) => /\p{L}-$/u.test(l.text)).length;
  const wide = text.filter((l) => l.text.length >= width * 1.4 && !/\.{5}/.test(l.text) && (l.segments?.length ?? 0) < 2 && !RUN_IN.test(l.text)).length;
  return ends < wide;
}

export function splitDroppedHyphenJoins(lines: Line[], drops = dropsHyphens(lines), knows?: Lexicon): Line[] {
  const width = typicalWidth(lines);
  if (width === null) return lines;
  const all = vocabulary(lines.map((l) => l.text).join('\n'));
  const out: Line[] = [];
  // (a line's rest after a split is read again: a text that drops many hyphens runs three lines or more into one)
  const queue = lines.slice().reverse();
  while (queue.length > 0) {
    const l = queue.pop()!;
    // where the tool drops every line-end hyphen, a join onto a short last line is no wider than most (`бірде-` /
    // `бір іс түскен жоқ.`): such a line is read too, for a compound the text writes with its hyphen
    const narrow = l.text.length < width * JOINED;
    if (narrow && !(drops && l.text.length >= width * 0.75)) {
      out.push(l);
      continue;
    }
    // the first line ended somewhere between a short body line's width and a footnote line's; where nothing
    // tells there (a first line set wider, or a first join inside a word the text writes whole), a join further
    // on is taken by a strong sign only (a capital inside a word, a figure glued to a word, an acronym's ending,
    // a hyphenated address)
    const own = vocabulary(l.text);
    const scan = (lo: number, hi: number) => bestJoin(l.text, lo, hi, narrow, (a, b, next) => evidence(a, b, all, own, drops, knows, next), (a, b, address) => evidence(a, b, all, address, false, knows));
    let best = scan(width * 0.75, Math.min(width * 1.3, l.text.length - 1));
    if (best.at < 0 && l.text.length > width * 1.3) {
      const far = scan(width * 1.3, l.text.length - 1);
      if (far.score >= 3) best = far;
    }
    // a line only a little too wide may be a footnote line that was never joined (YouTube):
    // only a compound the text writes with its hyphen elsewhere splits it
    if (best.at < 0 || best.tie || (best.score < ATTESTED && l.text.length < width * 1.4)) {
      out.push(l);
      continue;
    }
    const first = l.text.slice(0, best.at) + '-';
    out.push({ ...l, text: first, rawLength: first.length });
    queue.push({ ...l, text: l.text.slice(best.at), rawLength: l.text.length - best.at, pageStart: false, indent: 0 });
  }
  return out;
}

/**
 * The likeliest join between positions `lo` and `hi` of a line: where the evidence is strongest, a tie
 * where two places are equally likely, `at` -1 where nothing tells.
 */
function bestJoin(
  text: string,
  lo: number,
  hi: number,
  narrow: boolean,
  score: (a: string, b: string, next: string) => number,
  inAddress: (a: string, b: string, address: Vocabulary) => number,
): { score: number; at: number; tie: boolean } {
  let best = { score: 0, at: -1, tie: false };
  for (const m of text.matchAll(TOKEN)) {
    const [s, e] = [m.index, m.index + m[0].length];
    if (e < lo || s > hi) continue;
    // a line no wider than most holds a join only where the second line's words or stop follow the glued one
    if (narrow && !/\s\S|^[.,;:!?)»"]/u.test(text.slice(e))) continue;
    // two words of the text (this line's prose counts), or a word and a year, run together inside a
    // web address that parts its words with hyphens (`polling-stationsabroad`, `president2015`): its
    // own hyphen, dropped at the line's end
    const address = wordAround(text, s);
    const addressWords = hyphenatedAddress(address) ? vocabulary(address) : null;
    for (let k = Math.max(s + 1, Math.ceil(lo)); k < e && k <= hi; k++) {
      if (text[k - 1] === '-' || text[k] === '-') continue;
      const [a, b] = [text.slice(s, k).split('-').pop()!, text.slice(k, e).split('-')[0]!];
      let n = score(a, b, /^ (\p{L}+)/u.exec(text.slice(e))?.[1] ?? '');
      // a word said again after a short one, the hyphen before it dropped (`door-to` + `door`, `face-to` + `face`)
      if (SAID_AGAIN.exec(text.slice(s, k))?.[1]?.toLowerCase() === b.toLowerCase()) n = Math.max(n, ATTESTED);
      // two words glued where a compound goes on with hyphens of its own (`winnertakes-all`): its first hyphen,
      // dropped at the line's end (not in a name, which an ending may follow with a hyphen: `Examplenet-те`)
      if (n >= 2 && /^\p{Ll}/u.test(a) && text.slice(k, e).includes('-')) n = Math.max(n, ATTESTED);
      if (n < ATTESTED && addressWords && (inAddress(a, b, addressWords) === 2 || (/\p{L}{3}$/u.test(a) && /^\d{4}\b/u.test(text.slice(k))))) n = ATTESTED;
      if (n > best.score) best = { score: n, at: k, tie: false };
      else if (n > 0 && n === best.score) best.tie = true;
    }
  }
  return best;
}

/**
 * A dropped hyphen inside a word, where a capital opens its second part
 * (`СевероКазахстанской`, `НурСултан`): the line it was dropped at was no wider
 * than others (a table's cell, a short line), so no split found it. Cyrillic
 * only, three letters or more before the capital, and the capital followed by
 * lower case: Latin names are written so (`YouTube`), and so are acronyms'
 * inflections (`ОбСК`, `решениямиЦИК`).
 */
const CAPITAL_INSIDE = /(?<=\p{Script=Cyrillic}{3})(?<=\p{Ll})(?=\p{Script=Cyrillic})(?=\p{Lu}\p{Ll})/gu;
const CYRILLIC_WORD = /\p{Script=Cyrillic}\p{Ll}\p{Lu}\p{Script=Cyrillic}/u;
const hyphenated = (text: string): string => (CYRILLIC_WORD.test(text) ? text.replace(CAPITAL_INSIDE, '-') : text);

export const restoreHyphensBeforeCapitals = (lines: Line[]): Line[] => mendWords(lines, hyphenated);

/** Each line's text and its cells' through `mend`; a line it leaves as it was stays the same object. */
function mendWords(lines: Line[], mend: (text: string) => string): Line[] {
  return lines.map((l) => {
    const text = mend(l.text);
    if (text === l.text) return l;
    return { ...l, text, ...(l.segments ? { segments: l.segments.map((s) => ({ ...s, text: mend(s.text) })) } : {}) };
  });
}

/**
 * An acronym's ending run into it where a tool dropped the hyphen between them
 * at a line's end (`ОСКның`, `ЕҚЫҰға`): put back where the text writes that
 * acronym's endings with a hyphen elsewhere (`ОСК-ның`), or, in a text that
 * hyphenates the endings of three acronyms and more (a language's rule, not
 * one word's), where it writes that ending after an acronym's hyphen
 * (`АБВның` where only `ГДЕ-ның`, `ЖЗИ-ға`, `КЛМ-да` are written). A language
 * that writes them without one (`ЦИКа`) hyphenates none, and an ending of one
 * letter (`PECs`) is never taken.
 */
export const restoreAcronymHyphens = (lines: Line[]): Line[] =>
  restoreAttestedHyphens(lines, HYPHENED_ENDING, GLUED_ENDING, (written) => {
    const acronyms = new Set(written.map((m) => m[1]!));
    const endings = new Set(written.map((m) => m[2]!));
    const rule = acronyms.size >= RULE_ACRONYMS;
    return (acronym, ending) => acronyms.has(acronym) || (rule && endings.has(ending));
  });
const HYPHENED_ENDING = /(?<![\p{L}\d-])(\p{Lu}{2,})-(\p{Ll}{2,})(?![\p{L}\d])/gu;
/** How many acronyms' endings a text hyphenates before any acronym's attested ending is hyphenated. */
const RULE_ACRONYMS = 3;

/**
 * A word glued to a figure where a tool dropped the hyphen between them at a
 * line's end (`1 000-` / `кратным` printed `1 000кратным`): put back where the
 * text writes that word after a figure with a hyphen elsewhere (`3 000-кратным`).
 * Prose glues no word to a figure; a word the text writes after a figure with
 * a space (`2015 жылғы`) is left as it is.
 */
export const restoreFigureHyphens = (lines: Line[]): Line[] => restoreAttestedHyphens(lines, FIGURE_HYPHEN_WORD, FIGURE_GLUED_WORD, writtenAfterHyphen);

/**
 * A Cyrillic word glued to Latin letters where a tool dropped the hyphen
 * between them at a line's end (`4.c-` / `бөлімінде` printed
 * `4.cбөлімінде`): put back where the text writes that word after Latin
 * letters or a figure with a hyphen elsewhere (`2-бөлімінде`). A word never
 * written so is left as it is: a Latin letter slipped into a Cyrillic word
 * (`Pеспублика`) stays the writer's slip.
 */
export const restoreScriptHyphens = (lines: Line[]): Line[] => restoreAttestedHyphens(lines, LATIN_HYPHEN_CYRILLIC, LATIN_GLUED_CYRILLIC, writtenAfterHyphen);
const LATIN_HYPHEN_CYRILLIC = /(?<=[\p{Script=Latin}\d])-(\p{Script=Cyrillic}\p{Ll}{2,})(?![\p{L}\d])/gu;
const LATIN_GLUED_CYRILLIC = /(?<![\p{L}\d.-])([\p{Script=Latin}\d.]*\p{Script=Latin})(\p{Script=Cyrillic}\p{Ll}{2,})(?![\p{L}\d])/gu;

/** A glued word takes its hyphen back where the text writes it after a hyphen (each hyphenated form's one group). */
const writtenAfterHyphen = (written: RegExpMatchArray[]): ((before: string, word: string) => boolean) => {
  const words = new Set(written.map((m) => m[1]!));
  return (_before, word) => words.has(word);
};

/**
 * Two parts glued where a tool dropped the hyphen between them, put back where
 * what the text writes with one elsewhere says so: `hyphened` finds the
 * hyphenated forms, `glued` the glued ones (two groups, the parts), and
 * `takes`, given the hyphenated forms found, which glued parts get a hyphen.
 */
function restoreAttestedHyphens(lines: Line[], hyphened: RegExp, glued: RegExp, takes: (written: RegExpMatchArray[]) => (a: string, b: string) => boolean): Line[] {
  const written = lines.flatMap((l) => [...l.text.matchAll(hyphened)]);
  if (written.length === 0) return lines;
  const take = takes(written);
  return mendWords(lines, (text) => text.replace(glued, (whole, a: string, b: string) => (take(a, b) ? `${a}-${b}` : whole)));
}
const FIGURE_HYPHEN_WORD = /(?<=\d)-(\p{Ll}{3,})(?![\p{L}\d])/gu;
const FIGURE_GLUED_WORD = /(?<![\p{L}\d.,-])(\d+)(\p{Ll}{3,})(?![\p{L}\d])/gu;
const GLUED_ENDING = /(?<![\p{L}\d-])(\p{Lu}{2,})(\p{Ll}{2,})(?![\p{L}\d])/gu;
