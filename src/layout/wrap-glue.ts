/**
 * Where a line ended inside a token a tool glued together at the wrap (it
 * printed no space there): the evidence each place inside the token gives,
 * read off the glue (a stop before a capital, a figure after a word, a web
 * address after a word) and off the text's own words (two words it writes, a
 * word's usual end and the next one's usual beginning), with the language's
 * dictionary where the runner gave one. What run-together-notes weighs the
 * places a printed line may have ended at against.
 */
import type { Line } from '../schema/index.ts';

/** A word, a compound written with its hyphens one word (a suffix after an acronym's hyphen, `ОСК-ның`, is none) */
const WORD = /\p{L}+(?:-\p{L}+)*/gu;

/** How strongly a place inside a token says a wrapped line ended there; 0: not at all. */
type Evidence = number;

export interface Words {
  /** words in lower case, and how often the text writes them */
  words: Map<string, number>;
  /** tokens as written (outer punctuation off), and how often (see wordsOf) */
  tokens: Map<string, number>;
  /** the language's dictionary, where the runner gave one */
  knows?: (word: string) => boolean;
  /**
   * in the text's words, how often each two and three letters are written, and how often a word ends (opens)
   * with them; how often two letters are written with a space between them (a word's last, the next one's
   * first); and, by how many letters, the share of all such letters that end (open) a word
   */
  grams: { all: Map<string, number>; ends: Map<string, number>; opens: Map<string, number>; apart: Map<string, number>; share: { ends: number[]; opens: number[] } };
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
  const grams = { all: new Map<string, number>(), ends: new Map<string, number>(), opens: new Map<string, number>(), apart: new Map<string, number>() };
  const total = { all: [0, 0, 0, 0], ends: [0, 0, 0, 0], opens: [0, 0, 0, 0] };
  const add = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const l of lines) {
    for (const m of l.text.matchAll(WORD)) add(words, m[0].toLowerCase());
    // the last letter of a word and the first of the next, a space between
    for (const m of l.text.toLowerCase().matchAll(/(\p{L})\s+(?=(\p{L}))/gu)) add(grams.apart, m[1]! + m[2]!);
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

/**
 * How likely a word ends (opens) with `part`, from 0 to 1: certainly where the
 * text writes it as a word (a lone letter: as a token, three times at least:
 * `a`, `в`, not a name's capital cut off); else, of the times the text writes
 * its last (first) three letters in a word, or two of a shorter part, how
 * often a word ends (opens) with them. A language's endings and beginnings,
 * read off the text itself: Kazakh `ның` ends words and opens none.
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
 * and the two letters on either side of the place written more often with a
 * space between them than inside a word (`Емтиханның|ережелері`, not
 * `Емтихан|ныңережелері`; `a|collegial`, not `acol|legial`).
 */
function wordEdges(left: string, right: string, known: Words): number {
  // (of the times the text writes the two letters side by side, how often a space stands between them: once each more)
  const pair = (left.slice(-1) + right.slice(0, 1)).toLowerCase();
  const [apart, together] = [known.grams.apart.get(pair) ?? 0, known.grams.all.get(pair) ?? 0];
  return (likely(left, 'ends', known) * likely(right, 'opens', known) * (apart + 1)) / (apart + together + 2);
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
  // (a straight quotation mark opening the token opens the quotation: `"any` is no wrap)
  if (/[)"”»]/u.test(a) && /\p{L}/u.test(b) && !(a === '"' && k === 1)) return 4;
  // a compound's hyphen, then a word (`веб-` / `сайтам`, `91.1-` / `бабында`; not an acronym's suffix, `СБМ-ның`):
  // below two words apart, as likely as the word after it opens one
  if (a === '-' && /\p{L}/u.test(b) && /[\p{Ll}\d]/u.test(token[k - 2] ?? '')) return 1.9 * likely(/^\p{L}+/u.exec(after)![0], 'opens', known);
  // (between two figures a dash is a range's, `4–6`: a line may end after it, but the plainer signs come first)
  if (/[–—]/u.test(a) && /\d/u.test(b) && /\d/u.test(token[k - 2] ?? '')) return 2;
  // a dash, a number sign, or a word before an opening quotation mark, glued to what follows
  if ((/[–—]/u.test(a) && /[\p{L}\d]/u.test(b)) || (a === '№' && /\d/u.test(b)) || (/\p{L}/u.test(a) && /[«“(]/u.test(b))) return 4;
  // an abbreviation's stop, then a word in small letters (`См.итоговый`)
  if (a === '.' && /\p{Ll}/u.test(b) && /(?:^|[^\p{L}])\p{L}{2,4}\.$/u.test(before) && address < 0) return 3;
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
    const bothSeen = Math.min(seen(known, left), seen(known, right)) >= 1;
    // two words the dictionary knows, run into one it does not (`on` / `owners`), where the text writes either part not
    if (!bothSeen && known.knows?.(left.toLowerCase()) && known.knows(right.toLowerCase())) return 2;
    // two words of the text run together (of two such places, the one whose words the text itself writes)
    if (bothSeen) return 2 + 0.45 * written(left, right, known);
    // else how like a word's end and the next one's beginning the place is: below any sign above
    return 1.9 * wordEdges(left, right, known);
  }
  return /\p{L}/u.test(a) && /\p{L}/u.test(b) ? 0.9 * wordEdges(left, right, known) : 0;
}
