import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
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

/** How every JSON record of a run is laid out: two-space indent, one trailing newline. */
export const jsonText = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';

export const writeJson = (path: string, value: unknown): Promise<void> => writeAtomic(path, jsonText(value));
