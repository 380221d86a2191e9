/**
 * The PDF path's `lines` stage: positioned text items become the same Line[]
 * the text path makes, so every later stage is shared. Geometry decides what
 * PDF-to-text tools leave to conventions:
 *
 * - a superscript number (smaller, raised) becomes Unicode superscript digits
 *   glued where it stands, so a marker can never be mistaken for a number;
 * - a vertical gap larger than the line pitch becomes a blank line (paragraphs,
 *   headings), each type size read against its own pitch (line-pitch.ts);
 * - the run of smaller text under the last body line of a page, opened by a
 *   superscript number, is the footnote zone: a rule line is put before it;
 * - every page's first line starts a page, as a form feed would.
 */
import type { Line, PdfContent, PdfItem, PdfPage } from '../schema/index.ts';
import { quantile } from './blocks.ts';
import { toSuperscript } from './superscript.ts';
import { fillGlyphGaps, letterWidths, naturalScales, type Natural } from './fallback-glyphs.ts';
import { resolveSeams, type Words } from './fallback-seams.ts';
import { PRIVATE_BULLETS, unligated } from './text-lines.ts';
import { isGap, linePitches, type PlacedLine } from './line-pitch.ts';

interface Run extends PdfItem {
  raised: boolean;
}

interface PdfLine {
  runs: Run[];
  y: number;
  size: number;
}

/** The size most characters of the document are set in: the body text. */
export function bodySize(content: PdfContent): number {
  const chars = new Map<number, number>();
  for (const p of content.pages) for (const i of p.items) chars.set(i.size, (chars.get(i.size) ?? 0) + i.str.trim().length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
}

const isSuperCandidate = (i: PdfItem): boolean => /^\s*(\d{1,3}|\*{1,3}|[†‡])\s*$/.test(i.str);

/** Groups a page's items into lines by baseline; small raised numbers join the line they stand on. */
function pageLines(page: PdfPage): PdfLine[] {
  // spaces are read from the gaps between items, so white-space items would only make phantom lines
  const items = page.items.filter((i) => i.str.trim() !== '');
  const sizes = items.filter((i) => i.str.trim().length > 1).map((i) => i.size);
  const typical = quantile(sizes, 0.5) || 10;
  const lines: PdfLine[] = [];
  const regular = items.filter((i) => !(isSuperCandidate(i) && i.size < typical * 0.85));
  const raised = items.filter((i) => isSuperCandidate(i) && i.size < typical * 0.85);
  for (const item of [...regular].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= 0.35 * Math.max(l.size, item.size));
    if (line) {
      line.runs.push({ ...item, raised: false });
      if (item.str.trim()) line.size = Math.max(line.size, item.size);
    } else lines.push({ runs: [{ ...item, raised: false }], y: item.y, size: item.size });
  }
  for (const item of raised) {
    // on a line's baseline it is ordinary text (a page number in a header, an asterisk note)
    const level = lines.find((l) => Math.abs(l.y - item.y) <= 0.2 * Math.max(l.size, item.size));
    if (level) {
      level.runs.push({ ...item, raised: false });
      continue;
    }
    // the line it is raised above: its baseline a little below the number's, its text larger
    const line = lines
      .filter((l) => item.y > l.y && item.y - l.y <= 0.8 * l.size && l.size > item.size * 1.1)
      .sort((a, b) => item.y - a.y - (item.y - b.y))[0];
    if (line) line.runs.push({ ...item, raised: true });
    else lines.push({ runs: [{ ...item, raised: false }], y: item.y, size: item.size });
  }
  // (letters a fallback font printed into a run's gaps go into their places)
  const ems = letterWidths(items);
  // (each size's natural scale read off the page only where a line has letters to fill: most pages have none)
  let scales: Map<string, Natural> | undefined;
  const natural = { get: (key: string): Natural | undefined => (scales ??= naturalScales(items)).get(key) };
  for (const l of lines) l.runs = fillGlyphGaps(l.runs.sort((a, b) => a.x - b.x), ems, natural);
  return lines.sort((a, b) => b.y - a.y);
}

const LINE_END_HYPHEN = /^\s*[-\u2010]\s*$/;
/** The gap before a line-end hyphen that sets it apart as a spaced dash, in ems: the narrowest word space of a condensed face (0.23) less a margin. */
const HYPHEN_APART = 0.2;

function lineText(line: PdfLine): string {
  // the runs' texts, joined once at the end: whether the text so far ends in a space is read off the last
  // non-empty piece (testing the growing text flattened it again at every run)
  const pieces: string[] = [];
  let endsInSpace = false;
  let end = -Infinity;
  const last = line.runs[line.runs.length - 1];
  for (const r of line.runs) {
    let s = unligated(r.str.replace(PRIVATE_BULLETS, '•'));
    if (r.raised) s = /^\d+$/.test(s.trim()) ? toSuperscript(s.trim()) : s.trim();
    const gap = r.x - end;
    // a line's last hyphen, an item of its own, is a word's broken end unless a word space sets it apart (a
    // spaced dash): justification leaves a hair's gap before it now and then
    const least = r === last && LINE_END_HYPHEN.test(s) ? HYPHEN_APART : 0.15;
    const needsSpace = pieces.length > 0 && !endsInSpace && !/^\s/.test(s) && gap > least * Math.min(r.size, line.size) && !(r.raised && gap < 0.5 * r.size);
    if (needsSpace) pieces.push(' ');
    if (s !== '') {
      pieces.push(s);
      endsInSpace = /\s$/.test(s);
    } else if (needsSpace) endsInSpace = true;
    end = Math.max(end, r.x + r.width);
  }
  return pieces.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The line's pieces set apart by more than three quarters of an em (a tab, a table's
 * column gap); word spaces, even stretched ones, are smaller. Only where there are two or more.
 */
