/**
 * The alignment part of `npm run bench`: en-ru pairs of the bundled statement
 * repeated 1, 2 and 4 times, each aligned `rounds` times after a first run that
 * fills the per-document signal cache (the search is what is timed). bench.ts
 * compiles this file with esbuild, as the build compiles the CLI, and runs it
 * in a process started with the workers' V8 flags: the figure is for the code
 * a user runs, not for tsx's. Prints one JSON line per length.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseManuscript } from '../src/gold/manuscript.ts';
import { documentOf, draftOf } from '../src/gold/damage.ts';
import { alignPair } from '../src/align/pair.ts';
import { TermBase } from '../src/align/terms.ts';

const [root = '.', roundsArg = '3'] = process.argv.slice(2);
const rounds = Number(roundsArg);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const terms = TermBase.fromTsv(readFileSync(join(root, 'corpus/glossary.tsv'), 'utf8'));
const draft = (lang: string) => draftOf(parseManuscript(readFileSync(join(root, `corpus/kz-2012-parliamentary/${lang}.md`), 'utf8')));
const repeat = (d: ReturnType<typeof draft>, times: number) => ({ blocks: Array.from({ length: times }, () => d.blocks).flat(), footnotes: d.footnotes });
for (const times of [1, 2, 4]) {
  const a = documentOf(repeat(draft('en'), times), 'en').doc;
  const b = documentOf(repeat(draft('ru'), times), 'ru').doc;
  alignPair(a, b, { terms });
  const runs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    alignPair(a, b, { terms });
    runs.push(performance.now() - t0);
  }
  console.log(JSON.stringify({ times, a: a.sentences.length, b: b.sentences.length, ms: median(runs) }));
}
