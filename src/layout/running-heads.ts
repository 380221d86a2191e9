/**
 * Pages for text printed without form feeds (Ghostscript's txtwrite and
 * PDFBox print none): a page's running head or foot, the same line again and
 * again through the document but for its digits (`Page:2`, `Page:3`), stands
 * where one page ends and the next begins. The lines between two of them are
 * one page. Whether the repeated lines head their pages or close them is read
 * off the end of the document: a running foot is the last thing printed, a
 * running head is followed by a whole page.
 */
import type { Line } from '../schema/index.ts';

/** A line compared across pages: case, digits and spacing do not count. */
const key = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** A repeated line is a running head or foot when it comes back at least this often, this many lines apart at least. */
const MIN_PAGES = 3;
const MIN_APART = 10;
/** Running heads are short: a title, a date, a page label. */
const MAX_LENGTH = 120;

/** The keys of lines that repeat as running heads or feet do, and how often each comes. */
function runningKeys(lines: Line[]): Map<string, number> {
  const seen = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (l.blank || l.text.length > MAX_LENGTH) return;
    const k = key(l.text);
    seen.set(k, [...(seen.get(k) ?? []), i]);
  });
  const keys = new Map<string, number>();
  for (const [k, at] of seen) {
    if (at.length < MIN_PAGES) continue;
    // (the last page may be a few lines long: its head or foot comes sooner, after two pages' worth of them at least;
    // a footnote's line said again on one page is no such line)
    const last = at.length > MIN_PAGES ? at.length - 1 : -1;
    if (at.every((i, n) => n === 0 || n === last || i - at[n - 1]! >= MIN_APART)) keys.set(k, at.length);
  }
  return keys;
}

/** Runs of running-head lines (blank lines inside a run do not break it), as [first, last] indices. */
function clusters(lines: Line[], keys: ReadonlyMap<string, number>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  lines.forEach((l, i) => {
    if (l.blank || !keys.has(key(l.text))) return;
    const last = out[out.length - 1];
    if (last && lines.slice(last[1] + 1, i).every((x) => x.blank)) last[1] = i;
    else out.push([i, i]);
  });
  return out;
}

/** The running heads or feet of a text with no pages marked, or null where there are none to mark them. */
function pageRuns(lines: Line[]): Array<[number, number]> | null {
  if (lines.some((l) => l.pageStart)) return null;
  const all = clusters(lines, runningKeys(lines));
  // a title page's line that reads like a running head (`REPUBLIC OF KAZAKHSTAN`) is fewer lines than the heads are
  const size = ([a, b]: [number, number]): number => lines.slice(a, b + 1).filter((l) => !l.blank).length;
  const usual = all.map(size).sort((x, y) => x - y)[Math.floor(all.length / 2)] ?? 0;
  const runs = all.filter((r) => size(r) >= usual);
  return runs.length >= MIN_PAGES - 1 ? runs : null;
}

/**
 * A test for lines that repeat as running heads or feet do (`Page:4`, `стр.5`,
 * the report's title on every page): a page's last line of text may be one, and
 * is then no footnote's last line.
 */
export function runningLineTest(lines: Line[]): (l: Line) => boolean {
  const keys = runningKeys(lines);
  return (l) => !l.blank && keys.has(key(l.text));
}

/**
 * The same for lines with letters (a title, `Page:4`): a line of figures alone
 * repeats to the test above as a page's number does (`3,120,774`, `1,204,330`),
 * its digits not counting; a table's rows are no running lines.
 */
export function runningTextTest(lines: Line[]): (l: Line) => boolean {
  let keys: Set<string> | null = null;
  // a table's header printed again on each of its pages repeats too, on fewer pages than the running lines
  const often = (): Set<string> => {
    const all = runningKeys(lines);
    const most = Math.max(0, ...all.values());
    return new Set([...all].filter(([, n]) => n >= (2 / 3) * most).map(([k]) => k));
  };
  return (l) => !l.blank && /\p{L}/u.test(l.text) && (keys ??= often()).has(key(l.text));
}

/** Whether a text has no pages marked and running heads or feet to mark them. */
export const needsRunningHeadPages = (lines: Line[]): boolean => pageRuns(lines) !== null;

/**
 * Whether the runs head their pages, read off the page numbers they print
 * (`стр.2`, `Page: 3`): a head numbers the page it opens, a foot the one it
 * closes. The first page (a title page) prints none, so the first run of heads
 * says 2 and the first run of feet 1. Null where the runs' last numbers do not
 * count up one a run. Feet say 2 as well where the title page prints none
 * (as heads do): then the last run being the last thing printed tells.
 */
function headsByNumbers(lines: Line[], runs: Array<[number, number]>): boolean | null {
  const numbers = runs.map(([a, b]) => {
    const found = lines.slice(a, b + 1).map((l) => /(\d+)\D*$/u.exec(l.text)?.[1]).filter((x) => x !== undefined);
    return found.length > 0 ? Number(found[found.length - 1]) : NaN;
  });
  if (numbers.some((n, k) => Number.isNaN(n) || (k > 0 && n !== numbers[k - 1]! + 1))) return null;
  return numbers[0] === 2 ? true : numbers[0] === 1 ? false : null;
}

/**
 * Whether the runs are feet, read off what follows the last: a running foot is
 * the last thing printed (a page number at most after it); after a running
 * head comes a page, a whole one or a short last one, but prose: a line that
 * ends a sentence or runs long.
 */
function endsOnFoot(lines: Line[], runs: Array<[number, number]>): boolean {
  const after = lines.slice(runs[runs.length - 1]![1] + 1).filter((l) => !l.blank);
  return after.length <= 3 && !after.some((l) => /[.!?;:]$/.test(l.text) || l.text.length > 60);
}

/**
 * Whether the last run is the last thing printed (a lone page number at most
 * after it): a running foot's place. A page follows a head, however short.
 */
function lastPrinted(lines: Line[], runs: Array<[number, number]>): boolean {
  return lines.slice(runs[runs.length - 1]![1] + 1).every((l) => l.blank || /^[-–—\s]*\d{1,3}[-–—\s]*$/u.test(l.text));
}

/** Numbers the pages and marks each page's first line, from the running heads or feet; a text that needs none comes back as it was. */
export function pagesFromRunningHeads(lines: Line[]): Line[] {
  const runs = pageRuns(lines);
  if (!runs) return lines;
  // the numbers the runs print say it where they count the pages
  const numbered = headsByNumbers(lines, runs);
  const feet = numbered === null ? endsOnFoot(lines, runs) : !numbered || lastPrinted(lines, runs);
  const starts = new Set(runs.map(([first, last]) => (feet ? last + 1 : first)).filter((i) => i > 0 && i < lines.length));
  let page = 1;
  return lines.map((l, i) => {
    const opens = starts.has(i);
    if (opens) page++;
    return { ...l, page, pageStart: opens };
  });
}
