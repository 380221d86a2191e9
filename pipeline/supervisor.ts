/**
 * Runs tasks in child processes under limits enforced from outside: a
 * deadline per task and a cap on the process's resident memory. A child that
 * passes either is killed (SIGKILL: a decoder stuck in a loop cannot be
 * asked) and replaced for the next task; the task fails with a typed error.
 * Children start when a task needs one, up to `size`, and are reused; a
 * caller that knows tasks will come may start them ahead (prestart).
 *
 * A task may report progress that moves its deadline: a PDF's page count,
 * once known, scales the time it is given.
 *
 * The child side is `child.js`: it answers `{ id, name, payload }` with
 * `{ id, ok, result }` or `{ id, ok: false, error }`, and may send
 * `{ id, progress }` while it works.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export type LimitCode = 'timeout' | 'too-large' | 'worker-crashed';

/** A task stopped from outside: it ran past its deadline, its memory cap, or its process died. */
export class LimitError extends Error {
  readonly code: LimitCode;
  constructor(code: LimitCode, message: string) {
    super(message);
    this.name = 'LimitError';
    this.code = code;
  }
}

export const isLimitError = (e: unknown): e is LimitError => e instanceof LimitError;

export interface SupervisorOptions {
  /** the child's entry module */
  entry: URL;
  /** at most this many children at once */
  size: number;
  /** resident-memory cap per child, in MiB; also sets its V8 heap limit */
  memoryMb: number;
  /** how often resident memory is read, in ms (default 100) */
  pollMs?: number;
}

interface Job {
  id: number;
  name: string;
  payload: unknown;
  deadlineMs: number;
  /** when it was handed to a child */
  startedAt?: number;
  /** a new deadline (ms from now) for what the task reported, or undefined to keep the old one */
  onProgress?: (progress: Record<string, number>) => number | undefined;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  child: ChildProcess;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** why this child was killed, once it was */
  killed: LimitError | null;
  /** the end of what the child printed on stderr */
  stderr: string;
  /** the child has said it listens (a message sent before would be lost) */
  ready: boolean;
  /** the kinds of task this child was asked to get ready for while it had nothing to do: false while it loads, true once ready */
  prepared: Map<string, boolean>;
  /** what a child started ahead of its tasks (prestart) loads as soon as it listens */
  warm?: { task: string; name: string; payload: unknown };
}

/**
 * V8's optimising compiler, set for a worker's short life. By default V8
 * optimises a function after little use and inlines generously, and a worker
 * of a 60-PDF batch spent about 7.5 s of CPU in its compiler threads beside
 * 9 s of work on its main thread, much of it on functions optimised, thrown
 * away on a new shape of input and optimised again (the PDF engine's text
 * builder, the claims' atom finder). On two cores those threads compete with
 * the other worker. Here a function is optimised after about twice as much
 * use, and inlining stops at a third of the default: compiler threads 7.5 →
 * 3.4 s, main threads 9.1 → 9.6 s, a batch 13.1 → 9.8 s wall (README,
 * Benchmark). The output is the same; only when code is compiled changes.
 */
export const JIT_FLAGS = ['--interrupt-budget=300000', '--max-inlined-bytecode-size-cumulative=300'];

/**
 * V8's garbage collector, set for workers that share the cores with each
 * other. By default each collection is shared out to helper threads, which on
 * two cores take the other worker's core for a moment and hand it back. A
 * worker collecting on its own thread ran the 60-PDF batch 4-7 % faster in each
 * of six alternating pairs of runs (median 7.75 → 7.35 s; README, Benchmark).
 * Collections are the same; only where they run changes.
 */
export const GC_FLAGS = ['--single-threaded-gc'];

const PAGE = 4096;

/** Resident memory of a process in bytes, or null where /proc is not there to read it. */
export function residentBytes(pid: number): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
  } catch {
    return null;
  }
}

export class Supervisor {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private readonly poller: NodeJS.Timeout;
  private preparing: { task: string; name: string; payload: () => unknown } | null = null;

  constructor(private readonly options: SupervisorOptions) {
    this.poller = setInterval(() => this.checkMemory(), options.pollMs ?? 100);
    this.poller.unref();
  }

