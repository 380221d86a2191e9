/**
 * Where the runner's CPU-bound tasks run: worker processes under limits
 * (supervisor.ts), one per job. Every input and every statement gets a
 * deadline and a memory cap enforced from outside, with one job as with
 * many: a process stuck in a decoder is killed and replaced, and its input
 * fails alone with `timeout` or `too-large`.
 */
import { availableParallelism } from 'node:os';
import type { BuildRequest, BuildResult, PrepareInputsRequest, PrepareRequest, StatementRequest, StatementResult } from './tasks.ts';
import { Supervisor } from './supervisor.ts';

export interface Executor {
  buildInput(req: BuildRequest): Promise<BuildResult>;
  processStatement(req: StatementRequest): Promise<StatementResult>;
  /** statements will come: workers with nothing to do load what they need meanwhile */
  prepareStatements(req: PrepareRequest): void;
  /** inputs will come: start `count` workers now, each loading the input stages (and the PDF engine for PDFs) at once */
  prestartInputs(req: PrepareInputsRequest, count: number): void;
  close(): Promise<void>;
}

/** How long and how much one input or statement may take. */
export interface Limits {
  /** an input's deadline before its page count is known, in ms; each page then adds 1% of it */
  inputMs: number;
  /** no page of a PDF may take longer than this to read, in ms (a page's content that loops the engine) */
  pageMs: number;
  /** a statement's deadline (alignment, checks, exports), in ms */
  statementMs: number;
  /** resident memory of a worker process, in MiB */
  memoryMb: number;
  /** inputs larger than this many bytes are refused unread */
  maxBytes: number;
  /** PDFs of more pages are refused once their page count is read */
  maxPages: number;
}

export const DEFAULT_LIMITS: Limits = {
  inputMs: 60_000,
  pageMs: 10_000,
  statementMs: 120_000,
  memoryMb: 1024,
  maxBytes: 100 * 2 ** 20,
  maxPages: 1000,
};

/** An input's deadline once it is known to have `pages` pages. */
export const inputDeadline = (limits: Limits, pages: number): number => limits.inputMs + (limits.inputMs / 100) * pages;

/**
 * The deadline of one input as its reading goes on: the whole input's, scaled
 * by its page count once that is known, and while pages are being read, each
 * page's own (never past the whole input's). Returns the ms from now.
 */
export function inputClock(limits: Limits, now: () => number = Date.now): { first: number; next: (p: Record<string, number>) => number | undefined } {
  const start = now();
  let end = start + limits.inputMs;
  let pages = 0;
  const left = (): number => Math.max(0, end - now());
  return {
    first: limits.inputMs,
    next: (p) => {
      if (p.pages !== undefined) {
        pages = p.pages;
        end = start + inputDeadline(limits, pages);
        return pages > 0 ? Math.min(left(), limits.pageMs) : left();
      }
      if (p.page !== undefined) return p.page >= pages ? left() : Math.min(left(), limits.pageMs);
      return undefined;
    },
  };
}

export const defaultJobs = (): number => Math.max(1, availableParallelism());

/** Worker processes for a run of `inputs` inputs: as asked (else one a core), never more than there are inputs. */
export const jobsFor = (asked: number | undefined, inputs: number): number => Math.max(1, Math.min(asked ?? defaultJobs(), Math.max(1, inputs)));

export function createExecutor(jobs: number, limits: Limits = DEFAULT_LIMITS): Executor {
  const pool = new Supervisor({ entry: new URL('./child.js', import.meta.url), size: Math.max(1, jobs), memoryMb: limits.memoryMb });
  return {
    buildInput: (req) => {
      const clock = inputClock(limits);
      return pool.run('buildInput', req, clock.first, clock.next);
    },
    processStatement: (req) => pool.run('processStatement', req, limits.statementMs),
    prepareStatements: (req) => pool.prepare('processStatement', 'prepareStatements', () => req),
    prestartInputs: (req, count) => pool.prestart(count, 'buildInput', 'prepareInputs', req),
    close: () => pool.close(),
  };
}
