/**
 * Glyphs a fallback font printed into a run of text. Where the chosen font
 * lacks a letter (Kazakh `ә`, `қ`, `ң` in a font made for Latin and Russian),
 * a PDF producer may set the line twice: the font's own run with a gap where
 * each missing letter goes, and the fallback font's letters on their own at
 * those gaps. The engine hands the run over as one text with a space for each
 * gap inside it (`ж не` for `және`), and the fallback letters as items of their
 * own; ordered by where they start, every letter that fell inside a run would
 * follow the whole run. Here each such letter takes the place of the space at
 * the gap it was printed in, the run's characters placed by their advance
 * widths scaled to the run's width. A letter in no gap of a run, or a gap that
 * ends a word (the engine hands those over as runs apart), is left as it is.
 */
import type { PdfContent, PdfItem } from '../schema/index.ts';
import { HAS_KAZAKH_LETTER } from '../lang/detect.ts';
import { GLYPH_WIDTHS } from './glyph-widths.ts';
import { SEAM } from './fallback-seams.ts';

const LETTER = /\p{L}$/u;

/** Proportions only: the run's own width scales them, so any family's serve. */
const WIDTHS = GLYPH_WIDTHS.arial!;
/** A character's advance, in ems, in a family's proportions. */
const advanceIn = (widths: Record<number, number>) => (ch: string): number => widths[ch.codePointAt(0)!] ?? 0.5;
const advance = advanceIn(WIDTHS);

/** The run a letter was printed inside, in the run's size: it starts before the letter and ends at or after it. */
const inside = (letter: PdfItem, run: PdfItem): boolean =>
  run !== letter && run.str.trim().length > letter.str.trim().length && Math.abs(letter.size - run.size) <= 0.15 * run.size &&
  run.x < letter.x - 0.1 && letter.x + letter.width <= run.x + run.width + 0.5;

/** Items of one Kazakh letter alone, at least this many: a fallback font printed the document's Kazakh letters. */
const KAZAKH_LETTERS_APART = 5;

/** Whether a PDF prints Kazakh letters in a fallback font, as items of their own (its seams are then weighed by the Kazakh words). */
export function printsKazakhLettersApart(content: PdfContent): boolean {
  let n = 0;
  for (const p of content.pages) for (const i of p.items) if (i.str.length === 1 && HAS_KAZAKH_LETTER.test(i.str) && ++n >= KAZAKH_LETTERS_APART) return true;
  return false;
}

/**
 * The page's own advance widths, in ems, of the letters it prints as items of
 * one letter alone: a fallback font's letters mostly stand so, and their
 * widths are the font's, where the proportions above are another family's
 * (`ң` a tenth narrower here, enough to close a word space beside it).
 */
export function letterWidths(items: readonly PdfItem[]): Map<string, number> {
  const ems = new Map<string, number>();
  for (const i of items) if (i.str.length === 1 && i.str !== ' ' && i.size > 0 && !ems.has(i.str)) ems.set(i.str, i.width / i.size);
  return ems;
}

/** Characters an item holds at least to tell a type size's natural scale. */
const SAMPLE_CHARS = 12;
/** Items of a size at least, and the share of them at the bottom whose scale is the size's natural one. */
const SAMPLES = 5;
const LOW_SHARE = 0.1;

/** A type size's natural scale, and the family of proportions that reads the page's runs most alike. */
export interface Natural {
  scale: number;
  family: string;
}

/** How far the page's narrower runs' scales spread, in the proportions of a family: the page's own family spreads least. */
const LOW_SPREAD = [0.1, 0.3] as const;

/**
 * Each type size's natural scale on a page, per point of size: the scale of
 * its narrowest runs, set at their own width (a paragraph's last line, a line
 * set ragged), where a justified line's runs are wider by the room their word
 * spaces took. Read in the family of proportions under which those narrower
 * runs agree best (a serif face's runs read in a sans face's proportions
 * scatter by the letters each holds).
 */
