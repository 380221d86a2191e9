/**
 * The worker process's side of supervisor.ts: says it is ready, then answers
 * each task message `{ id, name, payload }` with `{ id, ok, result }` or
 * `{ id, ok: false, error }`. A task may send `{ id, progress }` (a PDF's
 * page count, each page read) that moves its deadline. `{ prepare: task,
 * name, payload }` runs a task that loads what later tasks need, and answers
 * `{ prepared: task }` when it is done.
 */
import * as tasks from './tasks.ts';
import { startOrphanWatchdog } from './orphan-watchdog.ts';

type TaskName = 'buildInput' | 'processStatement' | 'prepareStatements' | 'prepareInputs';

process.on('message', async (m: { id: number; name: TaskName; payload: never; prepare?: string }) => {
  // getting ready for tasks to come, while there is nothing to do: says when it is ready; a failure is the task's to meet
  if (m.prepare) {
    const task = m.prepare;
    return void tasks[m.name](m.payload).then(() => process.send?.({ prepared: task }), () => {});
  }
  const progress = (p: Record<string, number>): void => void process.send?.({ id: m.id, progress: p });
  try {
    const result = await tasks[m.name](m.payload, progress);
    process.send?.({ id: m.id, ok: true, result });
  } catch (e) {
    process.send?.({ id: m.id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
});
// OSCE_HEAP_PROF=<dir>: a sampled profile of everything this worker allocates, collected or not (who
// feeds the garbage collector), written there when the runner goes away (see docs)
const heapDir = process.env.OSCE_HEAP_PROF;
const heapProfile = heapDir ? import('./heap-sampling.ts').then((m) => m.startHeapSampling(heapDir)) : null;
// the runner went away: nothing is left to answer
process.on('disconnect', () => {
  if (!heapProfile) process.exit(0);
  else void heapProfile.then((write) => write()).finally(() => process.exit(0));
});
startOrphanWatchdog();
process.send?.({ ready: true });
