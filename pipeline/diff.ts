/** `osce diff`: reads two runs' output folders and compares their records statement by statement. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { diffStatement, type Change } from '../src/export/diff.ts';
import { RecordError, readStatement } from './records.ts';

export class DiffInputError extends Error {}

async function statementIds(dir: string): Promise<string[]> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error();
  } catch {
    throw new DiffInputError(`${dir}: not an output folder of osce run`);
  }
  const ids = await readdir(join(dir, 'statements')).catch(() => {
    throw new DiffInputError(`${dir}: no statements/ folder; is it the --out of osce run?`);
  });
  return ids.filter((id) => !id.startsWith('.')).sort();
}

/** Statement by statement, so only two versions of one statement are in memory at a time. */
export async function diffRuns(oldDir: string, newDir: string): Promise<Change[]> {
  const [before, after] = await Promise.all([statementIds(oldDir), statementIds(newDir)]);
  const changes: Change[] = [];
  const read = async (dir: string, id: string, present: string[]) => {
    if (!present.includes(id)) return null;
    try {
      return await readStatement(dir, id);
    } catch (e) {
      if (e instanceof RecordError) throw new DiffInputError(e.message);
      throw e;
    }
  };
  for (const id of [...new Set([...before, ...after])].sort()) {
    changes.push(...diffStatement(id, await read(oldDir, id, before), await read(newDir, id, after)));
  }
  return changes;
}
