/**
 * The batch runner: finds inputs, runs the stage graph on each, writes the
 * records and the run manifest. A failed input is recorded and the batch goes on.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, extname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readSource, sha256 } from '../src/ingest/read.ts';
import { isInputError } from '../src/ingest/errors.ts';
import type { RunInput, RunManifest } from '../src/schema/index.ts';
import { RunManifest as RunManifestSchema } from '../src/schema/index.ts';
import { buildDocument, type AsyncTimer, type Timer } from './graph.ts';
import { writeJson } from './write.ts';
import { VERSION } from './version.ts';

export interface RunOptions {
  quiet?: boolean;
  log?: (line: string) => void;
}

/** Extensions the runner picks up inside folders; a file named on the command line is always tried. */
export const INPUT_EXTENSIONS = new Set(['.txt', '.pdf']);

export async function collectInputs(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const visit = async (path: string, named: boolean): Promise<void> => {
    let st;
    try {
      st = await stat(path);
    } catch {
      out.push(path); // reported as a failed input by the runner
      return;
    }
    if (st.isDirectory()) {
      for (const name of (await readdir(path)).sort()) {
        if (!name.startsWith('.')) await visit(join(path, name), false);
      }
    } else if (named || INPUT_EXTENSIONS.has(extname(path).toLowerCase())) {
      out.push(path);
    }
  };
  for (const p of paths) await visit(p, true);
  return [...new Set(out)];
}

export async function runBatch(paths: string[], outDir: string, options: RunOptions = {}): Promise<RunManifest> {
  const log = options.quiet ? () => {} : (options.log ?? (() => {}));
  const startedAt = new Date().toISOString();
  const stageMs = new Map<string, number>();
  const spent = (name: string, t0: number): void => void stageMs.set(name, (stageMs.get(name) ?? 0) + performance.now() - t0);
  const time: Timer = (name, fn) => {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      spent(name, t0);
    }
  };
  const timeAsync: AsyncTimer = async (name, fn) => {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      spent(name, t0);
    }
  };
  const inputs: RunInput[] = [];
  const written = new Map<string, string>();
  const files = await collectInputs(paths);
  for (const [k, path] of files.entries()) {
    const t0 = performance.now();
    let hash = '';
    try {
      const bytes = new Uint8Array(await readFile(path));
      hash = sha256(bytes);
      const doc = await buildDocument(readSource(path, bytes), time, timeAsync);
      const rel = join('statements', doc.statementId, `${doc.lang}.json`);
      const earlier = written.get(rel);
      if (earlier) throw new Error(`${path}: same statement and language as ${earlier} (${rel}); not written`);
      await writeJson(join(outDir, rel), doc);
      written.set(rel, path);
      const warnings = doc.diagnostics.filter((d) => d.severity !== 'info');
      inputs.push({ path, sha256: hash, status: 'ok', ms: Math.round(performance.now() - t0), outputs: [rel], ...(warnings.length ? { warnings } : {}) });
      log(`[${k + 1}/${files.length}] ok      ${path} → ${rel}`);
    } catch (e) {
      const error = oneLine(e, path);
      inputs.push({
        path,
        sha256: hash,
        status: 'failed',
        error,
        ...(isInputError(e) ? { errorCode: e.code } : {}),
        ms: Math.round(performance.now() - t0),
      });
      (options.log ?? (() => {}))(`[${k + 1}/${files.length}] FAILED  ${error}`);
    }
  }
  const manifest = RunManifestSchema.parse({
    startedAt,
    finishedAt: new Date().toISOString(),
    version: VERSION,
    inputs,
    stages: [...stageMs].map(([name, ms]) => ({ name, ms: Math.round(ms) })),
  });
  await writeJson(join(outDir, 'run.json'), manifest);
  const failed = inputs.filter((i) => i.status === 'failed').length;
  log(`${inputs.length - failed} of ${inputs.length} inputs ok; manifest: ${relative(process.cwd(), join(outDir, 'run.json'))}`);
  return manifest;
}

/** A one-line message for the manifest: input errors as they are, other failures with their kind. */
function oneLine(e: unknown, path: string): string {
  if (isInputError(e)) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return `${path}: no such file`;
  if (err?.code === 'EACCES') return `${path}: permission denied`;
  if (err?.code === 'EISDIR') return `${path}: is a folder`;
  if (err?.code === 'ENOSPC') return `${path}: no space left on the output device`;
  const msg = err?.message ?? String(e);
  return msg.startsWith(path) ? msg.split('\n')[0]! : `${path}: internal error: ${msg.split('\n')[0]}`;
}
