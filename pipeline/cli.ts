/**
 * The `osce` command line. Exit codes: 0 all went well, 1 an input failed (or,
 * for eval, a figure is below target), 2 a usage error.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { EvalResult } from './eval.ts';
import type { CheckOutcome } from './eval-checks.ts';
import type { MutationKind } from '../src/gold/mutate.ts';
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
// each command loads its stages when it runs: a usage error or a diff needs none of the PDF engine or the checks
import { DIFF_HELP, EVAL_HELP, HELP, RUN_HELP } from './help.js';

class UsageError extends Error {}

/** Errors of the output folder itself, which end the run: what to tell the user. */
const OUTPUT_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file of that name is in the way',
};

function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** The checks evaluation split over `jobs` processes of this CLI, each taking every jobs-th case. */
async function shardedCheckCases(dir: string, seeds: number, jobs: number, kinds: MutationKind[]): Promise<CheckOutcome[]> {
  const bin = new URL('../bin/osce.js', import.meta.url).pathname;
  const parts = await Promise.all(
    Array.from({ length: jobs }, (_, i) =>
      new Promise<CheckOutcome[]>((resolve, reject) => {
        const child = spawn(process.execPath, [bin, 'eval', '--checks', dir, '--seeds', String(seeds), '--kinds', kinds.join(','), '--shard', `${i + 1}/${jobs}`], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as CheckOutcome[]) : reject(new Error(`osce eval --checks: shard ${i + 1}/${jobs} exited with ${code}`))));
      }),
    ),
  );
  return parts.flat();
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        console.log(HELP);
        return command === undefined ? 2 : 0;
      case 'run': {
        const { values, positionals } = parse(rest, {
          out: { type: 'string' },
          quiet: { type: 'boolean' },
          json: { type: 'boolean' },
          'no-spelling': { type: 'boolean' },
          force: { type: 'boolean' },
          jobs: { type: 'string', short: 'j' },
          timeout: { type: 'string' },
          'page-timeout': { type: 'string' },
          'max-memory': { type: 'string' },
          'max-size': { type: 'string' },
          'max-pages': { type: 'string' },
          'no-corpus': { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        });
        if (values.help) return console.log(RUN_HELP), 0;
        const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
        if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new UsageError(`osce run: --jobs wants a whole number of 1 or more, not '${values.jobs}'`);
        const positive = (name: string, v: string | undefined, scale: number): number | undefined => {
          if (v === undefined) return undefined;
          const n = Number(v);
          if (!(n > 0 && Number.isFinite(n))) throw new UsageError(`osce run: --${name} wants a number above 0, not '${v}'`);
          return n * scale;
        };
        const limits = {
          inputMs: positive('timeout', values.timeout, 1000),
          statementMs: positive('timeout', values.timeout, 2000),
          pageMs: positive('page-timeout', values['page-timeout'], 1000),
          memoryMb: positive('max-memory', values['max-memory'], 1),
          maxBytes: positive('max-size', values['max-size'], 2 ** 20),
          maxPages: positive('max-pages', values['max-pages'], 1),
        };
        if (!values.out) throw new UsageError('osce run: --out <dir> is required');
        if (positionals.length === 0) throw new UsageError('osce run: give at least one file or folder');
        // the workers start first, and load the input stages while this process loads the runner's modules
        const [{ collectInputs }, { createExecutor, jobsFor, DEFAULT_LIMITS }] = await Promise.all([import('./inputs.ts'), import('./pool.ts')]);
        const found = await collectInputs(positionals);
        const workers = jobsFor(jobs, found.length);
        const given = Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined));
        const executor = createExecutor(workers, { ...DEFAULT_LIMITS, ...given });
        executor.prestartInputs({ pdf: found.some((f) => f.toLowerCase().endsWith('.pdf')) }, workers);
        // a live bar on a terminal; plain lines for logs and pipes
        const [{ runBatch }, { LockError }, { ProgressBar }] = await Promise.all([import('./run.ts'), import('./lock.ts'), import('./progress.ts')]);
        const bar = process.stderr.isTTY && !values.quiet && !values.json ? new ProgressBar(process.stderr) : null;
        let manifest;
        try {
          manifest = await runBatch(positionals, String(values.out), {
            quiet: Boolean(values.quiet) || Boolean(values.json) || bar !== null,
            force: Boolean(values.force),
            spelling: !values['no-spelling'],
            corpus: !values['no-corpus'],
            ...(jobs ? { jobs } : {}),
            limits: given,
            executor,
            log: bar ? () => {} : (line) => console.error(line),
            ...(bar ? { progress: (e) => bar.update(e) } : {}),
          });
        } catch (e) {
          if (e instanceof LockError) return console.error(`osce run: ${e.message}`), 2;
          const code = (e as NodeJS.ErrnoException).code;
          if (code && OUTPUT_ERRORS[code]) return console.error(`osce run: cannot write to ${String(values.out)}: ${OUTPUT_ERRORS[code]} (${(e as NodeJS.ErrnoException).path ?? values.out})`), 2;
          throw e;
        } finally {
          bar?.done();
        }
        if (bar) {
          const n = (s: string) => manifest!.inputs.filter((i) => i.status === s).length;
          console.error(`${n('ok')} processed, ${n('cached')} unchanged, ${n('failed')} failed; manifest: ${String(values.out)}/run.json`);
          for (const i of manifest.inputs.filter((x) => x.status === 'failed')) console.error(`  ${i.error}`);
        }
        if (values.json) console.log(JSON.stringify(manifest, null, 2));
        return manifest.inputs.some((i) => i.status === 'failed') ? 1 : 0;
      }
      case 'eval': {
        const { values, positionals } = parse(rest, {
          verbose: { type: 'boolean', short: 'v' },
          summary: { type: 'boolean', short: 's' },
          alone: { type: 'boolean' },
          claims: { type: 'boolean' },
          align: { type: 'boolean' },
          checks: { type: 'boolean' },
          seeds: { type: 'string' },
          kinds: { type: 'string' },
          jobs: { type: 'string', short: 'j' },
          shard: { type: 'string' },
          pdf: { type: 'boolean' },
          json: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        });
        if (values.help) return console.log(EVAL_HELP), 0;
        const { TermBase } = await import('../src/align/terms.ts');
        if (values.checks) {
          const { checkCases, formatChecks, MUTATIONS, runCheckCases, runPdfMutationCases, tallyChecks } = await import('./eval-checks.ts');
          const { spellersFor } = await import('./spellers.ts');
          const dir = positionals[0] ?? 'corpus/kz-2012-parliamentary';
          const seeds = Number(values.seeds ?? 8);
          if (!(Number.isInteger(seeds) && seeds >= 1)) throw new UsageError(`osce eval: --seeds wants a whole number of 1 or more, not '${values.seeds}'`);
          const kinds = values.kinds ? values.kinds.split(',').map((k) => k.trim()) : MUTATIONS;
          const unknown = kinds.filter((k) => !(MUTATIONS as string[]).includes(k));
          if (unknown.length) throw new UsageError(`osce eval: --kinds knows ${MUTATIONS.join(', ')}; not '${unknown.join(', ')}'`);
          const cases = checkCases(seeds, kinds as MutationKind[]);
          // the spelling dictionaries take seconds to load: only when a planted typo is to be found
          const spellers = async () => (kinds.includes('spelling') ? spellersFor(['en', 'ru', 'kk']) : {});
          const terms = TermBase.fromTsv(readFileSync('corpus/glossary.tsv', 'utf8'));
          if (values.pdf) {
            const outcomes = await runPdfMutationCases(positionals[1] ?? 'tests/fixtures/mutations', dir, terms, await spellersFor(['en', 'ru', 'kk']));
            if (outcomes.length === 0) throw new UsageError('osce eval --checks --pdf: no planted.json found (make them with scripts/fixtures/make-mutation-pdfs.ts)');
            const rows = tallyChecks(outcomes);
            console.log(values.json ? JSON.stringify(rows, null, 2) : formatChecks(rows, Boolean(values.verbose)));
            return 0;
          }
          if (values.shard) {
            // one process's part of the cases: every n-th, printed raw for the process that started it
            const [k, n] = values.shard.split('/').map(Number) as [number, number];
            if (!(n >= 1 && k >= 1 && k <= n)) throw new UsageError(`osce eval: --shard wants k/n, not '${values.shard}'`);
            const mine = cases.filter((_, i) => i % n === k - 1);
            console.log(JSON.stringify(runCheckCases(dir, terms, await spellers(), mine)));
            return 0;
          }
          const jobs = Math.max(1, Number(values.jobs ?? availableParallelism()));
          const outcomes = jobs === 1 ? runCheckCases(dir, terms, await spellers(), cases) : await shardedCheckCases(dir, seeds, jobs, kinds as MutationKind[]);
          const rows = tallyChecks(outcomes);
          console.log(values.json ? JSON.stringify(rows, null, 2) : formatChecks(rows, Boolean(values.verbose)));
          return 0;
        }
        // the checks evaluation (and each of its shard processes) needs none of the structure evaluation
        const { evaluateCases, evaluateAlignment, evaluatePdfAlignment, evaluateClaims, formatAlignment, findEvalCases, formatClaimResult, formatResult, formatSummary } = await import('./eval.ts');
        if (values.align) {
          const dir = positionals[0] ?? 'corpus/kz-2012-parliamentary';
          const terms = TermBase.fromTsv(readFileSync('corpus/glossary.tsv', 'utf8'));
          const rows = [...(await evaluatePdfAlignment(dir, terms)), ...evaluateAlignment(dir, terms)];
          console.log(values.json ? JSON.stringify(rows, null, 2) : formatAlignment(rows));
          return 0;
        }
        if (values.claims) {
          const results = evaluateClaims(positionals.length ? positionals : ['corpus']);
          if (results.length === 0) throw new UsageError('osce eval --claims: no claims.<lang>.tsv gold file was found');
          if (values.json) console.log(JSON.stringify(results, null, 2));
          else console.log(results.map((r) => formatClaimResult(r, Boolean(values.verbose))).join('\n\n'));
          return 0;
        }
        const cases = findEvalCases(positionals.length ? positionals : ['corpus', 'tests/fixtures']);
        if (cases.length === 0) throw new UsageError('osce eval: no input with a manuscript beside it was found');
        const results: EvalResult[] = await evaluateCases(cases, { withDiffs: Boolean(values.verbose), alone: Boolean(values.alone) });
        if (values.json) console.log(JSON.stringify(results, null, 2));
        else if (values.summary) console.log(formatSummary(results));
        else console.log(results.map(formatResult).join('\n\n'));
        return results.some((r) => r.error) ? 1 : 0;
      }
      case 'diff': {
        const { values, positionals } = parse(rest, {
          md: { type: 'boolean' },
          json: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        });
        if (values.help) return console.log(DIFF_HELP), 0;
        if (positionals.length !== 2) throw new UsageError('osce diff: give two output folders, the old run then the new');
        const [{ DiffInputError, diffRuns }, { formatMarkdown, formatTerminal, summarize }] = await Promise.all([import('./diff.ts'), import('../src/export/diff-format.ts')]);
        let changes;
        try {
          changes = await diffRuns(positionals[0]!, positionals[1]!);
        } catch (e) {
          if (e instanceof DiffInputError) return console.error(`osce diff: ${e.message}`), 2;
          throw e;
        }
        if (values.json) console.log(JSON.stringify({ summary: summarize(changes), changes }, null, 2));
        else if (values.md) process.stdout.write(formatMarkdown(changes));
        else console.log(formatTerminal(changes, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR));
        return changes.length ? 1 : 0;
      }
      default:
        throw new UsageError(`osce: unknown command '${command}'`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n\n${HELP}`);
      return 2;
    }
    throw e;
  }
}
