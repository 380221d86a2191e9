/**
 * Headings a report's table of contents does not list. A report with a table
 * of contents lists every heading in it (each of the corpus's final reports and
 * needs assessments does, in every version). A text read without positions
 * on a page takes a short line between a sentence's end and a capital for a
 * heading, and a tool that breaks a line at a footnote marker leaves such a
 * line in a paragraph (`… on two terms.5` / `The legal framework includes` /
 * `Acts of Parliament, …`: the next line opens with a capital, so nothing
 * joins them). Where the contents lists five headings or more and
 * names each heading found but this one, a heading-like block that is not
 * numbered, not in capitals and ends no sentence is the first line of the
 * paragraph under it. A PDF's headings are read off their type, which says
 * more than the contents' silence: they stay.
 */
import type { Block } from './blocks.ts';
import { isUpper } from './blocks.ts';
import { headingParts } from './headings.ts';

/** the fewest entries a table of contents has for its silence to count */
const MIN_ENTRIES = 5;

const norm = (s: string): string => headingParts(s).text.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();

export function unlistedHeadingsAsText(blocks: Block[], toc: Array<{ text: string }>): Block[] {
  if (toc.length < MIN_ENTRIES) return blocks;
  const listed = new Set(toc.map((e) => norm(e.text)));
  const text = (b: Block): string => b.lines.map((l) => l.text).join(' ');
  const headings = blocks.filter((b) => b.kind === 'heading');
  const unlisted = headings.filter((b) => !listed.has(norm(text(b))));
  // the contents names every other heading: it is the report's own, not a stray list of lines
  if (unlisted.length === 0 || headings.length - unlisted.length < MIN_ENTRIES) return blocks;
  const out: Block[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    const next = blocks[k + 1];
    const t = text(b);
    const sentenceStart =
      b.kind === 'heading' && unlisted.includes(b) && !b.lines.some((l) => l.geometry) && headingParts(t).number === null && !isUpper(t) && !/[.!?:;]$/u.test(t) && next?.kind === 'paragraph';
    if (!sentenceStart) {
      out.push(b);
      continue;
    }
    out.push({ ...next, lines: [...b.lines, ...next.lines], page: b.page });
    k++;
  }
  return out;
}
