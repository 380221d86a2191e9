/**
 * footnote-reference (inside one document: a footnote never referenced,
 * numbering that jumps or runs backwards) and footnote-mismatch (across
 * versions: a footnote missing or extra, renumbered, or referenced from a
 * sentence that is not the counterpart of the one referencing it in the other version).
 */
import type { Document } from '../schema/index.ts';
import type { Check, FlagDraft } from './context.ts';
import { pivotPairs, sentenceText } from './context.ts';

function inside(doc: Document): FlagDraft[] {
  const flags: FlagDraft[] = [];
  const place = (n: number) => ({ lang: doc.lang, footnote: n, text: doc.footnotes.find((f) => f.number === n)?.text ?? '' });
  for (const f of doc.footnotes) {
    if (f.refs.length === 0) {
      flags.push({ kind: 'footnote-reference', severity: 'warning', rule: 'checks/footnotes#unreferenced', where: [place(f.number)], message: `footnote ${f.number} is never referenced in the text`, evidence: { footnote: f.number } });
    }
  }
  for (let i = 1; i < doc.footnotes.length; i++) {
    const prev = doc.footnotes[i - 1]!.number;
    const n = doc.footnotes[i]!.number;
    if (n !== prev + 1) {
      flags.push({ kind: 'footnote-reference', severity: 'warning', rule: 'checks/footnotes#numbering', where: [place(n)], message: `footnote numbering goes from ${prev} to ${n}`, evidence: { previous: prev, footnote: n } });
    }
  }
  // references in reading order: those outside the longest increasing run stand out of order
  const refs = doc.sentences.flatMap((s) => s.footnoteRefs.map((n) => ({ s, n })));
  const best: number[] = refs.map(() => 1);
  const prev: number[] = refs.map(() => -1);
  for (let i = 0; i < refs.length; i++) {
    for (let j = 0; j < i; j++) {
      if (refs[j]!.n < refs[i]!.n && best[j]! + 1 > best[i]!) {
        best[i] = best[j]! + 1;
        prev[i] = j;
      }
    }
  }
  const inOrder = new Set<number>();
  let k = best.indexOf(Math.max(0, ...best));
  while (k >= 0) {
    inOrder.add(k);
    k = prev[k]!;
  }
  refs.forEach((r, i) => {
    if (inOrder.has(i) || refs.some((x, j) => j < i && x.n === r.n)) return; // a repeated reference is not out of order
    flags.push({ kind: 'footnote-reference', severity: 'warning', rule: 'checks/footnotes#order', where: [{ lang: doc.lang, sentenceId: r.s.id, text: r.s.text }], message: `the reference to footnote ${r.n} stands out of the order of the others`, evidence: { footnote: r.n } });
  });
  return flags;
}

export const footnoteReference: Check = (ctx) => ctx.docs.flatMap(inside);

export const footnoteMismatch: Check = (ctx) => {
  const flags: FlagDraft[] = [];
  for (const { pair, a, b } of pivotPairs(ctx)) {
    const fn = (d: Document, n: number | null) => (n === null ? undefined : d.footnotes.find((f) => f.number === n));
    // which b sentence each a sentence is linked to
    const counterpart = new Map<string, Set<string>>();
    for (const l of pair.links) for (const x of l.a) counterpart.set(x, new Set(l.b));
    // a run of footnotes renumbered by the same offset is one flag, or part of the flag of the footnote that shifted them
    let run: { flag: FlagDraft; offset: number; first: number; last: number; firstB: number; lastB: number; own: boolean } | null = null;
    const closeRun = (): void => {
      if (!run) return;
      const { flag, first, last, firstB, lastB, own } = run;
      const span = first === last ? `footnote ${first} (${a.lang}) is numbered ${firstB}` : `footnotes ${first}–${last} (${a.lang}) are numbered ${firstB}–${lastB}`;
      if (own) flag.message = `${span} in ${b.lang}`;
      else flag.message += `; after it, ${span} in ${b.lang}`;
      flag.evidence.renumbered = { from: [first, last], to: [firstB, lastB] };
      run = null;
    };
    let previous: FlagDraft | null = null;
    for (const link of pair.footnotes) {
      const fa = fn(a, link.a);
      const fb = fn(b, link.b);
      if (fa && !fb) {
        closeRun();
        previous = { kind: 'footnote-mismatch', severity: 'error', rule: 'checks/footnotes#missing', where: [{ lang: a.lang, footnote: fa.number, text: fa.text }], message: `footnote ${fa.number} of the ${a.lang} version has no counterpart in ${b.lang}`, evidence: { [a.lang]: fa.number } };
        flags.push(previous);
        continue;
      }
      if (!fa && fb) {
        closeRun();
        previous = { kind: 'footnote-mismatch', severity: 'warning', rule: 'checks/footnotes#extra', where: [{ lang: b.lang, footnote: fb.number, text: fb.text }], message: `footnote ${fb.number} of the ${b.lang} version has no counterpart in ${a.lang}`, evidence: { [b.lang]: fb.number } };
        flags.push(previous);
        continue;
      }
      if (!fa || !fb) continue;
      const both = [{ lang: a.lang, footnote: fa.number, text: fa.text }, { lang: b.lang, footnote: fb.number, text: fb.text }];
      if (fa.number !== fb.number) {
        const offset = fb.number - fa.number;
        if (run && run.offset === offset && run.last === fa.number - 1) Object.assign(run, { last: fa.number, lastB: fb.number });
        else {
          closeRun();
          // right after a missing or extra footnote that explains the shift, the run belongs to that flag
          const explains = previous !== null && flags.at(-1) === previous;
          const flag: FlagDraft = explains ? previous! : { kind: 'footnote-mismatch', severity: 'warning', rule: 'checks/footnotes#renumbered', where: both, message: '', evidence: { [a.lang]: fa.number, [b.lang]: fb.number } };
          if (!explains) flags.push(flag);
          run = { flag, offset, first: fa.number, last: fa.number, firstB: fb.number, lastB: fb.number, own: !explains };
        }
      } else closeRun();
      previous = null;
      // referenced from counterpart sentences?
      const from = fa.refs.map((r) => r.sentenceId);
      const to = new Set(fb.refs.map((r) => r.sentenceId));
      const moved = from.filter((s) => counterpart.has(s) && ![...counterpart.get(s)!].some((x) => to.has(x)));
      if (moved.length > 0 && to.size > 0) {
        flags.push({ kind: 'footnote-mismatch', severity: 'warning', rule: 'checks/footnotes#moved', where: [...both, ...moved.map((s) => ({ lang: a.lang, sentenceId: s, text: sentenceText(a, [s]) }))], message: `footnote ${fa.number} is referenced from a different sentence in ${b.lang}`, evidence: { [a.lang]: from, [b.lang]: [...to] } });
      }
    }
    closeRun();
  }
  return flags;
};
