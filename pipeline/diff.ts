/** `osce diff`: reads two runs' output folders and compares their records statement by statement. */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Alignment, Document, Flag } from '../src/schema/index.ts';
import { diffStatement, type Change, type StatementRecords } from '../src/export/diff.ts';

export class DiffInputError extends Error {}

async function readJson<T>(path: string, parse: (x: unknown) => T): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new DiffInputError(`${path}: ${(e as Error).message}`);
  }
  try {
    return parse(JSON.parse(text));
  } catch (e) {
    throw new DiffInputError(`${path}: not a record of this pipeline (${(e as Error).message.split('\n')[0]})`);
  }
}

async function readRun(dir: string): Promise<Map<string, StatementRecords>> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error();
  } catch {
    throw new DiffInputError(`${dir}: not an output folder of osce run`);
  }
  const root = join(dir, 'statements');
  const ids = await readdir(root).catch(() => {
    throw new DiffInputError(`${dir}: no statements/ folder; is it the --out of osce run?`);
  });
  const out = new Map<string, StatementRecords>();
  for (const id of ids.sort()) {
    const docs: Document[] = [];
    for (const lang of ['en', 'ru', 'kk']) {
      const doc = await readJson(join(root, id, `${lang}.json`), (x) => Document.parse(x));
      if (doc) docs.push(doc);
    }
    const alignment = await readJson(join(root, id, 'alignment.json'), (x) => Alignment.parse(x));
    const flags = (await readJson(join(root, id, 'flags.json'), (x) => Flag.array().parse(x))) ?? [];
    out.set(id, { docs, alignment, flags });
  }
  return out;
}

export async function diffRuns(oldDir: string, newDir: string): Promise<Change[]> {
  const [before, after] = await Promise.all([readRun(oldDir), readRun(newDir)]);
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  return ids.flatMap((id) => diffStatement(id, before.get(id) ?? null, after.get(id) ?? null));
}
