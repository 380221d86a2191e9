/**
 * Where the runner's CPU-bound tasks run: a pool of worker threads (tinypool)
 * so every core works, or this thread when one job is asked for. Both give
 * the same results; the pool only changes when they arrive.
 */
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { buildInput, processStatement, type BuildResult, type StatementRequest, type StatementResult } from './tasks.ts';

export interface Executor {
  buildInput(req: { path: string; bytes: Uint8Array }): Promise<BuildResult>;
  processStatement(req: StatementRequest): Promise<StatementResult>;
  close(): Promise<void>;
}

/** Old-generation heap of each worker thread, in MiB. */
export const WORKER_HEAP_MB = 1024;

export const defaultJobs = (): number => Math.max(1, availableParallelism());

export function createExecutor(jobs: number): Executor {
  if (jobs <= 1) return { buildInput, processStatement, close: async () => {} };
  const pool = new Tinypool({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: 1,
    maxThreads: jobs,
    // a worker keeps its loaded dictionaries between statements
    idleTimeout: 60_000,
    // V8 sizes a heap by the machine's memory and collects lazily: on 24 GiB a worker's heap grew past 1.5 GiB
    // of garbage over 100 statements, while one statement with the dictionaries needs under 600 MiB live.
    // A limit keeps memory flat however long the batch; a task past it fails alone, as its input's error.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  return {
    // the bytes are moved to the worker, not copied
    buildInput: (req) => pool.run(req, { name: 'buildInput', transferList: [req.bytes.buffer as ArrayBuffer] }),
    processStatement: (req) => pool.run(req, { name: 'processStatement' }),
    close: () => pool.destroy(),
  };
}
