import type { Line, ZonedLine } from '../schema/index.ts';

/**
 * A footnote rule as PDF-to-text tools print it: a line of 20 or more spaces
 * (the rule's width kept as blanks), or a drawn line of underscores or dashes.
 */
export function isRule(line: Line): boolean {
  if (line.blank) return line.rawLength >= 20;
  return /^[_\u2014\u2013\u2500-]{10,}$/.test(line.text);
}

/** PDF-to-text output starts every page after the first with a line indented by exactly one space. */
const opensPage = (line: Line): boolean => !line.blank && line.indent === 1;
/** A footnote's first line: its number, a space, its text. */
const NUMBERED = /^\d{1,3}\s+\S/;

/**
 * Finds pages and footnote zones in text-path lines. A rule opens the footnote
 * zone of its page; the zone (and the page) ends at a form feed, at a line
 * indented by one space, or after a run of empty lines. Body lines keep the page
 * they are on; `pageStart` marks the first line of every page.
 */
export function zoneTextPages(lines: Line[]): ZonedLine[] {
  const out: ZonedLine[] = [];
  const hasFormFeeds = lines.some((l) => l.pageStart);
  let page = 1;
  let inZone = false;
  let emptyRun = 0;
  for (const line of lines) {
    let pageStart = false;
    if (hasFormFeeds) {
      if (line.pageStart) {
        inZone = false;
        pageStart = true;
      }
      page = line.page;
    } else if (!line.blank && ((inZone && (opensPage(line) || emptyRun >= 2 || (emptyRun === 1 && !NUMBERED.test(line.text)))) || emptyRun >= 3)) {
      inZone = false;
      page++;
      pageStart = true;
    }
    emptyRun = line.blank && line.rawLength === 0 ? emptyRun + 1 : line.blank ? emptyRun : 0;
    if (isRule(line)) {
      inZone = true;
      emptyRun = 0;
      out.push({ ...line, page, pageStart, zone: 'rule' });
      continue;
    }
    out.push({ ...line, page, pageStart, zone: inZone ? 'footnote' : 'body' });
  }
  return out;
}
