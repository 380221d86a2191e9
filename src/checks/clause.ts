/**
 * A clause left out of a translation: a source sentence whose part before
 * (or after) a clause boundary is what the translation says, while the other
 * part's own signals (numbers, names, institutions, the lexicon's concepts)
 * are nowhere in it. The length model alone misses a short clause dropped
 * from a long sentence; what the translation no longer speaks of finds it.
 */
import type { Lang } from '../schema/index.ts';
import type { TermBase } from '../align/terms.ts';
import { anchorSimilarity, anchorsOf } from '../align/anchors.ts';
import { resources } from '../lang/index.ts';
import { lexiconEntries, lexiconIndex } from '../lang/lexicon.ts';

/** A piece of text and its language: a sentence, a part of one, or a link's side. */
export interface Unit {
  text: string;
  lang: Lang;
}

/** What a text speaks of that a translation carries over whatever its language. */
export function signalsOf(text: string, lang: Lang, terms?: TermBase): Set<string> {
  // not the capitalised words: a title or a body's name is translated (Supreme Court, Election Law) as often as
  // a person's name is transliterated, and transliterations differ (Henrik, Хенрик)
  const out = new Set([...anchorsOf({ id: '', text, refs: [] }, resources(lang), terms)].filter((s) => !s.startsWith('name:')));
  // not the concepts written only as whole function words (`no`, `не`): Kazakh says them with a suffix
  for (const id of lexiconIndex(lang).concepts(text)) if (!functionWords().has(id)) out.add(`lx:${id}`);
  return out;
}

let functionWordIds: Set<number> | undefined;
const functionWords = (): Set<number> =>
  (functionWordIds ??= new Set(lexiconEntries().filter((e) => Object.values(e.stems).flat().every((s) => s.startsWith('='))).map((e) => e.id)));

/**
 * What a translation speaks of: read in its own language, and in the
 * source's, since a passage left untranslated still says what it says (the
 * untranslated check reports it; it is not an omission).
 */
function spokenOf(text: Unit, sourceLang: Lang, terms?: TermBase): Set<string> {
  const out = signalsOf(text.text, text.lang, terms);
  if (sourceLang !== text.lang) for (const s of signalsOf(text.text, sourceLang, terms)) out.add(s);
  return out;
}

export interface DroppedClause {
  /** the part of the source the translation lacks */
  missing: string;
  /** its signals that the translation does not carry */
  lost: string[];
}

/** At most this share of the missing part's own signals may turn up in the translation. */
const LOST = 0.25;
/** At least this share of the kept part's signals must. */
const KEPT = 0.6;
/** The missing part must have this many signals of its own to judge by. */
const MIN_SIGNALS = 2;

/**
 * The part of `source` that `translation` leaves out, when the source splits
 * at a clause boundary into a kept part whose length `fits` the translation
 * and a part whose own signals the translation lacks; null otherwise.
 */
export function droppedClause(
  source: Unit,
  translation: Unit,
  usualRatio: number,
  fits: (sourceLength: number, translationLength: number) => boolean,
  terms?: TermBase,
): DroppedClause | null {
  const there = spokenOf(translation, source.lang, terms);
  const text = source.text;
  // where the source may split: its clause boundaries, and the word boundary where the part kept would be as long
  // as the translation (a translation may stop short where the original has no comma; a part dropped from the
  // head of a sentence is judged at clause boundaries only, where a translation's word order is freer)
  const expected = translation.text.length / usualRatio;
  const cuts = [
    ...[...text.matchAll(/[,;:–—]\s/gu)].map((m) => ({ at: m.index + 1, keep: 'either' })),
    { at: wordBoundaryNear(text, expected), keep: 'head' },
  ];
  for (const { at, keep } of cuts) {
    // a boundary near either end leaves a part too short to tell by its words
    if (at < text.length * 0.2 || at > text.length * 0.8) continue;
    const parts = [[text.slice(0, at), text.slice(at)], [text.slice(at), text.slice(0, at)]] as const;
    for (const [kept, missing] of keep === 'either' ? parts : [parts[0]]) {
      if (!fits(kept.length, translation.text.length)) continue;
      const keptSignals = signalsOf(kept, source.lang, terms);
      const own = [...signalsOf(missing, source.lang, terms)].filter((s) => !keptSignals.has(s));
      if (own.length < MIN_SIGNALS || keptSignals.size === 0) continue;
      const lost = own.filter((s) => !there.has(s));
      const keptThere = [...keptSignals].filter((s) => there.has(s)).length / keptSignals.size;
      // numbers alone left out are the number check's: a clause says something in words too
      if (lost.every((x) => /^(n|d|id):/.test(x))) continue;
      if (lost.length >= own.length * (1 - LOST) && keptThere >= KEPT) return { missing: missing.trim(), lost };
    }
  }
  return null;
}

/** The space nearest to a position, as the start of the part after it. */
function wordBoundaryNear(text: string, at: number): number {
  let best = -1;
  for (const m of text.matchAll(/\s/gu)) if (best < 0 || Math.abs(m.index - at) < Math.abs(best - at)) best = m.index;
  return best + 1;
}

/** More than this share of a unit's own signals in a neighbour's counterpart, and the unit may be folded into it. */
const FOLDED = 0.25;

/**
 * Whether a unit left unlinked may have been folded into a neighbour's
 * translation: some of what it speaks of beyond its own side's neighbour
 * turns up in the other side's neighbour (the signals are too rough to ask for
 * all: a translator writes voting day for election day). A unit with too
 * little of its own to judge by may have been.
 */
export function foldedInto(unit: Unit, besideIt: Unit, across: Unit, terms?: TermBase): boolean {
  const beside = signalsOf(besideIt.text, besideIt.lang, terms);
  const own = [...signalsOf(unit.text, unit.lang, terms)].filter((s) => !beside.has(s));
  if (own.length < MIN_SIGNALS) return true;
  const there = spokenOf(across, unit.lang, terms);
  return own.filter((s) => there.has(s)).length > own.length * FOLDED;
}

/** How much more a unit left unlinked speaks of the same things as a neighbour's counterpart than the neighbour's own member does. */
const CLEARLY = 0.15;

/**
 * Whether the aligner linked the wrong one of two units: a unit left
 * unlinked shares clearly more with the counterpart `across` than
 * `linked`, the unit on its own side that the aligner linked to it, does.
 * Then `linked` is the one without a counterpart (the sentence dropped or
 * added), and the unlinked unit the translation.
 */
export function linkedTheWrongOne(unlinked: Unit, linked: Unit, across: Unit, terms?: TermBase): boolean {
  const there = spokenOf(across, unlinked.lang, terms);
  const dice = (u: Unit): number => anchorSimilarity(signalsOf(u.text, u.lang, terms), there) ?? 0;
  return dice(unlinked) > dice(linked) + CLEARLY;
}
