/**
 * Page lines a tool adds between pages instead of form feeds (`-- 1 of 4 --`,
 * `=== Page 2 ===`, `[Page 3]`, `----Page (0) Break----`): a page's number, set off by marks on both
 * sides, on a line of its own. A PDF's own page labels (`Page 2 of 12`) stand
 * without such marks and stay for the furniture stage.
 *
 * Lines of that shape count as the tool's only where they number the pages
 * one after another (2 at least, from the number the first states, 0 or 1, each
 * one more than the one before, a stated total the same on each, and a page's
 * lines between two of them as a rule: eight at least, the median). They
 * become form feeds: where the first one stands after the text of a page, each
 * closes the page above it; where it stands before any text, each opens the
 * page under it. The blank lines the tool set under them go with them; those
 * over them stay, as a tool that prints form feeds leaves a page's last line.
 */
const PAGE_WORD = '(?:page|p\\.|стр\\.?|страница|бет)';
const NUMBER = '[([]?(\\d{1,4})[)\\]]?(?:\\s*(?:of|из|\\/)\\s*(\\d{1,4}))?(?:\\s+(?:break|end|start|begin))?';
// marks of two characters or more on both sides (`-- 2 --`), or brackets round the page's word and number (`[Page 3]`:
// a list's label in brackets, `(3)`, is no page line)
const PAGE_SEPARATOR = new RegExp(
  `^\\s*(?:[-=~*#_]{2,}\\s*(?:${PAGE_WORD}\\s*)?${NUMBER}\\s*[-=~*#_]{2,}|[[(<]\\s*${PAGE_WORD}\\s*${NUMBER}\\s*[\\])>])\\s*$`,
  'iu',
);
/** Lines of text a page holds at least between two page lines (the median page): a list's labels stand closer. */
const PAGE_LINES = 8;

import { quantile } from './blocks.ts';

interface Separator {
  at: number;
  page: number;
  total: string | undefined;
}

const blank = (l: string): boolean => l.trim() === '';

function separators(raw: string[]): Separator[] {
  const out: Separator[] = [];
  raw.forEach((l, at) => {
    const m = l.length <= 60 ? l.match(PAGE_SEPARATOR) : null;
    if (m) out.push({ at, page: Number(m[1] ?? m[3]), total: m[2] ?? m[4] });
  });
  return out;
}

/** Whether the lines number pages one after another, as a tool's page lines do. */
function numbersPages(seps: Separator[], raw: string[]): boolean {
  if (seps.length < 2) return false;
  if (!seps.every((s, k) => k === 0 || (s.page === seps[k - 1]!.page + 1 && s.total === seps[0]!.total))) return false;
  // (a page may be short, a title page or the last: the pages between them hold a page's lines as a rule)
  const between = seps.slice(1).map((s, k) => raw.slice(seps[k]!.at + 1, s.at).filter((l) => !blank(l)).length);
  return quantile(between, 0.5) >= PAGE_LINES;
}

/** The raw lines with a tool's page lines turned into form feeds (the lines unchanged where it printed none). */
export function pageSeparatorsToFormFeeds(raw: string[]): string[] {
  if (raw.some((l) => l.includes('\f'))) return raw;
  const seps = separators(raw);
  if (!numbersPages(seps, raw)) return raw;
  const closes = raw.slice(0, seps[0]!.at).some((l) => !blank(l));
  const dropped = new Set<number>();
  const feedAt = new Set<number>();
  for (const [k, s] of seps.entries()) {
    dropped.add(s.at);
    let b = s.at + 1;
    while (b < raw.length && blank(raw[b]!)) dropped.add(b++);
    // the page under a closing line, or under any opening line but the first, starts at the next text line
    if (b < raw.length && (closes || k > 0)) feedAt.add(b);
  }
  const out: string[] = [];
  raw.forEach((l, i) => {
    if (dropped.has(i)) return;
    out.push(feedAt.has(i) ? `\f${l}` : l);
  });
  return out;
}
