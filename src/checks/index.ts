/** The checks stage: every check module over a statement, flags with stable ids. */
import type { Flag } from '../schema/index.ts';
import { Flag as FlagSchema } from '../schema/index.ts';
import type { Check, CheckContext } from './context.ts';
import { dateMismatch, numberMismatch } from './numbers.ts';
import { urlMismatch } from './urls.ts';
import { footnoteMismatch, footnoteReference } from './footnotes.ts';
import { omissionAddition } from './omission.ts';
import { untranslated } from './untranslated.ts';
import { garbled } from './garbled.ts';
import { termInconsistency } from './terms.ts';
import { spelling } from './spelling.ts';
import { tableMismatch } from './tables.ts';
import { meaningMismatch } from './meaning.ts';

export type { CheckContext } from './context.ts';

export const CHECKS: Check[] = [numberMismatch, tableMismatch, dateMismatch, urlMismatch, untranslated, omissionAddition, footnoteMismatch, footnoteReference, garbled, termInconsistency, meaningMismatch, spelling];

export function runChecks(ctx: CheckContext): Flag[] {
  const counters = new Map<string, number>();
  return CHECKS.flatMap((check) => check(ctx)).map((f) => {
    const n = (counters.get(f.kind) ?? 0) + 1;
    counters.set(f.kind, n);
    return FlagSchema.parse({ id: `${f.kind}-${n}`, statementId: ctx.statementId, ...f });
  });
}
