/** The extraction diff as a reviewer reads it: summary counts first, then each change with its text. */
import type { Change } from './diff.ts';

const clip = (s: string, n = 200): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Counts per statement, language and kind: `+added −removed ~changed`. */
export function summarize(changes: Change[]): Array<{ statementId: string; lang: string; kind: string; added: number; removed: number; changed: number }> {
  const rows = new Map<string, { statementId: string; lang: string; kind: string; added: number; removed: number; changed: number }>();
  for (const c of changes) {
    const k = `${c.statementId}\t${c.lang}\t${c.kind}`;
    const row = rows.get(k) ?? { statementId: c.statementId, lang: c.lang, kind: c.kind, added: 0, removed: 0, changed: 0 };
    row[c.change]++;
    rows.set(k, row);
  }
  return [...rows.values()];
}

export function formatTerminal(changes: Change[], color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  if (changes.length === 0) return 'No changes.';
  const lines = ['Summary (+ added, - removed, ~ changed):'];
  for (const r of summarize(changes)) lines.push(`  ${r.statementId}  ${r.lang.padEnd(6)} ${r.kind.padEnd(9)} ${paint('32', `+${r.added}`)} ${paint('31', `-${r.removed}`)} ${paint('33', `~${r.changed}`)}`);
  let heading = '';
  for (const c of changes) {
    const h = `${c.statementId} ${c.lang} ${c.kind}`;
    if (h !== heading) lines.push('', paint('1', h));
    heading = h;
    if (c.context) lines.push(paint('2', `    ${clip(c.context, 120)}`));
    if (c.before !== undefined) lines.push(paint('31', `  - ${clip(c.before)}`));
    if (c.after !== undefined) lines.push(paint('32', `  + ${clip(c.after)}`));
  }
  return lines.join('\n');
}

export function formatMarkdown(changes: Change[]): string {
  if (changes.length === 0) return 'No changes.\n';
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = ['## Extraction diff', '', '| statement | language | record | added | removed | changed |', '| --- | --- | --- | ---: | ---: | ---: |'];
  for (const r of summarize(changes)) lines.push(`| ${r.statementId} | ${r.lang} | ${r.kind} | ${r.added} | ${r.removed} | ${r.changed} |`);
  let heading = '';
  for (const c of changes) {
    const h = `### ${c.statementId} · ${c.lang} · ${c.kind}`;
    if (h !== heading) lines.push('', h, '');
    heading = h;
    const body = [c.before !== undefined ? `- ${cell(clip(c.before, 400))}` : null, c.after !== undefined ? `+ ${cell(clip(c.after, 400))}` : null].filter(Boolean).join('\n');
    lines.push(`**${c.change}**${c.context ? ` (${cell(clip(c.context, 120))})` : ''}`, '', '```diff', body, '```', '');
  }
  return lines.join('\n') + '\n';
}
