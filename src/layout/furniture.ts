import type { Diagnostic, Furniture, Note, ZonedLine } from '../schema/index.ts';
import { diagnostic } from '../schema/index.ts';
import { allResources } from '../lang/index.ts';
import { runs } from './blocks.ts';
import { inCapitals } from './text-lines.ts';

export interface FurnitureResult {
  lines: ZonedLine[];
  furniture: Furniture[];
  notes: Note[];
  diagnostics: Diagnostic[];
}

const LONE_PAGE_NUMBER = /^(?:[-\u2013\u2014]\s*)?\d{1,4}(?:\s*[-\u2013\u2014])?$|^\d{1,4}\s*(?:\/|of|из)\s*\d{1,4}$/i;
const NOTE_START = /^(\*+|†|‡)\s*(\S.*)$/;
const FOOTNOTE_START = /^\d{1,3}\s/;
/** how many lines of a page's first or last block stand at its edge, where running heads and feet are */
const EDGE_LINES = 3;

/** The page number a line's page label states, if the line carries one. */
export function pageLabelNumber(text: string): number | null {
  for (const res of allResources()) {
    const m = text.match(res.pageLabel);
    if (m) {
      const n = m[0].match(/\d+/);
      if (n) return Number(n[0]);
    }
  }
  return null;
}

/** Header text compared across pages: case, digits and spacing do not count. */
const headerKey = (text: string): string =>
  text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').replace(/ ([,.;:])/g, '$1').trim();

/**
 * Whether `line` goes on with a word the line above broke at its hyphen: no
 * running line, though the same rest may end two pages (`… under the Law on
 * Public Proce-` / `dures.`, where a hyphenating layout breaks a name the text
 * repeats at the same place).
 */
const goesOnBrokenWord = (above: string, line: string): boolean => /\p{L}-$/u.test(above.trimEnd()) && /^\p{Ll}/u.test(line.trimStart());

/** Blocks: runs of non-blank lines in one zone, broken at page starts. */
function lineBlocks(lines: ZonedLine[]) {
  const blocks = runs(lines, (l) => !l.blank && l.zone !== 'rule');
  return blocks.flatMap((b) => {
    const parts: typeof blocks = [];
    let start = b.start;
    for (let i = b.start + 1; i < b.end; i++) {
      if (lines[i]!.pageStart || lines[i]!.zone !== lines[i - 1]!.zone) {
        parts.push({ start, end: i, items: lines.slice(start, i) });
        start = i;
      }
    }
    parts.push({ start, end: b.end, items: lines.slice(start, b.end) });
    return parts;
  });
}

/**
 * Finds page furniture (running headers, page labels, lone page numbers) by
 * pattern and by repetition across pages, and unnumbered notes (`* …`). Their
 * lines leave the body and footnote zones; page numbers stated by labels
 * correct the page count of the text path, which cannot see pages without footnotes.
 */
