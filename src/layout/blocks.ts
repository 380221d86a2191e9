/** Small helpers over runs of lines shared by the layout rules. */
import type { Line } from '../schema/index.ts';

export interface Run<T> {
  start: number;
  /** exclusive */
  end: number;
  items: T[];
}

/** Maximal runs of consecutive items for which `inside` holds. */
export function runs<T>(items: T[], inside: (item: T, index: number) => boolean): Run<T>[] {
  const out: Run<T>[] = [];
  let start = -1;
  items.forEach((item, i) => {
    if (inside(item, i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push({ start, end: i, items: items.slice(start, i) });
      start = -1;
    }
  });
  if (start >= 0) out.push({ start, end: items.length, items: items.slice(start) });
  return out;
}

export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** A text's full line in characters: the longest but a tenth of its lines; null where every line is blank. */
export function fullLine(lines: Line[]): number | null {
  const lengths = lines.filter((l) => !l.blank).map((l) => l.text.length);
  return lengths.length === 0 ? null : quantile(lengths, 0.9);
}

/** Whether a text keeps the spaces that end its wrapped lines: where it does, each wrap says itself. */
export const keepsLineEndSpaces = (lines: Line[]): boolean => lines.some((l) => (l.raw ?? l.text).endsWith(' '));
