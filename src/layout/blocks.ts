/** Small helpers over runs of lines shared by the layout rules. */

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
