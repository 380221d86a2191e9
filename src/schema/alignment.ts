import { z } from 'zod';
import { Lang } from './document.ts';

export const SentenceLink = z.object({
  /** sentence ids on each side; an empty side is a sentence with no counterpart (1-0, 0-1) */
  a: z.array(z.string()),
  b: z.array(z.string()),
  score: z.number().min(0).max(1),
});
export type SentenceLink = z.infer<typeof SentenceLink>;

export const FootnoteLink = z.object({
  /** footnote numbers; null for a footnote with no counterpart */
  a: z.number().int().nullable(),
  b: z.number().int().nullable(),
  score: z.number().min(0).max(1),
});
export type FootnoteLink = z.infer<typeof FootnoteLink>;

export const SectionLink = z.object({
  a: z.string().nullable(),
  b: z.string().nullable(),
  key: z.string().nullable(),
});

/** Two versions' tables linked, and their rows (indices into header rows then body rows; null: no counterpart). */
export const TableLink = z.object({
  a: z.string().nullable(),
  b: z.string().nullable(),
  rows: z.array(z.object({ a: z.number().int().nullable(), b: z.number().int().nullable() })),
});
export type TableLink = z.infer<typeof TableLink>;

export const AlignmentPair = z.object({
  langs: z.tuple([Lang, Lang]),
  sections: z.array(SectionLink),
  links: z.array(SentenceLink),
  footnotes: z.array(FootnoteLink),
  /** tables linked in order, rows by the numbers they write */
  tables: z.array(TableLink).optional(),
});
export type AlignmentPair = z.infer<typeof AlignmentPair>;

export const Alignment = z.object({
  statementId: z.string(),
  pairs: z.array(AlignmentPair),
});
export type Alignment = z.infer<typeof Alignment>;
