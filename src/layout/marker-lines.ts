/**
 * Body markers a tool printed on a line of their own, over the line they
 * belong in. A tool that orders a page's text by baseline (iText's
 * PdfTextExtractor) prints a raised marker's glyphs, whose baseline stands
 * above its line's, as a line before that line, and keeps no columns to say
 * where in it they stood:
 *
 *   9 by the
 *   2
 *   Assembly of People of Kazakhstan (APK). Following the 2012 early …
 *   …
 *   2
 *    The APK is a consultative body chaired by the President, …
 *
 * Each number then stands alone twice: first as the marker, then as its
 * footnote's number over the footnote. In a text that prints its numbers so
 * (three of them twice at least) and hardly any of its markers in its lines, the
 * first of each pair goes into the line under it, after that line's first
 * sentence end (a marker most often closes a sentence), or at its end where
 * it ends none; the second stays, the footnote's number.
 */
import type { Line } from '../schema/index.ts';
import { LONE_NUMBER } from './note-numbers.ts';
import { withRaw } from './text-lines.ts';
import { MARKER_SLACK } from './lone-numbers.ts';
import { runningLineTest } from './running-heads.ts';

/** Numbers standing alone twice at least, for a text to print its markers so. */
const MIN_PAIRS = 3;

/** A text printing more than one in five of those numbers in its lines prints its markers there. */
const INLINE_SHARE = 5;

/** A sentence's end inside a line: a stop after a word or a figure (not an initial), then a space and a capital or an opening sign (no decimal point). */
const SENTENCE_END = /(?<=\p{L}{2}|\d|[)»"”])[.!?…](?=\s+[\p{Lu}«"“(\d])/u;

/** A marker printed in a line: a figure glued after a word's last small letter or a closing sign, a stop, comma or semicolon perhaps between (not a decimal's, nor a leader's). */
const INLINE_MARKER = /(?<=[\p{Ll})»”"])[.,;]?(\d{1,3})(?=\s|$)/gu;

export function lowerMarkerLines(lines: Line[]): Line[] {
  // where each number stands alone, in the text's order
  const alone = new Map<number, number[]>();
  lines.forEach((l, i) => {
    if (!l.blank && LONE_NUMBER.test(l.text)) alone.set(Number(l.text), [...(alone.get(Number(l.text)) ?? []), i]);
  });
  // the numbers standing alone twice, from 1 on (one standing alone once, its marker or footnote number printed in
  // a line, is passed over)
  const pairs: Array<[number, [number, number]]> = [];
  for (const [n, at] of alone) if (at.length === 2) pairs.push([n, at as [number, number]]);
  if (pairs.length < MIN_PAIRS || !alone.has(1)) return lines;
  // a text that prints its markers in its lines (`2012.3`) prints its lone numbers for something else (a running
  // head's page label is no marker: `Page:2`, `стр.2`)
  const running = runningLineTest(lines);
  const inline = new Set(lines.filter((l) => !running(l)).flatMap((l) => [...l.text.matchAll(INLINE_MARKER)].map((m) => Number(m[1]))));
  if (pairs.filter(([n]) => inline.has(n)).length * INLINE_SHARE > pairs.length) return lines;
  const markers = new Map<number, string>();
  for (const [, [first]] of pairs) {
    const under = lines[first + 1];
    // (a number standing in from the line under it keeps its column: marker-rows.ts reads it)
    if (!under || under.blank || LONE_NUMBER.test(under.text) || lines[first]!.indent > under.indent + MARKER_SLACK) continue;
    markers.set(first, lines[first]!.text);
  }
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const marker = markers.get(i);
    if (marker === undefined) {
      out.push(lines[i]!);
      continue;
    }
    const under = lines[i + 1]!;
    const raw = under.raw ?? under.text;
    const end = SENTENCE_END.exec(raw);
    const at = end ? end.index + end[0].length : raw.trimEnd().length;
    out.push(withRaw(under, raw.slice(0, at) + marker + raw.slice(at)));
    i++;
  }
  return out;
}
