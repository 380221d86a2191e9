/**
 * Letters a fallback font set, printed apart from their line. A PDF whose
 * font lacks the letters only Kazakh has sets them in another font, each
 * placed on its own in a gap left in the line (see fallback-glyphs.ts for the
 * PDF path). A tool that reads a line font by font prints the line with
 * spaces where those letters stand, and the letters after it: on the next
 * line (`ж не` / `ә`), on lines of their own after the line's pieces, or at
 * the line's end (`ж не бюро ә`). Each run of letters goes back, in order, to
 * a space of the lines it came after: it joins the words on either side of
 * the space (the gap was the letter's), closes the word before it or opens
 * the word after it (the gap and a word space ran into one), or both with
 * two runs. Which reading of the line is right is weighed by the language's
 * words (`WordScore`: how likely a word is), the best kept by a beam search,
 * and, where the tool printed a wider gap as more spaces, by those spaces
 * (gap-spaces.ts).
 * Only in a text that prints many lines of such letters alone, or ending in
 * two runs or more. A tool that closes each line's letters with a blank line
 * printed each line as a block of its own, often in pieces: they are one
 * line again, the blank lines gone (line-pieces.ts).
 */
import type { Line } from '../schema/index.ts';
import { MARKER, LEADER, LETTER_LINE, TAIL_GAP, gluesLetters, lettersOf, printsLettersApart, runsOf, tailOf, type Tail } from './letter-runs.ts';
import { joinLinePieces } from './line-pieces.ts';
import { writtenAcronyms } from './written-acronyms.ts';
import { withText } from './text-lines.ts';
import { gapCost, lineSpacing, printsGapSpaces, respace, spacedText, type GapReading } from './gap-spaces.ts';

export { printsLettersApart } from './letter-runs.ts';

/**
 * How likely `word` (letters only) is as a word of the language: a log-likelihood, higher is likelier;
 * `afterNumber`, where the letters follow a figure and a hyphen (`971-і`): a case ending may stand there.
 */
export type WordScore = (word: string, afterNumber?: boolean) => number;

/** What a word the list lacks costs (src/lang/kk/word-score.ts): an acronym the text writes on its own is spared it. */
const UNLISTED = 10;
const BEAM = 16;
/** What an initial or a list's letter (`А.`) costs: half what a word the list lacks does. */
const INITIAL = -UNLISTED / 2;
/** What a word with a small letter before a capital, or an acronym's capitals before small letters, costs: more than any letters can win back. */
const MIXED_CASE = -50;
/** Of the letter groups, how many a blank line follows in a text that prints each line as a block. */
const PIECES_AS_BLOCKS = 0.8;

/**
 * The line with the runs it prints after its words put back into them: glued to the last word or not, whichever
 * reads better; `spaced`, the line with its tool's runs of spaces where they count (gap-spaces.ts).
 */
function fillTail(t: Tail, score: WordScore, spaced: string | null = null): string | null {
  const as = (words: string): string => (spaced ? respace(words, spaced) : words);
  const readings = [fillScored([as(t.words)], t.runs, score, spaced !== null, t.ungrouped)];
  // a run against a word's end that no letter of the word could be (after a stop, a bracket) is one for sure
  if (t.glued) {
    const apart = fillScored([as(t.glued.words)], [t.glued.run, ...t.runs], score, spaced !== null);
    if (/\p{L}$/u.test(t.glued.words)) readings.push(apart);
    else readings[0] = apart;
  }
  const best = readings.filter((r) => r !== null).sort((a, b) => b.score - a.score)[0];
  if (!best) return null;
  // what follows a footnote's number may be the next footnote, run on into this line with its own letters after it
  const next = t.marker && t.rest ? tailOf(t.rest) : null;
  const rest = (next && fillTail(next, score)) || t.rest;
  return [best.lines[0]! + t.marker, t.leader, rest].filter(Boolean).join(' ');
}

