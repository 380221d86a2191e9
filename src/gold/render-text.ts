/**
 * Lays a manuscript out as PDF-to-text output would print it: wrapped lines,
 * glued footnote markers, a footnote zone under a rule of spaces on every page,
 * running headers with page labels, pages opened by a one-space indent or a
 * form feed. The gold of the output is the manuscript itself, so the text path
 * can be measured on every language and layout, not only on the one real file.
 */
import type { Manuscript, GoldSentence } from './manuscript.ts';

export interface TextLayout {
  /** characters per body line */
  width: number;
  /** body and footnote lines per page */
  pageLines: number;
  /** form feeds between pages instead of the one-space convention */
  formFeeds: boolean;
  /** the running header and a page label on every page after the first */
  header: boolean;
  /** `стр. 9`, `Page: 9`, `бет 9` */
  label: (page: number) => string;
  /** break long words at line ends with a hyphen */
  hyphenate: boolean;
}

export const LABELS: Record<string, (n: number) => string> = {
  en: (n) => `Page: ${n}`,
  ru: (n) => `стр. ${n}`,
  kk: (n) => `бет ${n}`,
};

export const defaultLayout = (lang: string): TextLayout => ({
  width: 92,
  pageLines: 48,
  formFeeds: false,
  header: true,
  label: LABELS[lang] ?? LABELS.en!,
  hyphenate: false,
});

/** A sentence with its markers printed as plain digits glued where the superscript stood. */
const withMarkers = (raw: string): string => raw.replace(/\[\^(\d+)\]/g, '$1');

const VOWEL = /[aeiouyаеёиоуыэюяәөұүіAEIOUYАЕЁИОУЫЭЮЯӘӨҰҮІ]/u;

/** Where a hyphenator would break a word to fit `room` letters: before a consonant that opens a syllable. */
function syllableBreak(word: string, room: number): number {
  for (let k = Math.min(room, word.length - 3); k >= 2; k--) {
    if (!VOWEL.test(word[k]!) && VOWEL.test(word[k + 1] ?? '') && VOWEL.test(word[k - 1]!)) return k;
  }
  return -1;
}

function wrap(text: string, width: number, hyphenate: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ' ' + word;
    else {
      const room = width - line.length - 2;
      const at = hyphenate && /^\p{L}{8,}$/u.test(word) ? syllableBreak(word, room) : -1;
      if (at > 0) {
        lines.push(`${line} ${word.slice(0, at)}-`);
        line = word.slice(at);
      } else {
        lines.push(line);
        line = word;
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface Piece {
  lines: string[];
  refs: number[];
  /** blank line after */
  gap: boolean;
}

export function renderText(m: Manuscript, layout: TextLayout): string {
  const raw = {
    blocks: m.blocks.map((b) => b.sentences.map((s) => s.raw)),
    footnotes: new Map(m.footnotes.map((f) => [f.number, f.sentences])),
  };
  const pieces: Piece[] = [{ lines: [m.title], refs: [], gap: true }];
  raw.blocks.forEach((b, k) => {
    const kind = m.blocks[k]!.kind;
    if (kind === 'h1' || kind === 'h2') pieces.push({ lines: [b[0]!], refs: [], gap: true });
    else if (kind === 'list') {
      const items = b.map((l) => wrap(`• ${withMarkers(l)}`, layout.width, layout.hyphenate));
      pieces.push({ lines: items.flat(), refs: b.flatMap(refsOf), gap: true });
    } else {
      // a paragraph's sentences run on; each line keeps the markers printed on it
      const text = b.map(withMarkers).join(' ');
      const lines = isLineBlock(m.blocks[k]!.sentences) ? b.map(withMarkers) : wrap(text, layout.width, layout.hyphenate);
      pieces.push({ lines, refs: b.flatMap(refsOf), gap: true });
    }
  });

  const out: string[] = [];
  const pageBody: string[] = [];
  let zone: string[] = [];
  let page = 1;
  const carry: string[] = [];
  const flush = (): void => {
    // one blank line before the rule, whether or not the paragraph ended, as PDF-to-text prints it
    while (pageBody.length > 0 && pageBody[pageBody.length - 1] === '') pageBody.pop();
    out.push(...pageBody);
    if (page === 1) zone.push(...m.notes);
    if (zone.length > 0) {
      out.push('', ' '.repeat(48), ...zone);
    }
    pageBody.length = 0;
    zone = [];
    page++;
    if (layout.formFeeds) out.push('\f');
    else out.push('', '', '');
    if (layout.header) {
      out.push(...m.runningHeader.slice(0, -1), `${m.runningHeader[m.runningHeader.length - 1] ?? ''} ${layout.label(page)}`, '');
    }
  };
  const used = (): number => pageBody.length + (zone.length ? zone.length + 2 : 0);
  for (const piece of pieces) {
    for (let i = 0; i < piece.lines.length; i++) {
      let line = piece.lines[i]!;
      const refs = refsOnLine(line, piece.refs);
      const notes = refs.flatMap((n) => (raw.footnotes.get(n) ? [n] : []));
      const noteLines = notes.flatMap((n) => wrap(`${n} ${raw.footnotes.get(n)!.join(' ')}`, layout.width + 10, false));
      if (used() + 1 + noteLines.length + carry.length > layout.pageLines && pageBody.length > 0) {
        flush();
        if (carry.length) zone.push(...carry.splice(0));
        if (!layout.formFeeds && !layout.header) line = ' ' + line;
      }
      if (pageBody.length === 0 && !layout.formFeeds && !layout.header && page > 1 && !line.startsWith(' ')) line = ' ' + line;
      pageBody.push(line);
      // footnotes that do not fit run onto the next page
      const room = Math.max(0, layout.pageLines - used() - 2);
      zone.push(...noteLines.slice(0, room));
      carry.push(...noteLines.slice(room));
    }
    if (piece.gap) pageBody.push('');
  }
  if (carry.length) zone.push(...carry);
  out.push(...pageBody);
  if (zone.length) out.push('', ' '.repeat(48), ...zone);
  return out.join('\n').replace(/\n\f\n/g, '\n\f') + '\n';
}

const refsOf = (line: string): number[] => [...line.matchAll(/\[\^(\d+)\]/g)].map((x) => Number(x[1]));

/** The footnote numbers printed on one output line, among those its block references. */
function refsOnLine(line: string, refs: number[]): number[] {
  return refs.filter((n) => new RegExp(`(?<=[\\p{L}.,;:)»"”'’])${n}(?=[\\s.,;:)»"”]|$)`, 'u').test(line));
}

/** A paragraph of short lines without closing punctuation (an address) keeps its lines. */
export function isLineBlock(sentences: GoldSentence[]): boolean {
  return sentences.length >= 3 && sentences.every((s) => s.text.length < 60);
}
