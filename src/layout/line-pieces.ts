/**
 * A printed line a tool printed in pieces, one block between blank lines:
 * put back into one line (see fallback-letters.ts, whose letters make such
 * blocks).
 */
import type { Line } from '../schema/index.ts';
import { fullLine } from './blocks.ts';
import { withText } from './text-lines.ts';
import { headingLike, isUpper } from '../structure/line-shapes.ts';

/** How far past the text's full line a line's pieces may run together: a little, for the letters put back. */
const PIECES_FIT = 1.1;
const LEADER = /[.…]{4,}/gu;
const ENDS_ENTRY = /[.…]{4,}\s*\d*$/u;

/**
 * The pieces of a printed line, put back into one: a tool that breaks a line
 * where the font changes prints its pieces as lines of a block, the blocks
 * apart by blank lines (MuPDF: `… комиссия шешім қабылдады.` / `1 ОСК-`, the
 * raised marker a piece of its own). A block's lines are one line where
 * together they fit a full line (a contents entry's leader, printed as a
 * piece after the entry's letters, counts for little), and a heading in
 * capitals is a line of its own over the line after it. The blank lines in
 * `closing` closed a block the tool made for a font's letters, not a
 * paragraph: they go.
 */
export function joinLinePieces(lines: Line[], closing: ReadonlySet<Line>): Line[] {
  const full = fullLine(lines);
  if (full === null) return lines;
  const out: Line[] = [];
  let block: Line[] = [];
  const flush = (): void => {
    const text = block.map((l) => l.text).join(' ');
    // (a contents entry's leader runs as far as the line leaves it: it counts for little)
    if (block.length > 1 && text.replace(LEADER, '...').length <= full * PIECES_FIT) out.push(withText(block[0]!, text));
    else out.push(...block);
    block = [];
  };
  for (const l of lines) {
    // (a heading in capitals stands on a line of its own over the text it heads, in one block with its first line)
    const last = block[block.length - 1];
    if (l.blank || l.pageStart || (last && headsLine(last.text, l.text))) flush();
    if (l.blank) {
      if (!closing.has(l)) out.push(l);
    } else block.push(l);
    // (a contents entry's leader and page number end its line)
    if (ENDS_ENTRY.test(l.text)) flush();
  }
  flush();
  return out;
}

/** A heading in capitals of two words or more (`ABOUT THE OFFICE`) over a line that opens in a capital and goes on in small letters. */
const headsLine = (heading: string, line: string): boolean => isUpper(heading) && /\s/u.test(heading) && headingLike(heading) && /^\p{Lu}\p{Ll}/u.test(line);

