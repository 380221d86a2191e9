/**
 * The front zones of a document: the title page's lines over the text (the
 * organisation, the country and election, the title, the mission's dates, the
 * dateline) and the table of contents. Both are marked as zones of their own, so
 * they never become paragraphs or sentences; the meta stage reads the title page.
 *
 * With geometry, a title-page line is a line of the first page set apart from
 * the text's left margin: centred. Text that keeps indentation says the same with
 * spaces. Text without either has only the lines themselves: short lines that
 * end no sentence, over the first line of running text.
 */
import type { ZonedLine } from '../schema/index.ts';
import { quantile } from './blocks.ts';

/** `I. INTRODUCTION ........ 3`, `Введение …… 12`: a heading, a dot leader, a page number. */
const LEADER = /^(.*?\S)\s*(?:\.{4,}|…{2,}|(?:\. ?){4,}|_{4,})\s*(\d{1,3})$/u;

export const tocEntryOf = (text: string): { text: string; page: number } | null => {
  const m = text.match(LEADER);
  return m ? { text: m[1]!.replace(/[\s.…]+$/u, '').trim(), page: Number(m[2]) } : null;
};

/** A line that ends a sentence (with a footnote marker or not). */
const ENDS_SENTENCE = /[.!?;:]["»”)]?(?:\s?\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?$/u;

interface Frame {
  left: number;
  right: number;
}

/** The text's left and right margins, from the body lines of every page. */
function frameOf(lines: ZonedLine[]): Frame | null {
  const geo = lines.filter((l) => l.zone === 'body' && !l.blank && l.geometry).map((l) => l.geometry!);
  if (geo.length < 5) return null;
  return { left: quantile(geo.map((g) => g.x), 0.1), right: quantile(geo.map((g) => g.x + g.width), 0.9) };
}

function centredByGeometry(line: ZonedLine, frame: Frame): boolean {
  const g = line.geometry!;
  // as far from the left margin as from the right one, and off the left margin (a justified line touches both)
  const left = g.x - frame.left;
  const right = frame.right - (g.x + g.width);
  return left >= 3 && right >= 3 && Math.abs(left - right) <= Math.max(4, 0.15 * Math.max(left, right));
}

/**
 * Text that keeps indentation: a line set well in from the text's left margin
 * and stopping well short of its right one. Characters are not glyphs, so
 * the two sides are not compared (a line in capitals prints wider).
 */
function centredByIndent(line: ZonedLine, margin: number, width: number): boolean {
  const left = line.indent - margin;
  const right = width - line.indent - line.text.length;
  return left >= 6 && right >= 6;
}

/** The heading of a report's first numbered section. */
const FIRST_SECTION = /^(?:I|1)\.\s+\p{Lu}[^.!?]*$/u;

/**
 * Marks the title page's leading lines `cover` and the table of contents `toc`.
 * `shortLine` says whether a line stops well short of the text's width (the text
 * path's fill measure); it is asked only where neither geometry nor indentation speaks.
 */
export function markFrontZones(lines: ZonedLine[], shortLine: (l: ZonedLine) => boolean): ZonedLine[] {
  const out = lines.map((l) => ({ ...l }));
  const frame = frameOf(out);
  const textWidth = quantile(out.filter((l) => l.zone === 'body' && !l.blank).map((l) => l.indent + l.text.length), 0.9);
  const indented = out.some((l) => l.zone === 'body' && l.indent > 0);
  const margin = quantile(out.filter((l) => l.zone === 'body' && !l.blank).map((l) => l.indent), 0.1);
  const first = out.filter((l) => l.page === out[0]?.page);

  // the title page: leading lines of the first page, up to the first line of running text
  const centred = (l: ZonedLine): boolean =>
    l.geometry && frame ? centredByGeometry(l, frame) : indented ? centredByIndent(l, margin, textWidth) : shortLine(l) && !ENDS_SENTENCE.test(l.text);
  const cover: ZonedLine[] = [];
  const lead = first.filter((l) => !l.blank && l.zone !== 'furniture' && l.zone !== 'rule');
  // the lines over an unnumbered note (`* The English version … is the only official one`) that
  // end no sentence: the title page, whatever their widths say
  const noteAt = lead.findIndex((l) => l.zone === 'note');
  const overNote = noteAt > 0 && noteAt <= 12 ? lead.slice(0, noteAt) : [];
  // so are the lines over the first numbered section's heading, when none of them ends a sentence
  const sectionAt = lead.findIndex((l) => FIRST_SECTION.test(l.text));
  const overSection = sectionAt > 0 && sectionAt <= 12 ? lead.slice(0, sectionAt) : [];
  const titleLike = (ls: ZonedLine[]): boolean => ls.every((l) => l.zone === 'body' && !ENDS_SENTENCE.test(l.text) && !tocEntryOf(l.text) && l.text.length <= 120);
  if (overNote.length > 0 && titleLike(overNote)) cover.push(...overNote);
  else if (overSection.length > 0 && titleLike(overSection)) cover.push(...overSection);
  for (let k = cover.length; k < lead.length; k++) {
    const l = lead[k]!;
    // (the first numbered section's heading, `I. EXECUTIVE SUMMARY`, opens the text, however centred)
    if (l.zone !== 'body' || tocEntryOf(l.text) || FIRST_SECTION.test(l.text)) break;
    // a centred line too long for one line: it fills the width and its last part, right under it, is centred
    const next = lead[k + 1];
    const wrapped = !!next && next.zone === 'body' && !ENDS_SENTENCE.test(l.text) && sameParagraph(l, next) && centred(next);
    if (!centred(l) && !wrapped) break;
    cover.push(l);
  }
  // a title page is more than the title alone only when something stands under it: running text
  if (cover.length > 0 && cover.length < first.filter((l) => l.zone === 'body' && !l.blank).length) for (const l of cover) l.zone = 'cover';

  // the table of contents: entries with dot leaders, an entry's wrapped first line, and the line naming it
  const entries = out.map((l, i) => (l.zone === 'body' && tocEntryOf(l.text) ? i : -1)).filter((i) => i >= 0);
  if (entries.length >= 3) {
    for (const i of entries) {
      out[i]!.zone = 'toc';
      const before = out[i - 1];
      if (before && before.zone === 'body' && !before.blank && !ENDS_SENTENCE.test(before.text) && entries.includes(i - 2) === false && i !== entries[0]) before.zone = 'toc';
    }
    // the heading over the first entry (`TABLE OF CONTENTS`, `СОДЕРЖАНИЕ`)
    for (let j = entries[0]! - 1; j >= 0; j--) {
      const l = out[j]!;
      if (l.blank || l.zone === 'furniture') continue;
      if ((l.zone === 'body' || l.zone === 'cover') && l.text.split(/\s+/).length <= 4 && !ENDS_SENTENCE.test(l.text) && l.text === l.text.toUpperCase()) l.zone = 'toc';
      break;
    }
  }
  return out;
}

/** Two lines of one paragraph: on the PDF path, no more than a line's pitch apart. */
function sameParagraph(a: ZonedLine, b: ZonedLine): boolean {
  if (a.geometry && b.geometry) return a.page === b.page && a.geometry.y - b.geometry.y <= 1.3 * Math.max(a.geometry.size, b.geometry.size);
  return a.page === b.page && b.no === a.no + 1;
}

/**
 * The title page's lines as its paragraphs: a centred line too long for one line
 * and its wrapped rest are one (by the gap on the PDF path; on the text path when
 * the rest opens in lower case or with a digit under a line that reaches the margin).
 */
export function coverParagraphs(lines: ZonedLine[], longLine: (l: ZonedLine) => boolean): string[] {
  const cover = lines.filter((l) => l.zone === 'cover' && !l.blank);
  const out: string[] = [];
  cover.forEach((l, k) => {
    const prev = cover[k - 1];
    // on the PDF path the gap says it; on the text path, a rest in lower case or a digit under a line that reached the margin
    const goesOn = !!prev && !ENDS_SENTENCE.test(prev.text) && sameParagraph(prev, l) && (prev.geometry ? true : longLine(prev) && /^[\p{Ll}\d]/u.test(l.text));
    if (goesOn) out[out.length - 1] = `${out[out.length - 1]} ${l.text}`;
    else out.push(l.text);
  });
  return out;
}

/** The table of contents' entries, a wrapped entry's lines joined; the heading over them left out. */
export function tocEntries(lines: ZonedLine[]): Array<{ text: string; page: number }> {
  const entries: Array<{ text: string; page: number }> = [];
  let pending = '';
  for (const l of lines) {
    if (l.zone !== 'toc' || l.blank) continue;
    const e = tocEntryOf(l.text);
    if (e) {
      entries.push({ text: (pending ? `${pending} ${e.text}` : e.text).replace(/\s+/g, ' '), page: e.page });
      pending = '';
    } else if (entries.length > 0 || !/^\p{Lu}[\p{Lu}\s]+$/u.test(l.text)) pending = pending ? `${pending} ${l.text}` : l.text;
  }
  return entries;
}
