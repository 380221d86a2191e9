/**
 * A word a tool split with a space where it dropped the hyphen that broke it.
 * A tool that drops every line-end hyphen and runs the lines together
 * (poppler's `pdftotext` in reading order, joined-lines.ts) drops a hyphen a
 * layout set apart from its word too, and keeps the space before it: `na -`
 * / `tional` prints `na tional`. Where the text's tool drops hyphens and the
 * language's dictionary is at hand, two pieces that make a word the
 * dictionary knows, the second no word of its own, are one word again; so
 * are two of which one is no word, where the dictionary knows the whole or
 * the text writes it elsewhere (`appli cation`: `cation` is a word;
 * `Tal dykorgan`: the text names `Taldykorgan`). Two words mostly stay (`a
 * broad`, `так же`: either may be meant), but for two inside a line the tool
 * ran together, where a line of its own would have ended, that the text
 * writes as one word elsewhere and never as these two, the second of three
 * letters at least (`the re port` in a text that writes `report`).
 */
import type { Line } from '../schema/index.ts';
import { JOINED, typicalWidth, type Lexicon } from './joined-lines.ts';

/** A piece before the space: its letters at the token's end (`(na` → `na`, `re-elec` → `elec`). */
const LEFT = /(\p{L}+)$/u;
/** A piece after it: lower-case letters, an English possessive's `'s`, then at most closing punctuation (`tional`, `tions.`, `bers),`, `eral's`). */
const RIGHT = /^(\p{Ll}{2,})(?:['’]s)?[^\p{L}\d]*$/u;

/** The lines with each word split at a dropped hyphen joined again (see the module's note). */
export function joinWordsSplitAtDroppedHyphens(lines: Line[], knows: Lexicon): Line[] {
  const written = new Set(lines.flatMap((l) => l.text.toLowerCase().match(/\p{L}+/gu) ?? []));
  const width = typicalWidth(lines);
  let lower: string | undefined;
  // how often the text writes two words one after the other (`re port`), lower case
  const pairs = (pair: string): number => (lower ??= lines.map((l) => l.text.toLowerCase()).join(' ')).split(pair).length - 1;
  return lines.map((l) => {
    if (l.blank || !l.text.includes(' ')) return l;
    const tokens = l.text.split(' ');
    const joined = width !== null && l.text.length >= width * JOINED;
    let changed = false;
    let at = 0;
    for (let k = 0; k + 1 < tokens.length; at += tokens[k]!.length + 1, k++) {
      const left = LEFT.exec(tokens[k]!)?.[1];
      const right = RIGHT.exec(tokens[k + 1]!)?.[1];
      if (!left || !right) continue;
      const whole = left + right;
      const words = knows(right) && knows(left);
      if (words ? !(joined && at + tokens[k]!.length >= width! * 0.75 && splitWord(left, right, written, pairs)) : !(knows(whole) || written.has(whole.toLowerCase()))) continue;
      tokens.splice(k, 2, tokens[k]! + tokens[k + 1]!);
      changed = true;
    }
    if (!changed) return l;
    const text = tokens.join(' ');
    return { ...l, text, raw: text, rawLength: text.length };
  });
}

/**
 * Two words a run-together line holds that were one word split at a line's end: the text writes them as one
 * word elsewhere and never as these two, and the second has three letters at least (`так же`, `избирателям и`
 * are said as two).
 */
const splitWord = (left: string, right: string, written: Set<string>, pairs: (pair: string) => number): boolean =>
  left.length >= 2 && right.length >= 3 && written.has((left + right).toLowerCase()) && pairs(`${left} ${right}`.toLowerCase()) <= 1;
