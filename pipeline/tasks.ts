/**
 * The CPU-bound work of a run, as two tasks a worker process carries out
 * (child-main.ts, under supervisor.ts's limits): an input's bytes into a Document, and a
 * statement's versions into alignment, flags and exports. Tasks return text
 * to write and small summaries; the runner writes, so what is on disk is
 * decided in one place.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isInputError } from '../src/ingest/errors.ts';
import { Alignment as AlignmentSchema, Document as DocumentSchema, Lang, type Document } from '../src/schema/index.ts';
import type { TermBase } from '../src/align/terms.ts';
import type { CorpusPart } from '../src/export/corpus-part.ts';
import type { AsyncTimer, Timer } from './graph.ts';
import { jsonText } from './write.ts';
import { VERSION } from './version.ts';
import { spellersFor } from './spellers.ts';
import { oneLine, summarizeDocument, type DocumentSummary } from './summary.ts';

export type StageTimes = Record<string, number>;

/**
 * Stage timers. A stage timed inside another (claims inside meta) counts for
 * itself only: its time is taken off the enclosing stage's, so the stages of
 * a manifest add up to the work done.
 */
export function timers(stages: StageTimes, now: () => number = () => performance.now()): { time: Timer; timeAsync: AsyncTimer } {
  // time spent in stages nested inside the one running now, per level of nesting
  const nested: number[] = [];
  const enter = (): number => (nested.push(0), now());
  const leave = (name: string, t0: number): void => {
    const took = now() - t0;
    const inner = nested.pop() ?? 0;
    stages[name] = (stages[name] ?? 0) + took - inner;
    if (nested.length) nested[nested.length - 1]! += took;
  };
  return {
    time: (name, fn) => {
      const t0 = enter();
      try {
        return fn();
      } finally {
        leave(name, t0);
      }
    },
    timeAsync: async (name, fn) => {
      const t0 = enter();
      try {
        return await fn();
      } finally {
        leave(name, t0);
      }
    },
  };
}

export type BuildResult =
  | { ok: true; json: string; summary: DocumentSummary; stages: StageTimes }
  | { ok: false; error: string; errorCode?: string; stages: StageTimes };

export interface BuildRequest {
  path: string;
  bytes: Uint8Array;
  /** a PDF of more pages is refused (`too-large`) */
  maxPages?: number;
}

/** What a task tells the runner while it works: a PDF's page count, which scales its deadline. */
export type Progress = (p: { pages: number } | { page: number }) => void;

/** An input's bytes → its Document as JSON text; a failure is a one-line error, never a throw. */
export async function buildInput(req: BuildRequest, progress?: Progress): Promise<BuildResult> {
  const stages: StageTimes = {};
  const { time, timeAsync } = timers(stages);
  try {
    const read = {
      ...(req.maxPages !== undefined ? { maxPages: req.maxPages } : {}),
      ...(progress ? { onPages: (pages: number) => progress({ pages }), onPage: (page: number) => progress({ page }) } : {}),
    };
    // the stages load on a worker's first input, and the statement stages on its first statement
    const [{ readSource }, { buildDocument }] = await Promise.all([import('../src/ingest/read.ts'), import('./graph.ts')]);
    const doc = await buildDocument(readSource(req.path, req.bytes), time, timeAsync, read);
    return { ok: true, json: jsonText(doc), summary: summarizeDocument(doc), stages };
  } catch (e) {
    return { ok: false, error: oneLine(e, req.path), ...(isInputError(e) ? { errorCode: e.code } : {}), stages };
  }
}

export interface PrepareInputsRequest {
  /** some input is a PDF: load the PDF engine too */
  pdf: boolean;
}

/**
 * What a worker started ahead of its first input loads meanwhile: the input
 * stages, and the PDF engine where a PDF will come (a text-only run never
 * loads it).
 */
export async function prepareInputs(req: PrepareInputsRequest): Promise<void> {
  await Promise.all([import('../src/ingest/read.ts'), import('./graph.ts'), ...(req.pdf ? [import('../src/ingest/pdf.ts').then((m) => m.loadEngine())] : [])]);
}

