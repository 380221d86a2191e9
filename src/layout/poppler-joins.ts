/**
 * poppler's `pdftotext` (without `-layout`) takes every hyphen at a line end
 * for a soft one: it drops it and runs the two lines into one
 * (`Северо-` / `Казахстанской` prints `СевероКазахстанской`, `five-` / `year`
 * prints `fiveyear`). Such a line is about twice as wide as the others; this
 * stage finds where the hyphen was and gives back the two lines, the hyphen at
 * the end of the first, so the shared line-join stage decides about it as it
 * does for every other input. Where nothing tells the place, the line is kept.
 *
 * The other way round, a justified line stretched wide (a long word pushed to
 * the next line) falls apart into one word per line; such a run is one line.
 */
import type { Line } from '../schema/index.ts';
import { quantile } from './blocks.ts';

const TOKEN = /[\p{L}\d]+(?:-[\p{L}\d]+)*/gu;

/** What says a hyphen stood between `a` and `b`: 0 nothing, higher is surer. */
function evidence(a: string, b: string, words: Set<string>, compounds: Set<string>): number {
  // a word the text writes glued elsewhere is one word (2010, something)
  if (words.has((a + b).toLowerCase())) return 0;
  if (compounds.has(`${a}-${b}`.toLowerCase()) || (b.length >= 3 && compounds.has(`${a}-${b.slice(0, 3)}`.toLowerCase()))) return 3;
  // a word said twice, or rhymed (үйді-үйді, егжей-тегжейлі)
  if (a.length >= 3 && (b.startsWith(a) || b.slice(1).startsWith(a.slice(1)))) return 2;
  // a capital inside a word (СевероКазахстанской), an acronym's suffix (ЕҚЫҰның), a number's (2011жылғы)
  if (/\p{Ll}$/u.test(a) && /^\p{Lu}/u.test(b)) return 3;
  if (/^\p{Lu}{2,}$/u.test(a) && /^\p{Ll}/u.test(b)) return 3;
  if (/^\d+$/.test(a) && /^\p{L}/u.test(b)) return 3;
  // two words of the text, glued nowhere else
  if (/\p{L}{2}$/u.test(a) && /^\p{L}{2}/u.test(b) && words.has(a.toLowerCase()) && words.has(b.toLowerCase())) return 2;
  return 0;
}

export function splitPopplerJoins(lines: Line[]): Line[] {
  const widths = lines.filter((l) => l.text.length >= 20).map((l) => l.text.length);
  if (widths.length < 20) return lines;
  const width = quantile(widths, 0.75);
  // the vocabulary of the lines poppler left alone (a joined line would attest its own glued word)
  const text = lines.filter((l) => l.text.length < width * 1.4).map((l) => l.text).join('\n');
  const words = new Set((text.match(/[\p{L}\d]+/gu) ?? []).map((w) => w.toLowerCase()));
  const compounds = new Set((text.match(/[\p{L}\d]+-[\p{L}\d]+/gu) ?? []).map((w) => w.toLowerCase()));
  // first parts with the start of a second one (`веб-сайт` of `веб-сайттарға`): the compound in another form
  for (const c of [...compounds]) compounds.add(c.slice(0, c.indexOf('-') + 4));
  const out: Line[] = [];
  for (const l of lines) {
    if (l.text.length < width * 1.4) {
      out.push(l);
      continue;
    }
    // the first line ended somewhere between a short body line's width and a footnote line's
    const [lo, hi] = [width * 0.75, Math.min(width * 1.3, l.text.length - 1)];
    let best = { score: 0, at: -1, tie: false };
    for (const m of l.text.matchAll(TOKEN)) {
      const [s, e] = [m.index, m.index + m[0].length];
      if (e < lo || s > hi) continue;
      for (let k = Math.max(s + 1, Math.ceil(lo)); k < e && k <= hi; k++) {
        if (l.text[k - 1] === '-' || l.text[k] === '-') continue;
        const score = evidence(l.text.slice(s, k).split('-').pop()!, l.text.slice(k, e).split('-')[0]!, words, compounds);
        if (score > best.score) best = { score, at: k, tie: false };
        else if (score > 0 && score === best.score) best.tie = true;
      }
    }
    if (best.at < 0 || best.tie) {
      out.push(l);
      continue;
    }
    const first = l.text.slice(0, best.at) + '-';
    out.push({ ...l, text: first, rawLength: first.length }, { ...l, text: l.text.slice(best.at), rawLength: l.text.length - best.at, pageStart: false, indent: 0 });
  }
  return out;
}

const ONE_WORD = /^\S+$/u;
const LONE_NUMBER = /^\d{1,3}$/;
const BULLET = /^[•·▪◦●■‣⁃]$/u;

/** Joins runs of three or more one-word lines (a stretched line poppler printed word by word) that fit on one line. */
export function joinScatteredWords(lines: Line[]): Line[] {
  const widths = lines.filter((l) => l.text.length >= 20).map((l) => l.text.length);
  if (widths.length < 20) return lines;
  const width = quantile(widths, 0.75);
  const single = (l: Line | undefined): boolean => !!l && !l.blank && ONE_WORD.test(l.text) && !LONE_NUMBER.test(l.text) && !BULLET.test(l.text);
  const out: Line[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (single(lines[j]) && (j === i || !lines[j]!.pageStart)) j++;
    const run = lines.slice(i, j);
    const text = run.map((l) => l.text).join(' ');
    if (run.length >= 3 && text.length <= width * 1.3) {
      out.push({ ...run[0]!, text, rawLength: text.length });
      i = j;
    } else {
      out.push(lines[i]!);
      i++;
    }
  }
  return out;
}
