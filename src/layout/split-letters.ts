/**
 * Words a tool split where a letter of another font stands. A PDF whose font
 * lacks the letters only Kazakh has sets them in a fallback font, each placed
 * on its own (see fallback-glyphs.ts); a tool that reads characters by their
 * places may print a space at a change of font, all the more in a justified
 * line whose word spaces it measures from the line's own: `азаматты қ`,
 * `б өліскені`, `ж ұмыс` for `азаматтық`, `бөліскені`, `жұмыс`. Neither a
 * Kazakh letter alone nor any one letter before a word that opens with one
 * is a word: the piece goes back to its neighbour. A Kazakh letter alone
 * closes the word on its left (the place its glyph was set after), unless only
 * the word on its right joined with it is one the text writes whole elsewhere.
 * A line of such letters alone (a tool that prints the fallback font's letters
 * apart from the words they belong in) is no line of split words: it stays.
 * Two longer pieces, the second opening with a Kazakh letter, are joined where
 * the text writes them whole elsewhere (`Орталы қ` aside, `азаматты қты`).
 */
import type { Line } from '../schema/index.ts';
import { HAS_KAZAKH_LETTER as KAZAKH, KAZAKH_LETTERS } from '../lang/detect.ts';
import type { WordScore } from './fallback-letters.ts';

const ALONE = new RegExp(`^[${KAZAKH_LETTERS}]$`, 'u');
const OPENS_KAZAKH = new RegExp(`^[${KAZAKH_LETTERS}]\\p{L}`, 'u');

/**
 * One Cyrillic letter alone before a piece that opens with a Kazakh letter: a word split after its first letter
 * (neither is a word). A Latin letter is no such piece: a Roman number before its word (`I ҚОСЫМША`).
 */
const letterBefore = (piece: string, next: string | undefined): boolean => /^\p{Script=Cyrillic}$/u.test(piece) && OPENS_KAZAKH.test(next ?? '');

/** A line's pieces show a word split at a Kazakh letter: the letter alone, or one letter before a piece that opens with one. */
const splitAtLetter = (parts: string[]): boolean => parts.some((p, k) => ALONE.test(p) || letterBefore(p, parts[k + 1]));

/** The text's lines with words split at a Kazakh letter joined again. */
export function joinSplitLetters(lines: Line[]): Line[] {
  if (!lines.some((l) => KAZAKH.test(l.text))) return lines;
  const pieces = (t: string): string[] => t.split(' ');
  const written = new Set(lines.flatMap((l) => pieces(l.text)).map((t) => t.replace(/[^\p{L}-]/gu, '').toLowerCase()));
  const known = (w: string): boolean => written.has(w.replace(/[^\p{L}-]/gu, '').toLowerCase());
  // (two pieces of more letters, the second opening with a Kazakh letter, make a word the text writes whole elsewhere)
  const pair = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && /\p{L}$/u.test(a) && OPENS_KAZAKH.test(b) && known(`${a}${b}`);
  const split = (parts: string[]): boolean => splitAtLetter(parts) || parts.some((p, k) => pair(p, parts[k + 1]));
  return lines.map((l, i) => {
    const parts = pieces(l.text);
    // (a line of such letters alone, printed apart from the words they belong in, is left as it is)
    if (!split(parts) || parts.filter((p) => [...p.replace(/[^\p{L}]/gu, '')].length <= 2).length * 2 >= parts.length) return l;
    // (a figure's ending carried over its hyphen to this line's head is the figure's: `29-` / `ы әкімшілік`)
    const head = /\d-$/.test(lines[i - 1]?.text.trimEnd() ?? '') ? parts.findIndex((p) => p !== '') : -1;
    const out: string[] = [];
    for (let k = 0; k < parts.length; k++) {
      const t = parts[k]!;
      const next = parts[k + 1];
      const prev = out[out.length - 1];
      const left = prev !== undefined && /\p{L}$/u.test(prev);
      const right = next !== undefined && /^\p{L}/u.test(next);
      if (ALONE.test(t) && (left || right)) {
        if (left && !(right && known(`${t}${next}`) && !known(`${prev}${t}`))) out[out.length - 1] = `${prev}${t}`;
        else {
          out.push(`${t}${next}`);
          k++;
        }
      } else if (letterBefore(t, next) && k !== head) {
        out.push(`${t}${next}`);
        k++;
      } else if (pair(prev, t)) out[out.length - 1] = `${prev}${t}`;
      else out.push(t);
    }
    const text = out.join(' ');
    return text === l.text ? l : { ...l, text };
  });
}

/** Lines whose words a tool split at a Kazakh letter (as `joinSplitLetters` finds them) a text must hold before the Kazakh words are asked. */
const SPLIT_LINES = 5;

/** Whether the text holds lines of words split at a Kazakh letter: enough to load the Kazakh words for them. */
export function splitsLetters(lines: Line[]): boolean {
  let n = 0;
  for (const l of lines) {
    if (KAZAKH.test(l.text) && splitAtLetter(l.text.split(' ')) && ++n >= SPLIT_LINES) return true;
  }
  return false;
}

