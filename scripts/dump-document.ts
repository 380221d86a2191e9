/** Prints the Document of one input as JSON (a debugging aid): npx tsx scripts/dump-document.ts <file> */
import { readFileSync } from 'node:fs';
import { buildDocument } from '../pipeline/graph.ts';
import { readSource } from '../src/ingest/read.ts';

const path = process.argv[2]!;
process.stdout.write(JSON.stringify(await buildDocument(readSource(path, readFileSync(path)))));
