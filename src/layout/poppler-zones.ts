/**
 * Footnote zones in PDF-to-text output that prints no rule (poppler's
 * `pdftotext` without `-layout`): every page ends with its footnotes, each
 * number on a line of its own before its text, except that the number of the
 * page's first footnote lands alone at the very end of the page. The zone is
 * found from those numbers and from the width of its lines (footnotes are set
 * smaller, so more characters fit on a line). The result is the convention the
 * rest of the layout stage reads: a rule line before the zone, and every
 * footnote's number in front of its first line.
 */
import type { Line } from '../schema/index.ts';
import { quantile } from './blocks.ts';
import { isRule } from './pages.ts';

const LONE_NUMBER = /^\d{1,3}$/;

/** Whether the text path should look for zones this way: pages marked by form feeds, no rule printed anywhere. */
export function needsPopplerZones(lines: Line[]): boolean {
  return lines.some((l) => l.pageStart) && !lines.some(isRule) && lines.some((l, i) => LONE_NUMBER.test(l.text) && lines[i + 1] && !lines[i + 1]!.blank);
}

function pagesOf(lines: Line[]): Line[][] {
  const pages: Line[][] = [];
  for (const l of lines) {
    if (pages.length === 0 || l.pageStart) pages.push([]);
    pages[pages.length - 1]!.push(l);
  }
  return pages;
}

export function addPopplerZones(lines: Line[]): Line[] {
  const pages = pagesOf(lines);
  // body width: lines above the first footnote number of each page
  const bodyLengths = pages.flatMap((p) => {
    const first = p.findIndex((l, i) => LONE_NUMBER.test(l.text) && p[i + 1] && !p[i + 1]!.blank);
    return (first < 0 ? p : p.slice(0, first)).filter((l) => !l.blank).map((l) => l.text.length);
  });
  const bodyWidth = quantile(bodyLengths, 0.75);
  const long = (l: Line): boolean => l.text.length > bodyWidth * 1.08;
  return pages.flatMap((page) => zonePage(page, long));
}

function zonePage(page: Line[], long: (l: Line) => boolean): Line[] {
  const lines = [...page];
  // the numbers poppler moved to the end of the page
  while (lines.length > 0 && lines[lines.length - 1]!.blank) lines.pop();
  const trailing: Line[] = [];
  while (lines.length > 1 && LONE_NUMBER.test(lines[lines.length - 1]!.text)) trailing.unshift(lines.pop()!);
  const starts = lines.map((l, i) => (LONE_NUMBER.test(l.text) && lines[i + 1] && !lines[i + 1]!.blank ? i : -1)).filter((i) => i >= 0);
  const end = starts[0] ?? lines.length;
  // text above the first numbered footnote that still belongs to the zone: the footnote whose
  // number moved to the end, or one running over from the page before
  let zoneStart = end;
  const hasMoved = trailing.length > 0;
  // a blank line poppler printed for the gap above the footnotes (not the one under the running header)
  const firstBlank = lines.findIndex((l) => l.blank);
  let blankAbove = -1;
  for (let i = end - 1; i > firstBlank && firstBlank >= 0; i--) {
    if (lines[i]!.blank) {
      blankAbove = i;
      break;
    }
  }
  if (hasMoved && blankAbove >= 0 && end - blankAbove - 1 <= 12 * trailing.length) {
    zoneStart = blankAbove + 1;
  } else {
    let i = end - 1;
    // the block's last line may be short: it belongs to the zone when a moved number says a
    // footnote is there, or when the line above it is as wide as footnote lines are
    const bottom = lines[i];
    if (bottom && !bottom.blank && !bottom.pageStart && (hasMoved || long(bottom) || (lines[i - 1] && long(lines[i - 1]!)))) {
      zoneStart = i--;
    }
    for (; zoneStart === i + 1 && i >= 0; i--) {
      const l = lines[i]!;
      if (l.blank || l.pageStart || !long(l)) break;
      zoneStart = i;
    }
  }
  // each moved number is a footnote above the first numbered one: short one-line footnotes
  // are no wider than the body, so take lines that finish sentences until there are enough
  if (hasMoved) {
    const startsIn = (from: number): number => 1 + splitPoints(lines.slice(from, end), lines.length).length;
    while (
      startsIn(zoneStart) < trailing.length &&
      zoneStart - 1 >= 0 &&
      !lines[zoneStart - 1]!.blank &&
      !lines[zoneStart - 1]!.pageStart &&
      ENDS.test(lines[zoneStart - 1]!.text) &&
      OPENS.test(lines[zoneStart - 1]!.text)
    ) {
      zoneStart--;
    }
  }
  if (zoneStart === end && starts.length === 0) return page; // no footnotes on this page
  // a one-line first footnote under a body line: keep only what is wider than the body, unless numbers say otherwise
  const out: Line[] = lines.slice(0, zoneStart);
  const template = lines[Math.max(0, zoneStart - 1)]!;
  out.push({ ...template, text: '', blank: true, rawLength: 48, pageStart: false, geometry: undefined });
  const zone = lines.slice(zoneStart).filter((l) => !l.blank);
  const pre = zone.findIndex((l, i) => LONE_NUMBER.test(l.text) && zone[i + 1] !== undefined);
  const preBlock = pre < 0 ? zone.length : pre;
  // the numbers moved to the end belong to the footnotes above the first numbered one, in order
  const moved = hasMoved ? trailing.map((t) => t.text) : [];
  const startsAt = new Map<number, string>();
  if (moved.length > 0 && preBlock > 0) {
    startsAt.set(0, moved[0]!);
    splitPoints(zone.slice(0, preBlock), moved.length - 1).forEach((j, k) => startsAt.set(j, moved[k + 1]!));
  }
  for (let i = 0; i < zone.length; i++) {
    const l = zone[i]!;
    if (LONE_NUMBER.test(l.text) && zone[i + 1]) {
      const next = zone[++i]!;
      out.push({ ...next, text: `${l.text} ${next.text}` });
      continue;
    }
    const n = startsAt.get(i);
    out.push(n ? { ...l, text: `${n} ${l.text}` } : l);
  }
  return out.map((l, i) => (i === 0 ? { ...l, pageStart: true } : { ...l, pageStart: false }));
}

const ENDS = /[.!?»")\]”]$/u;
const OPENS = /^(?:["«“(\[]\s*)?[\p{Lu}\d]|^https?:/iu;

/** Where `count` footnotes start inside a block of footnote lines without numbers: after the shortest lines that end a sentence. */
function splitPoints(block: Line[], count: number): number[] {
  if (count <= 0) return [];
  const candidates = block
    .map((l, j) => ({ j, len: j > 0 ? block[j - 1]!.text.length : Infinity }))
    .filter(({ j }) => j > 0 && ENDS.test(block[j - 1]!.text) && OPENS.test(block[j]!.text));
  return candidates
    .sort((a, b) => a.len - b.len)
    .slice(0, count)
    .map((c) => c.j)
    .sort((a, b) => a - b);
}
