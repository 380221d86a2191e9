import type { ZonedLine } from '../schema/index.ts';
import { SUPERSCRIPT_CLASS, fromSuperscript } from '../layout/superscript.ts';

export interface FootnoteDraft {
  number: number;
  page: number;
  lines: string[];
}

// `12 text` (tabs are spaces by now), or a number glued to an opening quote or a capital
const NUMBERED = /^(\d{1,3})(?:\s+|(?=[«"“(\p{Lu}]))(\S.*)?$/u;
const ENDS_SENTENCE = /[.!?»")\]”]$/u;
// no i flag: with it \p{Lu} matches every letter
const OPENS_NOTE = /^(?:[\p{Lu}«"“(\[]|[Hh]ttps?:|www\.)/u;

/** A footnote number set as a superscript in a PDF reads like any other at the start of its line. */
const LEADING_SUPERSCRIPT = new RegExp(`^${SUPERSCRIPT_CLASS}+`);
const plainDigits = (text: string): string => text.replace(LEADING_SUPERSCRIPT, (d) => `${fromSuperscript(d)} `);

interface Candidate {
  index: number;
  number: number;
  /** how much it looks like the start of a footnote: 0..3 */
  strength: number;
}

/**
 * Parses footnote-zone lines into footnotes. A line opens footnote N when it
 * starts with the number the sequence expects next, so a continuation line that
 * starts with another number (`2011 года…`) is not taken for a footnote. When
 * several lines start with the expected number (a wrapped `…приблизительно` /
 * `25 процентов…` before the real footnote 25), the one that looks most like a
 * footnote start wins: after a line that ends a sentence or at the top of a
 * zone, and opening with a capital, a quote or a URL. A gap in the sequence (a
 * missing footnote, or one whose number the text tool lost) is accepted only
 * where the body shows a marker of the number it goes on at. A zone that starts without a number continues the previous footnote.
 */
export function parseFootnotes(lines: ZonedLine[], markerEvidence: Set<number>): FootnoteDraft[] {
  const zone = lines.filter((l) => l.zone === 'footnote' && !l.blank);
  const candidates: Candidate[] = [];
  zone.forEach((line, i) => {
    const m = plainDigits(line.text).match(NUMBERED);
    if (!m) return;
    const zoneStart = i === 0 || zone[i - 1]!.page !== line.page;
    const afterSentence = i > 0 && ENDS_SENTENCE.test(zone[i - 1]!.text);
    const strength = (zoneStart ? 2 : afterSentence ? 2 : 0) + (OPENS_NOTE.test(m[2] ?? '') ? 1 : 0);
    candidates.push({ index: i, number: Number(m[1]), strength });
  });

  const starts: Candidate[] = [];
  let k = 0; // next candidate to look at
  while (k < candidates.length) {
    const last = starts[starts.length - 1];
    const expected = last ? last.number + 1 : null;
    const pick = expected === null ? firstNote(candidates, k, markerEvidence) : nextNote(candidates, k, expected, markerEvidence);
    if (!pick) break;
    starts.push(pick);
    k = candidates.indexOf(pick) + 1;
  }

  const notes: FootnoteDraft[] = [];
  starts.forEach((c, s) => {
    const end = starts[s + 1]?.index ?? zone.length;
    const first = plainDigits(zone[c.index]!.text).match(NUMBERED)!;
    const rest = zone.slice(c.index + 1, end).map((l) => l.text);
    notes.push({ number: c.number, page: zone[c.index]!.page, lines: first[2] ? [first[2], ...rest] : rest });
  });
  return notes;
}

function firstNote(candidates: Candidate[], from: number, evidence: Set<number>): Candidate | undefined {
  return candidates.slice(from).find((c) => c.number >= 1 && (c.number <= 3 || evidence.has(c.number)));
}

function nextNote(candidates: Candidate[], from: number, expected: number, evidence: Set<number>): Candidate | undefined {
  const rest = candidates.slice(from);
  const same = rest.filter((c) => c.number === expected);
  if (same.length > 0) {
    // the lines that start with the expected number before the next footnote surely begins
    const following = rest.find((c) => c.number === expected + 1 && c.index > same[0]!.index && c.strength >= 2);
    const window = same.filter((c) => !following || c.index < following.index);
    return window.reduce((best, c) => (c.strength > best.strength ? c : best), window[0]!);
  }
  // a footnote missing from the sequence (or its number lost by the text tool): go on at a later number
  // with a marker for it in the body, rather than lose every footnote after the gap
  return rest.find((c) => c.number > expected && c.number <= expected + 3 && evidence.has(c.number) && c.strength >= 2);
}
