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
 * `Tal dykorgan`: the text names `Taldykorgan`). Two words both stay (`on line`,
 * `так же`: either may be meant).
 */
import type { Line } from '../schema/index.ts';
import type { Lexicon } from './joined-lines.ts';

/** A piece before the space: its letters at the token's end (`(na` → `na`, `re-elec` → `elec`). */
const LEFT = /(\p{L}+)$/u;
/** A piece after it: lower-case letters, then at most closing punctuation (`tional`, `tions.`, `bers),`). */
const RIGHT = /^(\p{Ll}{2,})[^\p{L}\d]*$/u;

/** The lines with each word split at a dropped hyphen joined again (see the module's note). */
export function joinWordsSplitAtDroppedHyphens(lines: Line[], knows: Lexicon): Line[] {
  const written = new Set(lines.flatMap((l) => l.text.toLowerCase().match(/\p{L}+/gu) ?? []));
  return lines.map((l) => {
    if (l.blank || !l.text.includes(' ')) return l;
    const tokens = l.text.split(' ');
    let changed = false;
    for (let k = 0; k + 1 < tokens.length; k++) {
      const left = LEFT.exec(tokens[k]!)?.[1];
      const right = RIGHT.exec(tokens[k + 1]!)?.[1];
      if (!left || !right) continue;
      const whole = left + right;
      if ((knows(right) && knows(left)) || !(knows(whole) || written.has(whole.toLowerCase()))) continue;
      tokens.splice(k, 2, tokens[k]! + tokens[k + 1]!);
      changed = true;
    }
    if (!changed) return l;
    const text = tokens.join(' ');
    return { ...l, text, raw: text, rawLength: text.length };
  });
}
