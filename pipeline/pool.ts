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

export const defaultJobs = (): number => Math.max(1, availableParallelism());

export function createExecutor(jobs: number): Executor {
  if (jobs <= 1) return { buildInput, processStatement, close: async () => {} };
  const pool = new Tinypool({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: 1,
    maxThreads: jobs,
    // a worker keeps its loaded dictionaries between statements
    idleTimeout: 60_000,
  });
  return {
    // the bytes are moved to the worker, not copied
    buildInput: (req) => pool.run(req, { name: 'buildInput', transferList: [req.bytes.buffer as ArrayBuffer] }),
    processStatement: (req) => pool.run(req, { name: 'processStatement' }),
    close: () => pool.destroy(),
  };
}
