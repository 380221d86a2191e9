/** Reads back what a run wrote for one statement: its Documents, alignment and flags, each checked against its schema. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Alignment, Document, Flag, Lang } from '../src/schema/index.ts';
import type { StatementRecords } from '../src/export/records.ts';

/** A record file that exists but is not a record of this pipeline (damaged, hand-edited, another version). */
export class RecordError extends Error {}

export async function readRecord<T>(path: string, parse: (x: unknown) => T): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new RecordError(`${path}: ${(e as Error).message}`);
  }
  try {
    return parse(JSON.parse(text));
  } catch (e) {
    throw new RecordError(`${path}: not a record of this pipeline (${(e as Error).message.split('\n')[0]})`);
  }
}

/** The records under `<out>/statements/<statementId>/`, versions in the order en, ru, kk. */
export async function readStatement(outDir: string, statementId: string): Promise<StatementRecords> {
  const dir = join(outDir, 'statements', statementId);
  const docs: Document[] = [];
  for (const lang of Lang.options) {
    const doc = await readRecord(join(dir, `${lang}.json`), (x) => Document.parse(x));
    if (doc) docs.push(doc);
  }
  const alignment = await readRecord(join(dir, 'alignment.json'), (x) => Alignment.parse(x));
  const flags = (await readRecord(join(dir, 'flags.json'), (x) => Flag.array().parse(x))) ?? [];
  return { docs, alignment, flags };
}
