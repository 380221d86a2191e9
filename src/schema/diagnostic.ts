import { z } from 'zod';

/**
 * A message a stage attaches to what it returns, in the manner of unified's
 * vfile messages: where it applies, which rule raised it, from which stage.
 */
export const Place = z.object({
  page: z.number().int().positive().optional(),
  line: z.number().int().positive().optional(),
  sentenceId: z.string().optional(),
  footnote: z.number().int().optional(),
});
export type Place = z.infer<typeof Place>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Diagnostic = z.object({
  stage: z.string(),
  rule: z.string(),
  severity: Severity,
  message: z.string(),
  place: Place.optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export function diagnostic(
  stage: string,
  rule: string,
  severity: Severity,
  message: string,
  place?: Place,
): Diagnostic {
  return place ? { stage, rule, severity, message, place } : { stage, rule, severity, message };
}