export function naturalScales(items: readonly PdfItem[]): Map<string, Natural> {
  const samples = items.filter((i) => i.size > 0 && i.str.replace(/ /g, '').length >= SAMPLE_CHARS).map((i) => ({ item: i, key: sizeKey(i) }));
  let best: { family: string; spread: number; scales: Map<string, number> } | null = null;
  for (const family of Object.keys(GLYPH_WIDTHS)) {
    const adv = advanceIn(GLYPH_WIDTHS[family]!);
    const bySize = new Map<string, number[]>();
    for (const { item: i, key } of samples) {
      const own = [...i.str].reduce((a, c) => a + adv(c), 0);
      let rs = bySize.get(key);
      if (!rs) bySize.set(key, (rs = []));
      rs.push(i.width / (own * i.size));
    }
    const scales = new Map<string, number>();
    let spread = 0;
    let n = 0;
    for (const [key, rs] of bySize) {
      if (rs.length < SAMPLES) continue;
      rs.sort((a, b) => a - b);
      const [lo, hi] = LOW_SPREAD.map((q) => rs[Math.floor(rs.length * q)]!);
      scales.set(key, lo!);
      spread += ((hi! - lo!) / lo!) * rs.length;
      n += rs.length;
    }
    if (n > 0 && (!best || spread / n < best.spread)) best = { family, spread: spread / n, scales };
  }
  const out = new Map<string, Natural>();
  if (best) for (const [key, scale] of best.scales) out.set(key, { scale, family: best.family });
  return out;
}
const sizeKey = (i: PdfItem): string => `${i.size.toFixed(1)}${i.bold ? 'b' : ''}${i.italic ? 'i' : ''}`;

/**
 * An item's letters between its own gaps (a fallback run leaves gaps for the
 * run's letters too: `ұ қ`), each where it starts. A gap's width is whatever
 * the run's letters in it took, so the first letters start where the item
 * does and the last end where it ends; letters between share the rest of the
 * room evenly. A letter's width is its advance at the item's size: the page's
 * own where it prints the letter alone, else the proportions above.
 */
function pieces(item: PdfItem, ems: ReadonlyMap<string, number>): PdfItem[] {
  const words = item.str.trim().split(/ +/);
  if (words.length === 1) return [{ ...item, str: words[0]! }];
  const widths = words.map((w) => [...w].reduce((a, c) => a + (ems.get(c) ?? advance(c)), 0) * item.size);
  const gap = Math.max(0, item.width - widths.reduce((a, b) => a + b, 0)) / (words.length - 1);
  let at = item.x;
  return words.map((w, k) => {
    const piece = { ...item, str: w, x: k === words.length - 1 ? item.x + item.width - widths[k]! : at, width: widths[k]! };
    at += widths[k]! + gap;
    return piece;
  });
}

/**
 * The run's text with its letters (ordered by x) in the gaps left for them, or
 * null where they do not fit. The run's characters are walked from its start,
 * each advancing by its width at the run's scale (its width less the gaps',
 * which are the letters' own widths, over its characters' advances); a space
 * takes the next letter where the letter stands nearer it than the next space,
 * and the walk goes on from the letter's end, so an estimate's error never
 * carries past a gap.
 */
function filled(run: PdfItem, letters: PdfItem[], natural?: Natural): string | null {
  const advance = natural ? advanceIn(GLYPH_WIDTHS[natural.family]!) : advanceIn(WIDTHS);
  const chars = [...run.str];
  const spaces = chars.filter((c) => c === ' ').length;
  if (spaces < letters.length) return null;
  const glyphs = chars.reduce((a, c) => a + (c === ' ' ? 0 : advance(c)), 0);
  const wordSpaces = spaces - letters.length;
  const room = run.width - letters.reduce((a, l) => a + l.width, 0);
  let scale = room / (glyphs + wordSpaces * advance(' ') || 1);
  if (!(scale > 0)) return null;
  // a justified line's room went to its word spaces alone: at the run's natural scale, its letters take what they
  // take and the word spaces share the rest (a uniform scale puts a gap a letter off in a long stretched line)
  let space = advance(' ') * scale;
  if (natural && wordSpaces > 0) {
    const k = natural.scale * run.size;
    const stretched = (room - glyphs * k) / wordSpaces;
    if (stretched >= advance(' ') * k * 0.8 && stretched <= advance(' ') * k * 8) {
      scale = k;
      space = stretched;
    }
  }
  const step = (c: string): number => (c === ' ' ? space : advance(c) * scale);
  // what the characters from each on take, to the run's end (its spaces as word spaces)
  const tail: number[] = new Array(chars.length + 1).fill(0);
  for (let k = chars.length - 1; k >= 0; k--) tail[k] = tail[k + 1]! + step(chars[k]!);
  const end = run.x + run.width;
  let at = run.x;
  let from = run.x;
  let next = 0;
  const out: string[] = [];
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k]!;
    const letter = letters[next];
    if (c !== ' ' || !letter) {
      out.push(c);
      at += step(c);
      continue;
    }
    // where the next space would stand, were this one a word space
    let later = at + space;
    let m = k + 1;
    for (; m < chars.length && chars[m] !== ' '; m++) later += step(chars[m]!);
    // each place read from both ends: walked from the last letter placed, and back from the run's end (the letters
    // still to come in gaps of their own), each estimate the surer the nearer its end (`15 т улікке`: a letter's
    // width apart, a long walk from either end tells them apart only so)
    const rest = letters.slice(next + 1).reduce((a, l) => a + l.width - space, 0);
    const back = (j: number): number => end - tail[j + 1]! - rest - letter.width;
    const both = (walked: number, j: number): number => {
      const [l, r] = [Math.max(0, walked - from), Math.max(0, end - walked)];
      return l + r > 0 ? (walked * r + back(j) * l) / (l + r) : walked;
    };
    const here = both(at, k);
    const there = m === chars.length ? Number.POSITIVE_INFINITY : both(later, m);
    const off = Math.abs(letter.x - here);
    if (off <= Math.abs(letter.x - there) && off <= Math.max(letter.width, 0.5 * letter.size)) {
      // (between two letters it may have taken a word space too: fallback-seams.ts decides)
      if (LETTER.test(out[out.length - 1] ?? '') && LETTER.test(chars[k + 1] ?? '')) out.push(SEAM);
      out.push(letter.str);
      at = letter.x + letter.width;
      from = at;
      next++;
    } else {
      out.push(c);
      at += space;
    }
  }
  return next === letters.length ? out.join('') : null;
}

