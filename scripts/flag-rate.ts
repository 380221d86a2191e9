/**
 * Error and warning flags per 100 sentences of each statement a run wrote: how
 * quiet the checks are on faithful translations.
 *
 *   npx osce run corpus --out output && npx tsx scripts/flag-rate.ts output      (npm run eval:flags does both)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Flag } from '../src/schema/index.ts';

const out = process.argv[2] ?? 'output';
let flags = 0;
let sentences = 0;
console.log(`${'statement'.padEnd(24)} ${'flags'.padStart(5)} ${'sentences'.padStart(9)} ${'per 100'.padStart(8)}  kinds`);
for (const id of readdirSync(join(out, 'statements')).sort()) {
  const dir = join(out, 'statements', id);
  if (!existsSync(join(dir, 'flags.json'))) continue;
  const found = (JSON.parse(readFileSync(join(dir, 'flags.json'), 'utf8')) as unknown[]).map((f) => Flag.parse(f)).filter((f) => f.severity !== 'info');
  const n = readdirSync(dir).filter((f) => /^[a-z]{2}\.json$/.test(f)).reduce((s, f) => s + Document.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))).sentences.length, 0);
  const kinds = new Map<string, number>();
  for (const f of found) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
  console.log(`${id.padEnd(24)} ${String(found.length).padStart(5)} ${String(n).padStart(9)} ${((100 * found.length) / Math.max(1, n)).toFixed(2).padStart(8)}  ${[...kinds].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  flags += found.length;
  sentences += n;
}
console.log(`${'all'.padEnd(24)} ${String(flags).padStart(5)} ${String(sentences).padStart(9)} ${((100 * flags) / Math.max(1, sentences)).toFixed(2).padStart(8)}`);
