import type { Alignment, Document, Flag } from '../schema/index.ts';

/** What a run wrote for one statement: its versions, their alignment (null for a lone version) and its flags. */
export interface StatementRecords {
  docs: Document[];
  alignment: Alignment | null;
  flags: Flag[];
}
