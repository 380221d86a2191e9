/**
 * Footnote lines a tool ran together with no space where each wrapped. A tool
 * that starts a new line only where the baseline moves by more than its
 * font's height prints a small-type footnote zone as one line a page (pypdf
 * with footnotes set in 8 pt): `1 … the Republic ofKazakhstan". See
 * http://….2 According to …, the ODIHR EOMfor that election …`. Such a line
 * opens with a footnote's number (or the rest of one carried over, then the
 * next number run in) and is far wider than the text's lines. It is parted
 * again into the lines it was printed as: each footnote run into it on a line
 * of its own, and each footnote where it wrapped.
 *
 * Where it wrapped is read off the glue: a stop or comma before a letter, a
 * capital after a small letter, a figure after a word, a web address after a
 * word, two words of the text run together. The wraps that show plainly give
 * the footnotes' measure (in the font family the body is set in); then each
 * wrap is looked for where a printed line would end under that measure, the
 * word after it too long to fit.
 *
 * It runs only where three such lines at least are there: where a tool kept
 * the footnotes' line breaks, nothing changes.
 */
import type { Line } from '../schema/index.ts';
import { quantile } from './blocks.ts';
import { bodyMeasure, textWidth, type FullLine, type Metric } from './typeset.ts';
import { runInPastDecimal } from './numbered-notes.ts';
import { typicalWidth } from './joined-lines.ts';

/** How much wider than the body's lines a footnote line is at least to have been run together. */
const RUN_TOGETHER = 1.4;
/** Where in a run-together line the next wrap may be, in body line widths past the last one: a footnote's small type holds more. */
const WRAP_FROM = 0.8;
const WRAP_TO = 1.45;

/** A word, a compound written with its hyphens one word (a suffix after an acronym's hyphen, `ОСК-ның`, is none) */
const WORD = /\p{L}+(?:-\p{L}+)*/gu;

/** How strongly a place inside a token says a wrapped line ended there; 0: not at all. */
type Evidence = number;

interface Words {
  /** words in lower case, and how often the text writes them */
  words: Map<string, number>;
  /** tokens as written (outer punctuation off), and how often (see wordsOf) */
  tokens: Map<string, number>;
  /** the language's dictionary, where the runner gave one */
  knows?: (word: string) => boolean;
  /**
   * in the text's words, how often each two and three letters are written, and how often a word ends (opens)
   * with them; and, by how many letters, the share of all such letters that end (open) a word
   */
  grams: { all: Map<string, number>; ends: Map<string, number>; opens: Map<string, number>; share: { ends: number[]; opens: number[] } };
  /** whether the text writes its figures' thousands apart (`15 000`), twice at least */
  spacedThousands: boolean;
}

/**
 * How often the text writes a word, or once where only the dictionary knows
 * it: a word of four letters or more (a dictionary knows most short pieces of
 * words, `ac`, `tot`, `ion`).
 */
const seen = (known: Words, word: string): number => known.words.get(word.toLowerCase()) ?? (word.length >= 4 && known.knows?.(word.toLowerCase()) ? 1 : 0);

const bare = (token: string): string => token.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');

/**
 * What the text's lines tell of its words (and the dictionary, where given):
 * what a wrap's glue is weighed against. Tokens as written are counted in the
 * lines `apart` only, where given (those not run together: a pair of words
 * glued at two wraps, `ofthe`, is no word the text writes).
 */
export function wordsOf(lines: Line[], knows?: (word: string) => boolean, apart?: Line[]): Words {
  const words = new Map<string, number>();
  const tokens = new Map<string, number>();
  const grams = { all: new Map<string, number>(), ends: new Map<string, number>(), opens: new Map<string, number>() };
  const total = { all: [0, 0, 0, 0], ends: [0, 0, 0, 0], opens: [0, 0, 0, 0] };
  const add = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const l of lines) {
    for (const m of l.text.matchAll(WORD)) add(words, m[0].toLowerCase());
    for (const m of l.text.matchAll(/\p{L}+/gu)) {
      const w = m[0].toLowerCase();
      for (const n of [2, 3]) {
        if (w.length <= n) continue;
        for (let i = 0; i + n <= w.length; i++) add(grams.all, w.slice(i, i + n));
        add(grams.ends, w.slice(-n));
        add(grams.opens, w.slice(0, n));
        total.all[n]! += w.length - n + 1;
        total.ends[n]!++;
        total.opens[n]!++;
      }
    }
  }
  for (const l of apart ?? lines) for (const t of l.text.split(/\s+/)) if (t) add(tokens, bare(t));
  const share = (of: number[]): number[] => of.map((x, n) => x / Math.max(1, total.all[n]!));
  const spacedThousands = lines.reduce((n, l) => n + (l.text.match(/(?:^|[^\d.,])\d{1,3} \d{3}(?!\d)/gu)?.length ?? 0), 0) >= 2;
  return { words, tokens, spacedThousands, grams: { ...grams, share: { ends: share(total.ends), opens: share(total.opens) } }, ...(knows ? { knows } : {}) };
}