/** The run filled at its type size's natural scale, or where the letters do not all fit so, at the scale its width gives. */
const fits = (run: PdfItem, letters: PdfItem[], natural?: Natural): string | null =>
  (natural ? filled(run, letters, natural) : null) ?? filled(run, letters);

/**
 * A line's runs, ordered by x, with the letters printed into a run's gaps put
 * in their places (those runs' texts changed, the letters' items dropped). An
 * item's letters that stand in no run (between two runs) become items of
 * their own, ordered with the rest; an item goes in whole or not at all.
 */
export function fillGlyphGaps<T extends PdfItem>(runs: T[], ems: ReadonlyMap<string, number> = new Map(), natural: Pick<ReadonlyMap<string, Natural>, 'get'> = new Map()): T[] {
  if (runs.length < 2) return runs;
  // (most lines have no run starting inside another: nothing to fill, read in one pass)
  let end = Number.NEGATIVE_INFINITY;
  let overlaps = false;
  for (const r of runs) {
    if (r.str.trim() !== '' && r.x < end - 0.5) overlaps = true;
    end = Math.max(end, r.x + r.width);
  }
  if (!overlaps) return runs;
  // each item's letters, each with the run it stands inside, if any
  const placed = new Map<T, Array<{ piece: PdfItem; host: T | undefined }>>();
  for (const item of runs) {
    if (item.str.trim() === '') continue;
    // (a host is wider than the piece and holds more letters than the whole item, which may also hold a letter
    // past the host's end, after a justified line's wide word space: the host narrower than the item)
    const ps = pieces(item, ems).map((piece) => ({ piece, host: runs.find((r) => r !== item && r.width > piece.width && r.str.replace(/ /g, '').length >= item.str.replace(/ /g, '').length && inside(piece, r)) }));
    if (ps.some((p) => p.host)) placed.set(item, ps);
  }
  if (placed.size === 0) return runs;
  // a run printed into another is filled by nothing; an item whose letters do not fit a run's gaps stays whole
  const kept = new Set<T>();
  let texts = new Map<T, string>();
  for (let changed = true; changed; ) {
    changed = false;
    texts = new Map();
    const byHost = new Map<T, T[]>();
    for (const [item, ps] of placed) {
      if (kept.has(item)) continue;
      for (const p of ps) if (p.host) byHost.set(p.host, [...new Set([...(byHost.get(p.host) ?? []), item])]);
    }
    for (const [host, items] of byHost) {
      const text = placed.has(host) && !kept.has(host) ? null : fits(host, items.flatMap((i) => placed.get(i)!.filter((p) => p.host === host).map((p) => p.piece)).sort((a, b) => a.x - b.x), natural.get(sizeKey(host)));
      if (text === null) {
        for (const i of items) kept.add(i);
        changed = true;
        break;
      }
      texts.set(host, text);
    }
  }
  const loose = [...placed].filter(([item]) => !kept.has(item)).flatMap(([, ps]) => ps.filter((p) => !p.host).map((p) => p.piece));
  const gone = new Set([...placed.keys()].filter((i) => !kept.has(i)));
  if (gone.size === 0) return runs;
  const out = runs.filter((r) => !gone.has(r)).map((r) => (texts.has(r) ? { ...r, str: texts.get(r)! } : r));
  // (a loose letter keeps every field of the item it came from)
  return [...out, ...(loose as T[])].sort((a, b) => a.x - b.x);
}