export function findFurniture(input: ZonedLine[]): FurnitureResult {
  const lines = input.map((l) => ({ ...l }));
  const furniture: Furniture[] = [];
  const notes: Note[] = [];
  const diagnostics: Diagnostic[] = [];
  const blocks = lineBlocks(lines);
  const furnitureAt = new Set<number>();
  const labelBlocks: LabelBlock[] = [];

  // 1. page labels with the running-header lines that stand with them
  const labelled: Array<(typeof blocks)[number]> = [];
  for (const b of blocks) {
    if (b.items.length > 4 || b.items.some((l) => l.text.length > 110)) continue;
    const first = b.items[0]!;
    const last = b.items[b.items.length - 1]!;
    const label = [first, last].find((l) => pageLabelNumber(l.text) !== null);
    if (!label) continue;
    labelled.push(b);
    labelBlocks.push({ start: b.start, end: b.end, page: pageLabelNumber(label.text)! });
  }
  // (a heading in capitals over a label's running lines that the text writes nowhere else is the text's, printed
  // against them without a gap: a heading that ends a page, `ABOUT ODIHR`; running lines repeat on other pages)
  const pages = new Set(lines.map((l) => l.page));
  const manyPages = pages.size >= 3;
  const written = new Map<string, number>();
  if (manyPages && labelled.length > 0) {
    for (const l of lines) {
      if (l.blank) continue;
      const key = headerKey(l.text);
      written.set(key, (written.get(key) ?? 0) + 1);
    }
  }
  for (const b of labelled) {
    b.items.forEach((l, k) => {
      const heading = k === 0 && inCapitals(l.text) && (written.get(headerKey(l.text)) ?? 0) < 2;
      if (!manyPages || pageLabelNumber(l.text) !== null || !heading) furnitureAt.add(b.start + k);
    });
  }

  // 2. lone page numbers
  for (const b of blocks) {
    if (b.items.length === 1 && b.items[0]!.zone === 'body' && LONE_PAGE_NUMBER.test(b.items[0]!.text)) furnitureAt.add(b.start);
  }

  // 3. running headers and footers repeated at the top or bottom of pages
  if (manyPages) {
    const edgeBlocks = new Map<number, typeof blocks>();
    for (const b of blocks) {
      const p = b.items[0]!.page;
      const list = edgeBlocks.get(p) ?? [];
      list.push(b);
      edgeBlocks.set(p, list);
    }
    // a page's edges: its first blocks while they are short (a running head printed as a title, a date
    // and a label, each a block of its own), three at most, and its last block
    const top = (list: typeof blocks): typeof blocks => {
      const out: typeof blocks = [];
      for (const b of list.slice(0, 3)) {
        out.push(b);
        if (b.items.length > 2) break;
      }
      return out;
    };
    const feet = new Map([...edgeBlocks].map(([p, list]) => [p, [list[list.length - 1]!]]));
    const edges = (p: number, list: typeof blocks): typeof blocks => [...new Set([...top(list), ...feet.get(p)!])];
    // a line counts as seen at a page's edge only within its first or last lines: text printed without blank
    // lines is one block from the running head down, and a line inside it that a line on another page's edge
    // repeats (a sentence's last words) is no running head
    const edgeLines = (b: (typeof blocks)[number], p: number, list: typeof blocks): number[] => {
      const ks = b.items.map((_, k) => k);
      if (ks.length <= EDGE_LINES) return ks;
      const head = list.indexOf(b) < 3 ? ks.slice(0, EDGE_LINES) : [];
      const foot = feet.get(p)!.includes(b) ? ks.slice(-EDGE_LINES) : [];
      return [...new Set([...head, ...foot])];
    };
    const count = (): Map<string, Set<number>> => {
      const seen = new Map<string, Set<number>>();
      for (const [p, list] of edgeBlocks) {
        for (const b of edges(p, list)) {
          for (const k of edgeLines(b, p, list)) {
            const key = headerKey(b.items[k]!.text);
            if (key.length < 3) continue;
            const s = seen.get(key) ?? new Set<number>();
            s.add(p);
            seen.set(key, s);
          }
        }
      }
      return seen;
    };
    let seen = count();
    const needed = Math.max(2, Math.ceil(pages.size * 0.3));
    const repeated = (l: ZonedLine): boolean => (seen.get(headerKey(l.text))?.size ?? 0) >= needed;
    // a running foot printed as blocks of their own (a title, a date, a label): over a page's foot that
    // repeats, the short block above is an edge too, two more at most
    for (let round = 0; round < 2; round++) {
      let grew = false;
      for (const [p, list] of edgeBlocks) {
        const foot = feet.get(p)!;
        const above = list[list.length - 1 - foot.length];
        if (!above || above.items.length > 2 || top(list).includes(above) || !foot.every((b) => b.items.every(repeated))) continue;
        foot.push(above);
        grew = true;
      }
      if (!grew) break;
      seen = count();
    }
    for (const [p, list] of edgeBlocks) {
      for (const b of edges(p, list)) {
        b.items.forEach((l, k) => {
          if (repeated(l) && p > 0 && !(k > 0 && goesOnBrokenWord(b.items[k - 1]!.text, l.text))) furnitureAt.add(b.start + k);
        });
      }
    }
  }

  renumberPages(lines, labelBlocks);

  for (const i of [...furnitureAt].sort((a, b) => a - b)) {
    const l = lines[i]!;
    const kind = pageLabelNumber(l.text) !== null ? 'page-label' : LONE_PAGE_NUMBER.test(l.text) ? 'page-number' : 'running-header';
    furniture.push({ page: l.page, kind, text: l.text });
    l.zone = 'furniture';
  }

  // 4. unnumbered notes: an asterisk line and its continuation up to a blank, a rule or a footnote
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.zone === 'furniture' || l.zone === 'rule' || l.blank) continue;
    const m = l.text.match(NOTE_START);
    if (!m) continue;
    const parts = [m[2]!];
    l.zone = 'note';
    let j = i + 1;
    for (let last = l; j < lines.length && !endsNote(last, l, lines[j]); j++) {
      const n = lines[j]!;
      if (n.blank || n.zone === 'rule' || n.zone === 'furniture' || n.pageStart || FOOTNOTE_START.test(n.text) || NOTE_START.test(n.text)) break;
      parts.push(n.text);
      n.zone = 'note';
      last = n;
    }
    notes.push({ marker: m[1]!, text: parts.join(' '), page: l.page });
    i = j - 1;
  }
  if (furniture.length === 0 && pages.size > 1) {
    diagnostics.push(diagnostic('layout', 'no-furniture', 'info', 'no running header or page label was found'));
  }
  return { lines, furniture, notes, diagnostics };
}


