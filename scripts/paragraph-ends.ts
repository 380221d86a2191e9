/**
 * Why paragraphs stay the gap in text printed without blank lines (issue 15):
 * for every line that ends a sentence with a line opening in a capital under
 * it, on the same page, how full the line would be with that line's first word
 * on it (in the glyph widths the text path measures with), and whether the
 * manuscript starts a paragraph there. Under 1 the word would have fitted: the
 * break was written. Over 1 it would not: a sentence that ends inside a
 * paragraph and a paragraph's full last line look the same.
 *
 *   npx tsx scripts/paragraph-ends.ts tests/fixtures/kz-*\/*.poppler.txt …
 */
import { readFileSync } from 'node:fs';
import { layoutLines, textLines } from '../pipeline/graph.ts';
import { fillMeasure } from '../src/structure/fill.ts';

// a paragraph's opening, as the manuscript has it (blank lines part paragraphs; footnote references dropped)
const opening = (s: string): string => s.replace(/\[\^\d+\]/g, '').replace(/[^\p{L}\d]+/gu, '').slice(0, 25);
const buckets = new Map<string, { ends: number; inside: number }>();
const bucketOf = (r: number): string => (r < 0.9 ? '< 0.90' : r >= 1.05 ? '≥ 1.05' : (Math.floor(r * 100) / 100).toFixed(2));
for (const file of process.argv.slice(2)) {
  const manuscript = file.replace(/tests\/fixtures\/([^/]+)\/(\w\w)\..*$/, 'corpus/$1/$2.md');
  const starts = new Set(readFileSync(manuscript, 'utf8').split(/\n\s*\n/).map((p) => opening(p.replace(/^#+\s*/, ''))));
  const { lines } = layoutLines(textLines(readFileSync(file, 'utf8')));
  const body = lines.filter((l) => l.zone === 'body' && !l.blank);
  const fill = fillMeasure(lines);
  for (let i = 0; i + 1 < body.length; i++) {
    const [a, b] = [body[i]!, body[i + 1]!];
    if (a.page !== b.page || !/[.!?»"”]\d*$/u.test(a.text) || !/^\p{Lu}/u.test(b.text)) continue;
    const k = bucketOf(fill({ ...a, text: `${a.text} ${b.text.split(' ')[0]}` }));
    const c = buckets.get(k) ?? { ends: 0, inside: 0 };
    if (starts.has(opening(b.text))) c.ends++;
    else c.inside++;
    buckets.set(k, c);
  }
}
console.log('| the line with the next word, against a full line | paragraph ends | sentence ends inside a paragraph |\n| --- | --- | --- |');
for (const k of [...buckets.keys()].sort((x, y) => (x.startsWith('<') ? -1 : y.startsWith('<') ? 1 : x.startsWith('≥') ? 1 : y.startsWith('≥') ? -1 : x.localeCompare(y)))) {
  console.log(`| ${k} | ${buckets.get(k)!.ends} | ${buckets.get(k)!.inside} |`);
}
