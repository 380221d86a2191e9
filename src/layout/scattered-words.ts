/**
 * A justified line stretched wide (a long word pushed to the next line) that a
 * tool printed one word a line (poppler's reading order, MuPDF with a line of a
 * space between the words): such a run is one line again, a figure printed
 * among its words included; two such lines in a row are two lines; the words
 * before the long word that pushed them apart (a web address) are one.
 */
import type { Line } from '../schema/index.ts';
import { ITEM_NUMBER, LONE_BULLET } from './text-lines.ts';
import { LONE_NUMBER } from './note-numbers.ts';
import { isFigure, joinCellLine } from './cell-rows.ts';
import { typicalWidth } from './joined-lines.ts';
import { refersTo } from './numbered-notes.ts';

export const ONE_WORD = /^\S+$/u;

/**
 * A line that holds nothing but a space or two: printed between the words of
 * a stretched line that a tool put one to a line (MuPDF), never between
 * paragraphs, which it parts with an empty line.
 */
const wordGap = (l: Line | undefined): boolean => !!l && l.blank && l.rawLength > 0 && l.rawLength <= 3;
/**
 * An empty line between the words of a stretched line whose first word stands
 * right under a line of prose, no gap between them (poppler's reading order,
 * where lines stand far apart): a paragraph's gap comes before its first line,
 * not after it.
 */
const emptyGap = (l: Line | undefined): boolean => !!l && l.blank && l.rawLength === 0 && !l.pageStart;
/** Of a typical full line, the share a paragraph's line over a stretched one runs to at least. */
const NEAR_FULL = 0.6;
/** A line that opens with a small letter: it goes on with the sentence above it. */
const GOES_ON = /^[\p{Ll}]/u;

/**
 * Two words a wider space parts (the tool printed more than one): a piece of a
 * stretched line whose gap was not wide enough to part it, inside a run of
 * the line's words, where the next piece goes on the same printed line (it
 * opens with the space before it: MuPDF).
 */
const widePair = (l: Line | undefined): boolean => !!l && !l.blank && l.text.split(' ').length === 2 && l.rawLength - l.indent > l.text.length;

/** A figure alone on a line. */
const FIGURE_WORD = /^\d{1,4}$/;

/**
 * Joins runs of three or more one-word lines (a stretched line a tool printed
 * word by word, or a narrow cell's words) that fit on one line; the words may
 * stand between lines of a space or two.
 */
