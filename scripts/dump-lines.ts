/** Prints one page's lines of a PDF with their geometry (a debugging aid): npx tsx scripts/dump-lines.ts <pdf> [page] */
import { readFileSync } from 'node:fs';
import { readSource } from '../src/ingest/read.ts';
import { readPdf } from '../src/ingest/pdf.ts';
import { pdfToLines } from '../src/layout/pdf-lines.ts';
const path = process.argv[2]!; const page = Number(process.argv[3] ?? 1);
const src = readSource(path, readFileSync(path));
const content = await readPdf(src as any);
for (const l of pdfToLines(content)) if (l.page === page) console.log(l.blank ? '---' : `${l.geometry!.x.toFixed(1)}\t${l.geometry!.y.toFixed(1)}\t${l.geometry!.width.toFixed(1)}\t${l.geometry!.size}\t${l.geometry!.bold ? 'B' : ''}\t${l.text.slice(0, 80)}${l.segments ? '  SEG ' + JSON.stringify(l.segments.map((s) => s.x)) : ''}`);
