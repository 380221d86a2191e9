/**
 * omission and addition: units of the official version without a counterpart
 * in a translation, and the reverse; and translations far shorter or longer
 * than their source, measured against the statement's own length ratio. A
 * dropped or added sentence that the aligner folded into a merged link is
 * found by its length: without it, the link's lengths agree again.
 */
import type { Document, SentenceLink } from '../schema/index.ts';
import type { Check, FlagDraft } from './context.ts';
import { perText, pivotPairs, sentenceText } from './context.ts';
import { droppedClause, foldedInto, linkedTheWrongOne, type Unit } from './clause.ts';

/** Below this share of the usual ratio a translation is short whatever its length; above this multiple long. */
const SHORT = 0.6;
const LONG = 2;
/**
 * Or: this many standard deviations from the usual length, measured with the
 * statement's own spread of lengths (on the sample's clean manuscripts no
 * 1-1 link came below -2.5 or above 4.9; a translation missing 40 % of a
 * 150-character sentence is below -3.5), and still well off the usual ratio.
 */
const Z_SHORT = -3.2;
const Z_LONG = 5.5;
/** How close to the usual ratio a link must come without a member, for that member to be the one dropped or added. */
const FITS = 0.25;
/** Gale and Church's variance of a translation's length per character of the original (their s² = 6.8). */
const CLAUSE_VARIANCE = 6.8;
/** Below this share of the usual ratio a translation is looked at for a clause it leaves out (src/checks/clause.ts). */
const CLAUSE_SHORT = 0.85;

/** Length of a text in its document's own script: a passage left in another language is not translation (the untranslated check reports it). */
const ownLength = (text: string, doc: Document): number => (doc.lang === 'en' ? ownLatinLength(text) : ownCyrillicLength(text));

/** ownLength for a script, the other script's words as `other` matches them; answers kept by text (a link's lengths are asked for again and again). */
const lengthBesides = (other: RegExp) =>
  perText((text: string): number => {
    const words = text.match(/\S+/g) ?? [];
    const foreign = (text.match(other) ?? []).filter((w) => /^\p{Ll}/u.test(w));
    // a few foreign words (names, acronyms) do not count; a run of lower-case ones is a passage
    return foreign.length >= 3 && foreign.length / Math.max(1, words.length) > 0.1 ? text.replace(other, '').length : text.length;
  });