/** The lines with the letters printed apart put back in their places. */
export function restoreFallbackLetters(lines: Line[], words: WordScore, known?: (word: string) => boolean): Line[] {
  if (!printsLettersApart(lines)) return lines;
  // (an acronym the text writes on its own is a word, though the word list lacks it)
  const acronyms = writtenAcronyms(lines);
  const score: WordScore = acronyms.size === 0 || !known ? words : (w, afterNumber) => words(w, afterNumber) + (acronyms.has(w) && !known(w) ? UNLISTED : 0);
  // (the spaces before runs a line prints after its words, a tab's as like as not, part no words)
  const spaces = printsGapSpaces(lines.map((l) => (l.raw && TAIL_GAP.test(l.raw) ? { ...l, raw: l.raw.replace(TAIL_GAP, '') } : l)));
  const glues = gluesLetters(lines);
  const out: Line[] = [];
  // lines before this are done with: letters put back in them, or letters that found no place
  let floor = 0;
  let i = 0;
  // groups of letters, and those a blank line (or a page's end) follows
  let groups = 0;
  let blocked = 0;
  // the blank lines that end a group of letters
  const closing = new Set<Line>();
  while (i < lines.length) {
    const l = lines[i]!;
    const runs = l.blank ? null : lettersOf(l);
    if (!runs) {
      const tail = l.blank ? null : runsOf(l.text, glues);
      const filled = tail ? fillTail(tail, score, spaces && !glues ? spacedText(l) : null) : null;
      out.push(filled ? withText(l, filled) : l);
      i++;
      continue;
    }
    // the letters of one printed line: this line of runs and those right under it
    const group = [...runs];
    let j = i + 1;
    const rest: Line[] = [];
    for (; j < lines.length; j++) {
      const next = lines[j]!;
      const more = next.blank || next.pageStart ? null : lettersOf(next);
      if (!more) break;
      group.push(...more);
      rest.push(next);
    }
    // the lines they came after: up to a blank line, a page's start or other letters (a line of spaces alone, a
    // space a stretched line's words were printed apart at, is one of them: it keeps its place)
    let k = out.length;
    while (k > floor && !endsHosts(out[k - 1]!) && (k === out.length || !out[k]!.pageStart)) k--;
    // a line printed a word a line, a blank line under each (a stretched line): its letters come after its last
    // word, more runs than that word has room for
    const from = k === out.length - 1 && group.length > out[k]!.text.split(' ').length + 1 ? wordByWord(out, k, floor) : k;
    const hostText = (h: Line): string => (spaces ? spacedText(h) : h.text);
    if (from === k || !spreadOverWords(out, from, (texts) => fill(texts.map(hostText), group, score, spaces))) {
      const hosts = out.slice(k).filter((h) => !h.blank);
      const filled = hosts.length > 0 ? fill(hosts.map(hostText), group, score, spaces) : null;
      if (filled) {
        // what the lines of runs printed after their letters was on the line after its letters too: a contents
        // entry's leader and page number; a footnote's marker, where the page goes on after it; a page's number
        // ending a running head, where the page ends (anything else stays a line of its own)
        const goesOn = j < lines.length && !lines[j]!.blank && !lines[j]!.pageStart;
        const after = [l, ...rest].map((r) => [r, r.text.replace(LETTER_LINE, (m, letters: string) => m.slice(letters.length)).trim()] as const).filter(([, t]) => t);
        const ends = (t: string): boolean => LEADER.test(t) || MARKER.test(t);
        const leader = after.filter(([, t]) => LEADER.test(t) || (!goesOn && MARKER.test(t))).map(([, t]) => t).join(' ');
        const marker = goesOn ? after.filter(([, t]) => MARKER.test(t)).map(([, t]) => t).join('') : '';
        // (a line whose words all went into the next keeps its page's start there)
        const kept = filled.map((t, n) => [t, n > 0 && hosts[n - 1]!.pageStart && filled[n - 1] === '' ? { ...hosts[n]!, pageStart: true } : hosts[n]!, hosts[n]!] as const).filter(([t]) => t !== '');
        const last = (t: string): string => [t + marker, leader].filter(Boolean).join(' ');
        const mended = new Map(kept.map(([t, h, host], n) => [host, withText(h, n === kept.length - 1 ? last(t) : t)] as const));
        out.splice(k, out.length - k, ...out.slice(k).flatMap((h) => (h.blank ? [h] : (mended.get(h) ?? []))));
        for (const [r, t] of after) if (!ends(t)) out.push(withText(r, t));
      } else out.push(l, ...rest);
    }
    if (j >= lines.length || lines[j]!.blank || lines[j]!.pageStart) blocked++;
    if (j < lines.length && lines[j]!.blank) closing.add(lines[j]!);
    groups++;
    floor = out.length;
    i = j;
  }
  // a tool that ends each printed line's letters with a blank line prints a line as a block of its own
  return groups > 0 && blocked >= groups * PIECES_AS_BLOCKS ? joinLinePieces(out, closing) : out;
}

/** A blank line that parts printed lines: an empty one, not a line of spaces alone. */
const endsHosts = (l: Line): boolean => l.blank && l.rawLength === 0;

/** A word of a line printed a word a line: its gaps may part it in three. */
const wordPiece = (l: Line): boolean => !l.blank && l.text.split(' ').length <= 3 && l.text.length <= 30;

