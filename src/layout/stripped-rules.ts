/**
 * A footnote rule whose spaces were stripped. PDF-to-text output may print the
 * rule over a page's footnotes as a line of spaces (the published Russian
 * text does): an editor or a tool that strips trailing spaces leaves an empty
 * line there, and with no form feeds nothing else tells where a page's
 * footnotes begin, in a text without form feeds or running heads. Where, again
 * and again through the text, an empty line stands over a line that opens with
 * the footnote sequence's next number (the text above refers to it with a
 * marker; two empty lines where the sequence skips a few), it is the rule.
 */
import type { Line } from '../schema/index.ts';
import { isRule } from './pages.ts';
import { MAX_SKIP, refersTo } from './numbered-notes.ts';
import { needsRunningHeadPages } from './running-heads.ts';

/** A footnote's first line: its number, a space, its text. */
const NUMBERED = /^(\d{1,3})\s+\S/;
/** How many such places prove it, and how far back a marker is looked for. */
const MIN_ZONES = 3;
const LOOK_BACK = 80;
/** A rule's width as PDF-to-text tools print it in spaces (pages.ts reads 20 or more as one). */
const RULE_WIDTH = 48;

export function restoreStrippedRules(lines: Line[]): Line[] {
  if (lines.some((l) => isRule(l) || l.pageStart)) return lines;
  const rules: number[] = [];
  let next = 1;
  const referred = (i: number, n: number): boolean => lines.slice(Math.max(0, i - LOOK_BACK), i).some((l) => refersTo(l.text, n));
  for (let i = 2; i < lines.length; i++) {
    const m = lines[i]!.blank ? null : NUMBERED.exec(lines[i]!.text);
    if (!m) continue;
    const n = Number(m[1]);
    // a zone's first footnote under two empty lines (the sequence may skip a few: a footnote lost in printing);
    // the zone's other footnotes take the sequence on
    const opensZone = lines[i - 1]!.blank && ((lines[i - 2]!.blank && n >= next && n <= next + MAX_SKIP) || n === next);
    if (!opensZone && (n < next || n > next + 2)) continue;
    if (!referred(i, n)) continue;
    if (opensZone) rules.push(i - 1);
    next = n + 1;
  }
  // pages from running heads (layout/running-heads.ts), like form feeds, tell the zones without a rule (asked
  // last: most texts have no such empty lines to ask about)
  if (rules.length < MIN_ZONES || needsRunningHeadPages(lines)) return lines;
  const at = new Set(rules);
  return lines.map((l, i) => (at.has(i) ? { ...l, rawLength: RULE_WIDTH } : l));
}