export function joinScatteredWords(lines: Line[]): Line[] {
  const width = typicalWidth(lines);
  if (width === null) return lines;
  // at the text's left margin: a word alone further in is a table cell's next line
  const margin = commonIndent(lines);
  const single = (l: Line | undefined): boolean =>
    !!l && !l.blank && l.indent <= margin + 2 && ONE_WORD.test(l.text) && !LONE_NUMBER.test(l.text) && !LONE_BULLET.test(l.text);
  // a figure alone that opens words, under prose or a sentence's end (not a table's cells, nor over figures), is
  // the stretched line's first word where no line above it on its page refers to a footnote of that number (one
  // that does is the footnote's number, its first line stretched)
  const opensWords = (i: number): boolean => {
    if (!FIGURE_WORD.test(lines[i]!.text)) return false;
    const above = lines[i - 1];
    const underText = prose(above) || (!!above && WORD.test(above.text) && ENDS_SENTENCE.test(above.text));
    return underText && [1, 2].every((d) => single(lines[i + d]) && WORD.test(lines[i + d]!.text) && !lines[i + d]!.pageStart) && !noteNumberOnPage(lines, i);
  };
  const out: Line[] = [];
  for (let i = 0; i < lines.length; ) {
    const run: Line[] = [];
    let j = i;
    // where the run's first word stands right under a near-full line of prose (a paragraph's line over its
    // stretched one; a table's header does not run near full), or under a list's bullet printed apart and the empty
    // line after it, its words stand apart by empty lines; elsewhere by lines of a space or two
    const underProse =
      ((prose(lines[i - 1]) && lines[i - 1]!.text.length >= width * NEAR_FULL) || (emptyGap(lines[i - 1]) && LONE_BULLET.test(lines[i - 2]?.text ?? ''))) &&
      !lines[i]!.pageStart &&
      emptyGap(lines[i + 1]);
    const gap = underProse ? emptyGap : wordGap;
    if (opensWords(i)) {
      run.push(lines[i]!);
      j++;
    }
    while ((single(lines[j]) || (run.length >= 2 && widePair(lines[j]) && single(lines[j + 1]) && lines[j + 1]!.indent >= 1)) && (j === i || !lines[j]!.pageStart)) {
      run.push(lines[j]!);
      j++;
      // a word gap goes on to the next word, never past the run's end
      if (gap(lines[j]) && single(lines[j + 1]) && !lines[j + 1]!.pageStart) j++;
      // a figure alone between two of the run's words, a word gap either side, is one of its words (`26` of a date)
      else if (gap(lines[j]) && FIGURE_WORD.test(lines[j + 1]?.text ?? '') && gap(lines[j + 2]) && single(lines[j + 3]) && ![1, 2, 3].some((d) => lines[j + d]!.pageStart)) {
        run.push(lines[j + 1]!);
        j += 3;
      } else if (run.length >= 2 || prose(lines[i - 1])) {
        // figures alone between two words each side, no gaps: a number the line's stretch printed a piece a line
        // (`and` / `4` / `512` / `polling` / `stations`); a footnote's number stands between full lines, and a
        // table's figures between its labels and other figures (`58` / `24.1` / `Hill` / `37`); under prose, the
        // stretched line's first word is enough before them (a table's label stands under another cell)
        const figures = figuresRun(lines, j);
        const around = [...(run.length >= 2 ? [run[run.length - 2]] : []), run[run.length - 1], lines[j + figures], lines[j + figures + 1]];
        if (figures > 0 && !ENDS_SENTENCE.test(run[run.length - 1]!.text) && around.every((l) => single(l) && WORD.test(l!.text)) && !lines.slice(j, j + figures + 2).some((l) => l.pageStart)) {
          run.push(...lines.slice(j, j + figures));
          j += figures;
        }
      }
    }
    // over a line of figures the words are a table's row label; a first word that closes a bracket opened above
    // ends the header cell over it (`«Против» (в` / `процентах)` / `Лесная` / `область` / `514 664 …`)
    if (run.length >= 3 && CLOSES_BRACKET.test(run[0]!.text) && figuresAfter(lines, j)) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    if (underProse && !prosy(run)) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    const whole = stretchedLine(run);
    // a first word that ends the sentence of the prose line above is that paragraph's last line, where the words
    // with it run wider than a line (a stretched line has fewer characters than a full one): the words after it are
    // a stretched line of their own, set smaller (a footnote's under the body, pushed apart by a web address)
    if (run.length >= 4 && run[0] === lines[i] && endsParagraph(run[0]!, lines[i - 1]) && whole.text.length > width) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    // (a list's item numbers printed apart from their items, `1.` `2.` `3.`, are no stretched line)
    if (run.length >= 3 && whole.text.length <= width * 1.3 && !run.every((l) => ITEM_NUMBER.test(l.text))) {
      out.push(whole);
      i = j;
      // (an empty line after a run whose words stood apart by empty lines, over a line that goes on with its sentence, is one more word gap)
      if (underProse && emptyGap(lines[j]) && !ENDS_SENTENCE.test(run[run.length - 1]!.text) && GOES_ON.test(lines[j + 1]?.text ?? '') && !lines[j + 1]!.blank) i = j + 1;
    } else if (run.length >= 6 && whole.text.length <= width * 2.6 && prose(lines[i - 1]) && prose(lines[j]) && !run.slice(0, -1).some((l) => ENDS_SENTENCE.test(l.text))) {
      // two stretched lines in a row (a long word pushed on twice) inside a paragraph, a prose line either side:
      // two lines of about equal length, since where the first ended is not printed (where a sentence ends
      // among the words, a paragraph's last line may end there: left as it was)
      out.push(...halves(run).map(stretchedLine));
      i = j;
    } else if (run.length >= 4 && fitting(run, width) >= 3) {
      // a long word pushed the stretched line's words apart and stands last, alone (a web address): the words
      // before it that fit on one line
      const k = fitting(run, width);
      out.push(stretchedLine(run.slice(0, k)));
      i = lines.indexOf(run[k]!, i);
    } else {
      out.push(lines[i]!);
      i++;
    }
  }
  return out;
}