/**
 * Where a line printed a word a line, each word under a blank line, starts, where its last word is the line at `k`
 * (none before `floor`): `k` where it is no such line.
 */
function wordByWord(out: Line[], k: number, floor: number): number {
  if (!wordPiece(out[k]!)) return k;
  let from = k;
  while (from - 2 >= floor && out[from - 1]!.blank && wordPiece(out[from - 2]!) && !out[from]!.pageStart) from -= 2;
  return from;
}

/** The words of a line printed a word a line, from `from` on in `out`, with its letters put back (`filled`); false where they do not fit. */
function spreadOverWords(out: Line[], from: number, filled: (texts: Line[]) => string[] | null): boolean {
  const words = out.slice(from).filter((h) => !h.blank);
  const texts = filled(words);
  if (!texts) return false;
  const mended = new Map(words.map((h, n) => [h, texts[n]!]));
  out.splice(from, out.length - from, ...out.slice(from).flatMap((h) => (h.blank ? [h] : mended.get(h) ? [withText(h, mended.get(h)!)] : [])));
  return true;
}

interface Reading {
  /** runs put back so far */
  k: number;
  /** the score of the words closed so far */
  score: number;
  /** the word being read, not closed yet */
  word: string;
  /** the words closed so far, the last first, each with the line it ends on */
  done: Closed | null;
}

interface Closed {
  prev: Closed | null;
  line: number;
  word: string;
}

