/**
 * Paragraphs told apart by a first-line indent, with no gap between them: a
 * line set in from the page's left margin, between two lines at the margin,
 * under a line that ends a sentence. A PDF line says where it starts
 * (`geometry.x`, points); a tool that keeps columns (`pdftotext -layout`,
 * Ghostscript) says it in leading spaces. The margin is each page's own (a
 * tool may shift a page's lines), the leftmost edge many of its body lines
 * share.
 *
 * The next line back at the margin is what tells an indent from a list's
 * hanging lines or a quotation set in (each line of those stands in), and a
 * line at the margin above from a list item's last line.
 */
import type { ZonedLine } from '../schema/index.ts';

/** A line's left edge, and how far an indent reaches at least and at most, in the line's unit. */
const edge = (l: ZonedLine): number => l.geometry?.x ?? l.indent;
const unit = (l: ZonedLine): { least: number; most: number; near: number } =>
  l.geometry ? { least: 0.8 * l.geometry.size, most: 6 * l.geometry.size, near: 0.3 * l.geometry.size } : { least: 2, most: 12, near: 0 };

/**
 * Each page's left margin: the leftmost edge a good share of its body lines
 * share (a quarter as many as the commonest edge, three at least), or the
 * commonest. A page given over to a list sets most of its lines in under the
 * bullets; the margin is still where its plain paragraphs start.
 */
function pageMargins(body: ZonedLine[]): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  for (const l of body) {
    if (l.blank) continue;
    const x = Math.round(edge(l));
    const page = counts.get(l.page) ?? new Map<number, number>();
    page.set(x, (page.get(x) ?? 0) + 1);
    counts.set(l.page, page);
  }
  return new Map(
    [...counts].map(([page, xs]) => {
      const [mode, most] = [...xs].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!;
      const left = [...xs].filter(([, n]) => n >= Math.max(3, most / 4)).sort((a, b) => a[0] - b[0])[0];
      return [page, left?.[0] ?? mode];
    }),
  );
}

export interface Indents {
  margins: Map<number, number>;
  /** the document's first-line indent, in its lines' unit; null where it sets none */
  indent: number | null;
}

/**
 * Whether a document sets its paragraphs' first lines in, and by how much: of
 * the lines that open a sentence under a line at the margin that ended one,
 * at least a fifth (three or more) are set in by one and the same indent (a
 * list item's lines left out). A layout that parts its paragraphs by gaps
 * sets in the odd line (a quotation, a list's hanging line) by no width in
 * particular.
 */
export function findIndents(body: ZonedLine[], ends: (text: string) => boolean, item: (text: string) => boolean): Indents {
  const margins = pageMargins(body);
  const text = body.filter((l) => !l.blank);
  const insets = new Map<number, number>();
  let openings = 0;
  text.forEach((line, i) => {
    const prev = text[i - 1];
    // (a list item's hanging lines are set in under it)
    if (!prev || !ends(prev.text) || !OPENS.test(line.text) || !atMargin(prev, margins) || item(prev.text) || item(line.text)) return;
    openings++;
    const inset = edge(line) - margins.get(line.page)!;
    const { least, most } = unit(line);
    if (inset >= least && inset <= most) insets.set(Math.round(inset), (insets.get(Math.round(inset)) ?? 0) + 1);
  });
  const [indent, count] = [...insets].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return { margins, indent: count >= 3 && count >= openings / 5 ? indent : null };
}

const OPENS = /^[\p{Lu}\d«"“(]/u;
const atMargin = (l: ZonedLine, margins: Map<number, number>): boolean => {
  const m = margins.get(l.page);
  return m !== undefined && Math.abs(edge(l) - m) <= unit(l).near;
};

/**
 * Whether `line` opens a paragraph by the document's first-line indent: set in
 * by it from its page's margin, `prev` and `next` (the line under it, on its
 * page) at the margin (`prev` on the page before, perhaps), `prev` ending a
 * sentence and `line` opening one. Under a paragraph of one line, `next` may
 * open a list's item instead (`item`): a list's lead, `… as follows:`; at a
 * page's foot, a paragraph of one line ends its sentence.
 */
export function opensByIndent(prev: ZonedLine, line: ZonedLine, next: ZonedLine | undefined, { margins, indent }: Indents, ends: (text: string) => boolean, item: (text: string) => boolean = () => false): boolean {
  const margin = margins.get(line.page);
  if (indent === null || margin === undefined || next?.blank) return false;
  // (a paragraph of one line at its page's foot, a sentence whole, has no line under it on its page)
  const under = next && next.page === line.page ? atMargin(next, margins) || item(next.text) : ends(line.text);
  const inset = edge(line) - margin;
  return Math.abs(inset - indent) <= Math.max(1, unit(line).near) && atMargin(prev, margins) && under && ends(prev.text) && OPENS.test(line.text);
}