const LAST_LETTERS = /\p{L}+$/u;
const FIRST_LETTERS = /^\p{L}+/u;

/** The runs of letters that stand across the places where `pieces` are joined (`сондай-ақ` + `т` + `өрт`: `ақтөрт`). */
function joinedRuns(pieces: string[]): string[] {
  const word = pieces.join('');
  const runs = new Set<string>();
  let at = 0;
  for (const p of pieces.slice(0, -1)) {
    at += p.length;
    let a = at;
    let b = at;
    while (a > 0 && /\p{L}/u.test(word[a - 1]!)) a--;
    while (b < word.length && /\p{L}/u.test(word[b]!)) b++;
    runs.add(word.slice(a, b));
  }
  return [...runs];
}

/** A hyphen after a letter or a figure, a space, and a Kazakh letter: a word's second part split off at the letter (no line breaks there). */
const SUFFIX_APART = new RegExp(`(?<=[\\p{L}\\d])- (?=[${KAZAKH_LETTERS}])`, 'gu');

/** What two words a curated dictionary has cost more to join into one it lacks: a word's cost (src/lang/kk/word-score.ts). */
const TWO_WORDS = 4;

/** The most pieces one word is joined from. */
const MOST_PIECES = 4;

/**
 * Words split at a Kazakh letter joined again, weighed by the Kazakh words
 * (`score`, src/lang/kk/word-score.ts; `known`, the word list). A line's
 * pieces are read as the words that score best together: pieces either side
 * of a space next to a Kazakh letter may be one word where it is a listed
 * word (`же ңеді`, `халы қтық`, `ұза қты ғы`) or where one piece is a letter
 * alone, no word (`с ұхбаттасушылары`: a long form the list lacks), never
 * where a small letter would stand before a capital or an acronym's capitals
 * before small letters.
 */
export function joinSplitLettersByWords(lines: Line[], score: WordScore, known: (word: string) => boolean, checked: (word: string) => boolean = () => false): Line[] {
  const upper = (w: string): boolean => w === w.toUpperCase() && w !== w.toLowerCase();
  // whether the space between two pieces may be a split: letters either side, a Kazakh one among them, the cases right
  const splits = (a: string, b: string): boolean => {
    const left = LAST_LETTERS.exec(a)?.[0];
    const right = FIRST_LETTERS.exec(b)?.[0];
    if (!left || !right) return false;
    const [end, start] = [left.at(-1)!, right[0]!];
    if (!KAZAKH.test(end) && !KAZAKH.test(start)) return false;
    return !((!upper(end) && upper(start)) || (left.length > 1 && upper(left) && !upper(right)));
  };
  const lettersOf = (w: string): string[] => w.match(/\p{L}+/gu) ?? [];
  const wordScore = (w: string): number => lettersOf(w).reduce((s, p) => s + score(p), 0);
  return lines.map((l) => {
    if (!KAZAKH.test(l.text)) return l;
    // (a suffix after a hyphen split off at its Kazakh letter, `БАҚ- қа`, `үйме- үй`, goes back to the hyphen)
    const parts = l.text.replace(SUFFIX_APART, '-').split(' ');
    const open = parts.map((p, k) => k + 1 < parts.length && splits(p, parts[k + 1]!));
    if (!open.some(Boolean)) return parts.join(' ') === l.text ? l : { ...l, text: parts.join(' ') };
    // best[i]: the best reading of the first i pieces, and where its last word starts
    const best: Array<{ score: number; from: number }> = [{ score: 0, from: 0 }];
    for (let i = 1; i <= parts.length; i++) {
      best[i] = { score: -Infinity, from: i - 1 };
      for (let j = i - 1; j >= 0 && i - j <= MOST_PIECES; j--) {
        if (j < i - 1 && !open[j]) break;
        const pieces = parts.slice(j, i);
        const runs = i - j > 1 ? joinedRuns(pieces) : [];
        // the letters a join runs together must make a listed word, unless one of two pieces is a Kazakh letter alone,
        // or any one letter before a piece that opens with one (no word: `с ұхбаттасушылары`)
        if (!runs.every(known) && !(i - j === 2 && (pieces.some((p) => ALONE.test(p)) || letterBefore(pieces[0]!, pieces[1])))) continue;
        // two words Hunspell's dictionary has, joined into one it lacks, must read better by a word's cost more
        // (`сондай-ақ әр`, though the web's list has `ақәр`; `Сенатта ғы` is `Сенаттағы` by far)
        const doubt = i - j === 2 && pieces.every((p) => lettersOf(p).every(checked)) && !runs.every(checked) ? TWO_WORDS : 0;
        const s = best[j]!.score + wordScore(pieces.join('')) - doubt;
        if (s > best[i]!.score) best[i] = { score: s, from: j };
      }
    }
    const words: string[] = [];
    for (let i = parts.length; i > 0; i = best[i]!.from) words.unshift(parts.slice(best[i]!.from, i).join(''));
    const text = words.join(' ');
    return text === l.text ? l : { ...l, text };
  });
}