  /** Runs `name(payload)` in a child; rejects with a LimitError when the child is stopped. */
  run<T>(name: string, payload: unknown, deadlineMs: number, onProgress?: Job['onProgress']): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, name, payload, deadlineMs, ...(onProgress ? { onProgress } : {}), resolve: resolve as (v: unknown) => void, reject });
      this.dispatch();
    });
  }

  /**
   * Says that tasks named `task` will come. A child with nothing to do runs
   * `name(payload())` meanwhile, once, to load what such tasks need, and says
   * when it is ready. Such tasks go to a ready child first, then to one getting
   * ready. What a child failed to load, the task loads itself.
   */
  prepare(task: string, name: string, payload: () => unknown): void {
    this.preparing = { task, name, payload };
    this.offer();
  }

  /**
   * Starts children now, up to `n` (and the pool's size), before any task is
   * asked for: each runs `name(payload)` as soon as it listens, to load what
   * tasks named `task` need, while the caller still loads its own modules.
   * A task handed to a child before it listens goes first; it loads what it
   * needs itself.
   */
  prestart(n: number, task: string, name: string, payload: unknown): void {
    while (!this.closed && this.slots.size < Math.min(n, this.options.size)) this.spawn().warm = { task, name, payload };
  }

  /** Children now running, for tests and progress. */
  get processes(): number {
    return this.slots.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.poller);
    if (this.offerTimer) clearTimeout(this.offerTimer);
    for (const job of this.queue.splice(0)) job.reject(new Error('the worker pool was closed'));
    await Promise.all([...this.slots].map((s) => this.stop(s)));
  }

  private dispatch(): void {
    while (this.queue.length) {
      const job = this.queue[0]!;
      const idle = [...this.slots].filter((s) => s.job === null && s.killed === null);
      // a child ready for the task first, then one getting ready, then any
      let slot = idle.find((s) => s.prepared.get(job.name) === true) ?? idle.find((s) => s.prepared.has(job.name)) ?? idle[0];
      if (!slot) {
        if (this.slots.size >= this.options.size) return;
        slot = this.spawn();
      }
      this.start(slot, this.queue.shift()!);
    }
    this.offer();
  }

  /**
   * Idle children that listen get ready for what `prepare` announced, when
   * nothing has waited to be run for a moment: a runner hands the next task
   * over a few milliseconds after the last one ends, and a child must not
   * start loading then.
   */
  private offer(): void {
    if (this.offerTimer) clearTimeout(this.offerTimer);
    this.offerTimer = setTimeout(() => this.offerNow(), Supervisor.IDLE_MS);
    this.offerTimer.unref();
  }

  private static readonly IDLE_MS = 50;
  private offerTimer: NodeJS.Timeout | null = null;

  private offerNow(): void {
    this.offerTimer = null;
    const p = this.preparing;
    if (!p || this.closed || this.queue.length) return;
    for (const slot of this.slots) {
      if (!slot.ready || slot.job || slot.killed || slot.prepared.has(p.task)) continue;
      slot.prepared.set(p.task, false);
      slot.child.send({ prepare: p.task, name: p.name, payload: p.payload() });
    }
  }

  private spawn(): Slot {
    const child = fork(new URL(this.options.entry), [], {
      serialization: 'advanced',
      // OSCE_CPU_PROF=<dir> writes a CPU profile of every worker there (how the stages were profiled; see docs);
      // OSCE_V8_FLAGS='--trace-opt ...' adds V8 flags to every worker, and shows the workers' stdout (how JIT_FLAGS were chosen)
      execArgv: [`--max-old-space-size=${this.options.memoryMb}`, ...JIT_FLAGS, ...GC_FLAGS, ...(process.env.OSCE_V8_FLAGS?.split(' ').filter(Boolean) ?? []), ...(process.env.OSCE_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.OSCE_CPU_PROF}`] : [])],
      // the engine's own complaints (a blown stack in a PDF's nested forms, say) are not the user's business;
      // the task's error says what happened, and the end of stderr is kept for a crash
      stdio: ['ignore', process.env.OSCE_V8_FLAGS ? 'inherit' : 'ignore', 'pipe', 'ipc'],
    });
    const slot: Slot = { child, job: null, timer: null, killed: null, stderr: '', ready: false, prepared: new Map() };
    child.stderr?.on('data', (d: Buffer) => (slot.stderr = (slot.stderr + d.toString()).slice(-2000)));
    this.slots.add(slot);
    child.on('message', (m: { id: number; ready?: boolean; prepared?: string; ok?: boolean; result?: unknown; error?: string; progress?: Record<string, number> }) => {
      if (m.prepared) return void slot.prepared.set(m.prepared, true);
      if (m.ready) {
        slot.ready = true;
        const warm = slot.warm;
        if (warm && !slot.job && !this.closed) {
          slot.prepared.set(warm.task, false);
          slot.child.send({ prepare: warm.task, name: warm.name, payload: warm.payload });
        }
        this.hand(slot);
        return this.offer();
      }
      const job = slot.job;
      if (!job || m.id !== job.id) return;
      if (m.progress) {
        const ms = job.onProgress?.(m.progress);
        if (ms !== undefined) this.arm(slot, ms);
        return;
      }
      this.finish(slot);
      if (m.ok) job.resolve(m.result);
      else job.reject(new Error(m.error ?? 'the task failed'));
    });
    child.on('exit', (code, signal) => {
      this.slots.delete(slot);
      if (slot.timer) clearTimeout(slot.timer);
      const job = slot.job;
      slot.job = null;
      if (job) {
        const oom = signal === 'SIGABRT' || code === 134;
        job.reject(
          slot.killed ??
            (oom
              ? new LimitError('too-large', `ran out of memory (more than ${this.options.memoryMb} MB) and was stopped`)
              : new LimitError('worker-crashed', `its worker process died (${signal ?? `exit code ${code}`})${lastLine(slot.stderr)}`)),
        );
      }
      if (!this.closed) this.dispatch();
    });
    // a child that cannot start at all fails its task through 'exit'
    child.on('error', () => {});
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    job.startedAt = Date.now();
    // the deadline runs from the hand-over, so a child's start-up counts against its first task
    this.arm(slot, job.deadlineMs);
    this.hand(slot);
  }

  /** Sends the slot's task to its child, once the child listens. */
  private hand(slot: Slot): void {
    const job = slot.job;
    if (slot.ready && job) slot.child.send({ id: job.id, name: job.name, payload: job.payload });
  }

  /** (Re)sets the running job's deadline to `ms` from now. */
  private arm(slot: Slot, ms: number): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      const ran = Date.now() - (slot.job?.startedAt ?? Date.now());
      this.kill(slot, new LimitError('timeout', `ran past its deadline and was stopped after ${formatSeconds(ran)}`));
    }, ms);
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    queueMicrotask(() => this.dispatch());
  }

  private kill(slot: Slot, why: LimitError): void {
    if (slot.killed) return;
    slot.killed = why;
    slot.child.kill('SIGKILL');
  }

  private checkMemory(): void {
    const cap = this.options.memoryMb * 2 ** 20;
    for (const slot of this.slots) {
      if (!slot.job || slot.killed || slot.child.pid === undefined) continue;
      const rss = residentBytes(slot.child.pid);
      if (rss !== null && rss > cap) this.kill(slot, new LimitError('too-large', `used more than ${this.options.memoryMb} MB of memory and was stopped`));
    }
  }

  private stop(slot: Slot): Promise<void> {
    return new Promise((resolve) => {
      if (slot.child.exitCode !== null || slot.child.signalCode !== null) return resolve();
      slot.child.once('exit', () => resolve());
      slot.child.disconnect?.();
      // a child busy in a loop does not notice the disconnect
      setTimeout(() => slot.child.kill('SIGKILL'), 2000).unref();
    });
  }
}

const lastLine = (text: string): string => {
  const line = text.trim().split('\n').at(-1)?.trim();
  return line ? `: ${line.slice(0, 200)}` : '';
};

const formatSeconds = (ms: number): string => (ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 1000).toFixed(1)} s`);
