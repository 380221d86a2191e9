/**
 * Line pitch: how far apart a PDF sets its lines, type size by type size, and
 * whether the distance between two lines is a gap (a paragraph's or a
 * heading's space) or only the pitch.
 *
 * A word processor sets lines single (1.15 ems apart), 1.15 lines apart or
 * 1.5 lines apart and more; with a paragraph's spacing after it, the gap adds
 * from half an em up. A line that carries a raised marker stands a little
 * further from the line above where the spacing is proportional (a third of
 * an em at 1.5 lines). So the gap is read against the size's own pitch, the
 * commonest distance between two lines set in it, not against single spacing.
 */

export interface PlacedLine {
  /** baseline, growing upwards (PDF space) */
  y: number;
  size: number;
  /** whether the line carries a raised marker */
  raised: boolean;
  /** whether most of its characters are bold (a heading's line, a table's header) */
  bold: boolean;
  /** how far it stands in from the page's text edge */
  inset: number;
  /** whether it is set in columns (a table's row) */
  columns: boolean;
}

/** Single spacing's pitch in ems, and the distance the lines of a text with no pitch of its own are read against. */
const SINGLE = 1.15;
/** A gap over single spacing: a distance beyond 1.45 single lines. */
const SINGLE_GAP = 1.45 * SINGLE;
/**
 * Past a size's own pitch, the least gap in ems: a paragraph's 6 pt after at 12 pt is half an em, and a
 * line with a raised marker stands up to a third of an em further off at 1.5 lines (not always: a line's
 * other tall glyphs may hide it).
 */
const OVER_PITCH = 0.45;
/** Distances read in steps of this many ems; a pitch needs this many pairs of lines. */
const STEP = 0.05;
const LEAST_PAIRS = 5;

const sizeKey = (size: number): number => Math.round(size * 10) / 10;
/** Only lines of running text have a pitch: bold lines meet mostly across gaps (a heading under a heading). */
const running = (l: PlacedLine): boolean => !l.bold;
/**
 * A bold line set in columns or standing in from the text's edge is a table's
 * (a header row, a header cell's lines), set as the table's rows are; other bold
 * lines meet across gaps (a heading under a heading, a heading over its text),
 * or are a heading's lines, which may be set single in a text spaced wider:
 * these are read against single spacing.
 */
const inTable = (l: PlacedLine): boolean => l.bold && (l.columns || l.inset > l.size);

/**
 * Each type size's pitch in ems: the commonest distance between two successive
 * lines of running text on a page set in that size, neither carrying a raised
 * marker, where at least five pairs show it.
 */
export function linePitches(pages: PlacedLine[][]): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1]!;
      const b = lines[i]!;
      if (sizeKey(a.size) !== sizeKey(b.size) || !running(a) || !running(b) || a.raised || b.raised) continue;
      const ems = Math.round((a.y - b.y) / b.size / STEP) * STEP;
      if (ems <= 0) continue;
      const bySize = counts.get(sizeKey(b.size)) ?? new Map<number, number>();
      bySize.set(ems, (bySize.get(ems) ?? 0) + 1);
      counts.set(sizeKey(b.size), bySize);
    }
  }
  const pitches = new Map<number, number>();
  for (const [size, bySize] of counts) {
    const [ems, n] = [...bySize].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]!;
    if (n >= LEAST_PAIRS) pitches.set(size, ems);
  }
  return pitches;
}

/**
 * Whether the distance from `prev` down to `line` is a gap: beyond 1.45 single
 * lines of the larger of the two sizes (the smaller one's where a body line
 * follows smaller text, read at the body size at most), and where both are
 * lines of running text of one size, beyond their pitch by almost half an em.
 */
export function isGap(prev: PlacedLine, line: PlacedLine, body: number, pitches: Map<number, number>): boolean {
  const size = Math.max(line.size, Math.min(prev.size, body));
  const alike = sizeKey(prev.size) === sizeKey(line.size) && ((running(prev) && running(line)) || inTable(prev) || inTable(line));
  const pitch = alike ? pitches.get(sizeKey(size)) : undefined;
  const least = pitch === undefined ? SINGLE_GAP : Math.max(SINGLE_GAP, pitch + OVER_PITCH);
  return prev.y - line.y > least * size;
}
