/**
 * The statement stages of a finished run, timed in one thread: every
 * statement folder under `<out>/statements` with two versions or more goes
 * through processStatement (align, checks, review, exports, corpus part)
 * `rounds` times, the first a cold pass. Prints each pass's stage times summed
 * over the statements. Written to profile the statement phase of the batch
 * (`node --cpu-prof` on the compiled file, as bench.ts compiles bench-align).
 *
 *   npx tsx scripts/bench-statements.ts <out> [rounds]
 *
 * FIRST=<statement id> runs that statement first; WARM=<n> makes the first
 * pass the first n statements only and later passes the rest (what a
 * statement costs after other statements warmed the code, not itself);
 * EACH=1 prints every pass's statements one by one.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Lang } from '../src/schema/index.ts';
import { processStatement, prepareStatements } from '../pipeline/tasks.ts';

const [out = 'output', roundsArg = '2'] = process.argv.slice(2);
const all = readdirSync(join(out, 'statements')).sort((a, b) => (a === process.env.FIRST ? -1 : b === process.env.FIRST ? 1 : a < b ? -1 : 1));
// WARM=<n>: a first pass over the first n statements only, then the rest (code warmed by other statements' text)
const warmN = Number(process.env.WARM ?? 0);
const versions = (id: string): string[] =>
  Lang.options.filter((l) => readdirSync(join(out, 'statements', id)).includes(`${l}.json`)).map((l) => join('statements', id, `${l}.json`));
await prepareStatements({ spelling: true });
for (let r = 0; r < Number(roundsArg); r++) {
  const ids = !warmN ? all : r === 0 ? all.slice(0, warmN) : all.slice(warmN);
  const stages: Record<string, number> = {};
  const each: string[] = [];
  const t0 = performance.now();
  for (const id of ids) {
    const documents = versions(id);
    if (documents.length < 2) continue;
    const t1 = performance.now();
    const res = await processStatement({ outDir: out, statementId: id, documents, spelling: true });
    each.push(`${id} ${Math.round(performance.now() - t1)}`);
    for (const [k, v] of Object.entries(res.stages)) stages[k] = (stages[k] ?? 0) + v;
  }
  const total = performance.now() - t0;
  console.log(JSON.stringify({ round: r, ms: Math.round(total), stages: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Math.round(v)])) }));
  if (r === 0 || process.env.EACH) console.log('  ' + each.join(', '));
}
