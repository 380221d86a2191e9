import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GC_FLAGS, JIT_FLAGS, LimitError, Supervisor } from '../../pipeline/supervisor.ts';
import { inputClock, DEFAULT_LIMITS } from '../../pipeline/pool.ts';

const entry = new URL('../fixtures/limits/child.mjs', import.meta.url);
const make = (size = 1, memoryMb = 400): Supervisor => new Supervisor({ entry, size, memoryMb, pollMs: 20 });

const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof LimitError ? e.code : `error: ${(e as Error).message}`;
  }
};

describe('the supervisor of worker processes', () => {
  it('kills a task that runs past its deadline, fails it with timeout, and serves the next task from a new process', async () => {
    const pool = make();
    try {
      const first = await pool.run<{ pid: number }>('echo', 1, 5000);
      const t0 = Date.now();
      expect(await codeOf(pool.run('spin', null, 300))).toBe('timeout');
      expect(Date.now() - t0).toBeLessThan(5000);
      const next = await pool.run<{ pid: number; payload: number }>('echo', 2, 5000);
      expect(next.payload).toBe(2);
      expect(next.pid).not.toBe(first.pid);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('starts each worker with the memory cap, the JIT flags set for short-lived workers and the GC flags set for shared cores, which V8 accepts', async () => {
    const pool = make(1, 400);
    try {
      const { execArgv } = await pool.run<{ execArgv: string[] }>('echo', 0, 5000);
      expect(execArgv).toContain('--max-old-space-size=400');
      expect(JIT_FLAGS.length).toBeGreaterThan(0);
      for (const flag of [...JIT_FLAGS, ...GC_FLAGS]) expect(execArgv).toContain(flag);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('kills a task whose process holds more than its memory cap, outside the V8 heap too, and fails it with too-large', async () => {
    const pool = make(1, 300);
    try {
      const err = await pool.run('hog', null, 20_000).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LimitError);
      expect((err as LimitError).code).toBe('too-large');
      expect((err as LimitError).message).toMatch(/more than 300 MB/);
      expect(await pool.run('echo', 3, 5000)).toMatchObject({ payload: 3 });
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('fails a task whose process dies with worker-crashed, and a task that reports failure with its own message', async () => {
    const pool = make();
    try {
      expect(await codeOf(pool.run('crash', null, 5000))).toBe('worker-crashed');
      expect(await codeOf(pool.run('fail', null, 5000))).toBe('error: the task said no');
      expect(await pool.run('echo', 4, 5000)).toMatchObject({ payload: 4 });
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('moves the deadline as a task reports progress: each page its own, the whole scaled by the page count', async () => {
    const pool = make();
    try {
      // 3 pages of 400 ms, each within its 900 ms though all three take longer, the whole (the child's start
      // included) within its 6 s: margins wide enough for a loaded machine
      let clock = inputClock({ ...DEFAULT_LIMITS, inputMs: 6000, pageMs: 900 });
      expect(await pool.run('pages', 400, clock.first, clock.next)).toBe('read');
      // one page of 1.5 s against a page deadline of 1 s
      clock = inputClock({ ...DEFAULT_LIMITS, inputMs: 60_000, pageMs: 1000 });
      expect(await codeOf(pool.run('pages', 1500, clock.first, clock.next))).toBe('timeout');
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('starts processes only as tasks need them, never more than its size, and runs tasks side by side', async () => {
    const pool = make(2);
    try {
      expect(pool.processes).toBe(0);
      const results = await Promise.all([1, 2, 3, 4].map((n) => pool.run<{ pid: number }>('echo', n, 5000)));
      expect(new Set(results.map((r) => r.pid)).size).toBeLessThanOrEqual(2);
      expect(pool.processes).toBeLessThanOrEqual(2);
      const spin = codeOf(pool.run('spin', null, 1500));
      // the other process answers while one is stuck
      expect(await pool.run('echo', 5, 1000)).toMatchObject({ payload: 5 });
      expect(await spin).toBe('timeout');
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('has children with nothing to do get ready for tasks announced to come, once each, and starts none for that alone', async () => {
    const pool = make(2);
    try {
      let asked = 0;
      pool.prepare('echo', 'getReady', () => `ready ${++asked}`);
      expect(pool.processes).toBe(0);
      // busy children are not asked; once idle, each is asked once
      const first = await Promise.all([1, 2].map((n) => pool.run<{ pid: number; prepared: string | null }>('echo', n, 5000)));
      expect(first.map((r) => r.prepared)).toEqual([null, null]);
      await new Promise((r) => setTimeout(r, 200));
      const later = await pool.run<{ prepared: string | null }>('echo', 3, 5000);
      expect(later.prepared).toMatch(/^ready [12]$/);
      await pool.run('echo', 4, 5000);
      expect(asked).toBe(first.length);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('starts children ahead of any task when asked, each getting ready at once, never more than its size', async () => {
    const pool = make(2);
    try {
      pool.prestart(3, 'echo', 'getReady', 'ready early');
      // started before any task was asked for, up to the pool's size
      expect(pool.processes).toBe(2);
      await new Promise((r) => setTimeout(r, 1500));
      const results = await Promise.all([1, 2].map((n) => pool.run<{ pid: number; prepared: string | null }>('echo', n, 5000)));
      expect(results.map((r) => r.prepared)).toEqual(['ready early', 'ready early']);
      expect(new Set(results.map((r) => r.pid)).size).toBe(2);
      expect(pool.processes).toBe(2);
    } finally {
      await pool.close();
    }
  }, 30_000);
});

describe('a worker whose runner was killed outright', () => {
  it('ends itself, though it is stuck in a loop that never lets it see the channel close', async () => {
    // a stand-in runner: starts the worker, hands it a task that spins, says the worker's pid
    const script = `
      const { fork } = require('node:child_process');
      const child = fork(${JSON.stringify(entry.pathname)}, [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
      child.on('message', (m) => { if (m.ready) { child.send({ id: 1, name: 'spin' }); console.log(child.pid); } });`;
    const runner = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
    const pid = await new Promise<number>((resolve) => runner.stdout.once('data', (d: Buffer) => resolve(Number(String(d).trim()))));
    const alive = (p: number): boolean => {
      try {
        return !/^State:\s+Z/m.test(readFileSync(`/proc/${p}/status`, 'utf8'));
      } catch {
        return false;
      }
    };
    await new Promise((r) => setTimeout(r, 300));
    expect(alive(pid)).toBe(true);
    runner.kill('SIGKILL');
    let gone = false;
    for (let t = 0; t < 50 && !gone; t++) {
      await new Promise((r) => setTimeout(r, 100));
      gone = !alive(pid);
    }
    if (!gone) process.kill(pid, 'SIGKILL');
    expect(gone).toBe(true);
  }, 30_000);
});

describe('an input clock', () => {
  it('gives the whole input its deadline scaled by the page count, and each page at most its own', () => {
    let now = 0;
    const clock = inputClock({ ...DEFAULT_LIMITS, inputMs: 10_000, pageMs: 2000 }, () => now);
    expect(clock.first).toBe(10_000);
    now = 1000;
    expect(clock.next({ pages: 50 })).toBe(2000); // a page's own
    now = 13_000;
    expect(clock.next({ page: 49 })).toBe(2000);
    expect(clock.next({ page: 50 })).toBe(10_000 + 5000 - 13_000); // the rest of the whole: 10 s + 1% a page
    expect(clock.next({ other: 1 })).toBeUndefined();
  });
});
