/**
 * A line broken after a raised footnote marker. Some tools (poppler's -raw
 * mode) start a new line wherever the baseline moves, so the rest of a printed
 * line after a raised `1` comes out as a short line of its own:
 *
 *   by 53 deputies to dissolve the Majilis (the lower house of Parliament).1
 *   Among their reasons the
 *   deputies cited the global economic downturn expected in 2012, during which, …
 *
 * The two pieces are one printed line: together about as wide as a full line,
 * the marker's piece short of the margin, the other going on mid-sentence into
 * the next line (which opens in lower case, or the piece ends in a short word
 * in lower case: `The activities of the` / `Communist Party …`). They are
 * joined again; nothing else is.
 */
import type { Line } from '../schema/index.ts';
import { quantile } from './blocks.ts';

/** Ends in a marker glued to a word or a stop (`Parliament).1`, `exist.8`, `members12`). */
const ENDS_IN_MARKER = /[\p{L}.,;:)»"”'’]\d{1,3}$/u;
/**
 * Ends in a short word in lower case (`of the`, `for`, `и`), or is one short
 * word (`The`, `В`): the sentence goes on into the next line.
 */
const GOES_ON = /\s\p{Ll}{1,3}$|^\p{L}\p{Ll}{0,2}$/u;
/** A comma after a word inside the rest, no figures in it (an address's lines have them): a sentence, not a heading. */
const MID_SENTENCE = /^\D*\p{Ll},\s\D*$/u;
/** Ends a sentence: no sentence goes on into a line after it. */
const ENDS_SENTENCE = /[.!?:;»")\]”]$/u;

export function joinMarkerBreaks(lines: Line[]): Line[] {
  const lengths = lines.filter((l) => !l.blank).map((l) => l.text.length);
  if (lengths.length < 20) return lines;
  const full = quantile(lengths, 0.9);
  // the tool breaks lines at markers where a text proves it: pieces that make one printed line with the
  // sentence going on in lower case right after the marker (`… members12` / `of the Majilis are elected`)
  const proven = lines.filter((l, i) => {
    const next = lines[i + 1];
    if (!next || l.blank || next.blank || !ENDS_IN_MARKER.test(l.text) || !/^\p{Ll}/u.test(next.text)) return false;
    const joined = l.text.length + 1 + next.text.length;
    return l.text.length < full * 0.9 && joined >= full * 0.85 && joined <= full * 1.05;
  }).length;
  // where it is proven, the rest may run longer, up to four fifths of a line, with the sentence going on under it
  const restShort = proven >= 2 ? 0.8 : 0.75;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    const after = lines[i + 2];
    const joined = next ? l.text.length + 1 + next.text.length : 0;
    if (
      next &&
      after &&
      !l.blank &&
      !next.blank &&
      !after.blank &&
      // a table's rows, placed in their columns, are no broken line
      !l.segments &&
      !next.segments &&
      !next.pageStart &&
      !after.pageStart &&
      ENDS_IN_MARKER.test(l.text) &&
      l.text.length < full * 0.9 &&
      // both pieces are short of the margin: a paragraph's first line after a marker is not
      (next.text.length < full * 0.75 || (next.text.length < full * restShort && /^\p{Ll}/u.test(after.text))) &&
      joined >= full * 0.85 &&
      joined <= full * 1.05 &&
      !/^\d/.test(next.text) &&
      !ENDS_SENTENCE.test(next.text) &&
      // (the next line goes on in lower case, or with a small number and lower case under a piece
      // that has lower case itself, no heading in capitals: `… and only` / `2 of the 47 seats`)
      (/^\p{Ll}/u.test(after.text) || (/^\d{1,3}\s\p{Ll}/u.test(after.text) && /\p{Ll}/u.test(next.text)) || GOES_ON.test(next.text) || MID_SENTENCE.test(next.text))
    ) {
      const { segments: _columns, ...line } = l;
      out.push({ ...line, text: `${l.text} ${next.text}`, raw: `${l.raw ?? l.text} ${next.raw ?? next.text}`, rawLength: joined });
      i++;
      continue;
    }
    out.push(l);
  }
  return out;
}
