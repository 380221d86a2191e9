import { z } from 'zod';
import { Lang } from './document.ts';
import { Severity } from './diagnostic.ts';

export const FlagKind = z.enum([
  'number-mismatch',
  'untranslated',
  'omission',
  'addition',
  'footnote-mismatch',
  'footnote-reference',
  'garbled',
  'term-inconsistency',
  'date-mismatch',
  'url-mismatch',
  'meaning-mismatch',
  'spelling',
]);
export type FlagKind = z.infer<typeof FlagKind>;

export const FlagPlace = z.object({
  lang: Lang,
  sentenceId: z.string().optional(),
  footnote: z.number().int().optional(),
  /** the text of the place, or the part of it the flag is about */
  text: z.string(),
});
export type FlagPlace = z.infer<typeof FlagPlace>;

/** An inconsistency a check found: the checks' diagnostics, with every place involved in every language. */
export const Flag = z.object({
  id: z.string(),
  statementId: z.string(),
  kind: FlagKind,
  severity: Severity,
  where: z.array(FlagPlace).min(1),
  message: z.string(),
  /** what the check saw: values compared, scores, the rule that fired */
  evidence: z.record(z.string(), z.unknown()),
  /** the check module that raised it */
  rule: z.string(),
});
export type Flag = z.infer<typeof Flag>;
