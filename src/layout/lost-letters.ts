/**
 * Letters a tool lost. A PDF whose font lacks the letters only Kazakh has
 * sets them in a fallback font (fallback-letters.ts); a tool that cannot map
 * that font's glyphs to letters drops them, and prints at most a space where
 * one stood inside a word (`ж не` for `және`, `Демократиялы` for
 * `Демократиялық`). Such a text is told by its letters: a Kazakh text, whose
 * `і` (a letter every font with Ukrainian's carries) stands among the others
 * often, writes some of the letters only Kazakh has never at all, though a
 * page of Kazakh writes each of them many times.
 *
 * Each line's words are read again by the language's words (`WordScore`), a
 * dynamic program over the line: a word as printed, or a word the list has,
 * made of it with a lost letter at either edge, or of two or three printed
 * words with a lost letter in each word space between them. The letters'
 * own likelihood weighs the readings (`алды` or `қалды`): a letter lost
 * leaves no trace of its own to weigh. Capitals where the words around the
 * letter are in capitals, or where a sentence opens with the lost letter.
 */
import type { Line } from '../schema/index.ts';
import { KAZAKH_LETTERS } from '../lang/detect.ts';
import type { WordScore } from './fallback-letters.ts';
import { withRaw, withText } from './text-lines.ts';

/** The letters only Kazakh has that a page of Kazakh writes many times each (`һ` is rare, in loanwords). */
const COMMON = [...'әғқңөұү'];
/** Cyrillic letters a text must hold before the letters it lacks tell anything. */
const LETTERS = 2000;
/** Of its Cyrillic letters, how many a Kazakh text's `і` are at least (some 3 in 100 in Kazakh; none in Russian). */
const DOTTED_I = 0.01;
/** Words a lost letter may join into one, at most. */
const JOINED = 3;
/**
 * What each doubling of how often a body of the language's text uses a word
 * adds to its score, over what the word score gives it: a lost letter's
 * readings are words alike but for one letter (`жөне` / `және`), which the
 * letters weigh nearly alike; how often the language uses each tells them
 * apart more often (`scripts/eval-lost-letters.ts`, poppler `-layout`'s
 * Kazakh texts: the words a lost letter touched read right 0.71 without it,
 * 0.76 with it).
 */
const USED = 0.5;

/** The letters only Kazakh has that a Kazakh text never writes, lower-cased: none for any other text. */
export function lostLetters(lines: Line[]): string[] {
  let cyrillic = 0;
  let dotted = 0;
  const seen = new Set<string>();
  for (const l of lines) {
    if (l.blank) continue;
    for (const ch of l.text) {
      if (ch >= '\u0400' && ch <= '\u04ff') {
        cyrillic++;
        if (ch === 'і' || ch === 'І') dotted++;
        // (Ukrainian's own letters: a Ukrainian text, not a Kazakh one)
        else if ('їЇєЄґҐ'.includes(ch)) return [];
        else if (KAZAKH_LETTERS.includes(ch)) seen.add(ch.toLowerCase());
      }
    }
  }
  if (cyrillic < LETTERS || dotted < cyrillic * DOTTED_I) return [];
  return COMMON.filter((c) => !seen.has(c));
}

/** The language's words: how likely a word is, whether the list has it, how often a body of text uses it. */
export interface LanguageWords {
  score: WordScore;
  known: (word: string) => boolean;
  used: (word: string) => number;
}

interface Unit {
  /** the words read, the spaces between them gone */
  text: string;
  score: number;
}

/**
 * The text's lines with the letters it lost (`lostLetters`) put back into
 * their words; the lines as they were where it lost none.
 */
export function restoreLostLetters(lines: Line[], words: LanguageWords, lost = lostLetters(lines)): Line[] {
  if (lost.length === 0) return lines;
  const read = lineReader(lost, words);
  let sentenceEnded = true;
  return lines.map((l) => {
    if (l.blank) {
      sentenceEnded = true;
      return l;
    }
    // (the line as printed is read, its columns kept: a word space is one space, or any in a stretched line)
    if (l.raw === undefined) {
      const text = read(l.text, sentenceEnded, false);
      sentenceEnded = /[.!?:]\P{L}*$/u.test(text);
      return withText(l, text);
    }
    const line = withRaw(l, read(l.raw, sentenceEnded, l.stretched === true));
    sentenceEnded = /[.!?:]\P{L}*$/u.test(line.text);
    return line;
  });
}

const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;
const upper = (w: string): boolean => w === w.toUpperCase() && w !== w.toLowerCase();

