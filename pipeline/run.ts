/**
 * The batch runner: finds inputs, runs the stage graph on each, writes the
 * records and the run manifest. A failed input is recorded and the batch goes on.
 */
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readSource, sha256 } from '../src/ingest/read.ts';
import { isInputError } from '../src/ingest/errors.ts';
import type { Document, RunInput, RunManifest } from '../src/schema/index.ts';
import { Alignment as AlignmentSchema, RunManifest as RunManifestSchema } from '../src/schema/index.ts';
import { TermBase } from '../src/align/terms.ts';
import { groupDocuments } from '../src/align/group.ts';
import { alignStatement } from '../src/align/statement.ts';
import { translationUnits } from '../src/export/units.ts';
import { toParallelText, toTmx } from '../src/export/tmx.ts';
import { runChecks } from '../src/checks/index.ts';
import { reviewPage } from '../src/export/review/page.ts';
import { buildDocument, type AsyncTimer, type Timer } from './graph.ts';
import { jsonText, writeAtomic, writeJson } from './write.ts';
import { VERSION } from './version.ts';
import { spellersFor } from './spellers.ts';
import { RunCache } from './cache.ts';
import { acquireLock } from './lock.ts';

interface Built {
  doc: Document;
  rel: string;
  input: RunInput;
}

/** What the runner reports as it goes: one event per input, then one per statement. */
export interface ProgressEvent {
  done: number;
  total: number;
  path: string;
  status: 'ok' | 'cached' | 'failed';
  message: string;
}

export interface RunOptions {
  quiet?: boolean;
  /** process every input again, ignoring what earlier runs left in the output folder */
  force?: boolean;
  progress?: (event: ProgressEvent) => void;
  /** run the spelling check (loads Hunspell dictionaries; default true) */
  spelling?: boolean;
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
  const lock = await acquireLock(outDir);
  try {
    return await runLocked(paths, outDir, options);
  } finally {
    await lock.release();
  }
}

async function runLocked(paths: string[], outDir: string, options: RunOptions): Promise<RunManifest> {
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
  const built: Built[] = [];
  const files = await collectInputs(paths);
  const cache = new RunCache(outDir, VERSION, !options.force);
  const report = (k: number, path: string, status: ProgressEvent['status'], message: string): void => {
    options.progress?.({ done: k + 1, total: files.length, path, status, message });
    if (status === 'failed') (options.log ?? (() => {}))(`[${k + 1}/${files.length}] FAILED  ${message}`);
    else log(`[${k + 1}/${files.length}] ${status.padEnd(7)} ${message}`);
  };
  for (const [k, path] of files.entries()) {
    const t0 = performance.now();
    let hash = '';
    try {
      const bytes = new Uint8Array(await readFile(path));
      hash = sha256(bytes);
      const hit = await cache.document(path, hash);
      const doc = hit?.doc ?? (await buildDocument(readSource(path, bytes), time, timeAsync));
      const rel = hit?.rel ?? join('statements', doc.statementId, `${doc.lang}.json`);
      const earlier = written.get(rel);
      if (earlier) throw new Error(`${path}: same statement and language as ${earlier} (${rel}); not written`);
      if (!hit) {
        await writeJson(join(outDir, rel), doc);
        await cache.rememberDocument(path, hash, rel);
      }
      written.set(rel, path);
      const warnings = doc.diagnostics.filter((d) => d.severity !== 'info');
      const status = hit ? 'cached' : 'ok';
      const record: RunInput = { path, sha256: hash, status, ms: Math.round(performance.now() - t0), outputs: [rel], ...(warnings.length ? { warnings } : {}) };
      inputs.push(record);
      built.push({ doc, rel, input: record });
      report(k, path, status, `${path} → ${rel}`);
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
      report(k, path, 'failed', error);
    }
  }
  await alignGroups(built, outDir, cache, time, log, options.spelling ?? true);
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

const TERMS = TermBase.fromTsv(readFileSync(new URL('../corpus/glossary.tsv', import.meta.url), 'utf8'));

/**
 * Groups the documents of the run into statements, moves a version whose id
 * differs from its group's under the group's id, and writes each statement's
 * flags, review page, alignment, TMX and parallel text.
 */
async function alignGroups(built: Built[], outDir: string, cache: RunCache, time: Timer, log: (l: string) => void, spelling: boolean): Promise<void> {
  const groups = time('group', () => groupDocuments(built.map((b) => b.doc)));
  const entryOf = new Map(built.map((b) => [b.doc, b]));
  for (const g of groups) {
    for (const doc of g.documents) {
      if (doc.statementId === g.statementId) continue;
      const entry = entryOf.get(doc)!;
      const rel = join('statements', g.statementId, `${doc.lang}.json`);
      doc.statementId = g.statementId;
      await writeJson(join(outDir, rel), doc);
      await rm(join(outDir, entry.rel), { force: true });
      await cache.rememberDocument(entry.input.path, entry.input.sha256, rel);
      entry.input.outputs = [rel];
      entry.rel = rel;
    }
    const dir = join('statements', g.statementId);
    const key = cache.statementKey(g.documents.map((d) => entryOf.get(d)!.input), `spelling=${spelling}`);
    const kept = await cache.statementFiles(g.statementId, key);
    if (kept) {
      for (const d of g.documents) entryOf.get(d)!.input.outputs!.push(...kept);
      log(`unchanged ${g.statementId}: ${g.documents.map((d) => d.lang).join(', ')}`);
      continue;
    }
    const alignment = g.documents.length >= 2 ? time('align', () => alignStatement(g.statementId, g.documents, { terms: TERMS })) : null;
    const spellers = spelling ? await spellersFor(g.documents.map((d) => d.lang)) : {};
    const flags = time('checks', () => runChecks({ statementId: g.statementId, docs: g.documents, alignment, terms: TERMS, spellers }));
    const files: Array<[string, string]> = [
      [join(dir, 'flags.json'), jsonText(flags)],
      [join(dir, 'review.html'), time('review', () => reviewPage(g.statementId, g.documents, alignment, flags, VERSION))],
    ];
    const langs = g.documents.map((d) => d.lang);
    if (alignment) {
      const units = time('export', () => translationUnits(g.documents, alignment));
      files.push(
        [join(dir, 'alignment.json'), jsonText(AlignmentSchema.parse(alignment))],
        [join(dir, `${g.statementId}.tmx`), toTmx(g.statementId, units, langs[0]!, VERSION)],
        ...Object.entries(toParallelText(units, langs)).map(([l, text]): [string, string] => [join(dir, `parallel.${l}.txt`), text]),
      );
    }
    for (const [rel, data] of files) await writeAtomic(join(outDir, rel), data);
    await cache.rememberStatement(g.statementId, key, files.map(([rel]) => rel));
    for (const d of g.documents) entryOf.get(d)!.input.outputs!.push(...files.map(([rel]) => rel));
    if (alignment) log(`aligned ${g.statementId}: ${langs.join(', ')}`);
  }
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
