/**
 * One bad record never sinks a document: every record of a Document is checked
 * against its schema on its own, and one that fails is left out with a
 * diagnostic that names the stage that made it, the rule and the text. What
 * still fails after that is a fault of the Document itself, said in one line.
 */
import { z } from 'zod';
import { Claim, Document, Footnote, Furniture, Note, Paragraph, Section, Sentence, Table, TocEntry } from './document.ts';
import { diagnostic, type Diagnostic } from './diagnostic.ts';

/** Each list of records, the schema of one record, and the stage that makes it. */
const RECORDS: Array<[key: keyof Document, schema: z.ZodTypeAny, stage: string]> = [
  ['sections', Section, 'structure'],
  ['paragraphs', Paragraph, 'structure'],
  ['sentences', Sentence, 'structure'],
  ['footnotes', Footnote, 'structure'],
  ['tables', Table, 'structure'],
  ['toc', TocEntry, 'structure'],
  ['notes', Note, 'layout'],
  ['furniture', Furniture, 'layout'],
  ['claims', Claim, 'claims'],
];

/** A zod error in one line: the first problem, where it is. */
export function schemaProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'does not match its schema';
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return `${path || 'the record'}: ${issue.message}`;
}

const textOf = (record: unknown): string => {
  const r = record as Record<string, unknown>;
  const text = typeof r?.text === 'string' ? r.text : typeof r?.heading === 'string' ? r.heading : typeof r?.id === 'string' ? r.id : JSON.stringify(record);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

/**
 * The Document around its lists of records: each record is parsed once, on
 * its own, and the whole is checked with its lists as they came out of that
 * (parsing the whole Document again parsed every record twice).
 */
const Shell = Document.extend(Object.fromEntries(RECORDS.map(([key]) => [key, z.array(z.unknown())])));

/** The Document with every record that fails its schema left out, and the diagnostics that say so. */
export function validateDocument(doc: Document): Document {
  const diagnostics: Diagnostic[] = [];
  const kept = { ...doc } as Record<string, unknown>;
  for (const [key, schema, stage] of RECORDS) {
    const list = (doc[key] as unknown[] | undefined) ?? [];
    const parsed: unknown[] = [];
    for (const record of list) {
      const r = schema.safeParse(record);
      if (r.success) parsed.push(r.data);
      else diagnostics.push(diagnostic(stage, 'schema', 'warning', `${key} record left out: «${textOf(record)}»: ${schemaProblem(r.error)}`));
    }
    kept[key] = parsed;
  }
  kept.diagnostics = [...doc.diagnostics, ...diagnostics];
  const whole = Shell.safeParse(kept);
  if (!whole.success) throw new Error(`meta stage: the Document does not match its schema: ${schemaProblem(whole.error)}`);
  return whole.data as unknown as Document;
}