/**
 * Words apart by empty lines are prose's: of those after the first, a third at least open in a small letter,
 * as a table's cells and figures seldom do; after a first word that ends a sentence, which may be a paragraph's
 * last line over a table, three words at least and half of them.
 */
function prosy(run: Line[]): boolean {
  if (run.length === 0) return true;
  const rest = run.slice(1);
  const small = rest.filter((l) => GOES_ON.test(l.text)).length;
  return ENDS_SENTENCE.test(run[0]!.text) ? rest.length >= 3 && 2 * small >= rest.length : 3 * small >= rest.length;
}

/** A run of words as the one stretched line they were printed from; a word wrapped after its hyphen goes on right after it (a cell's `Северо-` / `Лесная` / `область`). */
function stretchedLine(words: Line[]): Line {
  const text = words.map((l) => l.text).reduce(joinCellLine, '');
  return { ...words[0]!, text, rawLength: text.length, stretched: true };
}

/** How many of a run's words from its first fit on one line, where the run's last word alone would not fit beside them. */
function fitting(run: Line[], width: number): number {
  const last = run[run.length - 1]!.text;
  if (last.length < width * 0.5) return 0;
  let k = 0;
  for (let n = 0; k < run.length - 1 && n + run[k]!.text.length <= width * 1.3; k++) n += run[k]!.text.length + 1;
  return k === run.length - 1 ? k : 0;
}

/** Line `i`, a figure alone, is a footnote's number: a line above it on its page refers to that footnote. */
function noteNumberOnPage(lines: Line[], i: number): boolean {
  const n = Number(lines[i]!.text);
  for (let k = i - 1; k >= 0; k--) {
    if (refersTo(lines[k]!.text, n)) return true;
    if (lines[k]!.pageStart) break;
  }
  return false;
}

/** A word that ends a sentence, a footnote's marker after it or not (`held.`, `отклонена.12`). */
export const ENDS_SENTENCE = /[.!?][»”")]?\d{0,3}$/u;

/** A word, not a figure. */
const WORD = /\p{L}/u;

/** A one-word line that ends the sentence of the prose line above it: that paragraph's last line. */
const endsParagraph = (word: Line, above: Line | undefined): boolean =>
  WORD.test(word.text) && ENDS_SENTENCE.test(word.text) && prose(above) && !ENDS_SENTENCE.test(above!.text);

/** A line of two words or more: prose, not one more scattered word. */
const prose = (l: Line | undefined): boolean => !!l && !l.blank && !ONE_WORD.test(l.text);

/** A run of words parted where the two parts' lengths differ least. */
function halves(run: Line[]): [Line[], Line[]] {
  const total = run.reduce((n, l) => n + l.text.length + 1, 0);
  let [best, at, sum] = [Infinity, 1, 0];
  for (let k = 1; k < run.length; k++) {
    sum += run[k - 1]!.text.length + 1;
    const diff = Math.abs(total - 2 * sum);
    if (diff < best) [best, at] = [diff, k];
  }
  return [run.slice(0, at), run.slice(at)];
}

/** How many lines from `j` on hold a figure alone (three at most: `2` / `450` / `300`), none where more follow. */
function figuresRun(lines: Line[], j: number): number {
  let n = 0;
  while (n <= 3 && FIGURE_WORD.test(lines[j + n]?.text ?? '')) n++;
  return n > 3 ? 0 : n;
}

const CLOSES_BRACKET = /^[^(]*\)/u;
/** The first line from `j` on that is not blank holds figures alone. */
const figuresAfter = (lines: Line[], j: number): boolean => {
  while (lines[j]?.blank) j++;
  const l = lines[j];
  return !!l && isFigure(l.text);
};

/** The indentation most text lines have: the page's left margin as the tool printed it. */
function commonIndent(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) if (!l.blank) counts.set(l.indent, (counts.get(l.indent) ?? 0) + 1);
  let best = 0;
  let most = -1;
  for (const [indent, n] of counts) if (n > most) [best, most] = [indent, n];
  return best;
}
