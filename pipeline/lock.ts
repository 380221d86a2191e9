/**
 * One run per output folder: a lock file created exclusively, holding the
 * owner's pid. A second run on the same folder is refused with a clear
 * message; a lock left by a run that was killed (its pid is gone) is taken over.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

export class LockError extends Error {}

export interface Lock {
  release(): Promise<void>;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export async function acquireLock(outDir: string): Promise<Lock> {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, '.osce.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }));
      await handle.close();
      return { release: () => rm(path, { force: true }) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let owner: { pid?: number; host?: string; startedAt?: string } = {};
      try {
        owner = JSON.parse(await readFile(path, 'utf8'));
      } catch {
        // a lock half-written by a killed run: treat as stale
      }
      const sameHost = !owner.host || owner.host === hostname();
      if (owner.pid && (!sameHost || alive(owner.pid))) {
        throw new LockError(
          `${outDir} is in use by another osce run (pid ${owner.pid}${sameHost ? '' : ` on ${owner.host}`}, started ${owner.startedAt ?? 'at an unknown time'}); ` +
            `wait for it to finish, or delete ${path} if that run is gone`,
        );
      }
      await rm(path, { force: true }); // stale: its run was killed
    }
  }
  throw new LockError(`${outDir}: could not take the lock ${path}`);
}
