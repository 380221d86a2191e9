/**
 * A line broken after a raised footnote marker. Some tools (poppler's -raw
 * mode) start a new line wherever the baseline moves, so the rest of a printed
 * line after a raised `1` comes out as a short line of its own:
 *
 *   by 53 deputies to dissolve the Majilis (the lower house of Parliament).1
 *   Among their reasons the
 *   deputies cited the global economic downturn expected in 2012, during which, …
 *
 * The two pieces are one printed line: together about as wide as a full line,
 * the marker's piece short of the margin, the other going on mid-sentence into
 * the next line (which opens in lower case, or the piece ends in a short word
 * in lower case: `The activities of the` / `Communist Party …`). They are
 * joined again; nothing else is. A rest over a line that opens with a capital
 * is joined only in a text that proves it breaks lines at markers, or where
 * it could be no heading (it holds figures, or many words), and never where
 * it reads as a heading. A rest under which the page's text stops for its
 * footnotes is joined too: no heading stands at a page's foot. A long rest
 * (`venues.10` / `Insult and the dissemination of …`) is joined where the two
 * make a line no wider than a full one, in a text with three such pairs or
 * more: a paragraph's short last line and the next one's first, full, line
 * are wider, and a tool that does not break at markers prints next to none.
 * A running head is never a piece, though it ends in its page's number glued
 * to a word (`… Page10`) over a page's first line broken at a marker.
 */
import type { Line } from '../schema/index.ts';
import { quantile } from './blocks.ts';
import { bodyMeasure, type BodyMeasure } from './typeset.ts';
import { runningLineTest } from './running-heads.ts';
import { allResources } from '../lang/index.ts';
import { outrunsHeading } from './heading-shape.ts';
import { OPENS_CAPITAL } from './text-lines.ts';

/** Ends in a marker glued to a word or a stop (`Parliament).1`, `exist.8`, `members12`). */
const ENDS_IN_MARKER = /[\p{L}.,;:)»"”'’]\d{1,3}$/u;
/**
 * Ends in a short word in lower case (`of the`, `for`, `и`), or is one short
 * word (`The`, `В`): the sentence goes on into the next line.
 */
