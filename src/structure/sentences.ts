import type { LangResources } from '../lang/index.ts';

export interface Span {
  start: number;
  end: number;
}

// A sentence ends with . ! ? or … (repeated, or a dot doubled by a marker removed between
// them), perhaps followed by closing quotes or brackets.
const TERMINAL = /[.!?\u2026]+["»”’')\]]*(?=\s)/gu;
// What may open the next sentence: a capital, a digit, an opening quote or bracket, a dash.
const OPENER = /^\s+(?:["«“„'(\[]\s*)?[\p{Lu}\d]/u;
// The space after a full stop lost in extraction (`(42).Прочие`, `голоса.Вторая`): a lower-case
// word or a bracket, the stop, then a capitalised word.
const GLUED_STOP = /(?<=\p{Ll}{2}|[)»"”])[.!?](?=\p{Lu}\p{Ll})/gu;

/** The white-space-delimited token around position `i` (to keep URLs, e-mails and file names whole). */
function tokenAt(text: string, i: number): string {
  let a = i;
  let b = i;
  while (a > 0 && !/\s/.test(text[a - 1]!)) a--;
  while (b < text.length && !/\s/.test(text[b]!)) b++;
  return text.slice(a, b);
}

/** The word (letters, dots, hyphens) right before position `end`, lower-cased, without its last dot. */
function wordBefore(text: string, end: number): string {
  const m = text.slice(Math.max(0, end - 40), end).match(/([\p{L}][\p{L}.\-]*)\.$/u);
  return m ? m[1]!.toLowerCase() : '';
}

function isAbbreviation(text: string, dotEnd: number, res: LangResources): boolean {
  const word = wordBefore(text, dotEnd);
  if (word === '') return false;
  if (res.abbreviations.includes(word)) return true;
  // an initial: one capital letter standing alone (`А. Иванов`, `J. Smith`)
  const before = text.slice(Math.max(0, dotEnd - 3), dotEnd);
  if (/(?:^|[\s(«"])\p{Lu}\.$/u.test(before)) return true;
  // dotted abbreviations such as `т.е.` or `e.g.`: letters separated by dots
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word) && res.abbreviations.some((a) => a.includes('.') && a === word)) return true;
  // the same written with a space (`т. е.`, `i. e.`)
  const spaced = text.slice(Math.max(0, dotEnd - 8), dotEnd).match(/(?:^|[\s(])(\p{L}{1,2})\.\s(\p{L}{1,2})\.$/u);
  if (spaced && res.abbreviations.includes(`${spaced[1]}.${spaced[2]}`.toLowerCase())) return true;
  return false;
}

/**
 * Splits running text into sentences. A boundary is terminal punctuation
 * followed by white space and a capital, a digit or an opening quote, unless the
 * dot closes an abbreviation of the language or an initial. Returns spans into
 * `text` with the surrounding white space left out.
 */
export function splitSentences(text: string, res: LangResources): Span[] {
  const ends: number[] = [];
  for (const m of text.matchAll(GLUED_STOP)) {
    const token = tokenAt(text, m.index);
    if (/[/@]|www|\.(?:com|org|net|kz|ru)\b/i.test(token)) continue;
    if (m[0] === '.' && isAbbreviation(text, m.index + 1, res)) continue;
    ends.push(m.index + 1);
  }
  for (const m of text.matchAll(TERMINAL)) {
    const end = m.index + m[0].length;
    if (!OPENER.test(text.slice(end, end + 6))) continue;
    const dot = m[0].indexOf('.');
    if (m[0].startsWith('.') && m[0].replace(/["»”’')\]]+$/u, '') === '.' && isAbbreviation(text, m.index + dot + 1, res)) continue;
    if (dot === 0 && /\d$/.test(text.slice(0, m.index)) && /^\s+\d/.test(text.slice(end))) continue; // `п. 7. 2` style numbering
    ends.push(end);
  }
  const spans: Span[] = [];
  let start = 0;
  for (const end of ends.sort((a, b) => a - b)) {
    spans.push({ start, end });
    start = end;
  }
  spans.push({ start, end: text.length });
  return spans
    .map((s) => trimSpan(text, s))
    .filter((s) => s.end > s.start);
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
