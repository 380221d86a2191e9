/**
 * term-inconsistency: a name written in two ways within one document
 * (`ОБСЕ` once written `ОБЕС`, a town with one vowel changed): a rare spelling a letter or two
 * from a frequent one, compared by string distances (natural's, ported: distance.ts).
 */
import { damerauLevenshtein, jaroWinkler } from './distance.ts';
import type { Check, FlagDraft } from './context.ts';
import { glossaryRenderings } from './glossary.ts';
import { termNumber } from './term-number.ts';
import { termAgreement } from './term-agreement.ts';
import type { Lang } from '../schema/index.ts';
import { resources } from '../lang/index.ts';

/**
 * Case endings do not make a second spelling: compare stems. A language that
 * chains its endings (Kazakh) has them stripped one by one while five letters
 * remain; otherwise a long word loses its last two letters.
 */
function stemmer(lang: Lang): (w: string) => string {
  const endings = [...(resources(lang).nameEndings ?? [])].sort((a, b) => b.length - a.length);
  return (word: string): string => {
    let w = word.toLowerCase();
    if (endings.length === 0) return w.length > 6 ? w.slice(0, w.length - 2) : w;
    const ending = () => endings.find((e) => w.endsWith(e) && w.length - e.length >= 5);
    for (let cut = ending(); cut; cut = ending()) w = w.slice(0, -cut.length);
    return w;
  };
}

const nameVariants: Check = (ctx) => {
  const flags: FlagDraft[] = [];
  for (const doc of ctx.docs) {
    const stem = stemmer(doc.lang);
    const places = new Map<string, Array<{ sentenceId?: string; footnote?: number; word: string }>>();
    const note = (text: string, place: { sentenceId?: string; footnote?: number }) => {
      for (const m of text.matchAll(/(?<![\p{L}\d-])\p{Lu}[\p{L}]{3,}/gu)) {
        if (/^\p{Lu}\p{Ll}/u.test(m[0]) && m.index === 0) continue; // a sentence's first word
        const s = stem(m[0]);
        places.set(s, [...(places.get(s) ?? []), { ...place, word: m[0] }]);
      }
    };
    doc.sentences.forEach((s) => note(s.text, { sentenceId: s.id }));
    doc.footnotes.forEach((f) => note(f.text, { footnote: f.number }));
    const stems = [...places.keys()];
    const upper = (x: string) => x === x.toUpperCase();
    for (const rare of stems) {
      const seen = places.get(rare)!;
      if (seen.length > 1) continue;
      const w = seen[0]!;
      for (const common of stems) {
        const usualPlaces = places.get(common)!;
        if (common === rare || usualPlaces.length < 2 || common[0] !== rare[0]) continue;
        const lenOk = Math.min(common.length, rare.length) >= 4;
        const distance = damerauLevenshtein(common, rare);
        const close = distance <= (Math.min(common.length, rare.length) >= 7 ? 2 : 1) || jaroWinkler(common, rare) >= 0.93;
        if (!lenOk || !close || Math.abs(common.length - rare.length) > 2) continue;
        // an acronym and a word are different things (ОБСЕ, Общее)
        const usual = usualPlaces[0]!.word;
        if (upper(usual) !== upper(w.word)) continue;
        // the same word in another case: the two differ only in their last letters (acronyms do not inflect)
        if (!upper(usual)) {
          const x = usual.toLowerCase();
          const y = w.word.toLowerCase();
          let p = 0;
          while (p < x.length && x[p] === y[p]) p++;
          if (p >= Math.min(x.length, y.length) - 3) continue;
        }
        flags.push({
          kind: 'term-inconsistency', severity: 'warning', rule: 'checks/terms#spelling',
          where: [{ lang: doc.lang, ...(w.sentenceId ? { sentenceId: w.sentenceId } : { footnote: w.footnote }), text: w.word }],
          message: `"${w.word}" is written "${usual}" ${usualPlaces.length} times elsewhere`,
          evidence: { variant: w.word, usual, count: usualPlaces.length, distance },
        });
        break;
      }
    }
  }
  return flags;
};

const placeOf = (w: FlagDraft['where'][number]): string => `${w.lang}|${w.sentenceId ?? `fn${w.footnote}`}`;

/**
 * Names written two ways within a document, and glossary terms rendered
 * otherwise than in the official version; a variant both find is one flag,
 * the cross-version one, which shows both places.
 */
export const termInconsistency: Check = (ctx) => {
  const across = [...glossaryRenderings(ctx), ...termNumber(ctx), ...termAgreement(ctx)];
  const covered = (w: FlagDraft['where'][number]) => across.some((f) => placeOf(f.where[0]!) === placeOf(w) && f.where[0]!.text.includes(w.text));
  return [...nameVariants(ctx).filter((f) => !covered(f.where[0]!)), ...across];
};
