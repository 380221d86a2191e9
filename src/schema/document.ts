import { z } from 'zod';
import { Diagnostic } from './diagnostic.ts';

/** Version of the output contract (docs/OUTPUT.md). */
export const SCHEMA_VERSION = '1.0';

export const Lang = z.enum(['en', 'ru', 'kk']);
export type Lang = z.infer<typeof Lang>;

export const Section = z.object({
  id: z.string(),
  level: z.union([z.literal(1), z.literal(2)]),
  /** the heading without its number */
  heading: z.string(),
  /** the section's number as printed, without its stop: `IV`, `B`, `Б`, `2.3`; null when unnumbered */
  number: z.string().nullable(),
  /** canonical, language-independent key (`media`, `election-day`), null when unknown */
  key: z.string().nullable(),
  page: z.number().int().positive(),
});
export type Section = z.infer<typeof Section>;

export const ParagraphKind = z.enum(['paragraph', 'list', 'lines']);

export const Paragraph = z.object({
  id: z.string(),
  /** null for the opening paragraphs that stand before the first heading */
  sectionId: z.string().nullable(),
  page: z.number().int().positive(),
  sentenceIds: z.array(z.string()),
  /** `list` for bullet items, `lines` for line-structured blocks (addresses) */
  kind: ParagraphKind,
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Sentence = z.object({
  id: z.string(),
  paragraphId: z.string(),
  /** the sentence with footnote markers removed */
  text: z.string(),
  /** numbers of the footnotes referenced from this sentence, in order */
  footnoteRefs: z.array(z.number().int()),
  page: z.number().int().positive(),
  /** footnotes this sentence points to in words ("see footnote 8") */
  crossRefs: z.array(z.number().int()),
  /** the label of the numbered or lettered list item this sentence opens (`7`, `b`), null elsewhere */
  label: z.string().nullable(),
  /**
   * the sentence opens a printed line; where it does inside a paragraph, the
   * sentence before it ended on the line above, and a paragraph may have ended
   * there unseen (a full last line, in text with no gaps between paragraphs)
   */
  opensLine: z.boolean().optional(),
});
export type Sentence = z.infer<typeof Sentence>;

export const FootnoteRef = z.object({
  sentenceId: z.string(),
  /** character offset in the sentence text where the marker stood */
  offset: z.number().int().nonnegative(),
});

export const Footnote = z.object({
  number: z.number().int(),
  text: z.string(),
  page: z.number().int().positive(),
  refs: z.array(FootnoteRef),
  /** the footnote split into sentences, for alignment and checks */
  sentences: z.array(z.string()),
  /** other footnotes it points to in words ("см. сноску 8") */
  crossRefs: z.array(z.number().int()),
});
export type Footnote = z.infer<typeof Footnote>;

export const Note = z.object({
  marker: z.string(),
  text: z.string(),
  page: z.number().int().positive(),
});
export type Note = z.infer<typeof Note>;

export const FurnitureKind = z.enum(['running-header', 'page-label', 'page-number', 'separator']);
export const Furniture = z.object({
  page: z.number().int().positive(),
  kind: FurnitureKind,
  text: z.string(),
});
export type Furniture = z.infer<typeof Furniture>;

export const TableCellRef = z.object({ table: z.string(), row: z.number().int().nonnegative(), col: z.number().int().nonnegative() });

export const Table = z.object({
  id: z.string(),
  page: z.number().int().positive(),
  /** the one-sentence paragraph or the heading that introduces the table */
  caption: z.string().nullable(),
  sectionId: z.string().nullable(),
  /** the header rows' cell texts */
  header: z.array(z.array(z.string())),
  /** the body rows' cell texts, a cell's wrapped lines joined */
  rows: z.array(z.array(z.string())),
  /**
   * true for a table a text tool printed column after column whose rows could not be put back:
   * each row is one printed line, a cell of it, in the order printed (no header)
   */
  unread: z.literal(true).optional(),
});
export type Table = z.infer<typeof Table>;

export const TocEntry = z.object({
  text: z.string(),
  page: z.number().int().nullable(),
  /** the id of the section it names, null when no heading matches it */
  sectionId: z.string().nullable(),
});
export type TocEntry = z.infer<typeof TocEntry>;

export const DocumentKind = z.enum(['needs-assessment', 'interim-report', 'preliminary-statement', 'final-report']);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const ClaimKind = z.enum(['percent', 'count', 'money', 'date', 'year', 'duration', 'ordinal', 'other']);
export const Qualifier = z.enum(['approximately', 'at-least', 'more-than', 'less-than', 'up-to']);
export const ClaimValue = z.union([
  z.number(),
  z.string(),
  z.object({ from: z.union([z.number(), z.string()]), to: z.union([z.number(), z.string()]) }),
]);
export const Claim = z.object({
  id: z.string(),
  where: z.union([z.object({ sentenceId: z.string() }), z.object({ footnote: z.number().int() }), z.object({ cell: TableCellRef })]),
  text: z.string(),
  kind: ClaimKind,
  value: ClaimValue,
  unit: z.string().nullable(),
  qualifier: Qualifier.nullable(),
  subject: z.string().nullable(),
});
export type Claim = z.infer<typeof Claim>;

export const SourceInfo = z.object({
  path: z.string(),
  sha256: z.string(),
  format: z.enum(['pdf', 'text']),
  pages: z.number().int().nonnegative(),
  /** how a text source was decoded */
  encoding: z.string().optional(),
});

export const Document = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  statementId: z.string(),
  lang: Lang,
  langConfidence: z.number().min(0).max(1),
  official: z.boolean(),
  /** the language the document declares official, when it says so */
  officialLang: Lang.nullable(),
  source: SourceInfo,
  title: z.string().nullable(),
  /** the genre, from the title page's words; null when they name none */
  documentKind: DocumentKind.nullable(),
  place: z.string().nullable(),
  /** ISO 8601 */
  date: z.string().nullable(),
  /** the dateline as printed */
  dateline: z.string().nullable(),
  /** interim reports: the period covered, ISO dates */
  period: z.object({ from: z.string(), to: z.string() }).nullable(),
  /** the title page's lines over the text (organisation, country, election), in order */
  cover: z.array(z.string()),
  /** the table of contents, entry by entry */
  toc: z.array(TocEntry),
  sections: z.array(Section),
  paragraphs: z.array(Paragraph),
  sentences: z.array(Sentence),
  footnotes: z.array(Footnote),
  tables: z.array(Table),
  notes: z.array(Note),
  claims: z.array(Claim),
  furniture: z.array(Furniture),
  diagnostics: z.array(Diagnostic),
});
export type Document = z.infer<typeof Document>;
