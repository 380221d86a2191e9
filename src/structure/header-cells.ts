/**
 * A table's header cells read as headings. A text tool that prints a table a
 * cell a block (blank lines between cells) leaves its header's cells as short
 * lines between blank lines, each shaped as a heading is (`Body` / `People we
 * met`), and a text read without positions on a page takes each for one. A
 * report never puts two headings of one rank in a row with nothing between
 * them: a section holds text. Where two heading blocks or more follow one
 * another after the document's first paragraph (the title page's lines come
 * before it), each a line that is unnumbered, not in capitals (a part's
 * heading, `ANNEX: …`, heads what follows) and ends no sentence, they are a
 * table's cells (whether or not they name a section: a list of meetings'
 * cells do, `Media`): the first lines of the block after them (the table's
 * rows, read as text), or where a heading follows, a block of lines of their
 * own. So is one such heading after a block that ends with a colon (a table's
 * lead, `Results as announced:`), over a line that is a figure alone (a
 * row's label over its cells), or over a paragraph that opens with a line
 * shorter than half a full one that ends no sentence nor a lead, nor goes on
 * in small letters on the next (a text cell, `Ministry of Justice`): no
 * report puts a heading there, a section opens with text. A PDF's headings
 * are read off their type and stay.
 */
import { blockText, plainTextHeading, type Block } from './blocks.ts';
import { isFigure } from '../layout/cell-rows.ts';
import { quantile } from '../layout/blocks.ts';
import { singleLineWidths } from '../layout/joined-lines.ts';
import { endsSentence, startsLower } from './line-shapes.ts';

/** A block that announces what follows it (a table, a list): it ends with a colon. */
const LEAD = /:$/u;

/** A heading block a table's header cell could be: one line, a heading only the text's lines made. */
const cellLike = (b: Block): boolean => b.lines.length === 1 && plainTextHeading(b);

/**
 * A paragraph whose first line is a table's text cell (`Ministry of Justice`), not a section's text: shorter than
 * half the text's full line, and ending no sentence nor a lead.
 */
const textCell = (b: Block, full: number): boolean => {
  const first = b.lines[0]!.text;
  // (a line the text goes on from in small letters is a piece of a sentence, a line a tool printed in pieces)
  return b.kind === 'paragraph' && first.length < full * CELL_SHARE && !endsSentence(first) && !/[:;,]$/u.test(first) && !startsLower(b.lines[1]?.text ?? '');
};
/** How much of a full line a text cell under a header cell fills at most. */
const CELL_SHARE = 0.5;

export function headerCellsAsText(blocks: Block[]): Block[] {
  const first = blocks.findIndex((b) => b.kind === 'paragraph');
  if (first < 0) return blocks;
  const out: Block[] = blocks.slice(0, first + 1);
  // the text's full line: its paragraphs' lines, the widest but a tenth (lines a tool ran together where it dropped
  // a line-end hyphen, far wider than most, left out)
  const full = quantile(singleLineWidths(blocks.flatMap((b) => (b.kind === 'paragraph' ? b.lines.map((l) => l.text.length) : []))), 0.9);
  let changed = false;
  for (let k = first + 1; k < blocks.length; ) {
    let end = k;
    while (end < blocks.length && cellLike(blocks[end]!)) end++;
    // (one cell is enough after a table's lead, no heading following a line that ends with a colon, or over a
    // figure alone: a section opens with text)
    const alone = LEAD.test(blockText(blocks[k - 1]!)) || (end < blocks.length && (isFigure(blocks[end]!.lines[0]!.text) || textCell(blocks[end]!, full)));
    if (end - k < (alone ? 1 : 2)) {
      out.push(blocks[k]!);
      k++;
      continue;
    }
    changed = true;
    // the cells open what follows them (the table's first rows, read as text), or stand as one block of lines
    const cells = blocks.slice(k, end).flatMap((b) => b.lines);
    const next = blocks[end];
    if (next && next.kind !== 'heading') {
      out.push({ ...next, lines: [...cells, ...next.lines], page: blocks[k]!.page });
      k = end + 1;
    } else {
      out.push({ kind: 'lines', lines: cells, page: blocks[k]!.page });
      k = end;
    }
  }
  return changed ? out : blocks;
}
