/**
 * Alignment time for a statement 1×, 2× and 4× as long (its manuscripts
 * repeated): the banded search should grow linearly. Prints figures, not a verdict.
 *
 *   npx tsx scripts/bench-align.ts
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseManuscript } from '../src/gold/manuscript.ts';
import { documentOf, draftOf } from '../src/gold/damage.ts';
import { alignPair } from '../src/align/pair.ts';
import { TermBase } from '../src/align/terms.ts';

const terms = TermBase.fromTsv(readFileSync('corpus/glossary.tsv', 'utf8'));
const draft = (lang: string) => draftOf(parseManuscript(readFileSync(`corpus/kz-2012-parliamentary/${lang}.md`, 'utf8')));
const repeat = (d: ReturnType<typeof draft>, times: number) => ({ blocks: Array.from({ length: times }, () => d.blocks).flat(), footnotes: d.footnotes });
let base = 0;
for (const times of [1, 2, 4]) {
  const a = documentOf(repeat(draft('en'), times), 'en').doc;
  const b = documentOf(repeat(draft('ru'), times), 'ru').doc;
  alignPair(a, b, { terms }); // warm the per-document signal cache: measure the search
  const t0 = performance.now();
  alignPair(a, b, { terms });
  const ms = performance.now() - t0;
  if (times === 1) base = ms;
  console.log(`${times}× (${a.sentences.length} × ${b.sentences.length} sentences): ${ms.toFixed(0)} ms, ${(ms / base).toFixed(2)}× the 1× time`);
}
