/**
 * Prints a text input's lines as the layout stage zoned them (a debugging aid):
 * page, zone, fill-free flags and text. npx tsx scripts/dump-zones.ts <txt> [from] [to]
 */
import { readFileSync } from 'node:fs';
import { readSource } from '../src/ingest/read.ts';
import { layoutLines, textLines } from '../pipeline/graph.ts';

const [path, from = '1', to = '1e9'] = process.argv.slice(2) as [string, string?, string?];
const src = readSource(path, readFileSync(path));
if (src.kind !== 'text') throw new Error(`${path}: not a text input`);
for (const l of layoutLines(textLines(src.text)).lines) {
  if (l.no < Number(from) || l.no > Number(to)) continue;
  console.log(`${String(l.no).padStart(5)} p${String(l.page).padEnd(3)} ${l.zone.padEnd(9)} ${l.pageStart ? 'PS ' : '   '}${l.blank ? '' : l.text.slice(0, 100)}`);
}
