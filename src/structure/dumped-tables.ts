/**
 * A table a text tool printed column after column, where the columns cannot
 * be put back into rows. `layout/column-tables.ts` puts back those it can (one
 * column of labels, columns of figures under it); a table with two columns of
 * text (a candidate, and who nominated them), a cell wrapped over two lines,
 * or two tables printed into each other, it leaves as short lines:
 *
 *   Candidate / Jane Roe / Nominated by / Green Party / (Greens) / John Doe /
 *   Farmers' Union of / the Plains / Votes / 120,400 / Per cent / 61.2 / 58,100 / 29.5
 *
 * Read as text, each label became a heading and each figure a sentence. Such
 * a run is still a table: here its lines are a table of one column, a printed
 * line a row in the order printed, so that they are neither headings nor
 * sentences, and what they say (the figures) stays with the table.
 *
 * A run is the body's short lines of a text (no positions on a page), each a
 * figure or a label (no sentence's end, no heading in capitals), blank lines,
 * furniture and footnotes between; a line that ends with a colon (the lead of
 * a table printed into the run) stays text and parts the run. A run is such a
 * table where it holds figures alone on MIN_FIGURES lines, in two runs at
 * least (two columns), and labels on MIN_LABELS lines.
 */
import type { ZonedLine } from '../schema/index.ts';
import { quantile } from '../layout/blocks.ts';
import { isFigure, labelLike } from '../layout/cell-rows.ts';
import { inCapitals } from '../layout/text-lines.ts';
import type { TableDraft } from './tables.ts';

/** the longest line a cell takes, against the text's full line */
const CELL_WIDTH = 0.7;
const MIN_FIGURES = 4;
const MIN_LABELS = 4;

/** A table's lead printed amid its columns (`Totals as announced:`). */
const LEAD = /\p{L}.*:$/u;

export function dumpedColumnTables(lines: ZonedLine[]): { lines: ZonedLine[]; tables: TableDraft[] } {
  const body = lines.filter((l) => l.zone === 'body' && !l.blank);
  if (body.length === 0 || body.some((l) => l.geometry)) return { lines, tables: [] };
  const full = quantile(body.map((l) => l.text.length), 0.9);
  // (a heading in capitals, `ANNEX: RESULTS` or `ABOUT US`, stands over a table or after it, never in one)
  const cell = (l: ZonedLine): boolean =>
    !l.segments && l.text.length <= CELL_WIDTH * full && !inCapitals(l.text) && (isFigure(l.text) || labelLike(l.text));
  const tables: TableDraft[] = [];
  let marked: ZonedLine[] | null = null;
  for (let i = 0; i < lines.length; ) {
    const l = lines[i]!;
    if (l.zone !== 'body' || l.blank || !cell(l)) {
      i++;
      continue;
    }
    // the run: cells, and leads amid them; blank lines, furniture and footnotes pass
    const run: number[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const x = lines[j]!;
      if (x.zone !== 'body' || x.blank) continue;
      if (cell(x) || LEAD.test(x.text)) run.push(j);
      else break;
    }
    while (run.length && LEAD.test(lines[run[run.length - 1]!]!.text)) run.pop();
    const cells = run.filter((k) => !LEAD.test(lines[k]!.text));
    const figures = cells.filter((k) => isFigure(lines[k]!.text));
    // figures in two columns at least: two runs of them, text or a blank line between
    const columns = figures.filter((k, n) => n === 0 || lines.slice(figures[n - 1]! + 1, k).some((x) => x.zone === 'body')).length;
    if (figures.length >= MIN_FIGURES && columns >= 2 && cells.length - figures.length >= MIN_LABELS) {
      marked ??= lines.map((x) => ({ ...x }));
      // parted at each lead: the table before it, and the one after
      let part: number[] = [];
      const close = (): void => {
        if (part.length === 0) return;
        for (const k of part) marked![k]!.zone = 'table';
        tables.push({ page: lines[part[0]!]!.page, start: part[0]!, end: part[part.length - 1]! + 1, header: [], rows: part.map((k) => [[{ text: lines[k]!.text, full: false }]]), unread: true });
        part = [];
      };
      for (const k of run) {
        if (LEAD.test(lines[k]!.text)) close();
        else part.push(k);
      }
      close();
    }
    i = Math.max(j, i + 1);
  }
  return { lines: marked ?? lines, tables };
}
