/**
 * `npm run bench`: figures, not a verdict.
 *
 *   1. PDF ingestion, pages per second, next to poppler's `pdftotext` on the
 *      same PDFs in the same run (the ratio);
 *   2. the whole pipeline (`osce run`, worker processes, spelling on): the
 *      bundled statement cold; two batches of PDFs against pdftotext over the
 *      same files (every PDF of the corpus and the fixtures, mostly reading;
 *      the corpus alone, every PDF a statement's version aligned and checked);
 *      a generated corpus of statements, statements per second and peak memory,
 *      at a quarter of the size and at full size (memory should not grow with it);
 *   3. alignment time for a statement 1×, 2× and 4× as long (linear growth);
 *   0. first of all, startup: `osce --help` and a usage error, fresh processes.
 *
 *   npm run bench -- [--statements 100] [--rounds 3] [--skip-pipeline]
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpus, totalmem, tmpdir } from 'node:os';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readSource } from '../src/ingest/read.ts';
import { readPdf } from '../src/ingest/pdf.ts';
import { pdfToLines } from '../src/layout/pdf-lines.ts';
import { parseManuscript } from '../src/gold/manuscript.ts';
import { renderText, defaultLayout } from '../src/gold/render-text.ts';
import { documentOf, draftOf } from '../src/gold/damage.ts';
import { JIT_FLAGS } from '../pipeline/supervisor.ts';
import { buildDocument } from '../pipeline/graph.ts';
import type { PdfSource } from '../src/schema/index.ts';
import { samplePeak } from './process-tree.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const { values } = parseArgs({
  options: { statements: { type: 'string', default: '100' }, rounds: { type: 'string', default: '3' }, 'skip-pipeline': { type: 'boolean' } },
});
const STATEMENTS = Number(values.statements);
const ROUNDS = Number(values.rounds);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number, d = 1) => x.toFixed(d);

// `bin/osce.js` runs dist/ only when it is newer than every source, else it compiles them through tsx in every
// process: a bench after an edit (or a copy into src/) timed that instead, at twice the time and memory. Build first.
execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'ignore' });

console.log(`# osce-pipeline benchmark, ${new Date().toISOString().slice(0, 10)}`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);

// 0. startup: what a user's first commands cost, each a fresh process (median of 5), beside a bare `node`
{
  const wall = (args: string[]): number => {
    const t = performance.now();
    spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    return performance.now() - t;
  };
  const time = (args: string[]) => median(Array.from({ length: 5 }, () => wall(args)));
  const bare = time(['-e', '0']);
  console.log('\n## Startup (a fresh process each, median of 5)');
  console.log(`node -e 0 (the floor)                 ${fmt(bare, 0)} ms`);
  for (const [what, args] of [['osce --help', ['bin/osce.js', '--help']], ['osce run --help', ['bin/osce.js', 'run', '--help']], ['osce with a usage error', ['bin/osce.js', 'run', 'x']]] as const) {
    console.log(`${what.padEnd(38)}${fmt(time([...args]), 0)} ms`);
  }
}

// 1. PDF ingestion next to pdftotext
const pdfs = [
  ...readdirSync(join(ROOT, 'corpus/kz-2012-parliamentary')).filter((f) => f.endsWith('.pdf')).map((f) => join(ROOT, 'corpus/kz-2012-parliamentary', f)),
  ...readdirSync(join(ROOT, 'tests/fixtures/kz-2012-parliamentary')).filter((f) => f.endsWith('.pdf')).map((f) => join(ROOT, 'tests/fixtures/kz-2012-parliamentary', f)),
];
const sources = pdfs.map((p) => readSource(p, new Uint8Array(readFileSync(p))) as PdfSource);
let pages = 0;
const ingest: number[] = [];
const whole: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  let t0 = performance.now();
  pages = 0;
  for (const s of sources) pages += pdfToLines(await readPdf(s)).reduce((n, l) => Math.max(n, l.page), 0);
  ingest.push(performance.now() - t0);
  t0 = performance.now();
  for (const s of sources) await buildDocument(s);
  whole.push(performance.now() - t0);
}
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const poppler: number[] = [];
if (hasPoppler) {
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    for (const p of pdfs) execFileSync('pdftotext', [p, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
    poppler.push(performance.now() - t0);
  }
}
const pps = (ms: number) => pages / (ms / 1000);
console.log(`\n## PDF ingestion (${pdfs.length} PDFs, ${pages} pages, median of ${ROUNDS} rounds, one thread)`);
console.log(`osce: positioned text → lines    ${fmt(pps(median(ingest)))} pages/s`);
console.log(`osce: PDF → Document (all stages) ${fmt(pps(median(whole)))} pages/s`);
if (hasPoppler) {
  console.log(`poppler pdftotext (one process a file) ${fmt(pps(median(poppler)))} pages/s`);
  console.log(`ratio osce ingestion / pdftotext: ${fmt(median(poppler) / median(ingest), 2)}  (osce Document / pdftotext: ${fmt(median(poppler) / median(whole), 2)})`);
} else console.log('pdftotext: not installed (apt-get install poppler-utils); no ratio');

// 2. The whole pipeline on a generated corpus
/** A statement's three versions with another year: a statement of its own for grouping, the same work for every stage. */
function generateCorpus(dir: string, n: number): void {
  const md = Object.fromEntries(['en', 'ru', 'kk'].map((l) => [l, readFileSync(join(ROOT, `corpus/kz-2012-parliamentary/${l}.md`), 'utf8')]));
  mkdirSync(dir, { recursive: true });
  for (let k = 0; k < n; k++) {
    const year = String(2012 + k);
    for (const [lang, text] of Object.entries(md)) {
      const m = parseManuscript(text.replaceAll('2012', year));
      writeFileSync(join(dir, `s${String(k).padStart(4, '0')}-${lang}.txt`), renderText(m, defaultLayout(lang)));
    }
  }
}