const PIECE = /\p{L}+/gu;
const NUMBER_HYPHEN = /\d-$/;
const MIXED = /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u;
const mixedScript = (piece: string): boolean => /\p{Script=Latin}/u.test(piece) && /\p{Script=Cyrillic}/u.test(piece);
// a letter may stand before a letter, a hyphen or what closes a word (a stop, a comma, a closing bracket or
// quote), and after a letter, a hyphen or what opens a word
const opensWord = (t: string): boolean => /^[\p{L}\-.,;:!?)\]»”"']/u.test(t);
const endsWord = (t: string): boolean => /[\p{L}\-(\[«“"']$/u.test(t);
/** What a word costs that a letter's gap left with a hyphen at its edge, or punctuation standing alone. */
const LOOSE = -3;
const loose = (w: string): number => (/^-\p{L}|\p{L}-$/u.test(w) ? LOOSE : 0) + (/^[-.,;:!?)\]»”(\[«“]+$/u.test(w) ? LOOSE : 0);

/**
 * Puts `runs` back, in order, into the spaces of `lines` (a line's end and
 * start count as spaces; a run that joins two lines makes one of them: the
 * later comes back empty). Null where they do not all fit. With `spaces`,
 * the lines keep the runs of spaces their tool printed, and a reading
 * against what those say costs (gap-spaces.ts).
 */
export const fill = (lines: string[], runs: string[], score: WordScore, spaces = false): string[] | null => fillScored(lines, runs, score, spaces)?.lines ?? null;

/**
 * `ungrouped`: the runs are single letters a tool printed run together, with no
 * space between one gap's letters and the next's (`бюроқәқұққө`): a gap takes
 * one to four of them in order.
 */
function fillScored(lines: string[], runs: string[], score: WordScore, spaces = false, ungrouped = false): { lines: string[]; score: number } | null {
  // the lines' words, each with what stands before it: a space, a line's break, or nothing (the first)
  // (and the spaces before it inside its line: 0 at the line's start)
  const words: Array<{ text: string; line: number; spaces: number }> = [];
  lines.forEach((t, n) => {
    const parts = t.trim().split(/( +)/);
    for (let p = 0; p < parts.length; p += 2) if (parts[p]) words.push({ text: parts[p]!, line: n, spaces: p > 0 ? parts[p - 1]!.length : 0 });
  });
  if (words.length === 0) return null;
  // what the spaces say, where the text prints gaps as runs of spaces (gap-spaces.ts)
  const spacing = spaces ? lines.map((_, n) => lineSpacing(words.filter((w) => w.line === n && w.spaces > 0).map((w) => w.spaces))) : [];
  const cost = (reading: GapReading, next: { line: number; spaces: number }): number => (spaces && next.spaces > 0 ? gapCost(reading, next.spaces, spacing[next.line]!) : 0);
  const K = runs.length;
  // the letters a gap may take from the k-th run on: one run, or in ungrouped letters one to four
  const takes = (k: number): Array<[string, number]> =>
    k >= K ? [] : ungrouped ? [1, 2, 3, 4].filter((n) => k + n <= K).map((n) => [runs.slice(k, k + n).join(''), n]) : [[runs[k]!, 1]];
  // (a take is one run, or up to four ungrouped letters; a space takes two at most, closing a word and opening
  // the next, the last word's end one: what the spaces after this one and the end can still hold)
  const perTake = ungrouped ? 4 : 1;
  const room = (spacesAfter: number): number => (2 * spacesAfter + 1) * perTake;
  // (the readings weigh the same words again and again)
  const scored = new Map<string, number>();
  // (a small letter before a capital inside a word is no reading, nor an acronym run into small letters: the
  // letters' case follows their neighbours', and a suffix follows an acronym's hyphen; nor a Kazakh letter
  // run into Latin letters, a Roman numeral's or a name's)
  // (a capital alone before a stop is an initial or a list's letter, `А.`, `Н.Ә.`: no word, and no unknown one either)
  // (letters after a figure's hyphen, `971-і`, may be an ending)
  const pieceScore = (p: string, after: string | undefined, afterNumber: boolean): number =>
    after === '.' && /^\p{Lu}$/u.test(p) ? INITIAL : score(p, afterNumber) + (MIXED.test(p) || mixedScript(p) ? MIXED_CASE : 0);
  const wordScore = (w: string): number => {
    let s = scored.get(w);
    if (s === undefined) scored.set(w, (s = loose(w) + [...w.matchAll(PIECE)].reduce((t, m) => t + pieceScore(m[0], w[m.index! + m[0].length], NUMBER_HYPHEN.test(w.slice(0, m.index))), 0)));
    return s;
  };
  const first = words[0]!;
  let readings: Reading[] = [{ k: 0, score: 0, word: first.text, done: null }];
  if (opensWord(first.text)) for (const [run, n] of takes(0)) readings.push({ k: n, score: 0, word: run + first.text, done: null });
  for (let i = 0; i + 1 < words.length; i++) {
    const at = words[i]!;
    const next = words[i + 1]!;
    const left = words.length - 1 - i;
    const out: Reading[] = [];
    for (const r of readings) {
      const closed = (word: string): { score: number; done: Closed } => ({ score: r.score + wordScore(word), done: { prev: r.done, line: at.line, word } });
      const plain = closed(r.word);
      out.push({ k: r.k, score: plain.score + cost('plain', next), word: next.text, done: plain.done });
      const ends = endsWord(r.word);
      const opens = opensWord(next.text);
      for (const [run, n] of takes(r.k)) {
        const k = r.k + n;
        // the gap was the letters': the words on either side are one
        if (ends && opens) out.push({ k, score: r.score + cost('join', next), word: r.word + run + next.text, done: r.done });
        // the gap and a word space ran into one: the letters close the word before, or open the word after, or both
        if (ends) {
          const c = closed(r.word + run);
          out.push({ k, score: c.score + cost('close', next), word: next.text, done: c.done });
          if (opens) for (const [second, m] of takes(k)) out.push({ k: k + m, score: c.score + cost('close-open', next), word: second + next.text, done: c.done });
        }
        if (opens) out.push({ k, score: plain.score + cost('open', next), word: run + next.text, done: plain.done });
      }
    }
    // a reading with more runs left than spaces is dropped; of readings alike from here on (the runs put back, the
    // open word) the best stands for all; the best kept, each weighed with its open word
    const alike = new Map<string, Reading>();
    for (const r of out) {
      if (K - r.k > room(left - 1)) continue;
      const key = `${r.k} ${r.word}`;
      const known = alike.get(key);
      if (!known || r.score > known.score) alike.set(key, r);
    }
    readings = [...alike.values()]
      .map((r) => ({ r, est: r.score + wordScore(r.word) }))
      .sort((a, b) => b.est - a.est)
      .slice(0, BEAM)
      .map((x) => x.r);
  }
  const last = words.at(-1)!;
  let best: { score: number; done: Closed } | null = null;
  for (const r of readings) {
    const ends: Array<[number, string]> = [[r.k, r.word]];
    if (endsWord(r.word)) for (const [run, n] of takes(r.k)) ends.push([r.k + n, r.word + run]);
    for (const [k, word] of ends) {
      if (k !== K) continue;
      const s = r.score + wordScore(word);
      if (!best || s > best.score) best = { score: s, done: { prev: r.done, line: last.line, word } };
    }
  }
  if (!best) return null;
  const read: string[][] = lines.map(() => []);
  for (let c: Closed | null = best.done; c; c = c.prev) read[c.line]!.unshift(c.word);
  return { score: best.score, lines: read.map((ws) => ws.join(' ')) };
}
