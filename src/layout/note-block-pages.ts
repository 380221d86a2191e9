/**
 * A page's end the tool left unmarked, found at its footnotes. A text with
 * no form feeds gets its pages from running heads or feet
 * (running-heads.ts), but a report's first page often prints none: its
 * text, its footnotes and the next page's text then run on as one page
 * (`… the mission is grateful to the` / `1 The mission was deployed at short
 * notice …` / `authorities for their co-operation …`). The footnote zone is read from a page's first
 * footnote to the page's end, so the next page's text would be read as
 * footnotes.
 *
 * A block of footnotes stands in the middle of such a page: lines opening
 * with footnote numbers in sequence, each referred to by a marker above,
 * after which text goes on that refers to the next number before any line
 * opens with it. A footnote's marker stands on its footnote's page, above
 * the zone; text under a block that marks the next footnote is the next
 * page's. The page ends after the block's last line that ends a sentence.
 */
import type { Line } from '../schema/index.ts';
import { ENDED, opensWith } from './note-numbers.ts';
import { refersTo } from './numbered-notes.ts';
import { runningLineTest } from './running-heads.ts';

/** A footnote's first line: its number, a space and its text opening as a sentence does (not with a figure), or a web address. */
const OPENS_NOTE = /^(\d{1,3}) +(?:["«“(]?\p{Lu}|https?:|www\.)/u;
/** Lines of text under a block, at least, before the next footnote opens: a footnote's own further lines are fewer. */
const MIN_TEXT = 3;

/** The lines with a page start put after each block of footnotes that text marking the next footnote follows. */
export function pagesAtNoteBlocks(lines: Line[]): Line[] {
  // (the running lines are read only for a text with a block to read)
  let runningLines: ((l: Line) => boolean) | undefined;
  const running = (l: Line): boolean => (runningLines ??= runningLineTest(lines))(l);
  // the first page's end, where the text marks one: the lines before it are on its first page
  const firstBreak = lines.findIndex((l, i) => i > 0 && l.pageStart);
  const onFirstPage = (i: number): boolean => firstBreak >= i;
  const starts = new Set<number>();
  // the page's first line, and the last footnote number read in a block
  let from = 0;
  let last = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.pageStart) from = i;
    const n = Number(OPENS_NOTE.exec(lines[i]!.text)?.[1] ?? NaN);
    // (the page's text above it was cut mid-sentence, as a page's foot cuts it; on the text's first page, which
    // most often prints no running head, a sentence's end will do)
    const above = lines[i - 1];
    const cut = !!above && !ENDED.test(above.text.trim());
    if (!(n > last) || !above || above.blank || !(cut || onFirstPage(i)) || !lines.slice(from, i).some((l) => refersTo(l.text, n))) continue;
    // the block: footnotes in sequence from n, each marked above, and their further lines
    let expect = n + 1;
    let j = i + 1;
    let end = -1;
    for (; j < lines.length && !lines[j]!.pageStart && !lines[j]!.blank; j++) {
      const l = lines[j]!;
      if (opensWith(l, expect) && lines.slice(from, i).some((x) => refersTo(x.text, expect))) expect++;
      else if (ENDED.test(lines[j - 1]!.text.trim()) && !running(l)) {
        end = j;
        break;
      }
    }
    last = expect - 1;
    if (end < 0) {
      i = j - 1;
      continue;
    }
    // the text under it, on the same page (up to a running head or foot, or a line opening with the next number),
    // marks the next footnote, and the page above does not; no line there opens with the block's first number
    // again (the block was text that opened with a figure: `1 March 2020, …`)
    let k = end;
    while (k < lines.length && !lines[k]!.pageStart && !running(lines[k]!) && !opensWith(lines[k]!, expect) && !opensWith(lines[k]!, n)) k++;
    const under = lines.slice(end, k).filter((l) => !l.blank);
    if (under.length >= MIN_TEXT && under.some((l) => refersTo(l.text, expect)) && !lines.slice(from, i).some((l) => refersTo(l.text, expect))) {
      starts.add(end);
      from = end;
    }
    i = end - 1;
  }
  return starts.size === 0 ? lines : lines.map((l, i) => (starts.has(i) ? { ...l, pageStart: true } : l));
}
