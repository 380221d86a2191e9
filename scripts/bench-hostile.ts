/**
 * The hostile batch: the hostile-PDF corpus (scripts/fixtures/hostile-pdfs.ts,
 * with its 5,000-page and 300 MB files) beside one good statement (the
 * bundled one, three PDFs), run as a user would with `osce run`. Prints the
 * wall time, the peak memory of the whole process tree (summed resident set,
 * sampled every 50 ms), each input's status and error code, and whether the
 * good statement came out whole. Stops the run after `--give-up` seconds
 * (default 600) and says so.
 *
 *   npx tsx scripts/bench-hostile.ts [--jobs N] [--give-up S] [-- extra osce run options]
 */
import { mkdtempSync, copyFileSync, readFileSync, existsSync, readdirSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { hostilePdfs, writeHostile } from './fixtures/hostile-pdfs.ts';
import { samplePeak } from './process-tree.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : dflt;
};
const extra = args.includes('--') ? args.slice(args.indexOf('--') + 1) : [];
const giveUp = Number(opt('--give-up', '600')) * 1000;
const jobs = opt('--jobs', '2');

const root = mkdtempSync(join(tmpdir(), 'osce-hostile-'));
const inDir = join(root, 'in');
const outDir = join(root, 'out');
mkdirSync(inDir);
const corpus = hostilePdfs(true);
for (const pdf of corpus) writeHostile(inDir, pdf);
const good = ['en', 'ru', 'kk'].map((l) => `corpus/kz-2012-parliamentary/${l}.pdf`);
for (const p of good) copyFileSync(p, join(inDir, `good-${p.split('/').at(-1)}`));

const t0 = performance.now();
const child = spawn(process.execPath, ['bin/osce.js', 'run', inDir, '--out', outDir, '--quiet', '--jobs', jobs, ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
let stderr = '';
child.stderr.on('data', (d) => (stderr += d));
const sampler = samplePeak(child.pid!);
let gaveUp = false;
const killer = setTimeout(() => {
  gaveUp = true;
  child.kill('SIGKILL');
}, giveUp);
const code: number | null = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
const peakOf = sampler.stop();
clearTimeout(killer);
const wall = (performance.now() - t0) / 1000;

console.log(`hostile batch: ${corpus.length} hostile PDFs + ${good.length} good PDFs, --jobs ${jobs} ${extra.join(' ')}`);
console.log(`wall ${wall.toFixed(1)} s${gaveUp ? ` (gave up: killed after ${giveUp / 1000} s)` : `, exit ${code}`}; peak memory of the process tree ${(peakOf.total / 2 ** 20).toFixed(0)} MB (runner alone ${(peakOf.root / 2 ** 20).toFixed(0)} MB, largest worker ${(peakOf.child / 2 ** 20).toFixed(0)} MB)`);
const manifest = join(outDir, 'run.json');
if (!existsSync(manifest)) {
  console.log('no run.json written');
  if (stderr) console.log(stderr.split('\n').slice(-5).join('\n'));
} else {
  const run = JSON.parse(readFileSync(manifest, 'utf8')) as { inputs: Array<{ path: string; status: string; errorCode?: string; error?: string; ms: number }> };
  const counts = new Map<string, number>();
  for (const i of run.inputs) counts.set(`${i.status}${i.errorCode ? ` ${i.errorCode}` : ''}`, (counts.get(`${i.status}${i.errorCode ? ` ${i.errorCode}` : ''}`) ?? 0) + 1);
  console.log(`inputs in run.json: ${run.inputs.length} of ${corpus.length + good.length}`);
  for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${k}`);
  const slow = [...run.inputs].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`slowest: ${slow.map((i) => `${i.path.split('/').at(-1)} ${(i.ms / 1000).toFixed(1)} s ${i.status}${i.errorCode ? ` ${i.errorCode}` : ''}`).join('; ')}`);
  const statement = run.inputs.filter((i) => i.path.includes('/good-'));
  const whole = statement.every((i) => i.status === 'ok') && existsSync(join(outDir, 'statements')) && readdirSync(join(outDir, 'statements')).some((s) => existsSync(join(outDir, 'statements', s, 'alignment.json')));
  console.log(`good statement: ${statement.map((i) => `${i.path.split('/').at(-1)} ${i.status}`).join(', ')}; aligned and checked: ${whole ? 'yes' : 'no'}`);
  if (args.includes('--verbose')) for (const i of run.inputs) console.log(`${i.path.split('/').at(-1)}\t${i.status}\t${i.errorCode ?? ''}\t${(i.ms / 1000).toFixed(1)}\t${i.error ?? ''}`);
}
if (!args.includes('--keep')) rmSync(root, { recursive: true, force: true });
else console.log(`kept ${root}`);