function lineSegments(line: PdfLine): Array<{ x: number; width: number; text: string }> | undefined {
  const segments: Array<{ x: number; runs: PdfLine }> = [];
  let end = -Infinity;
  for (const r of line.runs) {
    if (r.str.trim() === '') continue;
    const last = segments[segments.length - 1];
    if (!last || r.x - end > 0.75 * line.size) segments.push({ x: r.x, runs: { runs: [r], y: line.y, size: line.size } });
    else last.runs.runs.push(r);
    end = Math.max(end, r.x + r.width);
  }
  if (segments.length < 2) return undefined;
  const round = (v: number): number => Math.round(v * 10) / 10;
  return segments.map((g) => ({ x: round(g.x), width: round(Math.max(...g.runs.runs.map((r) => r.x + r.width)) - g.x), text: lineText(g.runs) }));
}

/** Where a line's text starts and ends, whether most of its characters are bold, and its columns. */
function lineShape(l: PdfLine): { x: number; right: number; bold: boolean; segments: ReturnType<typeof lineSegments> } {
  const xs = l.runs.filter((r) => r.str.trim() !== '');
  const boldChars = xs.filter((r) => r.bold).reduce((n, r) => n + r.str.length, 0);
  const allChars = xs.reduce((n, r) => n + r.str.length, 0);
  return { x: Math.min(...xs.map((r) => r.x)), right: Math.max(...xs.map((r) => r.x + r.width)), bold: boldChars > allChars / 2, segments: lineSegments(l) };
}

const lineWidth = (l: PdfLine): number => {
  const xs = l.runs.map((r) => [r.x, r.x + r.width]).flat();
  return Math.max(...xs) - Math.min(...xs);
};

const RULE: Omit<Line, 'page' | 'no'> = { text: '', indent: 0, blank: true, rawLength: 48, pageStart: false };
const BLANK: Omit<Line, 'page' | 'no'> = { text: '', indent: 0, blank: true, rawLength: 0, pageStart: false };

/**
 * PDF content → Line[] with blank lines for gaps and a rule before each page's
 * footnote zone; `words` weigh where a fallback font's letter took a word
 * space (fallback-seams.ts).
 */
export function pdfToLines(content: PdfContent, words?: Words): Line[] {
  const body = bodySize(content);
  const out: Line[] = [];
  let no = 0;
  let previousZone = false;
  // each line's text, read once
  const read = content.pages.map((page) => {
    const texts = new Map(pageLines(page).map((l) => [l, lineText(l)]));
    return { page, texts, lines: [...texts.keys()].filter((l) => texts.get(l) !== '') };
  });
  // each line's extent, weight and columns, read once: its gaps and its geometry both use them
  const shapes = new Map(read.flatMap(({ lines }) => lines.map((l) => [l, lineShape(l)] as const)));
  const placed = new Map<PdfLine, PlacedLine>();
  for (const { lines } of read) {
    // the page's text edge: where most body lines start
    const edge = quantile(lines.filter((l) => l.size >= body * 0.92).map((l) => shapes.get(l)!.x), 0.1);
    for (const l of lines) {
      const { x, bold, segments } = shapes.get(l)!;
      placed.set(l, { y: l.y, size: l.size, raised: l.runs.some((r) => r.raised), bold, inset: x - edge, columns: segments !== undefined });
    }
  }
  const pitches = linePitches(read.map((r) => r.lines.map((l) => placed.get(l)!)));
  for (const { page, texts, lines } of read) {
    // the footnote zone: the smaller text under the page's last body-size line, opened by a superscript
    let lastBody = -1;
    lines.forEach((l, i) => {
      if (l.size >= body * 0.92) lastBody = i;
    });
    let zoneStart = -1;
    if (lastBody >= 0) {
      const rest = lines.slice(lastBody + 1);
      const small = rest.length > 0 && rest.every((l) => l.size < body * 0.92);
      // a footnote that runs over from the previous page opens the zone without a number;
      // a lone short line (a footer) does not
      const wide = rest.length >= 2 || (rest[0] !== undefined && lineWidth(rest[0]) > 0.6 * page.width * 0.75);
      if (small && (rest.some((l) => l.runs[0]?.raised) || (previousZone && wide))) zoneStart = lastBody + 1;
    }
    previousZone = zoneStart >= 0;
    let prev: PdfLine | null = null;
    lines.forEach((l, i) => {
      const text = texts.get(l)!;
      if (i === zoneStart) out.push({ ...RULE, page: page.number, no: ++no });
      else if (prev && isGap(placed.get(prev)!, placed.get(l)!, body, pitches)) out.push({ ...BLANK, page: page.number, no: ++no });
      const { x, right, bold, segments } = shapes.get(l)!;
      out.push({
        text,
        page: page.number,
        no: ++no,
        indent: 0,
        blank: false,
        rawLength: text.length,
        pageStart: i === 0,
        geometry: { x, y: l.y, width: right - x, height: l.size, size: l.size, bold },
        ...(segments ? { segments } : {}),
      });
      prev = l;
    });
  }
  // (a fallback letter that took a word space with its gap parts the two words again, by the language's words)
  return resolveSeams(out, words);
}