/** How many times letters are counted as ending (opening) a word as often as any letters do, before the text's own count of them. */
const SMOOTHING = 2;
/** How often the text writes two letters inside its words for a place between them to count half as likely a wrap. */
const ACROSS = 10;

/**
 * How likely a word ends (opens) with `part`, from 0 to 1: certainly where the
 * text writes it as a word (a lone letter: as a token, three times at least:
 * `a`, `в`, not the `S` of `Sholpan`); else, of the times the text writes its
 * last (first) three letters in a word, or two of a shorter part, how often a
 * word ends (opens) with them. A language's endings and beginnings, read off
 * the text itself: Kazakh `ның` ends words and opens none.
 */
function likely(part: string, at: 'ends' | 'opens', known: Words): number {
  if (part.length >= 2 ? seen(known, part) > 0 : (known.tokens.get(part) ?? 0) >= 3) return 1;
  if (part.length < 2) return 0;
  const n = Math.min(3, part.length);
  const g = (at === 'ends' ? part.slice(-n) : part.slice(0, n)).toLowerCase();
  // (letters the text writes seldom say little: their count is drawn towards how often any letters end (open) a word)
  const all = known.grams.all.get(g) ?? 0;
  return ((known.grams[at].get(g) ?? 0) + SMOOTHING * known.grams.share[at][n]!) / (all + SMOOTHING);
}

/**
 * How likely two parts of a token are a word that ended a line and one that
 * opened the next, from 0 to 1: the one ending a word, the other opening one,
 * and the two letters on either side of the place seldom written together
 * inside the text's words (`Емтиханның|ережелері`, not `Емтихан|ныңережелері`).
 */
function wordEdges(left: string, right: string, known: Words): number {
  const together = known.grams.all.get((left.slice(-1) + right.slice(0, 1)).toLowerCase()) ?? 0;
  return (likely(left, 'ends', known) * likely(right, 'opens', known)) / (1 + together / ACROSS);
}

/** How many of two words the text itself writes (not only the dictionary): `в` and `размере` before `враз` and `мере`. */
const written = (left: string, right: string, known: Words): number => [left, right].filter((w) => (known.words.get(w.toLowerCase()) ?? 0) > 0).length;

/**
 * How strongly the place `k` inside `token` (the wrap glued the part before
 * it to the part after) says a line ended there.
 */
