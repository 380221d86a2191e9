/**
 * What the runner itself needs of a task's work: a Document's summary (to
 * place and group it) and one-line error messages. Kept apart from the tasks
 * so that the runner loads no stage: the stages live in the worker processes.
 */
import { isInputError } from '../src/ingest/errors.ts';
import type { Diagnostic, Document, Lang } from '../src/schema/index.ts';
import { fingerprint, fingerprintData, type FingerprintData } from '../src/align/group.ts';

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
