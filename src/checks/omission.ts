/**
 * omission and addition: units of the official version without a counterpart
 * in a translation, and the reverse; and translations far shorter than their
 * source, measured against the statement's own length ratio.
 */
import type { Check, FlagDraft } from './context.ts';
import { pivotPairs, sentenceText } from './context.ts';

export const omissionAddition: Check = (ctx) => {
  const flags: FlagDraft[] = [];
  for (const { pair, a, b } of pivotPairs(ctx)) {
    const ratios = pair.links.filter((l) => l.a.length && l.b.length).map((l) => sentenceText(b, l.b).length / Math.max(1, sentenceText(a, l.a).length));
    const median = [...ratios].sort((x, y) => x - y)[Math.floor(ratios.length / 2)] ?? 1;
    for (const l of pair.links) {
      if (l.b.length === 0) {
        const text = sentenceText(a, l.a);
        flags.push({ kind: 'omission', severity: 'error', rule: 'checks/omission#unlinked', where: [{ lang: a.lang, sentenceId: l.a[0], text }], message: `not in the ${b.lang} version: "${text.slice(0, 80)}"`, evidence: { sentences: l.a, missingIn: b.lang } });
      } else if (l.a.length === 0) {
        const text = sentenceText(b, l.b);
        flags.push({ kind: 'addition', severity: 'warning', rule: 'checks/omission#added', where: [{ lang: b.lang, sentenceId: l.b[0], text }], message: `in the ${b.lang} version only: "${text.slice(0, 80)}"`, evidence: { sentences: l.b, absentIn: a.lang } });
      } else {
        const ta = sentenceText(a, l.a);
        const tb = sentenceText(b, l.b);
        const ratio = tb.length / Math.max(1, ta.length);
        // a dropped sentence the aligner folded into a merge shows as a translation half as long as it should be
        if (ta.length >= 80 && ratio < median * 0.6) {
          flags.push({ kind: 'omission', severity: 'warning', rule: 'checks/omission#short', where: [{ lang: a.lang, sentenceId: l.a[0], text: ta }, { lang: b.lang, sentenceId: l.b[0], text: tb }], message: `the ${b.lang} translation is ${(ratio / median).toFixed(2)} of the usual length: part of it may be missing`, evidence: { ratio, median } });
        } else if (tb.length >= 80 && ratio > median * 2) {
          flags.push({ kind: 'addition', severity: 'warning', rule: 'checks/omission#long', where: [{ lang: a.lang, sentenceId: l.a[0], text: ta }, { lang: b.lang, sentenceId: l.b[0], text: tb }], message: `the ${b.lang} translation is ${(ratio / median).toFixed(2)} of the usual length: it may add text`, evidence: { ratio, median } });
        }
      }
    }
  }
  return flags;
};
