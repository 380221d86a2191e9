/**
 * Headings held against a report's table of contents, which lists every
 * heading of the report: one it does not list is a paragraph's first line
 * (`unlistedHeadingsAsText`), one it lists that only a line of text says is a
 * heading (`listedHeadingsFromText`).
 *
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
import { blockText, plainTextHeading, type Block } from './blocks.ts';
import { contentsKey } from './headings.ts';

/** the fewest entries a table of contents has for its silence to count */
const MIN_ENTRIES = 5;

export function unlistedHeadingsAsText(blocks: Block[], toc: Array<{ text: string }>): Block[] {
  if (toc.length < MIN_ENTRIES) return blocks;
  const listed = new Set(toc.map((e) => contentsKey(e.text)));
  const headings = blocks.filter((b) => b.kind === 'heading');
  const unlisted = headings.filter((b) => !listed.has(contentsKey(blockText(b))));
  // the contents names every other heading: it is the report's own, not a stray list of lines
  if (unlisted.length === 0 || headings.length - unlisted.length < MIN_ENTRIES) return blocks;
  const out: Block[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    const next = blocks[k + 1];
    const sentenceStart = unlisted.includes(b) && plainTextHeading(b) && next?.kind === 'paragraph';
    if (!sentenceStart) {
      out.push(b);
      continue;
    }
    out.push({ ...next, lines: [...b.lines, ...next.lines], page: b.page });
    k++;
  }
  return out;
}

/** A line that ends a sentence, a footnote marker perhaps after it: no heading. */
const ENDS_SENTENCE = /[.!?:;…»")\]]\d{0,3}$/u;

/**
 * Headings a report's table of contents lists that the text hid in a block
 * of text. A text read without positions on a page tells a heading by the
 * lines around it; where the line before ran to the margin, or no blank line
 * sets the heading apart, it reads as a paragraph's line (its first, or the
 * next after a sentence's end). Where the contents names a heading that no
 * heading block has, the first line of the text that says exactly that (its
 * number or not, ending no sentence) is that heading, and its block is parted
 * there. A PDF's blocks are read off the page and stay.
 */
export function listedHeadingsFromText(blocks: Block[], toc: Array<{ text: string }>): Block[] {
  if (toc.length === 0) return blocks;
  const found = new Set(blocks.filter((b) => b.kind === 'heading').map((b) => contentsKey(blockText(b))));
  const missing = new Set(toc.map((e) => contentsKey(e.text)).filter((t) => t !== '' && !found.has(t)));
  if (missing.size === 0) return blocks;
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading' || b.lines.some((l) => l.geometry)) {
      out.push(b);
      continue;
    }
    let rest = b.lines;
    for (let k = 0; k < rest.length; k++) {
      const t = contentsKey(rest[k]!.text);
      if (!missing.has(t) || ENDS_SENTENCE.test(rest[k]!.text)) continue;
      missing.delete(t);
      if (k > 0) out.push({ ...b, lines: rest.slice(0, k) });
      out.push({ kind: 'heading', lines: [rest[k]!], page: rest[k]!.page });
      rest = rest.slice(k + 1);
      k = -1;
    }
    if (rest.length) out.push(rest === b.lines ? b : { ...b, lines: rest, page: rest[0]!.page });
  }
  return out;
}
