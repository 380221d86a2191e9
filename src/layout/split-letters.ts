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
import { KAZAKH_LETTERS } from '../lang/detect.ts';

const KAZAKH = new RegExp(`[${KAZAKH_LETTERS}]`, 'u');
const ALONE = new RegExp(`^[${KAZAKH_LETTERS}]$`, 'u');
const OPENS_KAZAKH = new RegExp(`^[${KAZAKH_LETTERS}]\\p{L}`, 'u');

/** The text's lines with words split at a Kazakh letter joined again. */
export function joinSplitLetters(lines: Line[]): Line[] {
  if (!lines.some((l) => KAZAKH.test(l.text))) return lines;
  const pieces = (t: string): string[] => t.split(' ');
  const written = new Set(lines.flatMap((l) => pieces(l.text)).map((t) => t.replace(/[^\p{L}-]/gu, '').toLowerCase()));
  const known = (w: string): boolean => written.has(w.replace(/[^\p{L}-]/gu, '').toLowerCase());
  // (two pieces of more letters, the second opening with a Kazakh letter, make a word the text writes whole elsewhere)
  const pair = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && /\p{L}$/u.test(a) && OPENS_KAZAKH.test(b) && known(`${a}${b}`);
  const split = (parts: string[]): boolean => parts.some((p, k) => ALONE.test(p) || (/^\p{L}$/u.test(p) && OPENS_KAZAKH.test(parts[k + 1] ?? '')) || pair(p, parts[k + 1]));
  return lines.map((l) => {
    const parts = pieces(l.text);
    // (a line of such letters alone, printed apart from the words they belong in, is left as it is)
    if (!split(parts) || parts.filter((p) => [...p.replace(/[^\p{L}]/gu, '')].length <= 2).length * 2 >= parts.length) return l;
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
      } else if (/^\p{L}$/u.test(t) && next !== undefined && OPENS_KAZAKH.test(next)) {
        out.push(`${t}${next}`);
        k++;
      } else if (pair(prev, t)) out[out.length - 1] = `${prev}${t}`;
      else out.push(t);
    }
    const text = out.join(' ');
    return text === l.text ? l : { ...l, text };
  });
}