const GOES_ON = /\s\p{Ll}{1,3}$|^\p{L}\p{Ll}{0,2}$/u;
/** A comma after a word inside the rest, no figures in it (an address's lines have them): a sentence, not a heading. */
const MID_SENTENCE = /^\D*\p{Ll},\s\D*$/u;
/** Opens in lower case, perhaps inside a bracket or quote (`(акиматами) на основе …`), or with a dash (`– that is, …`): a sentence going on. */
const SENTENCE_GOES_ON = /^(?:[(«"“]?\p{Ll}|[–—]\s)/u;
/** A figure, or a range of them, perhaps with an ending after a hyphen, and a word in lower case (`2012 года …`, `5–6 марта …`, `12-бабы бойынша …`): a sentence's words, not a footnote's number before its text. */
const FIGURE_IN_SENTENCE = /^\d{1,4}(?:[–-]\d{1,4})?(?:-\p{Ll}+)?\s\p{Ll}/u;
/** Ends a sentence, then a marker (`коммерческих.37`): the printed line may go on with the next sentence. */
const SENTENCE_THEN_MARKER = /[.!?…»")]\d{1,3}$/u;
/** Acronyms joined by a slash (`OSCE/ODIHR`), the words that open the rest: an organisation's name. */
const ACRONYMS = /^\p{Lu}{2,}(?:\/\p{Lu}{2,})+(?:\s|$)/u;
/** A numbered or lettered heading's opening (`IV. `, `2. `, `B. `). */
const NUMBERED = /^(?:[IVX]+|\d+|\p{Lu})\.\s/u;
/** The widest piece over a long rest, in full lines. */
const LONG_REST_PIECE = 0.5;
/** How far a printed line's natural width may run past the body's full line (the upper quartile of them). */
const LINE_TOLERANCE = 0.01;
/** How far a printed line that breaks a word at its end may run past it: it ran to the margin, its width is read in approximate glyphs. */
const BROKEN_TOLERANCE = 0.03;
/** How far short of the margin a line with the next line's first word added may read, that word still not having fitted: widths are read in approximate glyphs. */
const FIT_TOLERANCE = 0.03;
/** Ends a sentence: no sentence goes on into a line after it. */
const ENDS_SENTENCE = /[.!?:;»")\]”]$/u;
export function joinMarkerBreaks(lines: Line[]): Line[] {
  const lengths = lines.filter((l) => !l.blank).map((l) => l.text.length);
  if (lengths.length < 20) return lines;
  const fullChars = quantile(lengths, 0.9);
  const measured = bodyMeasure(lines);
  const width = measured ?? ((text: string) => text.length / fullChars);
  // (thresholds in a full line's width; counting characters against all lines, as before, where too few lines went on)
  const [pieceShort, restShort, restShortProven, joinedMin, joinedMax] = measured ? [0.95, 0.85, 0.9, 0.85, 1.05] : [0.9, 0.75, 0.8, 0.85, 1.05];
  // the tool breaks lines at markers where a text proves it: pieces that make one printed line with the
  // sentence going on in lower case right after the marker (`… members12` / `of the Majilis are elected`)
  const proven = lines.filter((l, i) => {
    const next = lines[i + 1];
    if (!next || l.blank || next.blank || !ENDS_IN_MARKER.test(l.text) || !/^\p{Ll}/u.test(next.text)) return false;
    const joined = width(`${l.text} ${next.text}`);
    return width(l.text) < pieceShort && joined >= joinedMin && joined <= joinedMax;
  }).length;
  // where it is proven, the rest may run longer, with the sentence going on under it
  const restMax = proven >= 2 ? restShortProven : restShort;

  // a sentence opened after the marker, its rest over a line that opens with a capital (`… коммерческих.37` /
  // `На государственных каналах` / `«Казахстан» и «Хабар» …`), where the text proves it so twice over
  const running = runningLineTest(lines);
  // the pieces make a line as wide as the body's full lines run (the narrowest quarter of them, or as the pieces of
  // any broken line must: a long next word leaves a full line short), and the next line's first word would not have fitted
  const fillsLine = (m: BodyMeasure, l: Line, next: Line, after: Line): boolean => {
    const joined = m(`${l.text} ${next.text}`);
    return joined >= Math.min(m.lowerQuartile, joinedMin) && joined <= joinedMax && m(`${l.text} ${next.text} ${after.text.split(' ')[0]}`) > 1 - FIT_TOLERANCE;
  };
  // an acronym alone (`ЭКСО`), which the text writes after a word in lower case somewhere: a name the sentence opens
  // on, where a heading's word in capitals stands mid-sentence in lower case
  let midSentenceCapitals: Set<string> | undefined;
  const acronymInText = (text: string): boolean => {
    if (!/^\p{Lu}{2,8}$/u.test(text)) return false;
    midSentenceCapitals ??= new Set(lines.flatMap((l) => [...l.text.matchAll(/\p{Ll}[\s(]+(\p{Lu}{2,8})(?![\p{Ll}\d])/gu)].map((m) => m[1]!)));
    return midSentenceCapitals.has(text);
  };
  const beforeCapital = (l: Line, next: Line, after: Line): boolean =>
    measured !== undefined &&
    SENTENCE_THEN_MARKER.test(l.text) &&
    !running(l) &&
    width(l.text) < pieceShort &&
    width(next.text) < restShort &&
    OPENS_CAPITAL.test(after.text) &&
    !ENDS_SENTENCE.test(next.text) &&
    // (a rest may open with a figure a word in lower case follows: a date, `5–6 марта комиссия …`)
    (!/^\d/.test(next.text) || FIGURE_IN_SENTENCE.test(next.text)) &&
    // a heading is no rest: in capitals, numbered, or naming a report's section (`Сайлау науқаны`); acronyms
    // joined by a slash name an organisation, not a section (`ЕҚЫҰ/ДИАБ`)
    (/\p{Ll}/u.test(next.text) || ACRONYMS.test(next.text) || acronymInText(next.text)) &&
    !NUMBERED.test(next.text) &&
    !namesSection(next.text) &&
    fillsLine(measured, l, next, after);
  // (a rest whose last word and the next line's first make a name the text writes on one line twice or more, `The
  // Broadcasting` / `Act requires …`, breaks off inside that name: the sentence's start, no heading)
  const namesGoOn = (rest: string, after: string): boolean => ((pairs ??= wordPairs(lines)).get(`${lastWord(rest)} ${firstWord(after)}`) ?? 0) >= 2;
  let pairs: Map<string, number> | undefined;
  // (where each such break stands, by its piece's line: two of them are the proof)
  const breaksBeforeCapitals = new Set<number>();
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!lines[i]!.blank && !lines[i + 1]!.blank && !lines[i + 2]!.blank && beforeCapital(lines[i]!, lines[i + 1]!, lines[i + 2]!)) breaksBeforeCapitals.add(i);
  }
  // words the text writes in lower case somewhere: a capital on one of them may open a sentence; on any other word (a name,
  // an acronym: `Марстранд`, `БДИПЧ`) it does not, and the line above it went on into it
  const lowerWords = new Set<string>();
  for (const l of lines) for (const w of l.text.match(/(?<![\p{L}\d-])\p{Ll}[\p{L}-]*/gu) ?? []) lowerWords.add(w);
  const opensOnName = (text: string): boolean => {
    const w = /^[«"“(]?(\p{Lu}[\p{L}-]*)/u.exec(text)?.[1];
    return w !== undefined && !lowerWords.has(w.toLowerCase());
  };
  const capitalRest = (i: number): boolean =>
    breaksBeforeCapitals.has(i) &&
    (proven >= 2 || breaksBeforeCapitals.size >= 2 || outrunsHeading(lines[i + 1]!.text) || opensOnName(lines[i + 2]!.text) || namesGoOn(lines[i + 1]!.text, lines[i + 2]!.text));
  // a rest under which the page's text stops for its footnotes, the first of them numbered no higher than the
  // piece's marker: a paragraph's first line runs to the margin, and a heading seldom stands at a page's foot
  // (it may: one naming a report's section is no rest)
  const restOverNotes = (l: Line, next: Line, after: Line): boolean => {
    const note = /^(\d{1,3})(?:\s|$)/u.exec(after.text);
    const marker = /(\d{1,3})$/u.exec(l.text);
    return note !== null && marker !== null && +note[1]! >= 1 && +note[1]! <= +marker[1]! && /\p{Ll}/u.test(next.text) && !NUMBERED.test(next.text) && !sectionHeading(next.text);
  };
  // a short piece that ends a sentence and a marker, over a long rest that opens with a capital (or a figure and a
  // word in lower case, `2022 жылғы …`) and goes on into the next line in lower case, perhaps inside a bracket: one
  // printed line where the two are no wider than a full line (a paragraph's last line and the next one's first are
  // wider); taken in a text where three such pairs or more prove the breaks
  const longPairs = lines.map((l, i) => {
    const [next, after] = [lines[i + 1], lines[i + 2]];
    if (!measured || !next || !after || l.blank || next.blank || after.blank || !SENTENCE_THEN_MARKER.test(l.text) || measured(l.text) >= LONG_REST_PIECE) return false;
    if (!(OPENS_CAPITAL.test(next.text) || FIGURE_IN_SENTENCE.test(next.text)) || !SENTENCE_GOES_ON.test(after.text)) return false;
    const joined = measured(`${l.text} ${next.text}`);
    // (a rest that breaks a word at its hyphen ran to the margin: the two are a full line, give or take the glyphs' error)
    return joined >= measured.lowerQuartile && joined <= 1 + (/\p{L}-$/u.test(next.text) ? BROKEN_TOLERANCE : LINE_TOLERANCE);
  });
  const longRestsProven = longPairs.filter(Boolean).length >= 3;
  // a line of the running head over a page's text: it and the lines above it on its page repeat as running heads do
  const inRunningHead = (i: number): boolean => {
    for (let k = i; k >= 0 && (lines[k]!.blank || running(lines[k]!)); k--) if (lines[k]!.pageStart) return true;
    return false;
  };
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    const after = lines[i + 2];
    const joined = next ? width(`${l.text} ${next.text}`) : 0;
    if (
      next &&
      after &&
      !l.blank &&
      !next.blank &&
      !after.blank &&
      // a table's rows, placed in their columns, are no broken line
      !l.segments &&
      !next.segments &&
      !next.pageStart &&
      !after.pageStart &&
      ENDS_IN_MARKER.test(l.text) &&
      width(l.text) < pieceShort &&
      // a running head printed with its page's number (`… Page10`) is no piece of the body's first line
      !inRunningHead(i) &&
      // both pieces are short of the margin: a paragraph's first line after a marker is not
      (width(next.text) < restShort || (width(next.text) < restMax && /^\p{Ll}/u.test(after.text)) || (longRestsProven && longPairs[i]!)) &&
      // the pieces fill a line, or measured in glyphs, the next line's first word would have run past it
      (joined >= joinedMin || (measured !== undefined && width(`${l.text} ${next.text} ${after.text.split(' ')[0]}`) > 1)) &&
      joined <= joinedMax &&
      // a rest that opens with a figure is a footnote's text, unless a word in lower case follows it (`19 января, …`)
      (!/^\d/.test(next.text) || FIGURE_IN_SENTENCE.test(next.text)) &&
      // (a bracket closed at the rest's end, the sentence going on in lower case under it, ends nothing: `(Дания)` / `басқарады, …`)
      (!ENDS_SENTENCE.test(next.text) || (/\p{L}\)$/u.test(next.text) && /^\p{Ll}/u.test(after.text))) &&
      // (the next line goes on in lower case, perhaps inside a bracket, or with a figure and lower case under
      // a piece that has lower case itself, no heading in capitals: `… and only` / `2 of the 47 seats`; or a
      // sentence's rest goes on over a capital)
      (SENTENCE_GOES_ON.test(after.text) || (FIGURE_IN_SENTENCE.test(after.text) && /\p{Ll}/u.test(next.text)) || GOES_ON.test(next.text) || MID_SENTENCE.test(next.text) || capitalRest(i) || restOverNotes(l, next, after))
    ) {
      const { segments: _columns, ...line } = l;
      out.push({ ...line, text: `${l.text} ${next.text}`, raw: `${l.raw ?? l.text} ${next.raw ?? next.text}`, rawLength: l.text.length + 1 + next.text.length });
      i++;
      continue;
    }
    out.push(l);
  }
  return out;
}

const WORDS = /[\p{L}\d][\p{L}\d-]*/gu;
const lastWord = (text: string): string => (text.match(WORDS) ?? []).at(-1)?.toLowerCase() ?? '';
const firstWord = (text: string): string => (text.match(WORDS) ?? [])[0]?.toLowerCase() ?? '';
/** How often each two words stand one after the other on one line, lower case. */
function wordPairs(lines: Line[]): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const l of lines) {
    const words = (l.text.match(WORDS) ?? []).map((w) => w.toLowerCase());
    for (let k = 1; k < words.length; k++) {
      const pair = `${words[k - 1]} ${words[k]}`;
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
  }
  return pairs;
}

/** The report sections' names in every language (the heading vocabulary of src/lang). */
const SECTION_NAMES = allResources().flatMap((r) => r.headings.map((h) => h.pattern));
const namesSection = (text: string): boolean => {
  const lower = text.toLowerCase();
  return SECTION_NAMES.some((p) => p.test(lower));
};
/**
 * A heading that names a report's section: a few words after its number or letter, if any, no clause in them
 * (`Регистрация избирателей`, `Г. Сайлаушыларды тіркеу`; not `Регистрация избирателей ведётся по месту жительства: …`).
 */
const sectionHeading = (text: string): boolean => {
  const words = text.replace(/^(?:[IVXLC]+|\d{1,2}|\p{Lu})\.\s+/u, '');
  return namesSection(words) && !/[.,:;]/u.test(words) && words.split(' ').length <= 8;
};