const ownLatinLength = lengthBesides(/\p{Script=Cyrillic}[\p{L}'’-]*/gu);
const ownCyrillicLength = lengthBesides(/\p{Script=Latin}[\p{L}'’-]*/gu);

export const omissionAddition: Check = (ctx) => {
  const flags: FlagDraft[] = [];
  for (const { pair, a, b } of pivotPairs(ctx)) {
    const len = (d: Document, ids: string[]) => ownLength(sentenceText(d, ids), d);
    const unit = (d: Document, ids: string[]): Unit => ({ text: sentenceText(d, ids), lang: d.lang });
    const ratios = pair.links.filter((l) => l.a.length && l.b.length).map((l) => len(b, l.b) / Math.max(1, len(a, l.a)));
    const median = [...ratios].sort((x, y) => x - y)[Math.floor(ratios.length / 2)] ?? 1;
    // the spread of lengths: Gale and Church's variance per character, as this statement shows it (median of a χ²(1) is 0.455)
    const spreads = pair.links.filter((l) => l.a.length === 1 && l.b.length === 1).map((l) => {
      const la = len(a, l.a);
      return (len(b, l.b) - la * median) ** 2 / Math.max(1, la);
    });
    const variance = Math.max(0.5, ([...spreads].sort((x, y) => x - y)[Math.floor(spreads.length / 2)] ?? 2) / 0.455);
    const zOf = (la: number, lb: number) => (lb - la * median) / Math.sqrt(Math.max(1, la) * variance);
    const fits = (la: number, lb: number) => Math.abs(lb / Math.max(1, la) / median - 1) <= FITS;
    // a short clause's translation varies more than a ratio allows: Gale and Church's spread, which grows with the
    // square root of the length, within two standard deviations (`Voter registration is passive` against
    // `Регистрация избирателей носит пассивный характер`)
    const fitsClause = (la: number, lb: number) => fits(la, lb) || Math.abs(lb - median * la) <= 2 * Math.sqrt(CLAUSE_VARIANCE * Math.max(1, la));
    // units already flagged: one flag each, and a link's flagged member is no longer part of its translation
    const flagged = new Set<string>();
    const omitted = (ids: string[], rule: string, why: string) => {
      if (ids.some((id) => flagged.has(id))) return;
      ids.forEach((id) => flagged.add(id));
      const text = sentenceText(a, ids);
      flags.push({ kind: 'omission', severity: 'error', rule, where: [{ lang: a.lang, sentenceId: ids[0], text }], message: `not in the ${b.lang} version${why}: "${text.slice(0, 80)}"`, evidence: { sentences: ids, missingIn: b.lang } });
    };
    const added = (ids: string[], rule: string, why: string) => {
      if (ids.some((id) => flagged.has(id))) return;
      ids.forEach((id) => flagged.add(id));
      const text = sentenceText(b, ids);
      flags.push({ kind: 'addition', severity: 'warning', rule, where: [{ lang: b.lang, sentenceId: ids[0], text }], message: `in the ${b.lang} version only${why}: "${text.slice(0, 80)}"`, evidence: { sentences: ids, absentIn: a.lang } });
    };
    const shortOrLong = (ia: string[], ib: string[], rule: string) => {
      const ta = sentenceText(a, ia);
      const tb = sentenceText(b, ib);
      // a unit left wholly in another language is the untranslated check's, whatever its length
      if (ownLength(tb, b) < tb.length / 2) return false;
      const ratio = len(b, ib) / Math.max(1, len(a, ia));
      const z = zOf(len(a, ia), len(b, ib));
      const where = [{ lang: a.lang, sentenceId: ia[0], text: ta }, { lang: b.lang, sentenceId: ib[0], text: tb }];
      const dropped = ta.length >= 100 && ratio < median * CLAUSE_SHORT ? droppedClause(unit(a, ia), unit(b, ib), median, fits, ctx.terms) : null;
      const leavesOut = dropped ? `: it leaves out "${dropped.missing.slice(0, 80)}"` : ': part of it may be missing';
      if (ta.length >= 80 && (ratio < median * SHORT || (z < Z_SHORT && ratio < median * 0.8))) {
        flags.push({ kind: 'omission', severity: 'warning', rule: `${rule}#short`, where, message: `the ${b.lang} translation is ${(ratio / median).toFixed(2)} of the usual length${leavesOut}`, evidence: { ratio, median, z, ...(dropped ? { lost: dropped.lost } : {}) } });
        return true;
      }
      if (dropped) {
        flags.push({ kind: 'omission', severity: 'warning', rule: `${rule}#clause`, where, message: `the ${b.lang} translation is ${(ratio / median).toFixed(2)} of the usual length${leavesOut}`, evidence: { ratio, median, z, lost: dropped.lost } });
        return true;
      }
      if (tb.length >= 80 && (ratio > median * LONG || (z > Z_LONG && ratio > median * 1.6))) {
        flags.push({ kind: 'addition', severity: 'warning', rule: `${rule}#long`, where, message: `the ${b.lang} translation is ${(ratio / median).toFixed(2)} of the usual length: it may add text`, evidence: { ratio, median, z } });
        return true;
      }
      return false;
    };
    const links = pair.links;
    for (let i = 0; i < links.length; i++) {
      const l = links[i]!;
      // a unit left unlinked next to one unlinked on the other side: the aligner would not link a translation
      // of the wrong length; that is one shortened or lengthened translation, not an omission and an addition
      const next = links[i + 1];
      if (next && ((l.b.length === 0 && next.a.length === 0) || (l.a.length === 0 && next.b.length === 0))) {
        const ia = l.a.length ? l.a : next.a;
        const ib = l.b.length ? l.b : next.b;
        if (ia.length === 1 && ib.length === 1 && !shortOrLong(ia, ib, 'checks/omission#unlinked-pair')) {
          omitted(ia, 'checks/omission#unlinked', '');
          added(ib, 'checks/omission#added', '');
        }
        i++;
        continue;
      }
      if (l.b.length === 0) {
        if (!absorbed(l.a, 'a', links[i - 1], links[i + 1])) omitted(theOneWithout(l.a, 'a', links[i - 1], links[i + 1]), 'checks/omission#unlinked', '');
      } else if (l.a.length === 0) {
        if (!absorbed(l.b, 'b', links[i - 1], links[i + 1])) added(theOneWithout(l.b, 'b', links[i - 1], links[i + 1]), 'checks/omission#added', '');
      } else if (l.a.length === 1 && l.b.length === 1) shortOrLong(l.a, l.b, 'checks/omission');
      else inMerge(l);
    }

    /**
     * An unlinked unit next to a link whose other side is too long without it
     * and fits with it: the translator merged it into the neighbour (a short
     * sentence the aligner left out of a 2-1), not a unit dropped or added.
     */
    function absorbed(ids: string[], side: 'a' | 'b', ...neighbours: Array<SentenceLink | undefined>): boolean {
      const extra = side === 'a' ? len(a, ids) : len(b, ids);
      /** The neighbour is too long (short) without the unit and fits with it. */
      function lengthsSayFolded(la: number, lb: number): boolean {
        return !fits(la, lb) && (side === 'a' ? fits(la + extra, lb) : fits(la, lb + extra));
      }

      /**
       * A translation that split one sentence in two at a clause boundary: the unlinked sentence fits the
       * original's part before the boundary (it stands before the neighbour) or after it, the neighbour the rest.
       * `before`: the neighbour is the next link, so the unlinked sentence is the part before.
       */
      function splitAt(sourceIds: string[], lb: number, before: boolean): boolean {
        if (side !== 'b' || sourceIds.length !== 1) return false;
        const source = sentenceText(a, sourceIds);
        for (const m of source.matchAll(/[,;:–—]\s/gu)) {
          const head = m.index + 1;
          const [mine, rest] = before ? [head, source.length - head] : [source.length - head, head];
          if (fitsClause(mine, extra) && fits(rest, lb)) return true;
        }
        return false;
      }

      return neighbours.some((link, k) => {
        const n = link && { a: link.a.filter((x) => !flagged.has(x)), b: link.b.filter((x) => !flagged.has(x)) };
        if (!n || n.a.length === 0 || n.b.length === 0) return false;
        const la = len(a, n.a);
        const lb = len(b, n.b);
        if (!(lengthsSayFolded(la, lb) || splitAt(n.a, lb, k === 1))) return false;
        // what the unit speaks of must be in the neighbour's counterpart, not just its length
        const [own, other] = side === 'a' ? [a, b] : [b, a];
        const [ownIds, otherIds] = side === 'a' ? [n.a, n.b] : [n.b, n.a];
        return foldedInto(unit(own, ids), unit(own, ownIds), unit(other, otherIds), ctx.terms);
      });
    }

    /**
     * The unit without a counterpart: the unlinked one, or the neighbour the
     * aligner linked in its place when the unlinked one says clearly more of
     * what the neighbour's counterpart says (a sentence added beside the one it
     * resembles in length, and linked instead of it).
     */
    function theOneWithout(ids: string[], side: 'a' | 'b', ...neighbours: Array<SentenceLink | undefined>): string[] {
      if (ids.length !== 1) return ids;
      const [own, other] = side === 'a' ? [a, b] : [b, a];
      for (const n of neighbours) {
        const [ownIds, otherIds] = side === 'a' ? [n?.a, n?.b] : [n?.b, n?.a];
        if (ownIds?.length !== 1 || otherIds?.length !== 1) continue;
        if (linkedTheWrongOne(unit(own, ids), unit(own, ownIds), unit(other, otherIds), ctx.terms)) return ownIds;
      }
      return ids;
    }

    /** A merged link (2-1, 1-2, 2-2): its members judged one by one where the lengths say which is wrong. */
    function inMerge(l: SentenceLink): void {
      // 2-2: most often two 1-1 links in a row; each pair is judged as a 1-1 link
      if (l.a.length === l.b.length) {
        l.a.forEach((x, k) => shortOrLong([x], [l.b[k]!], 'checks/omission#merged'));
        return;
      }
      const la = len(a, l.a);
      const lb = len(b, l.b);
      // a member whose own numbers, names and concepts the other side lacks was dropped or added, whatever the lengths
      const lone = (side: Document, ids: string[], other: Document, otherIds: string[]) =>
        ids.length === 2 ? ids.findIndex((x, k) => !foldedInto(unit(side, [x]), unit(side, [ids[1 - k]!]), unit(other, otherIds), ctx.terms)) : -1;
      const loneA = l.b.length === 1 ? lone(a, l.a, b, l.b) : -1;
      if (loneA >= 0) return omitted([l.a[loneA]!], 'checks/omission#in-merge', ' (its neighbour\'s translation does not speak of it)');
      const loneB = l.a.length === 1 ? lone(b, l.b, a, l.a) : -1;
      if (loneB >= 0) return added([l.b[loneB]!], 'checks/omission#in-merge', ' (the original does not speak of it)');
      if (fits(la, lb)) return;
      // the member whose removal brings the lengths back to the usual ratio
      if (l.a.length > 1 && lb / la < median) {
        const k = l.a.findIndex((x) => fits(la - len(a, [x]), lb));
        if (k >= 0) return omitted([l.a[k]!], 'checks/omission#in-merge', ' (its neighbour\'s translation covers only the neighbour)');
      }
      if (l.b.length > 1 && lb / la > median) {
        const k = l.b.findIndex((x) => fits(la, lb - len(b, [x])));
        if (k >= 0) return added([l.b[k]!], 'checks/omission#in-merge', ' (the rest of the link translates the original without it)');
      }
      shortOrLong(l.a, l.b, 'checks/omission');
    }
  }
  return flags;
};
