/**
 * A printed line a tool broke after a raised footnote marker, its rest
 * opening with the space that followed the marker:
 *
 *   was published in the official media the following day.2
 *    This is the first republican referendum to be held in Kazakhstan since 1995.
 *
 * and a footnote's raised number printed so, alone over its text (`1` /
 * ` Given the short time …`). The rest's one leading space is the tool's
 * trace: it read the marker's baseline as a line's end and went on with the
 * words after it, space and all. Read as an indent, it opened a paragraph at
 * every marker (in a layout that marks paragraphs by indent alone) or a page.
 * The two are one line again where the text does it twice or more, the rest
 * no page's first line, and the two no wider than a full line (a footnote's
 * number and its text, whatever their width).
 */
import type { Line } from '../schema/index.ts';
import { quantile } from './blocks.ts';

/**
 * Ends in a marker glued to a word or a stop (`day.2`, `members12`), or set a space after a stop (`CEC. 3`), or is
 * a lone number (a footnote's).
 */
const ENDS_IN_MARKER = /(?:[\p{L}.,;:)»"”'’]|[.,;:)»"”'’] )\d{1,3}$|^\d{1,3}$/u;
const LONE_NUMBER = /^\d{1,3}$/u;
/** Opens with one space, then text. */
const SPACED_REST = /^ [^\s]/u;
/** How much wider than the body's full lines (the 0.9 quantile of their lengths) two joined pieces may run. */
const JOINED_MAX = 1.05;
/** Pairs a text must print before its pairs are read so. */
const PROOF = 2;

export function joinSpacedRests(lines: Line[]): Line[] {
  const pairs = lines.flatMap((l, i) => {
    const next = lines[i + 1];
    return next && !l.blank && !next.blank && !next.pageStart && ENDS_IN_MARKER.test(l.text) && SPACED_REST.test(next.raw ?? '') ? [i] : [];
  });
  if (pairs.length < PROOF) return lines;
  const full = quantile(
    lines.filter((l) => !l.blank).map((l) => l.text.length),
    0.9,
  );
  // (a footnote's lone number joins its text however long: footnotes are set smaller, their lines run longer)
  const joined = new Set(pairs.filter((i) => LONE_NUMBER.test(lines[i]!.text) || lines[i]!.text.length + 1 + lines[i + 1]!.text.length <= full * JOINED_MAX));
  if (joined.size === 0) return lines;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!joined.has(i)) {
      out.push(l);
      continue;
    }
    const next = lines[i + 1]!;
    const { segments: _columns, ...line } = l;
    const text = `${l.text} ${next.text}`;
    const raw = `${l.raw ?? l.text}${next.raw}`;
    out.push({ ...line, text, raw, rawLength: raw.length });
    i++;
  }
  return out;
}
