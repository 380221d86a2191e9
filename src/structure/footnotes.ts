import type { ZonedLine } from '../schema/index.ts';

export interface FootnoteDraft {
  number: number;
  page: number;
  lines: string[];
}

// `12 text`, `12\ttext` (tabs are spaces by now), or a number glued to an opening quote or capital
const NUMBERED = /^(\d{1,3})(?:\s+|(?=[«"“(\p{Lu}]))(\S.*)?$/u;

/**
 * Parses footnote-zone lines into footnotes. A line opens footnote N when it
 * starts with the number the sequence expects next, so a continuation line that
 * starts with a number (`2011 года…`, `46 187, 157…` inside footnote 45's
 * neighbour) is not taken for a new footnote. A gap in the sequence (a footnote
 * that is missing) is accepted only where the body shows a marker of that
 * number. A zone that starts without a number continues the previous footnote
 * (a footnote running onto the next page).
 */
export function parseFootnotes(lines: ZonedLine[], markerEvidence: Set<number>): FootnoteDraft[] {
  const notes: FootnoteDraft[] = [];
  let current: FootnoteDraft | null = null;
  let prevZoneLine: ZonedLine | null = null;
  for (const line of lines) {
    if (line.zone !== 'footnote' || line.blank) continue;
    const zoneStart = prevZoneLine === null || prevZoneLine.page !== line.page;
    prevZoneLine = line;
    const m = line.text.match(NUMBERED);
    if (m) {
      const n = Number(m[1]);
      const expected = current ? current.number + 1 : null;
      const accept =
        (expected === null && n >= 1 && (n <= 3 || markerEvidence.has(n))) ||
        n === expected ||
        (expected !== null && n > expected && n <= expected + 3 && markerEvidence.has(n) && !markerEvidence.has(expected) &&
          (zoneStart || /[.!?»")]$/u.test(current!.lines[current!.lines.length - 1] ?? '')));
      if (accept) {
        current = { number: n, page: line.page, lines: m[2] ? [m[2]] : [] };
        notes.push(current);
        continue;
      }
    }
    if (current) current.lines.push(line.text);
  }
  return notes;
}
