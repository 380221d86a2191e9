/**
 * Languages ranked by their trigrams, as franc's `francAll(text, { only,
 * minLength })` ranks them (franc 6, whose algorithm this is, MIT): the
 * script with most characters in the first 2,048 decides which models are
 * weighed; each chosen language's distance is the sum over the text's
 * trigrams of how far their ranks stand from the model's (300 for a trigram
 * the model lacks), normalised to 0..1, best first. Only the models of the
 * languages asked for are built (generated data: trigram-models.data.ts, by
 * scripts/franc-models.mjs), once, when first asked: franc itself builds all
 * of its 187 languages' models on loading.
 */
import { asTuples } from 'trigram-utils';
import { MODELLED_SCRIPTS, MODELS, SCRIPTS } from './trigram-models.data.ts';

const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** [language, score] pairs, best first; `[['und', 1]]` where no language is told. */
export type Ranking = Array<[string, number]>;

let ranks: Map<string, Map<string, number>> | null = null;
/** Each model's trigrams with their ranks (0 the most common). */
function modelRanks(): Map<string, Map<string, number>> {
  if (!ranks) {
    ranks = new Map();
    for (const languages of Object.values(MODELS)) {
      for (const [lang, model] of Object.entries(languages)) ranks.set(lang, new Map(model.split('|').map((t, k) => [t, k])));
    }
  }
  return ranks;
}

const und = (): Ranking => [['und', 1]];

/** The script most of the text's characters belong to (the first of equals, as franc counts), with its share. */
function topScript(value: string): [string | undefined, number] {
  let top: string | undefined;
  let count = -1;
  for (const [name, re] of SCRIPTS) {
    const n = (value.match(re)?.length ?? 0) / value.length || 0;
    if (n > count) [top, count] = [name, n];
  }
  return [top, count];
}

export function rankLanguages(text: string, only: readonly string[], minLength = 10): Ranking {
  if (!text || text.length < minLength) return und();
  const value = text.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  if (!script || !MODELLED_SCRIPTS.has(script)) return !script || share === 0 || !only.includes(script) ? und() : [[script, 1]];
  const models = modelRanks();
  const trigrams = asTuples(value);
  const distances: Ranking = Object.keys(MODELS[script] ?? {})
    .filter((lang) => only.includes(lang))
    .map((lang) => {
      const model = models.get(lang)!;
      let distance = 0;
      for (const [trigram, count] of trigrams) {
        const rank = model.get(trigram);
        distance += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
      }
      return [lang, distance];
    });
  if (distances.length === 0) return und();
  distances.sort((a, b) => a[1] - b[1]);
  const min = distances[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  return distances.map(([lang, d]) => [lang, 1 - (d - min) / max || 0]);
}
