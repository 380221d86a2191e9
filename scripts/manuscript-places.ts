/**
 * Prints every place of a manuscript that claims are annotated at (corpus/CLAIMS.md):
 * `b<block>.<line>` for the lines of paragraphs and lists, `b<block>.r<row>.c<col>` for
 * table cells (the header row is r1), `fn<N>.<line>` for footnote lines.
 *
 *   npx tsx scripts/manuscript-places.ts corpus/<id>/<lang>.md
 */
import { readFileSync } from 'node:fs';
import { parseManuscript } from '../src/gold/manuscript.ts';

const m = parseManuscript(readFileSync(process.argv[2]!, 'utf8'));
m.blocks.forEach((b, k) => {
  if (b.kind === 'h1' || b.kind === 'h2') console.log(`b${k + 1}\t(heading) ${b.sentences[0]!.text}`);
  else if (b.kind === 'table') b.rows!.forEach((r, i) => r.forEach((c, j) => console.log(`b${k + 1}.r${i + 1}.c${j + 1}\t${c}`)));
  else b.sentences.forEach((s, j) => console.log(`b${k + 1}.${j + 1}\t${s.label ? `${s.label}. ` : ''}${s.text}`));
});
for (const f of m.footnotes) f.sentences.forEach((s, j) => console.log(`fn${f.number}.${j + 1}\t${s.replace(/\[\^\d+\]/g, '')}`));
