/**
 * Where a line's letters of a fallback font stand, as a tool printed them
 * (fallback-letters.ts reads them back into the line): on lines of their own
 * (`lettersOf`), after the line's words (`tailOf`), before them (`headOf`), or
 * glued against its words (`gluedLetters`), and whether a text prints them so
 * at all (`printsLettersApart`).
 */
import type { Line } from '../schema/index.ts';
import { HAS_KAZAKH_LETTER, KAZAKH_LETTERS } from '../lang/detect.ts';

const RUN = `[${KAZAKH_LETTERS}]{1,4}`;
// a line of runs alone, or with a contents entry's leader and page number after them, or a page's number
export const LETTER_LINE = new RegExp(`^(${RUN}(?: ${RUN})*)(?: ?[.…]{3,}.*| [^\\p{L}]+)?$`, 'u');
const IS_RUN = new RegExp(`^${RUN}$`, 'u');
// the runs a line prints after its words, with the spaces before them (and a marker, a page's number or a contents
// entry's leader after them, as on a line of runs alone)
export const TAIL_GAP = new RegExp(` +${RUN}(?: ${RUN})*(?: ?[.…]{3,}.*| [^\\p{L}]+)?$`, 'u');
// a run printed right after a line's last word, with no space: what follows the word's own end
const GLUED = new RegExp(`^(.*[^${KAZAKH_LETTERS}])(${RUN})$`, 'u');
/** Lines of letters alone a text must print before its lines are read so. */
const LETTER_LINES = 5;

export const lettersOf = (l: Line): string[] | null => {
  const m = LETTER_LINE.exec(l.text);
  return m ? m[1]!.split(' ') : null;
};

/** Whether a text prints a fallback font's letters apart from their lines. */
export function printsLettersApart(lines: Line[]): boolean {
  if (gluesLetters(lines)) return true;
  let n = 0;
  for (const l of lines) if (!l.blank && HAS_KAZAKH_LETTER.test(l.text) && (lettersOf(l) || (runsOf(l.text, false)?.runs.length ?? 0) >= 2) && ++n >= LETTER_LINES) return true;
  return false;
}

export interface Tail {
  /** the line's words before the runs */
  words: string;
  runs: string[];
  /** a run printed against the last word with no space between, or null */
  glued: { words: string; run: string } | null;
  /** what the runs stand before: a footnote's number (glued back to the words), a contents entry's leader, and the rest of the line */
  marker: string;
  leader: string;
  rest: string;
  /** the runs are single letters printed run together (gluedLetters) */
  ungrouped?: boolean;
}

// a run printed against a footnote's number, or against a contents entry's leader
const RUN_THEN = new RegExp(`^(${RUN})(\\d{1,3}|[.…]{3,}.*)$`, 'u');
export const MARKER = /^\d{1,3}$/u;
// a run glued to a word's end and a footnote's number after it; a run glued after a stop or a closing mark
const GLUED_THEN = new RegExp(`^(.*[^${KAZAKH_LETTERS}\\d])(${RUN})(\\d{1,3})$`, 'u');
const AFTER_STOP = new RegExp(`^(.*[.,;:!?)\\]»”"])(${RUN})$`, 'u');
// a contents entry's leader (and its page number)
export const LEADER = /^[.…]{3}/u;

/**
 * The runs of letters a line prints after its words (words of such letters
 * alone), at the line's end or before a footnote's number: a tool that prints
 * a font's letters where the run of the other font's text ends. A line's one
 * run may come glued to its last word: before a footnote's number
 * (`сенатордан.қ4`), after a stop at the line's end (`ескермеді.ұ`), or at
 * the line's end (`Жа аң`, a heading's `ЖҰМЫС Т ЖІРИБЕСІӘ`: where the word ends in
 * such a letter of its own, fillTail keeps it there by the word score). Null
 * where there are none.
 */
