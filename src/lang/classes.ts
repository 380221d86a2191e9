/**
 * Closed classes of the genre, in English, Russian and Kazakh: languages and
 * nationalities, countries, places, months, weekdays, state bodies, election
 * commissions, media and campaign nouns, kinds of election. Each concept is a
 * row of src/lang/classes.tsv (hand-written, checked by `scripts/lexicon.ts
 * check`; src/lang/lexicon.data.ts is generated from it and the lexicon by
 * `scripts/lexicon.ts build`). A translation that names another member of a
 * class than its original is a meaning error the digits and spellings cannot show.
 */
import type { Lang } from '../schema/index.ts';
import { CLASSES_TSV } from './lexicon.data.ts';
import { ClassIndex, parseClasses, type ClassConcept } from './concepts.ts';

export { ClassIndex, classWords, parseClasses, wordMatches, type ClassConcept, type ClassMention } from './concepts.ts';

let concepts: ClassConcept[] | null = null;
const indexes = new Map<Lang, ClassIndex>();
/** The table's concepts, read once. */
export const classConcepts = (): ClassConcept[] => (concepts ??= parseClasses(CLASSES_TSV));
/** The class index of a language, built once. */
export function classIndex(lang: Lang): ClassIndex {
  if (!indexes.has(lang)) indexes.set(lang, new ClassIndex(classConcepts(), lang));
  return indexes.get(lang)!;
}
