/**
 * Marked-up text for the review page: overlapping marks (flags, claims) and
 * inserted markers (footnote references) over one plain string, rendered as
 * properly nested, escaped HTML. Overlaps are cut into segments, each wrapped
 * in every mark that covers it, so no tag ever crosses another.
 */

export interface Mark {
  start: number;
  end: number;
  /** the element's classes */
  cls: string;
  attrs: Record<string, string>;
  /** an id given to the mark's first segment only (a jump target) */
  anchor?: string;
}

export interface Insert {
  at: number;
  html: string;
}

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const open = (m: Mark, first: boolean): string => {
  const attrs = Object.entries(m.attrs).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('');
  const id = first && m.anchor ? ` id="${escapeHtml(m.anchor)}" tabindex="-1"` : '';
  return `<mark class="${escapeHtml(m.cls)}"${id}${attrs}>`;
};

export function highlight(text: string, marks: Mark[], inserts: Insert[] = []): string {
  const clamp = (n: number): number => Math.max(0, Math.min(text.length, n));
  const valid = marks.map((m) => ({ ...m, start: clamp(m.start), end: clamp(m.end) })).filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) cuts.add(m.start).add(m.end);
  for (const i of inserts) cuts.add(clamp(i.at));
  const points = [...cuts].sort((a, b) => a - b);
  // longer marks outside, so a claim inside a flagged clause nests within it
  const ordered = valid.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const started = new Set<Mark>();
  let html = '';
  for (let k = 0; k < points.length; k++) {
    const at = points[k]!;
    for (const i of inserts) if (clamp(i.at) === at) html += i.html;
    const next = points[k + 1];
    if (next === undefined || next === at) continue;
    const covering = ordered.filter((m) => m.start <= at && m.end >= next);
    let piece = escapeHtml(text.slice(at, next));
    for (const m of [...covering].reverse()) {
      piece = `${open(m, !started.has(m))}${piece}</mark>`;
      started.add(m);
    }
    html += piece;
  }
  return html;
}

/**
 * Where a flag's quoted text stands in a piece of text: the quote itself, or
 * each part of a quote that joins parts with an ellipsis; null when none is
 * found (the flag is then about the whole piece).
 */
export function locate(text: string, quote: string): Array<[number, number]> | null {
  const parts = quote.split(/\s*…\s*/).map((p) => p.trim()).filter((p) => p.length > 0);
  const found: Array<[number, number]> = [];
  for (const p of parts) {
    const at = text.indexOf(p);
    if (at >= 0) found.push([at, at + p.length]);
  }
  return found.length ? found : null;
}