/** Runs `osce run` in a child process; wall time and the peak resident memory of the whole process tree (the runner and its workers). */
function runPipeline(inputDir: string | string[], outDir: string): Promise<{ ms: number; peakMiB: number; status: number | null }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'bin/osce.js'), 'run', ...[inputDir].flat(), '--out', outDir, '--quiet'], { stdio: 'ignore' });
    const sampler = samplePeak(child.pid!, 100);
    child.on('close', (status) => resolve({ ms: performance.now() - t0, peakMiB: sampler.stop().total / 2 ** 20, status }));
  });
}

/**
 * `osce run` over some PDFs against pdftotext over the same files, one process
 * a file, in alternating rounds so that both meet the same machine: each
 * round's time and ratio, and the median ratio.
 */
async function againstPdftotext(title: string, pdfs: string[]): Promise<void> {
  console.log(`\n## ${title}`);
  const work = mkdtempSync(join(tmpdir(), 'osce-bench-'));
  const inDir = join(work, 'in');
  mkdirSync(inDir);
  // each PDF under a name of its own
  pdfs.forEach((p, k) => writeFileSync(join(inDir, `${String(k).padStart(3, '0')}.pdf`), readFileSync(p)));
  const rounds: Array<{ ms: number; peakMiB: number; popplerMs: number }> = [];
  for (let r = 0; r < ROUNDS; r++) {
    const out = join(work, `out${r}`);
    const b = await runPipeline(inDir, out);
    rmSync(out, { recursive: true, force: true });
    let popplerMs = NaN;
    if (hasPoppler) {
      const t0 = performance.now();
      for (const p of pdfs) spawnSync('pdftotext', [p, join(work, 'x.txt')]);
      popplerMs = performance.now() - t0;
    }
    rounds.push({ ms: b.ms, peakMiB: b.peakMiB, popplerMs });
  }
  const list = (f: (x: (typeof rounds)[number]) => number, d = 1) => rounds.map((x) => fmt(f(x), d)).join(' / ');
  console.log(`osce run (${cpus().length} workers, spelling on): ${list((x) => x.ms / 1000)} s, peak memory ${fmt(Math.max(...rounds.map((x) => x.peakMiB)), 0)} MiB`);
  console.log(`pdftotext, one process a file, one after another, after each: ${list((x) => x.popplerMs / 1000)} s`);
  console.log(`ratio, each round: ${list((x) => x.ms / x.popplerMs)}; median ${fmt(median(rounds.map((x) => x.ms / x.popplerMs)))}×`);
  rmSync(work, { recursive: true, force: true });
}