const ENDS_NOTE_LINE = /[.!?)»"]$/u;
/** A dateline's opening: a place of one to three words, a comma, a date with a year, a dash. */
const DATELINE = /^\p{Lu}[\p{L}-]+(?: [\p{L}-]+){0,2}, [^–—,.]{0,24}\b\d{4}\b[^–—,.]{0,16} [–—] /u;

/**
 * The lines of each unnumbered note the furniture stage found (zone `note`),
 * in order, its marker off the first: for the structure stage to join as it
 * joins a paragraph's (a word broken at a line's end whole again).
 */
export function noteLines(lines: ZonedLine[]): string[][] {
  const out: string[][] = [];
  for (const l of lines) {
    if (l.zone !== 'note') continue;
    const m = NOTE_START.exec(l.text);
    if (m) out.push([m[2]!]);
    else out[out.length - 1]?.push(l.text);
  }
  return out;
}

/**
 * A note's last line: it ends a sentence well short of the note's first line,
 * or over a line that cannot be the note's, or, the note's only line, over a
 * line set elsewhere. Text printed without blank lines (Ghostscript, PDFBox)
 * goes straight on with the body under the note.
 */
function endsNote(line: ZonedLine, first: ZonedLine, next: ZonedLine | undefined): boolean {
  if (!ENDS_NOTE_LINE.test(line.text)) return false;
  // a statement's dateline opens its text under the note: a place, a date with its year, a dash (`Astana, 27 April 2015 –`)
  if (next && DATELINE.test(next.text)) return true;
  // a line that could be neither a note's last (it ends no sentence) nor one that runs to the note's
  // measure (it is shorter than the first): the note stopped above it. A note set smaller than the
  // body runs its lines longer than the body's, which no tool's spacing keeps apart.
  if (next && !ENDS_NOTE_LINE.test(next.text) && next.text.length < 0.8 * first.text.length) return true;
  // a note of one line, over a line that stands elsewhere (text that keeps indentation: a centred
  // heading) or a heading in capitals
  if (line === first) return !!next && (Math.abs(next.indent - first.indent) > 4 || inCapitals(next.text));
  return line.text.length < 0.8 * first.text.length;
}

interface LabelBlock {
  start: number;
  end: number;
  /** the page number the label states */
  page: number;
}

/**
 * The text path counts pages by footnote zones and form feeds, which misses
 * pages without footnotes. A page label states the number: a label block at the
 * top of a page (a header) numbers the lines from it on; one that closes a page
 * (a footer, followed by a page break) numbers the lines up to it, and the next
 * page follows.
 */
function renumberPages(lines: ZonedLine[], labels: LabelBlock[]): void {
  if (labels.length === 0) return;
  const counted = lines.map((l) => l.page);
  const startsAt = new Map(labels.map((b) => [b.start, b]));
  let cur = 1;
  let footerEnded = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (i > 0 && counted[i] !== counted[i - 1] && !footerEnded) cur++;
    if (i > 0 && counted[i] !== counted[i - 1]) footerEnded = false;
    const label = startsAt.get(i);
    if (label) {
      const next = lines.slice(label.end).findIndex((x) => !x.blank);
      const closesPage = next < 0 || counted[label.end + next] !== counted[i] || lines[label.end + next]!.pageStart;
      if (closesPage) {
        // a footer: everything since the last break is on the labelled page
        for (let j = i - 1; j >= 0 && counted[j] === counted[i]; j--) lines[j]!.page = label.page;
        cur = label.page;
        for (let j = i; j < label.end; j++) lines[j]!.page = cur;
        cur++;
        footerEnded = true;
        i = label.end - 1;
        continue;
      }
      // a header opens a page even where the text path saw no break
      cur = label.page;
      l.pageStart = true;
    }
    l.page = cur;
  }
}
