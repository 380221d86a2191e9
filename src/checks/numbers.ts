/** number-mismatch and date-mismatch: claims of aligned units compared by value, not by spelling. */
import type { Claim, Document } from '../schema/index.ts';
import { claimValueKey } from '../claims/index.ts';
import { type Check, type CheckContext, type FlagDraft, docOf, sentenceText } from './context.ts';

function claimsOf(doc: Document, ids: string[], dates: boolean): Map<string, Claim[]> {
  const set = new Set(ids);
  const out = new Map<string, Claim[]>();
  for (const c of doc.claims) {
    if (!('sentenceId' in c.where) || !set.has(c.where.sentenceId)) continue;
    if ((c.kind === 'date') !== dates) continue;
    const k = dates ? dateKey(c.value) : claimValueKey(c.value, '–');
    out.set(k, [...(out.get(k) ?? []), c]);
  }
  return out;
}

/** A date without its year compares by month and day with one that has it. */
const dateKey = (v: Claim['value']): string => {
  const md = (x: number | string): string => String(x).replace(/^(\d{4})?-?-?/, '').replace(/^-+/, '');
  return typeof v === 'object' ? `${md(v.from)}–${md(v.to)}` : md(v);
};

function compare(ctx: CheckContext, dates: boolean): FlagDraft[] {
  const flags: FlagDraft[] = [];
  for (const pair of ctx.alignment?.pairs ?? []) {
    const a = docOf(ctx, pair.langs[0])!;
    const b = docOf(ctx, pair.langs[1])!;
    pair.links.forEach((link, i) => {
      if (link.a.length === 0 || link.b.length === 0) return;
      const ca = claimsOf(a, link.a, dates);
      const cb = claimsOf(b, link.b, dates);
      const onlyA = [...ca.keys()].filter((k) => !cb.has(k));
      const onlyB = [...cb.keys()].filter((k) => !ca.has(k));
      if (onlyA.length === 0 && onlyB.length === 0) return;
      // a number found on the other side one link away: the alignment drew a boundary in the wrong place
      const near = (side: 'a' | 'b') => {
        const doc = side === 'a' ? a : b;
        const ids = [pair.links[i - 1], pair.links[i + 1]].flatMap((l) => l?.[side] ?? []);
        return claimsOf(doc, ids, dates);
      };
      const nearA = near('a');
      const nearB = near('b');
      if (onlyA.every((k) => nearB.has(k)) && onlyB.every((k) => nearA.has(k))) return;
      // "both", "in both cases": a two in words on one side against nothing on the other is wording, not a number
      const wordTwo = (m: Map<string, Claim[]>, ks: string[]) => ks.every((k) => m.get(k)!.every((c) => c.value === 2 && !/\d/.test(c.text)));
      if (!dates && ((onlyA.length === 0 && wordTwo(cb, onlyB)) || (onlyB.length === 0 && wordTwo(ca, onlyA)))) return;
      const kind = dates ? 'date-mismatch' : 'number-mismatch';
      const what = (m: Map<string, Claim[]>, ks: string[]) => ks.map((k) => m.get(k)![0]!.text).join(', ');
      flags.push({
        kind,
        severity: 'error',
        rule: dates ? 'checks/numbers#dates' : 'checks/numbers',
        where: [
          { lang: a.lang, sentenceId: link.a[0], text: sentenceText(a, link.a) },
          { lang: b.lang, sentenceId: link.b[0], text: sentenceText(b, link.b) },
        ],
        message: `${dates ? 'dates' : 'numbers'} differ: ${a.lang} has ${onlyA.length ? what(ca, onlyA) : 'nothing more'}, ${b.lang} has ${onlyB.length ? what(cb, onlyB) : 'nothing more'}`,
        evidence: { [a.lang]: onlyA, [b.lang]: onlyB, linkScore: link.score },
      });
    });
  }
  return flags;
}

export const numberMismatch: Check = (ctx) => compare(ctx, false);
export const dateMismatch: Check = (ctx) => compare(ctx, true);
