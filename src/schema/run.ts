import { z } from 'zod';
import { Diagnostic } from './diagnostic.ts';

export const InputStatus = z.enum(['ok', 'cached', 'failed']);

export const RunInput = z.object({
  path: z.string(),
  sha256: z.string(),
  status: InputStatus,
  /** one-line reason, set when status is `failed` */
  error: z.string().optional(),
  /** machine-readable error code (`empty-file`, `binary-file`, …) */
  errorCode: z.string().optional(),
  ms: z.number().nonnegative(),
  /** what the run wrote for this input, relative to the output folder */
  outputs: z.array(z.string()).optional(),
  /** warnings of the read and layout stages */
  warnings: z.array(Diagnostic).optional(),
});
export type RunInput = z.infer<typeof RunInput>;

export const RunManifest = z.object({
  startedAt: z.string(),
  finishedAt: z.string(),
  version: z.string(),
  inputs: z.array(RunInput),
  stages: z.array(z.object({ name: z.string(), ms: z.number().nonnegative() })),
  /** the corpus files (`corpus/*.jsonl`, `corpus/corpus.sqlite`) written for the run's statements */
  corpus: z
    .object({
      statements: z.number().int().nonnegative(),
      files: z.array(z.string()),
      /** set when the corpus could not be written; the per-statement files stand */
      error: z.string().optional(),
    })
    .optional(),
});
export type RunManifest = z.infer<typeof RunManifest>;
