import { z } from 'zod';

/** What the read stage makes of a file's bytes. */
export const TextSource = z.object({
  kind: z.literal('text'),
  path: z.string(),
  sha256: z.string(),
  text: z.string(),
  /** `utf-8`, `utf-16le`, `utf-16be` or `windows-1251` */
  encoding: z.string(),
  /** invalid UTF-8 sequences, each read as U+FFFD (a damaged UTF-8 file) */
  invalidBytes: z.number().int().nonnegative().optional(),
});
export type TextSource = z.infer<typeof TextSource>;

export const PdfSource = z.object({
  kind: z.literal('pdf'),
  path: z.string(),
  sha256: z.string(),
  bytes: z.instanceof(Uint8Array),
});
export type PdfSource = z.infer<typeof PdfSource>;

export const Source = z.discriminatedUnion('kind', [TextSource, PdfSource]);
export type Source = z.infer<typeof Source>;
