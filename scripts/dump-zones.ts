/**
 * Prints an input's lines as the layout stage zoned them (a debugging aid):
 * page, zone, a PDF line's left edge and width, and text.
 * npx tsx scripts/dump-zones.ts <txt|pdf> [from] [to]
 */
import { readFileSync } from 'node:fs';
import { readSource } from '../src/ingest/read.ts';
import { layoutLines, textLines } from '../pipeline/graph.ts';
import { pdfToLines } from '../src/layout/pdf-lines.ts';

const [path, from = '1', to = '1e9'] = process.argv.slice(2) as [string, string?, string?];
const src = readSource(path, readFileSync(path));
const lines = src.kind === 'text' ? textLines(src.text) : pdfToLines(await (await import('../src/ingest/pdf.ts')).readPdf(src));
for (const l of layoutLines(lines).lines) {
  if (l.no < Number(from) || l.no > Number(to)) continue;
  const g = l.geometry ? `${l.geometry.x.toFixed(0).padStart(4)} ${l.geometry.width.toFixed(0).padStart(4)} ` : `${String(l.indent).padStart(3)} `;
  console.log(`${String(l.no).padStart(5)} p${String(l.page).padEnd(3)} ${l.zone.padEnd(9)} ${l.pageStart ? 'PS ' : '   '}${g}${l.blank ? '' : l.text.slice(0, 100)}`);
}
