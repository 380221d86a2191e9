import { z } from 'zod';

/** A run of text as the PDF places it: baseline position, size and font. */
export const PdfItem = z.object({
  str: z.string(),
  x: z.number(),
  /** baseline, in PDF units from the bottom of the page */
  y: z.number(),
  width: z.number(),
  /** font size in points */
  size: z.number(),
  bold: z.boolean(),
  italic: z.boolean(),
});
export type PdfItem = z.infer<typeof PdfItem>;

export const PdfPage = z.object({
  number: z.number().int().positive(),
  width: z.number(),
  height: z.number(),
  items: z.array(PdfItem),
});
export type PdfPage = z.infer<typeof PdfPage>;

/** What the PDF reader extracts: every page's positioned text and the document's metadata. */
export const PdfContent = z.object({
  pages: z.array(PdfPage),
  info: z.object({
    title: z.string().nullable(),
    author: z.string().nullable(),
    creator: z.string().nullable(),
    created: z.string().nullable(),
  }),
});
export type PdfContent = z.infer<typeof PdfContent>;
