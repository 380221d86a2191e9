/**
 * A line-end hyphen printed apart from its word: a tool that places a space
 * wherever the next glyph stands off the one before prints a hyphenating
 * layout's breaks as `… an inde -` / `pendent body …`. Read as it is, the
 * hyphen is a dash between two words, and the line-join stage keeps the two
 * halves apart. Where the text shows the quirk (twice at least, and at half
 * such line ends at least, a word broken so that its halves make one the text
 * writes elsewhere, in this or another inflection), every such hyphen goes
 * back to its word, and the line-join stage decides about it as about any
 * other; so does one whose next line is not its word's rest (the page's
 * footnotes or foot stand between), where its beginning is no word the text
 * writes alone but begins one it writes (`regula -` / `13 See …`). Where it
 * does not, a hyphen whose word, joined, the text writes whole elsewhere goes
 * back all the same (`the on -` / `line service`, where `online` is
 * written): a dash between two words seldom makes one.
 */
import type { Line } from '../schema/index.ts';

/** A line ending in a word, a space and a hyphen. */
const APART = /(\p{L}+) -$/u;
/** The next line's first word, in lower case: a word's rest, not a sentence. */
const REST = /^(\p{Ll}+)/u;

/** How many broken words, joined, must be words the text writes whole; and the share of such line ends they must be. */
const SHOWN = 2;
const SHARE = 0.5;

/** The lines with each line-end hyphen printed apart from its word put back to it, where the text shows the quirk. */
export function attachApartHyphens(lines: Line[]): Line[] {
  // each such line end, with the two halves of the word it broke
  const ends = new Map<number, { left: string; right: string }>();
  // and those whose word goes on past what follows the line (a page's footnotes, its foot): the word's beginning
  const cut = new Map<number, string>();
  for (let k = 0; k + 1 < lines.length; k++) {
    const text = lines[k]!.text.trimEnd();
    const left = text.endsWith(' -') ? APART.exec(text)?.[1] : undefined;
    const right = REST.exec(lines[k + 1]!.text.trimStart())?.[1];
    if (left && right) ends.set(k, { left: left.toLowerCase(), right });
    else if (left) cut.set(k, left.toLowerCase());
  }
  if (ends.size === 0) return lines;
  // the text's words, whole, and how often each stands alone
  const words = new Map<string, number>();
  for (const l of lines) for (const w of l.text.toLowerCase().match(/\p{L}+/gu) ?? []) words.set(w, (words.get(w) ?? 0) + 1);
  const attach = (keep: (end: { left: string; right: string }) => boolean, beginning: (left: string) => boolean = () => false): Line[] =>
    lines.map((l, k) => {
      const end = ends.get(k);
      const left = cut.get(k);
      if (end ? !keep(end) : left === undefined || !beginning(left)) return l;
      const text = l.text.trimEnd().replace(/ -$/u, '-');
      return { ...l, text, raw: text, rawLength: text.length };
    });
  const writtenWhole = ({ left, right }: { left: string; right: string }): boolean => words.has(left + right);
  if (ends.size < SHOWN) return attach(writtenWhole);
  // the beginnings of the text's words (6 to 12 letters; a shorter word whole), so that another inflection counts
  const starts = new Set<string>();
  for (const w of words.keys()) for (let n = Math.min(6, w.length); n <= Math.min(12, w.length); n++) starts.add(w.slice(0, n));
  // (up to a letter past the break: an inflection may change the rest)
  const written = ({ left, right }: { left: string; right: string }): boolean => {
    const word = left + right;
    return starts.has(word.length < 6 ? word : word.slice(0, Math.max(6, Math.min(12, left.length + 1))));
  };
  const whole = [...ends.values()].filter(written).length;
  // (a word's beginning cut off by the page: no word the text writes alone elsewhere, but the beginning of one it writes)
  const beginning = (left: string): boolean => {
    if (left.length < 3 || (words.get(left) ?? 0) >= 2) return false;
    for (const w of words.keys()) if (w.length > left.length + 1 && w.startsWith(left)) return true;
    return false;
  };
  return whole < SHOWN || whole < ends.size * SHARE ? attach(writtenWhole) : attach(() => true, beginning);
}
