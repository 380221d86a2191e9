/**
 * What makes a run incremental: an input whose bytes, path and pipeline
 * version are unchanged is not processed again (its Document is read back
 * from the output folder), and a statement whose versions are all unchanged
 * keeps its alignment, flags and exports. The index lives in
 * `<out>/.osce-cache/`, each entry written atomically after the files it
 * names, so a run killed at any moment leaves no entry for a file it did not
 * finish.
 */
import { access, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Document } from '../src/schema/index.ts';
import { writeJson } from './write.ts';

const digest = (s: string): string => createHash('sha256').update(s).digest('hex');
const exists = (p: string): Promise<boolean> => access(p).then(() => true, () => false);

interface Entry {
  key: string;
  files: string[];
}

export class RunCache {
  constructor(
    private readonly outDir: string,
    private readonly version: string,
    /** false with --force: nothing is read back, everything is written afresh */
    private readonly enabled: boolean,
  ) {}

  private entryPath(kind: 'inputs' | 'statements', name: string): string {
    return join(this.outDir, '.osce-cache', kind, `${digest(name).slice(0, 32)}.json`);
  }

  private async read(kind: 'inputs' | 'statements', name: string, key: string): Promise<Entry | null> {
    if (!this.enabled) return null;
    try {
      const entry = JSON.parse(await readFile(this.entryPath(kind, name), 'utf8')) as Entry;
      if (entry.key !== key) return null;
      for (const f of entry.files) if (!(await exists(join(this.outDir, f)))) return null;
      return entry;
    } catch {
      return null;
    }
  }

  /** The Document a previous run made of this input, if input and pipeline are unchanged. */
  async document(path: string, sha256: string): Promise<{ doc: Document; rel: string } | null> {
    const entry = await this.read('inputs', path, `${this.version}|${sha256}`);
    if (!entry) return null;
    try {
      const doc = Document.parse(JSON.parse(await readFile(join(this.outDir, entry.files[0]!), 'utf8')));
      // the file must still be this input's Document, not one another input wrote there since
      if (doc.source.sha256 !== sha256 || doc.source.path !== path) return null;
      return { doc, rel: entry.files[0]! };
    } catch {
      return null; // damaged or hand-edited: process again
    }
  }

  async rememberDocument(path: string, sha256: string, rel: string): Promise<void> {
    await writeJson(this.entryPath('inputs', path), { key: `${this.version}|${sha256}`, files: [rel] });
  }

  /** The key of a statement: its inputs (path and content) and the settings that change its outputs. */
  statementKey(inputs: Array<{ path: string; sha256: string }>, settings: string): string {
    return digest([this.version, settings, ...inputs.map((i) => `${i.path}|${i.sha256}`).sort()].join('\n'));
  }

  /** The files a previous run wrote for this statement, if its key is unchanged and they are all there. */
  async statementFiles(statementId: string, key: string): Promise<string[] | null> {
    return (await this.read('statements', statementId, key))?.files ?? null;
  }

  async rememberStatement(statementId: string, key: string, files: string[]): Promise<void> {
    await writeJson(this.entryPath('statements', statementId), { key, files });
  }
}
