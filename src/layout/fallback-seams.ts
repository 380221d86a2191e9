/**
 * Word spaces a fallback letter may have taken. Where a word opens with a
 * letter the run's font lacks, the engine hands the word space and the gap
 * left for the letter over as one space (`сол ана` for `сол ғана`), so the
 * letter put in that space's place runs two words together; one set inside a
 * word (`ж не` for `және`) takes a gap of its own. Geometry cannot tell the
 * two apart in justified text, where word spaces stretch by more than a
 * letter. The language's words can: fallback-glyphs.ts marks every letter it
 * set between two letters with a seam, and here a seam parts its word where
 * the words say so (the Kazakh words the text path weighs such letters with,
 * src/lang/kk/word-score.ts, loaded only for a PDF that prints Kazakh letters
 * in a fallback font). Without words every seam closes.
 */
import type { Line } from '../schema/index.ts';
import type { WordScore } from './fallback-letters.ts';

/** Marks where fallback-glyphs.ts set a letter into a run's space between two letters (U+2063, invisible). */
export const SEAM = '\u2063';

const SEAMED = /[\p{L}\p{N}-]*\u2063[\p{L}\p{N}\u2063-]*/gu;
const WORD_PART = /[\p{L}]+$/u;
const FIRST_WORD = /^[\p{L}]+/u;

/** A language's words: how likely a word is, whether its word list has it, and whether a curated dictionary has it too. */
export interface Words {
  score: WordScore;
  known: (word: string) => boolean;
  checked: (word: string) => boolean;
}

/**
 * A seamed word, parted where the letter and what follows make a word the
 * dictionary has (or the text writes on its own elsewhere, four letters or
 * more: a form the dictionary lacks), what goes before a word the list has,
 * the whole no word the list has, and the two score better than the one; its
 * other seams closed. (The list holds compounds the dictionary lacks,
 * `халықаралық`, and some words writers ran together, `бірғана`: those stay
 * whole too.)
 */
function resolveWord(token: string, words: Words | undefined, written: () => ReadonlySet<string>): string {
  const parts = token.split(SEAM);
  if (!words) return parts.join('');
  let out = parts[0]!;
  for (let k = 1; k < parts.length; k++) {
    // the letters on each side of the seam, as far as the word runs (a figure or a hyphen before it stays out)
    const left = WORD_PART.exec(out)?.[0] ?? '';
    const right = FIRST_WORD.exec(parts.slice(k).join(''))?.[0] ?? '';
    // (the text's own words are gathered only where a seam's dictionary test needs them)
    const word = left.length >= 2 && right.length >= 2 && (words.checked(right) || (right.length >= SEEN_WORD && written().has(right.toLowerCase())));
    const apart = word && words.known(left) && !words.known(left + right) && words.score(left) + words.score(right) > words.score(left + right);
    out += (apart ? ' ' : '') + parts[k]!;
  }
  return out;
}

/** Letters a word the text writes on its own must have to count as a word (shorter ones are as often suffixes a tool printed apart). */
const SEEN_WORD = 4;
const OWN_WORD = new RegExp(`(?<![\\p{L}\\p{N}${SEAM}-])\\p{L}{${SEEN_WORD},}(?![\\p{L}\\p{N}${SEAM}-])`, 'gu');

/** The words (lower case) the lines write with no seam in or beside them. */
function writtenWords(lines: Line[]): Set<string> {
  const out = new Set<string>();
  for (const l of lines) for (const m of l.text.matchAll(OWN_WORD)) out.add(m[0].toLowerCase());
  return out;
}

/** The lines with every seam parted or closed; lines without seams are returned as they are. */
export function resolveSeams(lines: Line[], words?: Words): Line[] {
  let seen: Set<string> | null = null;
  const written = (): Set<string> => (seen ??= writtenWords(lines));
  const resolve = (text: string): string => (text.includes(SEAM) ? text.replace(SEAMED, (token) => resolveWord(token, words, written)) : text);
  return lines.map((l) => {
    if (!l.text.includes(SEAM) && !l.segments?.some((s) => s.text.includes(SEAM))) return l;
    const text = resolve(l.text);
    return { ...l, text, rawLength: text.length, ...(l.segments ? { segments: l.segments.map((s) => ({ ...s, text: resolve(s.text) })) } : {}) };
  });
}
