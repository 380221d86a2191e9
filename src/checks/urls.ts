/** url-mismatch: the URLs of aligned sentences and footnotes differ. */
import type { Check, FlagDraft } from './context.ts';
import { pivotPairs, sentenceText } from './context.ts';

const urlsOf = (text: string): Set<string> =>
  new Set([...text.matchAll(/https?:\/\/[^\s)»"]+|www\.[^\s)»"]+/giu)].map((m) => m[0].toLowerCase().replace(/^https?:\/\//, '').replace(/[.,;:/]+$/, '')));

export const urlMismatch: Check = (ctx) => {
  const flags: FlagDraft[] = [];
  for (const { pair, a, b } of pivotPairs(ctx)) {
    const units = [
      ...pair.links.filter((l) => l.a.length && l.b.length).map((l) => ({ ta: sentenceText(a, l.a), tb: sentenceText(b, l.b), sa: l.a[0], sb: l.b[0], fa: undefined, fb: undefined })),
      ...pair.footnotes.filter((f) => f.a !== null && f.b !== null).map((f) => ({
        ta: a.footnotes.find((x) => x.number === f.a)!.text, tb: b.footnotes.find((x) => x.number === f.b)!.text, sa: undefined, sb: undefined, fa: f.a!, fb: f.b!,
      })),
    ];
    for (const u of units) {
      const ua = urlsOf(u.ta);
      const ub = urlsOf(u.tb);
      const onlyA = [...ua].filter((x) => !ub.has(x));
      const onlyB = [...ub].filter((x) => !ua.has(x));
      if (onlyA.length === 0 && onlyB.length === 0) continue;
      flags.push({
        kind: 'url-mismatch', severity: 'warning', rule: 'checks/urls',
        where: [
          { lang: a.lang, ...(u.sa ? { sentenceId: u.sa } : { footnote: u.fa }), text: u.ta },
          { lang: b.lang, ...(u.sb ? { sentenceId: u.sb } : { footnote: u.fb }), text: u.tb },
        ],
        message: `URLs differ: ${a.lang} ${onlyA.join(' ') || '—'}, ${b.lang} ${onlyB.join(' ') || '—'}`,
        evidence: { [a.lang]: onlyA, [b.lang]: onlyB },
      });
    }
  }
  return flags;
};