if (!values['skip-pipeline']) {
  // the bundled statement's three PDFs, as a new user's first run: a fresh output folder, nothing cached
  console.log('\n## The bundled statement (3 PDFs, 42 pages), `osce run`, cold, spelling on');
  const cold: Array<{ ms: number; peakMiB: number }> = [];
  for (let r = 0; r < ROUNDS; r++) {
    const work = mkdtempSync(join(tmpdir(), 'osce-bench-'));
    cold.push(await runPipeline(join(ROOT, 'corpus/kz-2012-parliamentary'), join(work, 'out')));
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`wall ${fmt(median(cold.map((c) => c.ms)) / 1000, 1)} s (median of ${ROUNDS}), peak memory of the process tree ${fmt(Math.max(...cold.map((c) => c.peakMiB)), 0)} MiB`);

  // every PDF of the corpus and the fixtures: nine documents of four genres, each in several layouts
  const batch = [join(ROOT, 'corpus'), ...readdirSync(join(ROOT, 'tests/fixtures')).filter((d) => d.startsWith('kz-')).map((d) => join(ROOT, 'tests/fixtures', d))];
  const pdfsUnder = (dirs: string[]): string[] => dirs.flatMap((d) => readdirSync(d, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf')).map((f) => join(d, f)));
  const batchPdfs = pdfsUnder(batch);
  await againstPdftotext(`A batch of ${batchPdfs.length} PDFs (the corpus and the fixtures: 4 genres, several layouts; a statement's versions in two layouts are read twice and written once), against pdftotext in the same run`, batchPdfs);
  // the corpus alone: every PDF a version of a statement of its own, each aligned and checked, as a user's batch of new reports is
  const corpusPdfs = pdfsUnder([join(ROOT, 'corpus')]);
  await againstPdftotext(`A batch of distinct statements: the corpus's ${corpusPdfs.length} PDFs (${corpusPdfs.length / 3} statements in 3 languages, 4 genres), every one written, aligned and checked, against pdftotext in the same run`, corpusPdfs);

  console.log(`\n## Whole pipeline (osce run, ${cpus().length} worker processes, spelling on; PDF-to-text inputs, 3 versions a statement)`);
  for (const n of [Math.max(1, Math.round(STATEMENTS / 4)), STATEMENTS]) {
    const work = mkdtempSync(join(tmpdir(), 'osce-bench-'));
    generateCorpus(join(work, 'in'), n);
    const r = await runPipeline(join(work, 'in'), join(work, 'out'));
    const ok = existsSync(join(work, 'out/run.json')) ? JSON.parse(readFileSync(join(work, 'out/run.json'), 'utf8')).inputs.filter((i: { status: string }) => i.status !== 'failed').length : 0;
    console.log(`${String(n).padStart(4)} statements (${ok}/${3 * n} inputs ok, exit ${r.status}): ${fmt(r.ms / 1000)} s, ${fmt(n / (r.ms / 1000), 2)} statements/s, peak memory ${fmt(r.peakMiB, 0)} MiB`);
    rmSync(work, { recursive: true, force: true });
  }
}

// 3. Alignment time against length, in the compiled code and with the V8 flags a worker runs it with
console.log('\n## Alignment (en-ru, one thread, compiled as the CLI is): time against statement length');
{
  const out = join(ROOT, 'dist', 'bench-align.mjs');
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, 'scripts/bench-align.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['better-sqlite3', 'pdf-parse', 'dictionary-*', '@napi-rs/canvas'],
    outfile: out,
    define: { __OSCE_SOURCES__: '""' },
    logLevel: 'warning',
  });
  const r = spawnSync(process.execPath, [...JIT_FLAGS, out, ROOT, String(ROUNDS)], { encoding: 'utf8' });
  rmSync(out, { force: true });
  if (r.status !== 0) throw new Error(`alignment bench failed: ${r.stderr}`);
  let base = 0;
  for (const line of r.stdout.trim().split('\n')) {
    const { times, a, b, ms } = JSON.parse(line) as { times: number; a: number; b: number; ms: number };
    if (times === 1) base = ms;
    console.log(`${times}× (${a} × ${b} sentences): ${fmt(ms, 0)} ms, ${fmt(ms / base, 2)}× the 1× time`);
  }
}
