import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so a
 * reader (or a run killed half-way) never sees a half-written file.
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Room kept for a file that must be written last, whatever filled the disk
 * before it (the run manifest): a temporary file of `bytes` zeros, made now,
 * given back when the file is written. If even that cannot be made, there is
 * no room kept and nothing fails.
 */
export async function keepRoom(path: string, bytes: number): Promise<{ release: () => Promise<void> }> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, new Uint8Array(bytes));
  } catch {
    await rm(tmp, { force: true });
  }
  return { release: () => rm(tmp, { force: true }) };
}

/** How every JSON record of a run is laid out: two-space indent, one trailing newline. */
export const jsonText = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';

export const writeJson = (path: string, value: unknown): Promise<void> => writeAtomic(path, jsonText(value));

/**
 * The name writeAtomic (and the corpus writer) give a temporary file:
 * `.<name>.<pid>.<8 hex>.tmp`, and SQLite's side files of a temporary
 * database (`-journal`, `-wal`, `-shm`), which a kill can leave too.
 */
export const TEMPORARY = /^\..+\.\d+\.[0-9a-f]{8}\.tmp(?:-journal|-wal|-shm)?$/;

/**
 * Removes the temporary files a killed run left under `dir` (its folders
 * included). Call it only while holding the folder's lock: then no other run
 * is writing there, and every temporary file is debris.
 */
export async function sweepTemporaries(dir: string): Promise<number> {
  let removed = 0;
  const walk = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) await walk(join(d, e.name));
      else if (TEMPORARY.test(e.name)) {
        await rm(join(d, e.name), { force: true });
        removed++;
      }
    }
  };
  await walk(dir);
  return removed;
}