function lineReader(lost: string[], { score, known, used }: LanguageWords): (text: string, sentenceEnded: boolean, stretched: boolean) => string {
  const weigh = (word: string): number => score(word) + USED * Math.log2(1 + used(word));
  const lower = lost;
  const capital = lost.map((c) => c.toUpperCase());
  const edges = (letters: string[]): string[] => ['', ...letters];
  // (a line's words come back, line after line: a run of words read once)
  const units = new Map<string, Unit>();
  const unit = (words: string[], opensSentence: boolean): Unit => {
    const key = `${opensSentence ? '^' : ''}${words.join(' ')}`;
    let u = units.get(key);
    if (u) return u;
    const caps = words.join('').length >= 2 && words.every(upper);
    const inner = caps ? capital : lower;
    const first = caps || opensSentence ? capital : lower;
    // (of the readings of these words, the likeliest with how often the language uses it; weighed against other
    // words' readings by its score alone, or two words the language uses often would outweigh a compound)
    let bestText = words.length === 1 ? words[0]! : '';
    let bestWeight = words.length === 1 ? weigh(bestText) : -Infinity;
    const consider = (text: string): void => {
      if (!known(text)) return;
      const w = weigh(text);
      if (w > bestWeight) [bestText, bestWeight] = [text, w];
    };
    // a lost letter at either edge; with three words, none at the edges (the readings grow eightfold a space); none
    // before a capital that opens small letters (it opens the word), nor at a lone capital (a list's label)
    const edged = words.length < JOINED && !(words.length === 1 && words[0]!.length === 1 && upper(words[0]!));
    const heads = edged && (caps || !/^\p{Lu}/u.test(words[0]!)) ? edges(first) : [''];
    const tails = edged ? edges(inner) : [''];
    // (a word of two letters or one takes a lost letter at one edge at most: both make a word too often)
    const short = words.length === 1 && words[0]!.length <= 2;
    const fill = (k: number, sofar: string): void => {
      if (k === words.length) {
        for (const h of heads) for (const t of tails) if ((h || t || words.length > 1) && !(h && t && short)) consider(h + sofar + t);
        return;
      }
      for (const c of inner) fill(k + 1, sofar + c + words[k]);
    };
    fill(1, words[0]!);
    u = { text: bestText, score: bestText ? score(bestText) : -Infinity };
    units.set(key, u);
    return u;
  };
  // a word space: one space, or two (a tool's wider gap); in a stretched line any run (wider runs part columns)
  const wordSpace = (between: string, stretched: boolean): boolean => (stretched ? /^ +$/u : /^ {1,2}$/u).test(between);
  return (text, sentenceEnded, stretched) => {
    // words and what parts them: [before, word, between, word, …, after]
    const parts = text.split(/(\p{L}+)/u);
    const n = (parts.length - 1) / 2;
    if (n === 0) return text;
    const word = (i: number): string => parts[2 * i + 1]!;
    const before = (i: number): string => parts[2 * i]!;
    // a sentence opens at the word: the line's first after a sentence's end, or after a stop on the line
    const opens = (i: number): boolean => (i === 0 ? sentenceEnded && /^\s*$/u.test(before(0)) : /[.!?]\s+$/u.test(before(i)));
    const best: Array<{ score: number; from: number; text: string } | null> = [{ score: 0, from: -1, text: '' }];
    for (let j = 1; j <= n; j++) best.push(null);
    for (let i = 0; i < n; i++) {
      const at = best[i];
      if (!at) continue;
      for (let g = 1; g <= JOINED && i + g <= n; g++) {
        const words = Array.from({ length: g }, (_, k) => word(i + k));
        // only Cyrillic words, a word space apart
        if (!CYRILLIC_WORD.test(words[g - 1]!) || (g > 1 && !wordSpace(before(i + g - 1), stretched))) break;
        const u = unit(words, opens(i));
        const s = at.score + u.score;
        const to = best[i + g];
        if (u.score > -Infinity && (!to || s > to.score)) best[i + g] = { score: s, from: i, text: u.text };
      }
      // a word that is no Cyrillic word stays as printed
      if (!CYRILLIC_WORD.test(word(i)) && (!best[i + 1] || at.score > best[i + 1]!.score)) best[i + 1] = { score: at.score, from: i, text: word(i) };
    }
    const out: string[] = [parts[2 * n]!];
    for (let j = n; j > 0; j = best[j]!.from) out.unshift(before(best[j]!.from) + best[j]!.text);
    return out.join('');
  };
}
