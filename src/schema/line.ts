import { z } from 'zod';

/**
 * The one line model shared by the PDF and the text path. Everything after
 * `src/layout/` reads lines, never the source they came from.
 */
export const Geometry = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
  /** font size in points */
  size: z.number(),
  /** most of the line is set in a bold face */
  bold: z.boolean().optional(),
});
export type Geometry = z.infer<typeof Geometry>;

export const Line = z.object({
  /** text with debris cleaned (tabs, no-break spaces) and outer spaces trimmed */
  text: z.string(),
  /** 1-based page; a text source without page marks is one page until layout finds breaks */
  page: z.number().int().positive(),
  /** 1-based line number in the source (for messages) */
  no: z.number().int().positive(),
  /** leading spaces in the source text line; 0 for PDF lines */
  indent: z.number().int().nonnegative(),
  /** true for an empty or white-space-only line */
  blank: z.boolean(),
  /** number of characters of the raw line (a run of 20+ spaces is a footnote rule in PDF-to-text output) */
  rawLength: z.number().int().nonnegative(),
  /** true when the source marked a page break right before this line (form feed) */
  pageStart: z.boolean(),
  geometry: Geometry.optional(),
  /** a justified line a text tool printed word by word, each on a line of its own: it ran to the margin */
  stretched: z.boolean().optional(),
  /**
   * the text path's line as printed, spaces kept: `pdftotext -layout` says with them where a
   * character stands. Only the first layout stages read it; stages that rewrite `text` leave it behind.
   */
  raw: z.string().optional(),
  /**
   * pieces of the line set apart by a gap wider than a word space (a tab, a table's columns):
   * where each starts and how wide it is (points on the PDF path, characters on the text path), and its text.
   * Only where there are two or more.
   */
  segments: z.array(z.object({ x: z.number(), width: z.number(), text: z.string() })).optional(),
});
export type Line = z.infer<typeof Line>;

/** `cover`: the title page's lines over the text; `toc`: the table of contents; `table`: a table's rows */
export const Zone = z.enum(['body', 'footnote', 'furniture', 'note', 'rule', 'cover', 'toc', 'table']);
export type Zone = z.infer<typeof Zone>;

export const ZonedLine = Line.extend({ zone: Zone });
export type ZonedLine = z.infer<typeof ZonedLine>;