export function tailOf(text: string): Tail | null {
  const tokens = text.split(' ');
  for (let i = 0; i < tokens.length; i++) {
    // a line's one run glued to its last word and a footnote's number (`сенатордан.қ4`), after a stop at the
    // line's end, or to its last word (`Жа аң`)
    const last = i === tokens.length - 1;
    const gt = GLUED_THEN.exec(tokens[i]!) ?? (last ? (AFTER_STOP.exec(tokens[i]!) ?? GLUED.exec(tokens[i]!)) : null);
    // (the stop may stand apart, the letter's gap before it: `жо .қ`)
    const before = gt ? [...tokens.slice(0, i), gt[1]!].join(' ') : '';
    if (gt && /\p{L}/u.test(before)) {
      const marker = gt[3] ?? '';
      return { words: before + gt[2]!, runs: [], glued: { words: before, run: gt[2]! }, marker, leader: '', rest: tokens.slice(i + 1).join(' ') };
    }
    if (i === 0 || (!IS_RUN.test(tokens[i]!) && !RUN_THEN.test(tokens[i]!))) continue;
    const runs: string[] = [];
    let then = '';
    let j = i;
    for (; j < tokens.length; j++) {
      if (IS_RUN.test(tokens[j]!)) runs.push(tokens[j]!);
      else {
        const m = RUN_THEN.exec(tokens[j]!);
        if (m) {
          runs.push(m[1]!);
          then = m[2]!;
          j++;
        }
        break;
      }
    }
    if (!then && j < tokens.length && (MARKER.test(tokens[j]!) || LEADER.test(tokens[j]!))) then = tokens[j++]!;
    // runs that a word follows are not a run's end
    if (!then && j < tokens.length) {
      i = j;
      continue;
    }
    const words = tokens.slice(0, i).join(' ');
    if (!/\p{L}/u.test(words)) return null;
    const g = GLUED.exec(tokens[i - 1]!);
    const glued = g ? { words: [...tokens.slice(0, i - 1), g[1]!].join(' '), run: g[2]! } : null;
    const marker = MARKER.test(then) ? then : '';
    return { words, runs, glued, marker, leader: marker ? '' : then, rest: tokens.slice(j).join(' ') };
  }
  return null;
}

// four letters or more only Kazakh has, glued to a line's last word: no word ends so
const LONG_GLUED = new RegExp(`[^${KAZAKH_LETTERS}\\s][${KAZAKH_LETTERS}]{4,}$`, 'u');
// such letters against a word, at the line's end, before a footnote's number (where the tool printed those it had so
// far) or before a contents entry's leader
const GLUED_LETTERS = new RegExp(`(?<=[^${KAZAKH_LETTERS}\\s])[${KAZAKH_LETTERS}]+(?=\\d{1,3}(?:\\s|$)|[.…]{3,}|$)`, 'gu');

/** Whether a text prints each line's letters run together against its last word, no space between them (`бюроқәқұққө`). */
export const gluesLetters = (lines: Line[]): boolean => lines.filter((l) => !l.blank && LONG_GLUED.test(l.text)).length >= LETTER_LINES;

/**
 * In a text that glues them, the letters run together against a word: at the
 * line's end, or before a footnote's number inside it, where the tool printed
 * those it had so far (`та айындады,әғ1 б л … болды.ұңққғү`). Each letter is
 * a run of its own, in the order printed: which go into one gap is the
 * reading's to find (fillScored's `ungrouped`). A word's own last letters
 * among them go back to it the same way.
 */
export function gluedLetters(text: string): Tail | null {
  const letters = (text.match(GLUED_LETTERS) ?? []).join('');
  if (!letters) return null;
  return { words: text.replace(GLUED_LETTERS, ''), runs: [...letters], glued: null, marker: '', leader: '', rest: '', ungrouped: true };
}

// runs printed before a line's words (after its bullet, if it has one), two at least or one of two letters
const HEAD = new RegExp(`^((?:[•▪◦●■‣⁃–-] )?)(${RUN}(?: ${RUN})*) (?=\\p{L}[^ ]* \\S)(.*)$`, 'u');

/**
 * Runs printed before a line's words, where the line's first letter is one of
 * them (`Қ қ ғ ә аза стан Республикасы`, `• Құ қ жаттарын`): a tool that sets
 * a group of another font's letters where its first letter stands. They are
 * the line's runs as a tail is (read the same way); null where the line does
 * not open so.
 */
export function headOf(text: string): Tail | null {
  const m = HEAD.exec(text);
  if (!m) return null;
  const runs = m[2]!.split(' ');
  if (runs.length < 2 && [...runs[0]!].length < 2) return null;
  const words = m[1]! + m[3]!;
  if (tailOf(words)) return null;
  return { words, runs, glued: null, marker: '', leader: '', rest: '' };
}

/** The runs a line prints beside its words: glued against them in a text that glues them (`glues`), else after or before them. */
export const runsOf = (text: string, glues: boolean): Tail | null => (glues ? gluedLetters(text) : (tailOf(text) ?? headOf(text)));
