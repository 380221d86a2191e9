/**
 * A diagnostic: V8's sampling heap profiler over a worker's whole life,
 * counting objects the collector has already taken too, so that the profile
 * says who allocates, not only what is alive at the end (which is all that
 * `node --heap-prof` keeps in Node 20). The profile opens in Chrome's
 * DevTools (Memory, "Load profile").
 */
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Starts sampling; the promise gives the function that stops and writes `<dir>/<pid>.heapprofile`. */
export async function startHeapSampling(dir: string): Promise<() => Promise<void>> {
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 16384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  } as never);
  return async () => {
    const { profile } = await session.post('HeapProfiler.stopSampling');
    writeFileSync(join(dir, `${process.pid}.heapprofile`), JSON.stringify(profile));
    session.disconnect();
  };
}
