/** How much two multisets share, and the Dice overlap of two texts' words built on it. */

/** The number of items two lists share, each item counted as often as it occurs in both. */
export function sharedCount(a: readonly string[], b: readonly string[]): number {
  const bag = new Map<string, number>();
  for (const x of a) bag.set(x, (bag.get(x) ?? 0) + 1);
  let shared = 0;
  for (const x of b) {
    const n = bag.get(x) ?? 0;
    if (n > 0) {
      shared++;
      bag.set(x, n - 1);
    }
  }
  return shared;
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Dice overlap of two texts' word bags, 0..1; null when neither has a word. */
export function wordDice(a: string, b: string): number | null {
  const [wa, wb] = [words(a), words(b)];
  return wa.length + wb.length ? (2 * sharedCount(wa, wb)) / (wa.length + wb.length) : null;
}
