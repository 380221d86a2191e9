/**
 * Corpus records (`<out>/corpus/*.jsonl`, and the rows of `corpus.sqlite`):
 * the records of the per-statement files, one per line, each carrying the
 * statement, the language and a global id (`<statementId>/<lang>/<id>`) so a
 * line stands on its own.
 */
import { z } from 'zod';
import { Claim, Document, Footnote, Lang, Sentence, Table } from './document.ts';
import { Flag } from './flag.ts';

const Located = z.object({
  /** `<statementId>/<lang>/<id>` */
  globalId: z.string(),
  statementId: z.string(),
  lang: Lang,
});

/** A Document without its sentences, footnotes, tables and claims (they have files of their own), with their counts. */
export const CorpusDocument = Document.omit({ sentences: true, footnotes: true, claims: true, tables: true }).extend({
  /** `<statementId>/<lang>` */
  globalId: z.string(),
  counts: z.object({ sentences: z.number().int(), footnotes: z.number().int(), claims: z.number().int(), tables: z.number().int() }),
});
export type CorpusDocument = z.infer<typeof CorpusDocument>;

export const CorpusSentence = Sentence.extend(Located.shape).extend({
  /** position in the document's reading order, from 0 */
  position: z.number().int().nonnegative(),
  sectionId: z.string().nullable(),
  /** canonical key of the section the sentence stands in (`media`), null when unknown */
  sectionKey: z.string().nullable(),
});
export type CorpusSentence = z.infer<typeof CorpusSentence>;

export const CorpusFootnote = Footnote.extend(Located.shape);
export type CorpusFootnote = z.infer<typeof CorpusFootnote>;

export const CorpusTable = Table.extend(Located.shape);
export type CorpusTable = z.infer<typeof CorpusTable>;

export const CorpusClaim = Claim.extend(Located.shape).extend({
  /** the global id of the sentence the claim stands in, null for a claim in a footnote or a table */
  sentenceGlobalId: z.string().nullable(),
  footnote: z.number().int().nullable(),
  /** the global id of the table whose cell holds the claim, with the cell's row (header rows first) and column */
  tableGlobalId: z.string().nullable(),
  row: z.number().int().nullable(),
  col: z.number().int().nullable(),
});
export type CorpusClaim = z.infer<typeof CorpusClaim>;

/** One alignment link between two versions, with the texts it joins. */
export const CorpusLink = z.object({
  /** `<statementId>/<langA>-<langB>/<kind>/<n>` */
  globalId: z.string(),
  statementId: z.string(),
  langs: z.tuple([Lang, Lang]),
  /** `table-row`: two versions' rows of aligned tables, their cells joined by ` | ` */
  kind: z.enum(['sentence', 'footnote', 'table-row']),
  /** global ids of the sentences (or footnotes) on each side; an empty side has no counterpart */
  a: z.array(z.string()),
  b: z.array(z.string()),
  score: z.number().min(0).max(1),
  textA: z.string(),
  textB: z.string(),
});
export type CorpusLink = z.infer<typeof CorpusLink>;

export const CorpusFlag = Flag;
export type CorpusFlag = z.infer<typeof CorpusFlag>;

/** The corpus files and the record each line of them holds. */
export const CORPUS_FILES = {
  documents: CorpusDocument,
  sentences: CorpusSentence,
  footnotes: CorpusFootnote,
  tables: CorpusTable,
  claims: CorpusClaim,
  alignments: CorpusLink,
  flags: CorpusFlag,
} as const;
export type CorpusKind = keyof typeof CORPUS_FILES;
