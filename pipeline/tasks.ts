/**
 * The CPU-bound work of a run, as two tasks a worker thread (or the runner's
 * own thread) carries out: an input's bytes into a Document, and a
 * statement's versions into alignment, flags and exports. Tasks return text
 * to write and small summaries; the runner writes, so what is on disk is
 * decided in one place.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readSource } from '../src/ingest/read.ts';
import { isInputError } from '../src/ingest/errors.ts';
import { Alignment as AlignmentSchema, Document as DocumentSchema, type Diagnostic, type Document, type Lang } from '../src/schema/index.ts';
import { TermBase } from '../src/align/terms.ts';
import { fingerprint, fingerprintData, type FingerprintData } from '../src/align/group.ts';
import { alignStatement } from '../src/align/statement.ts';
import { translationUnits } from '../src/export/units.ts';
import { toParallelText, toTmx } from '../src/export/tmx.ts';
import { runChecks } from '../src/checks/index.ts';
import { reviewPage } from '../src/export/review/page.ts';
import { buildDocument, type AsyncTimer, type Timer } from './graph.ts';
import { jsonText } from './write.ts';
import { VERSION } from './version.ts';
import { spellersFor } from './spellers.ts';

export type StageTimes = Record<string, number>;

function timers(stages: StageTimes): { time: Timer; timeAsync: AsyncTimer } {
  const spent = (name: string, t0: number): void => void (stages[name] = (stages[name] ?? 0) + performance.now() - t0);
  return {
    time: (name, fn) => {
      const t0 = performance.now();
      try {
        return fn();
      } finally {
        spent(name, t0);
      }
    },
    timeAsync: async (name, fn) => {
      const t0 = performance.now();
      try {
        return await fn();
      } finally {
        spent(name, t0);
      }
    },
  };
}

/** What the runner keeps of a Document: enough to place, group and report it. */
export interface DocumentSummary {
  statementId: string;
  lang: Lang;
  official: boolean;
  print: FingerprintData;
  warnings: Diagnostic[];
}

export const summarizeDocument = (doc: Document): DocumentSummary => ({
  statementId: doc.statementId,
  lang: doc.lang,
  official: doc.official,
  print: fingerprintData(fingerprint(doc)),
  warnings: doc.diagnostics.filter((d) => d.severity !== 'info'),
});

export type BuildResult =
  | { ok: true; json: string; summary: DocumentSummary; stages: StageTimes }
  | { ok: false; error: string; errorCode?: string; stages: StageTimes };

/** An input's bytes → its Document as JSON text; a failure is a one-line error, never a throw. */
export async function buildInput(req: { path: string; bytes: Uint8Array }): Promise<BuildResult> {
  const stages: StageTimes = {};
  const { time, timeAsync } = timers(stages);
  try {
    const doc = await buildDocument(readSource(req.path, req.bytes), time, timeAsync);
    return { ok: true, json: jsonText(doc), summary: summarizeDocument(doc), stages };
  } catch (e) {
    return { ok: false, error: oneLine(e, req.path), ...(isInputError(e) ? { errorCode: e.code } : {}), stages };
  }
}

const TERMS = TermBase.fromTsv(readFileSync(new URL('../corpus/glossary.tsv', import.meta.url), 'utf8'));

export interface StatementRequest {
  outDir: string;
  statementId: string;
  /** the versions' Document files, relative to outDir, official version first */
  documents: string[];
  spelling: boolean;
}

export interface StatementResult {
  /** files to write, relative to outDir, with their text */
  files: Array<[string, string]>;
  aligned: boolean;
  stages: StageTimes;
}

/** A statement's versions → flags, review page, and for two versions or more alignment, TMX and parallel text. */
export async function processStatement(req: StatementRequest): Promise<StatementResult> {
  const stages: StageTimes = {};
  const { time } = timers(stages);
  const docs: Document[] = [];
  for (const rel of req.documents) docs.push(DocumentSchema.parse(JSON.parse(await readFile(join(req.outDir, rel), 'utf8'))));
  const id = req.statementId;
  const dir = join('statements', id);
  const alignment = docs.length >= 2 ? time('align', () => alignStatement(id, docs, { terms: TERMS })) : null;
  const spellers = req.spelling ? await spellersFor(docs.map((d) => d.lang)) : {};
  const flags = time('checks', () => runChecks({ statementId: id, docs, alignment, terms: TERMS, spellers }));
  const files: Array<[string, string]> = [
    [join(dir, 'flags.json'), jsonText(flags)],
    [join(dir, 'review.html'), time('review', () => reviewPage(id, docs, alignment, flags, VERSION))],
  ];
  if (alignment) {
    const langs = docs.map((d) => d.lang);
    const units = time('export', () => translationUnits(docs, alignment));
    files.push(
      [join(dir, 'alignment.json'), jsonText(AlignmentSchema.parse(alignment))],
      [join(dir, `${id}.tmx`), toTmx(id, units, langs[0]!, VERSION)],
      ...Object.entries(toParallelText(units, langs)).map(([l, text]): [string, string] => [join(dir, `parallel.${l}.txt`), text]),
    );
  }
  return { files, aligned: alignment !== null, stages };
}

/** A one-line message for the manifest: input errors as they are, other failures with their kind. */
export function oneLine(e: unknown, path: string): string {
  if (isInputError(e)) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return `${path}: no such file`;
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return `${path}: permission denied${err.path && err.path !== path ? ` (${err.path})` : ''}`;
  if (err?.code === 'EISDIR') return `${path}: is a folder`;
  if (err?.code === 'ENOSPC' || err?.code === 'SQLITE_FULL') return `${path}: no space left on the output device${err.path ? ` (writing ${err.path})` : ''}`;
  if (err?.code === 'EROFS') return `${path}: the output folder is on a read-only file system`;
  const msg = err?.message ?? String(e);
  return msg.startsWith(path) ? msg.split('\n')[0]! : `${path}: internal error: ${msg.split('\n')[0]}`;
}
