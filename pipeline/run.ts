/**
 * The batch runner: finds inputs, schedules them (p-queue) on worker
 * processes under deadlines and memory caps (pool.ts), writes the records and
 * the run manifest. A failed input is
 * recorded and the batch goes on. Memory stays bounded: the runner keeps a
 * small summary per input, and a statement's Documents are read back from
 * disk only while that statement is aligned and checked.
 *
 *   inputs ─build (pool)─▶ <lang>.json ─group─▶ statements ─align+checks (pool)─▶ files ─▶ corpus/
 */
import { readFile, rm, rmdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { readdir, stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import PQueue from 'p-queue';
import { sha256 } from '../src/ingest/read.ts';
import type { RunInput, RunManifest } from '../src/schema/index.ts';
import { Document as DocumentSchema, Lang, RunManifest as RunManifestSchema } from '../src/schema/index.ts';
import { fingerprintOf, groupEntries } from '../src/align/group.ts';
import { jsonText, keepRoom, sweepTemporaries, writeAtomic, writeJson } from './write.ts';
import { CODE, VERSION } from './version.ts';
import { RunCache } from './cache.ts';
import { acquireLock } from './lock.ts';
import { createExecutor, jobsFor, DEFAULT_LIMITS, type Executor, type Limits } from './pool.ts';
import { isLimitError, type LimitError } from './supervisor.ts';
import { oneLine, summarizeDocument, type DocumentSummary } from './summary.ts';
import type { StageTimes, StatementResult } from './tasks.ts';
import { CorpusWriter, corpusFiles, writeCorpus } from './corpus.ts';
import { collectInputs } from './inputs.ts';

export { collectInputs, INPUT_EXTENSIONS } from './inputs.ts';

/** What the runner reports as it goes: one event per input, then one per statement. */
export interface ProgressEvent {
  phase: 'inputs' | 'statements';
  done: number;
  total: number;
  path: string;
  status: 'ok' | 'cached' | 'failed';
  message: string;
}

export interface RunOptions {
  quiet?: boolean;
  /** process every input again, ignoring what earlier runs left in the output folder */
  force?: boolean;
  progress?: (event: ProgressEvent) => void;
  /** run the spelling check (loads Hunspell dictionaries; default true) */
  spelling?: boolean;
  /** worker processes (default: the number of cores); every task runs in one, under the limits */
  jobs?: number;
  /** deadlines, memory cap, largest input; unset ones keep their defaults */
  limits?: Partial<Limits>;
  /** write `<out>/corpus/` (JSONL and SQLite; default true) */
  corpus?: boolean;
  log?: (line: string) => void;
  /**
   * Workers the caller started already (the command line starts them before
   * the runner's modules load; see pool.ts, jobsFor and prestartInputs). The
   * runner closes them when it ends, whatever happens.
   */
  executor?: Executor;
}

export async function runBatch(paths: string[], outDir: string, options: RunOptions = {}): Promise<RunManifest> {
  try {
    const lock = await acquireLock(outDir);
    try {
      return await runLocked(paths, outDir, options);
    } finally {
      await lock.release();
    }
  } finally {
    // workers the caller started go, whatever stopped the run (the runner closes its own pool itself)
    await options.executor?.close();
  }
}

/** An input that became a Document: where it was written and what grouping needs of it. */
interface Placed {
  k: number;
  rel: string;
  summary: DocumentSummary;
}

async function runLocked(paths: string[], outDir: string, options: RunOptions): Promise<RunManifest> {
  const log = options.quiet ? () => {} : (options.log ?? (() => {}));
  const startedAt = new Date().toISOString();
  const stageMs = new Map<string, number>();
  const addStages = (stages: StageTimes): void => {
    for (const [name, ms] of Object.entries(stages)) stageMs.set(name, (stageMs.get(name) ?? 0) + ms);
  };
  const swept = await sweepTemporaries(outDir);
  if (swept) log(`removed ${swept} temporary file(s) left by an interrupted run`);
  const files = await collectInputs(paths);
  // the manifest is written last: room for it is kept from the start, so that a disk the outputs
  // filled still takes the record of what happened
  const manifestRoom = await keepRoom(join(outDir, 'run.json'), 16_384 + 2_048 * files.length);
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const jobs = jobsFor(options.jobs, files.length);
  const executor = options.executor ?? createExecutor(jobs, limits);
  // statements follow the inputs: a worker left without an input loads their stages meanwhile
  executor.prepareStatements({ spelling: options.spelling ?? true });
  // one input more than there are workers: the runner reads and hashes the next input, and the pool holds
  // it, while every worker is busy, so a worker that finishes starts the next at once instead of waiting
  // for the runner's reads and writes (60-PDF batch, 5 alternating runs: 8.59 → 8.45 s median)
  const queue = new PQueue({ concurrency: jobs + 1 });
  const cache = new RunCache(outDir, CODE, !options.force);
  const inputs: RunInput[] = new Array(files.length);
  let done = 0;
  const report = (path: string, status: ProgressEvent['status'], message: string): void => {
    done++;
    options.progress?.({ phase: 'inputs', done, total: files.length, path, status, message });
    if (status === 'failed') (options.log ?? (() => {}))(`[${done}/${files.length}] FAILED  ${message}`);
    else log(`[${done}/${files.length}] ${status.padEnd(7)} ${message}`);
  };
  const fail = (k: number, error: string, errorCode?: string, ms = 0): void => {
    inputs[k] = { path: files[k]!, sha256: inputs[k]?.sha256 ?? '', status: 'failed', error, ...(errorCode ? { errorCode } : {}), ms };
  };

  // Each Document file belongs to the earliest input (in input order) that makes it, whichever finishes first.
  const owner = new Map<string, Placed>();
  const writes = new Map<string, Promise<void>>();
  const writeInOrder = (rel: string, text: string): Promise<void> => {
    const next = (writes.get(rel) ?? Promise.resolve()).then(() => writeAtomic(join(outDir, rel), text));
    writes.set(rel, next.catch(() => {}));
    return next;
  };

  let ordered = null as OrderedCorpus | null;
  try {
    for (const [k, path] of files.entries()) {
      void queue.add(async () => {
        const t0 = performance.now();
        let hash = '';
        try {
          const size = (await stat(path)).size;
          if (size > limits.maxBytes) {
            const error = `${path}: the file is ${megabytes(size)}, more than the ${megabytes(limits.maxBytes)} allowed (--max-size); not read`;
            inputs[k] = { path, sha256: '', status: 'failed', error, errorCode: 'too-large', ms: Math.round(performance.now() - t0) };
            return report(path, 'failed', error);
          }
          const bytes = new Uint8Array(await readFile(path));
          hash = sha256(bytes);
          const hit = await cache.document(path, hash);
          let summary: DocumentSummary;
          let json: string | null = null;
          if (hit) summary = summarizeDocument(hit.doc);
          else {
            const built = await executor.buildInput({ path, bytes, maxPages: limits.maxPages });
            addStages(built.stages);
            if (!built.ok) {
              inputs[k] = { path, sha256: hash, status: 'failed', error: built.error, ...(built.errorCode ? { errorCode: built.errorCode } : {}), ms: Math.round(performance.now() - t0) };
              return report(path, 'failed', built.error);
            }
            summary = built.summary;
            json = built.json;
          }
          const rel = hit?.rel ?? join('statements', summary.statementId, `${summary.lang}.json`);
          const earlier = owner.get(rel);
          // (no output path in the message: a version's folder may still change when the statements are grouped)
          if (earlier && earlier.k < k) throw new Error(`${path}: same statement and language (${summary.lang}) as ${files[earlier.k]}; not written`);
          owner.set(rel, { k, rel, summary });
          if (earlier) {
            // a later input got here first: this one, earlier in the batch, takes the file over
            const msg = `${files[earlier.k]}: same statement and language (${summary.lang}) as ${path}; not written`;
            fail(earlier.k, msg, undefined, inputs[earlier.k]?.ms ?? 0);
            (options.log ?? (() => {}))(`FAILED  ${msg}`);
            json ??= jsonText(hit!.doc);
          }
          if (json) {
            await writeInOrder(rel, json);
            await cache.rememberDocument(path, hash, rel);
          }
          // an input earlier in the batch that makes the same file may have taken it over while this one wrote:
          // it recorded this input as failed, and that stands
          if (owner.get(rel)?.k !== k) return report(path, 'failed', inputs[k]?.error ?? `${path}: taken over by an earlier input (${rel})`);
          const status = hit ? 'cached' : 'ok';
          inputs[k] = { path, sha256: hash, status, ms: Math.round(performance.now() - t0), outputs: [rel], ...(summary.warnings.length ? { warnings: summary.warnings } : {}) };
          report(path, status, `${path} → ${rel}`);
        } catch (e) {
          const error = isLimitError(e) ? `${path}: ${e.message}${limitHint(e, '--timeout, --page-timeout')}` : oneLine(e, path);
          inputs[k] = { path, sha256: hash, status: 'failed', error, ...(isLimitError(e) ? { errorCode: e.code } : {}), ms: Math.round(performance.now() - t0) };
          report(path, 'failed', error);
        }
      });
    }
    await queue.onIdle();
    await Promise.all(writes.values());

    const placed = [...owner.values()].filter((p) => inputs[p.k]!.status !== 'failed').sort((a, b) => a.k - b.k);
    const settings = `spelling=${options.spelling ?? true}`;
    // the corpus is written as the statements are done, unless the one on disk holds them already
    const startCorpus = async (ids: string[]): Promise<OrderedCorpus | null> => {
      if (options.corpus === false) return null;
      const key = corpusKey(cache, inputs, ids, settings);
      if (await cache.statementFiles('.corpus', key)) return null;
      // (a corpus that cannot even be opened is tried again, and reported, at the end)
      return (ordered = await CorpusWriter.open(outDir).then((w) => new OrderedCorpus(outDir, w, ids, key), () => null));
    };
    const statementIds = await processStatements(placed, files, inputs, outDir, cache, executor, queue, options, addStages, log, startCorpus);
    const corpus = options.corpus === false ? null : await buildCorpus(outDir, cache, statementIds, inputs, settings, ordered, log, options.log ?? (() => {}));

    const manifest = RunManifestSchema.parse({
      startedAt,
      finishedAt: new Date().toISOString(),
      version: VERSION,
      inputs,
      stages: [...stageMs].map(([name, ms]) => ({ name, ms: Math.round(ms) })),
      ...(corpus ? { corpus } : {}),
    });
    try {
      await writeJson(join(outDir, 'run.json'), manifest);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
      await manifestRoom.release();
      await writeJson(join(outDir, 'run.json'), manifest);
    }
    const failed = inputs.filter((i) => i.status === 'failed').length;
    log(`${inputs.length - failed} of ${inputs.length} inputs ok; manifest: ${relative(process.cwd(), join(outDir, 'run.json'))}`);
    return manifest;
  } finally {
    await executor.close();
    await ordered?.abort();
    await manifestRoom.release();
  }
}

/**
 * Groups the placed Documents into statements, moves a version whose id
 * differs from its group's under the group's id, and has each statement's
 * flags, review page, alignment, TMX and parallel text made and written.
 * Returns the ids of the statements of this run.
 */
async function processStatements(
  placed: Placed[],
  files: string[],
  inputs: RunInput[],
  outDir: string,
  cache: RunCache,
  executor: Executor,
  queue: PQueue,
  options: RunOptions,
  addStages: (s: StageTimes) => void,
  log: (l: string) => void,
  startCorpus: (ids: string[]) => Promise<OrderedCorpus | null>,
): Promise<string[]> {
  const t0 = performance.now();
  const groups = groupEntries(placed.map((p) => ({ ...p.summary, print: fingerprintOf(p.summary.print) }))).map((ks) => ks.map((i) => placed[i]!));
  addStages({ group: performance.now() - t0 });
  const spelling = options.spelling ?? true;
  let done = 0;
  const ids: string[] = [];
  for (const group of groups) {
    const statementId = group[0]!.summary.statementId;
    ids.push(statementId);
    // a version that grouping put under another statement's id is moved there
    for (const p of group) {
      if (p.summary.statementId === statementId) continue;
      const input = inputs[p.k]!;
      const rel = join('statements', statementId, `${p.summary.lang}.json`);
      const doc = DocumentSchema.parse(JSON.parse(await readFile(join(outDir, p.rel), 'utf8')));
      doc.statementId = statementId;
      await writeJson(join(outDir, rel), doc);
      await rm(join(outDir, p.rel), { force: true });
      // the folder it leaves is removed when nothing else is in it
      await rmdir(dirname(join(outDir, p.rel))).catch(() => undefined);
      await cache.rememberDocument(input.path, input.sha256, rel);
      input.outputs = [rel];
      p.rel = rel;
      p.summary = { ...p.summary, statementId };
    }
  }
  const corpus = await startCorpus(ids);
  // in the corpus's order, so that each statement can go into it soon after it is done
  const byId = [...groups.keys()].sort((x, y) => (ids[x]! < ids[y]! ? -1 : ids[x]! > ids[y]! ? 1 : x - y));
  for (const g of byId) {
    const group = groups[g]!;
    const statementId = ids[g]!;
    void queue.add(async () => {
      const members = group.map((p) => inputs[p.k]!);
      const langs = group.map((p) => p.summary.lang).join(', ');
      // the statement's files are every member's outputs, but a version's Document (written again where the
      // other versions changed its paragraphs) is its own input's only
      const versions = new Set(group.map((p) => p.rel));
      const shared = (files: string[]): string[] => files.filter((rel) => !versions.has(rel));
      const finish = (status: ProgressEvent['status'], message: string, part?: StatementResult['corpus']) => {
        corpus?.statementDone(statementId, part);
        done++;
        options.progress?.({ phase: 'statements', done, total: groups.length, path: statementId, status, message });
        if (status === 'failed') (options.log ?? (() => {}))(`FAILED  ${message}`);
        else log(message);
      };
      try {
        const key = cache.statementKey(members, `spelling=${spelling}`);
        const kept = await cache.statementFiles(statementId, key);
        if (kept) {
          for (const m of members) m.outputs!.push(...shared(kept));
          return finish('cached', `unchanged ${statementId}: ${langs}`);
        }
        const result = await executor.processStatement({ outDir, statementId, documents: group.map((p) => p.rel), spelling });
        addStages(result.stages);
        for (const [rel, text] of result.files) await writeAtomic(join(outDir, rel), text);
        await cache.rememberStatement(statementId, key, result.files.map(([rel]) => rel));
        for (const m of members) m.outputs!.push(...shared(result.files.map(([rel]) => rel)));
        const moved = result.paragraphs ? `; ${result.paragraphs} paragraph break(s) taken from the other versions` : '';
        finish('ok', result.aligned ? `aligned ${statementId}: ${langs}${moved}` : `checked ${statementId}: ${langs}`, result.corpus);
      } catch (e) {
        const error = isLimitError(e) ? `statement ${statementId}: aligning and checking ${e.message}${limitHint(e, '--timeout')}` : oneLine(e, `statement ${statementId}`);
        for (const p of group) Object.assign(inputs[p.k]!, { status: 'failed', error: `${files[p.k]}: ${error}`, ...(isLimitError(e) ? { errorCode: e.code } : {}) });
        finish('failed', error);
      }
    });
  }
  await queue.onIdle();
  return ids;
}

/** Writes `<out>/corpus/` for the run's statements, unless the same statements with the same outputs are there already. */
async function buildCorpus(
  outDir: string,
  cache: RunCache,
  statementIds: string[],
  inputs: RunInput[],
  settings: string,
  ordered: OrderedCorpus | null,
  log: (l: string) => void,
  warn: (l: string) => void,
): Promise<{ statements: number; files: string[]; error?: string }> {
  const key = corpusKey(cache, inputs, statementIds, settings);
  const names = corpusFiles();
  try {
    // written as the statements were done, for the inputs that are still ok (a statement that failed changed them: written again)
    if (ordered?.key === key) {
      const written = await ordered.finish();
      await cache.rememberStatement('.corpus', key, written);
      log(`corpus: ${statementIds.length} statements → ${join(outDir, 'corpus')}/ (${Math.round(ordered.busyMs)} ms, most of it while statements were processed)`);
      return { statements: statementIds.length, files: written };
    }
    await ordered?.abort();
    if (await cache.statementFiles('.corpus', key)) {
      log(`unchanged corpus: ${statementIds.length} statements`);
      return { statements: statementIds.length, files: names };
    }
    const t0 = performance.now();
    const written = await writeCorpus(outDir, statementIds);
    await cache.rememberStatement('.corpus', key, written);
    log(`corpus: ${statementIds.length} statements → ${join(outDir, 'corpus')}/ (${Math.round(performance.now() - t0)} ms)`);
    return { statements: statementIds.length, files: written };
  } catch (e) {
    const error = oneLine(e, join(outDir, 'corpus'));
    warn(`FAILED  ${error}`);
    return { statements: statementIds.length, files: [], error };
  }
}

/** What the corpus of these statements is made from: the inputs still ok, the settings and the statements. */
const corpusKey = (cache: RunCache, inputs: RunInput[], statementIds: string[], settings: string): string =>
  cache.statementKey(
    inputs.filter((i) => i.status !== 'failed'),
    `corpus|${settings}|${[...statementIds].sort().join(',')}`,
  );

/**
 * The corpus written while the statements are processed: a statement goes
 * in once it and every statement before it (in sorted order, the corpus's)
 * are done, so that little is left to write when the last one ends. A
 * statement's task made its part from the records it wrote; a statement
 * without one (unchanged, failed, or one of too many waiting) is read back
 * from disk, as writeCorpus reads every statement, into the same bytes.
 */
class OrderedCorpus {
  private readonly order: string[];
  private readonly done = new Set<string>();
  private next = 0;
  private chain: Promise<void> = Promise.resolve();
  private error: unknown = null;

  constructor(
    private readonly outDir: string,
    private readonly writer: CorpusWriter,
    ids: string[],
    /** the corpus key it was started for */
    readonly key: string,
  ) {
    this.order = [...ids].sort();
  }

  get busyMs(): number {
    return this.writer.busyMs;
  }

  /** Statements' parts waiting for those before them; beyond a few, a statement is read back from disk when its turn comes. */
  private readonly parts = new Map<string, NonNullable<StatementResult['corpus']>>();
  private static readonly WAITING = 8;

  statementDone(id: string, made?: StatementResult['corpus']): void {
    this.done.add(id);
    if (made && this.parts.size < OrderedCorpus.WAITING) this.parts.set(id, made);
    while (this.next < this.order.length && this.done.has(this.order[this.next]!)) {
      const at = this.order[this.next++]!;
      const made = this.parts.get(at);
      this.parts.delete(at);
      this.chain = this.chain
        .then(async () => {
          if (this.error !== null) return;
          // the part stands for what is on disk only where the statement's folder holds just the records it was made of
          // (a version or an alignment an earlier run left there is read, as writeCorpus reads it)
          const part = made && (await madeOfWhatIsOnDisk(this.outDir, at, made)) ? made.part : undefined;
          await this.writer.add(at, part);
        })
        .catch((e: unknown) => void (this.error ??= e));
    }
  }

  /** Waits for what was added, adds what was not (every statement is done by now), and puts the files in place. */
  async finish(): Promise<string[]> {
    for (const id of this.order) this.statementDone(id);
    await this.chain;
    if (this.error !== null) throw this.error;
    return this.writer.finish();
  }

  async abort(): Promise<void> {
    await this.chain;
    await this.writer.abort();
  }
}

/** Whether a statement's folder holds the versions and the alignment its corpus part was made of, and no other. */
async function madeOfWhatIsOnDisk(outDir: string, statementId: string, made: NonNullable<StatementResult['corpus']>): Promise<boolean> {
  const names = new Set(await readdir(join(outDir, 'statements', statementId)).catch(() => [] as string[]));
  return Lang.options.every((l) => names.has(`${l}.json`) === made.langs.includes(l)) && names.has('alignment.json') === made.aligned;
}

const megabytes = (n: number): string => `${Math.round(n / 2 ** 20)} MB`;

/** Which options raise the limit a task was stopped at: the supervisor knows deadlines, the runner its options. */
const limitHint = (e: LimitError, deadlines: string): string => (e.code === 'timeout' ? ` (${deadlines})` : e.code === 'too-large' ? ' (--max-memory)' : '');

export { jsonText };