let terms: TermBase | null = null;
/** The project's term base, loaded once a process (the statement stages and `osce eval` share it). */
export async function glossary(): Promise<TermBase> {
  const { TermBase } = await import('../src/align/terms.ts');
  return (terms ??= TermBase.fromTsv(readFileSync(new URL('../corpus/glossary.tsv', import.meta.url), 'utf8')));
}

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
  /** paragraph breaks the versions took from each other (opened or joined) */
  paragraphs: number;
  stages: StageTimes;
  /**
   * the statement's share of the corpus, made from the records written here:
   * the versions (by language) and whether an alignment was written say what
   * it was made of, for the runner to tell it from what is on disk
   */
  corpus?: { part: CorpusPart; langs: Lang[]; aligned: boolean };
}

/** The statement stages, loaded once a process. */
const statementStages = () =>
  Promise.all([
    import('../src/align/statement.ts'),
    import('../src/export/units.ts'),
    import('../src/export/tmx.ts'),
    import('../src/checks/index.ts'),
    import('../src/export/review/page.ts'),
    glossary(),
    import('../src/export/corpus-part.ts'),
    import('../src/align/paragraphs.ts'),
  ]);

export interface PrepareRequest {
  spelling: boolean;
}

/**
 * What a worker with nothing to do loads before statements come: the
 * statement stages, the glossary with its patterns compiled, and the spelling
 * dictionaries of every language that has one (a statement's languages are
 * not known yet; the lists load in milliseconds, English in about 0.4 s).
 */
export async function prepareStatements(req: PrepareRequest): Promise<void> {
  const [, , , , , terms] = await statementStages();
  terms.warm();
  if (req.spelling) await spellersFor(Lang.options);
}

/** A statement's versions → flags, review page, and for two versions or more alignment, TMX and parallel text. */
export async function processStatement(req: StatementRequest, _progress?: unknown): Promise<StatementResult> {
  const stages: StageTimes = {};
  const { time } = timers(stages);
  const [{ alignStatement }, { translationUnits }, { toParallelText, toTmx }, { runChecks }, { reviewPage }, TERMS, { corpusPart }, { agreeParagraphs, withoutTakenBreaks, takenChanges }] = await statementStages();
  const read: Document[] = [];
  for (const rel of req.documents) read.push(DocumentSchema.parse(JSON.parse(await readFile(join(req.outDir, rel), 'utf8'))));
  const id = req.statementId;
  const dir = join('statements', id);
  // each version as its own text has it (an earlier run may have given it breaks from versions since changed)
  const own = read.map(withoutTakenBreaks);
  const alignment = own.length >= 2 ? time('align', () => alignStatement(id, own, { terms: TERMS })) : null;
  // a version given paragraph breaks the others show is written again
  const docs = alignment ? time('align', () => agreeParagraphs(own, alignment)) : own;
  const rewritten: Array<[string, string]> = docs.flatMap((d, k) => (d === read[k] ? [] : [[req.documents[k]!, jsonText(DocumentSchema.parse(d))] as [string, string]]));
  const spellers = req.spelling ? await spellersFor(docs.map((d) => d.lang)) : {};
  const flags = time('checks', () => runChecks({ statementId: id, docs, alignment, terms: TERMS, spellers }));
  const files: Array<[string, string]> = [
    [join(dir, 'flags.json'), jsonText(flags)],
    [join(dir, 'review.html'), time('review', () => reviewPage(id, docs, alignment, flags, VERSION))],
    ...rewritten,
  ];
  // the records as they are written, and as the corpus reads them back: each through its schema
  const written = alignment ? AlignmentSchema.parse(alignment) : null;
  if (alignment) {
    const langs = docs.map((d) => d.lang);
    const units = time('export', () => translationUnits(docs, alignment));
    files.push(
      [join(dir, 'alignment.json'), jsonText(written)],
      [join(dir, `${id}.tmx`), toTmx(id, units, langs[0]!, VERSION)],
      ...Object.entries(toParallelText(units, langs)).map(([l, text]): [string, string] => [join(dir, `parallel.${l}.txt`), text]),
    );
  }
  // the versions in the order the corpus reads them (en, ru, kk), whichever is official
  const byLang = [...docs].sort((a, b) => Lang.options.indexOf(a.lang) - Lang.options.indexOf(b.lang));
  const part = time('corpus', () => corpusPart({ docs: byLang, alignment: written, flags }));
  return { files, aligned: alignment !== null, paragraphs: docs.reduce((n, d) => n + takenChanges(d), 0), stages, corpus: { part, langs: byLang.map((d) => d.lang), aligned: written !== null } };
}