export function wrapEvidence(token: string, k: number, known: Words): Evidence {
  const [a, b] = [token[k - 1]!, token[k]!];
  const before = token.slice(0, k);
  const after = token.slice(k);
  if (/^(?:https?:|www\.)/u.test(after) && /[\p{L}.,;:]$/u.test(before)) return 5;
  // inside a web address nothing else is a wrap: its words run together as they are
  const address = token.search(/https?:|www\./u);
  if (address >= 0 && k > address) return 0;
  // a figure's last three digits glued to the rest, where the text spaces its figures' thousands (`15` / `000`)
  if (known.spacedThousands && /\d/u.test(a) && /^\d{3}(?!\d)/u.test(after) && /(?:^|[^\d])\d{1,3}$/u.test(before)) {
    const figure = /\d+$/u.exec(before)![0] + after.slice(0, 3);
    if (figure.length >= 5 || !/^(?:19|20)\d\d$/u.test(figure)) return 3;
  }
  // (a figure's thousands, `21,364`, are no wrap)
  if (/[,;:]/u.test(a) && (/[\p{L}"«“(]/u.test(b) || (/\d/u.test(b) && !/\d/u.test(token[k - 2] ?? '')))) return 5;
  // a stop after a word of small letters, then a capital: a sentence's end (`election.The`, not `U.S.A`)
  if (/[.!?]/u.test(a) && /\p{Lu}/u.test(b) && /\p{Ll}{2}[.!?]$/u.test(before)) return 5;
  if (/[)"”»]/u.test(a) && /\p{L}/u.test(b)) return 4;
  // a compound's hyphen, then a word (`веб-` / `сайтам`, `91.1-` / `бабында`; not an acronym's suffix, `СБМ-ның`):
  // below two words apart, as likely as the word after it opens one
  if (a === '-' && /\p{L}/u.test(b) && /[\p{Ll}\d]/u.test(token[k - 2] ?? '')) return 1.9 * likely(/^\p{L}+/u.exec(after)![0], 'opens', known);
  // (between two figures a dash is a range's, `4–6`: a line may end after it, but the plainer signs come first)
  if (/[–—]/u.test(a) && /\d/u.test(b) && /\d/u.test(token[k - 2] ?? '')) return 2;
  // a dash, a number sign, or a word before an opening quotation mark, glued to what follows
  if ((/[–—]/u.test(a) && /[\p{L}\d]/u.test(b)) || (a === '№' && /\d/u.test(b)) || (/\p{L}/u.test(a) && /[«“(]/u.test(b))) return 4;
  // an abbreviation's stop, then a word in small letters (`См.итоговый`)
  if (a === '.' && /\p{Ll}/u.test(b) && /(?:^|[^\p{L}])\p{L}{2,4}\.$/u.test(before) && !/https?:|www\./u.test(token)) return 3;
  // a token the text writes as it is elsewhere too is a word (`YouTube`, `ЦИКа`)
  if ((known.tokens.get(bare(token)) ?? 0) >= 2) return 0;
  if (/\p{Ll}/u.test(a) && /\p{Lu}/u.test(b)) return 4;
  if ((/\p{L}/u.test(a) && /\d/u.test(b)) || (/\d/u.test(a) && /\p{L}/u.test(b))) return 3;
  const left = /\p{L}+$/u.exec(before)?.[0] ?? '';
  const right = /^\p{L}+/u.exec(after)?.[0] ?? '';
  if (!left || !right) return 0;
  // a one-letter word or an acronym, then a capitalised word of three letters or more the text writes (`ВАлматы`,
  // `UNConvention`; not `ОО` / `Но`)
  if (/^\p{Lu}+$/u.test(left) && /^\p{Lu}\p{Ll}{2,}$/u.test(right) && seen(known, right) > 0) return 3;
  // an acronym, then a word in small letters (`EOMfor`)
  if (/^\p{Lu}{2,}$/u.test(left) && /^\p{Ll}{2,}$/u.test(right) && seen(known, right) > 0) return 3;
  // an acronym, then a word of one small letter the text writes standing alone (`ООНо`: `ООН` / `о`)
  if (/^\p{Lu}{2,}$/u.test(left) && after.length === 1 && /^\p{Ll}$/u.test(right) && (known.tokens.get(right) ?? 0) >= 3) return 3;
  // a word the text writes whole, or the dictionary knows, is one word (`within`, `оправах`): the faintest sign,
  // where two words the measure allows run together as one (`о` / `правах`)
  if ((known.words.get((left + right).toLowerCase()) ?? 0) >= 2 || known.knows?.((left + right).toLowerCase())) return 0.1 * wordEdges(left, right, known);
  if (/\p{Ll}/u.test(a) && /\p{Ll}/u.test(b)) {
    // two words of the text run together (of two such places, the one whose words the text itself writes)
    if (Math.min(seen(known, left), seen(known, right)) >= 1) return 2 + 0.45 * written(left, right, known);
    // else how like a word's end and the next one's beginning the place is: below any sign above
    return 1.9 * wordEdges(left, right, known);
  }
  return /\p{L}/u.test(a) && /\p{L}/u.test(b) ? 0.9 * wordEdges(left, right, known) : 0;
}

/** A line's natural width: a justified line's stretched spaces (printed doubled) count once. */
const natural = (text: string): string => text.replace(/\s+/gu, ' ').trim();

const firstWord = (text: string, at: number): string => /^\S+/u.exec(text.slice(at))?.[0] ?? '';

/**
 * The printed lines a run-together footnote's plain wraps end, each with the
 * word after it: a wrap the glue shows plainly (a stop, a capital, a figure,
 * a web address, two words the text writes), looked for from `from` to `to`
 * characters past the one before. They tell the footnotes' measure.
 */
export function plainWraps(text: string, window: { from: number; to: number }, known: Words): FullLine[] {
  const full: FullLine[] = [];
  let start = 0;
  let found = true;
  while (text.length - start > window.to) {
    let best = { at: -1, evidence: 0 };
    for (let k = Math.max(1, Math.ceil(start + window.from)); k <= start + window.to && k < text.length; k++) {
      const t = tokenAt(text, k);
      if (!t) continue;
      const ev = wrapEvidence(t.token, k - t.at, known);
      if (ev >= 2 && ev >= best.evidence) best = { at: k, evidence: ev };
    }
    if (best.at < 0) {
      // (a printed line between two found wraps only: where none was found, where the next line began is unknown)
      start += window.to;
      found = false;
      continue;
    }
    if (found) full.push({ text: natural(text.slice(start, best.at)), next: firstWord(text, best.at) });
    start = best.at;
    found = true;
  }
  return full;
}

/** How far a token runs either side of a place in it at most: no wrap is looked for in a longer one (a damaged text's run of letters). */
const LONGEST_TOKEN = 160;

/** The token (a run of non-spaces) a place inside which is `k`, or null where `k` is at a token's edge or in a token too long. */
function tokenAt(text: string, k: number): { token: string; at: number } | null {
  if (/\s/u.test(text[k - 1] ?? ' ') || /\s/u.test(text[k] ?? ' ')) return null;
  let [s, e] = [k - 1, k];
  while (s > 0 && !/\s/u.test(text[s - 1]!)) if (k - --s > LONGEST_TOKEN) return null;
  while (e < text.length && !/\s/u.test(text[e]!)) if (++e - k > LONGEST_TOKEN) return null;
  return { token: text.slice(s, e), at: s };
}

/**
 * Every wrap of a run-together footnote line, under the footnotes' measure: a
 * printed line ends where it is no wider than the measure and the word after
 * it would have made it wider. Of such places the one the glue shows most
 * plainly, and of two alike the later; where none shows, the line wrapped at a
 * space that stayed, the last that fits.
 */
export function measuredWraps(text: string, set: { metric: Metric; measure: number }, known: Words): number[] {
  const width = (a: number, b: number): number => textWidth(natural(text.slice(a, b)), set.metric);
  const cuts: number[] = [];
  let start = 0;
  // (the rest wrapped where it is wider than the measure once the space lost at its wrap is counted)
  const space = textWidth(' ', set.metric);
  while (width(start, text.length) + space > set.measure) {
    let best = { at: -1, evidence: 0 };
    let lastSpace = -1;
    for (let k = start + 1; k < text.length; k++) {
      if (width(start, k) > set.measure * FITS) break;
      if (text[k] === ' ' && text[k - 1] !== ' ') lastSpace = k;
      const t = tokenAt(text, k);
      if (!t) continue;
      // the word after the wrap would not have fitted
      if (textWidth(`${natural(text.slice(start, k))} ${firstWord(text, k)}`, set.metric) <= set.measure * OVERFILLS) continue;
      const ev = wrapEvidence(t.token, k - t.at, known);
      if (ev > 0 && ev >= best.evidence) best = { at: k, evidence: ev };
    }
    if (best.at >= 0) {
      cuts.push(best.at);
      start = best.at;
    } else if (lastSpace > start) {
      start = lastSpace + 1;
    } else break;
  }
  return cuts;
}

/** How far past the measure a printed line may run (the measure is read off a few lines), and how far short the next word may leave it. */
const FITS = 1.03;
const OVERFILLS = 0.97;

/**
 * The footnotes' measure under `metric`: the width that leaves fewest of the
 * printed lines on its wrong side (a line wider than it, or one the next word
 * would not have overfilled); a wrap found in the wrong place is one line
 * among many, not the widest.
 */
export function measureOf(full: FullLine[], metric: Metric): number {
  const widths = full.map((l) => textWidth(l.text, metric));
  const over = full.map((l) => textWidth(`${l.text} ${l.next}`, metric));
  let best = { measure: quantile(widths, 0.98), wrong: Infinity };
  for (const m of [...widths].sort((a, b) => a - b)) {
    const wrong = widths.filter((w) => w > m).length + over.filter((o) => o <= m).length;
    if (wrong < best.wrong) best = { measure: m, wrong };
  }
  return best.measure;
}

/** A line that opens as a numbered footnote does, and its number. */
const NUMBERED = /^(\d{1,3})\s+\S/u;

/**
 * A run-together line's footnotes: where each opens (the first at 0, which may
 * be the rest of a footnote carried over from the page before), and the number
 * the next footnote will have; null where the line holds none. `next` is the
 * number the next footnote has, read off the lines before.
 */
function noteStarts(text: string, next: number): { starts: number[]; next: number } | null {
  const opens = NUMBERED.exec(text);
  let n: number;
  if (opens) n = Number(opens[1]) + 1;
  else {
    // a footnote's rest carried over, then the next footnote run into it
    if (runInPastDecimal(text, next, 1).at < 0) return null;
    n = next;
  }
  const starts = [0];
  for (let at = runInPastDecimal(text, n, 1).at; at > 0; at = runInPastDecimal(text, n, at + 1).at) {
    starts.push(at);
    n++;
  }
  return { starts, next: n };
}

/** The text's run-together footnote lines with where their footnotes open, and its lines' width; null where there are not three. */
function runTogetherLines(lines: Line[]): { width: number; wide: Map<Line, number[]> } | null {
  const width = typicalWidth(lines);
  if (width === null) return null;
  const wide = new Map<Line, number[]>();
  let next = 1;
  for (const l of lines) {
    if (l.text.length < width * RUN_TOGETHER) continue;
    const notes = noteStarts(l.text, next);
    if (!notes) continue;
    wide.set(l, notes.starts);
    next = notes.next;
  }
  return wide.size >= 3 ? { width, wide } : null;
}

/** Whether a text's tool ran its footnotes' lines together (the runner then hands over the language's dictionary). */
export const runsNotesTogether = (lines: Line[]): boolean => runTogetherLines(lines) !== null;

/**
 * The lines with each run-together footnote line parted into the lines it was
 * printed as: each footnote run into it on a line of its own, each wrap
 * spaced. The others as they were. A run-together line opens with a
 * footnote's number and is far wider than the text's lines; three such lines
 * at least make a text whose tool runs its footnotes' lines together.
 */
export function partRunTogetherNotes(lines: Line[], knows?: (word: string) => boolean): Line[] {
  const found = runTogetherLines(lines);
  if (!found) return lines;
  const { width, wide } = found;
  const rest = lines.filter((l) => !wide.has(l));
  // (the run-together lines' words count too: most of their words stand apart; their tokens as written do not)
  const own = wordsOf(lines, undefined, rest);
  const known: Words = knows ? { ...own, knows } : own;
  const notes = (l: Line): string[] => {
    const starts = wide.get(l)!;
    return starts.map((s, k) => l.text.slice(s, starts[k + 1] ?? l.text.length).trim());
  };
  // first the wraps the glue shows plainly, a line's width or a little less to half as much again apart: the
  // printed lines they end give the footnotes' measure, in the family the body is set in (read off its full lines)
  // (the text's own words only: a dictionary knows more pieces of words than a wrap needs to be plain)
  const full = [...wide.keys()].flatMap((l) => notes(l).flatMap((t) => plainWraps(t, { from: width * WRAP_FROM, to: width * WRAP_TO }, own)));
  if (full.length < 3) return lines;
  const metric = bodyMeasure(rest)?.metric ?? 'chars';
  const set = { metric, measure: measureOf(full, metric) };
  return lines.flatMap((l) => {
    if (!wide.has(l)) return [l];
    const printed = notes(l).flatMap((t) => {
      const cuts = measuredWraps(t, set, known);
      return [0, ...cuts].map((c, k) => t.slice(c, cuts[k] ?? t.length).trim());
    });
    return printed.map((text, k) => ({ ...l, text, raw: text, rawLength: text.length, ...(k > 0 ? { indent: 0, pageStart: false } : {}) }));
  });
}
