/**
 * Ends a worker process whose runner is gone. A runner killed outright
 * (kill -9) cannot stop its workers, and a worker stuck in a loop never
 * sees the IPC channel close. This watchdog is a thread of its own, so it
 * runs whatever the worker's main thread is doing: when the process's parent
 * changes (it was adopted by another process), it kills the process.
 */
import { Worker } from 'node:worker_threads';

export function startOrphanWatchdog(everyMs = 500): void {
  const watchdog = new Worker(
    `const parent = process.ppid;
     setInterval(() => { if (process.ppid !== parent) process.kill(process.pid, 'SIGKILL'); }, ${Math.max(50, Math.round(everyMs))});`,
    { eval: true },
  );
  // it never keeps the process alive by itself
  watchdog.unref();
}
