#!/usr/bin/env node
/**
 * Compares two runs of `osce eval --summary --json` input by input: which
 * inputs scored better, worse or both (F1 of issue 15's target measures),
 * which read their table rows better or worse, and the errors (false
 * positives and negatives) summed over every input but pdfminer's. Inputs
 * held out from rule writing (PDFBox, pdfminer, the compact layout) are
 * marked `H`.
 *
 *   node bin/osce.js eval --summary --json corpus tests/fixtures > before.json
 *   … change, build …
 *   node bin/osce.js eval --summary --json corpus tests/fixtures > after.json
 *   node scripts/compare-evals.mjs before.json after.json
 */
import { readFileSync } from 'node:fs';

const TARGETS = ['headings', 'paragraphs', 'sentences', 'footnotes', 'footnoteRefs'];
const EPS = 1e-9;

const [beforePath, afterPath] = process.argv.slice(2);
if (!beforePath || !afterPath) {
  console.error('usage: node scripts/compare-evals.mjs before.json after.json');
  process.exit(2);
}
const load = (path) => new Map(JSON.parse(readFileSync(path, 'utf8')).map((r) => [r.input, r.scores ?? null]));
const [before, after] = [load(beforePath), load(afterPath)];
const heldOut = (input) => /pdfbox|pdfminer|\.compact\./.test(input);
const f1 = (scores, measure) => scores?.[measure]?.f1 ?? 0;
const errors = (scores, measure) => (scores?.[measure] ? scores[measure].fp + scores[measure].fn : 0);

const counts = { better: 0, worse: 0, mixed: 0 };
const tables = { better: [], worse: [] };
const summed = Object.fromEntries([...TARGETS, 'tables'].map((m) => [m, [0, 0]]));
for (const input of [...new Set([...before.keys(), ...after.keys()])].sort()) {
  const [a, b] = [before.get(input), after.get(input)];
  if (!input.includes('pdfminer')) for (const m of Object.keys(summed)) summed[m] = [summed[m][0] + errors(a, m), summed[m][1] + errors(b, m)];
  const up = TARGETS.filter((m) => f1(b, m) > f1(a, m) + EPS);
  const down = TARGETS.filter((m) => f1(b, m) < f1(a, m) - EPS);
  const mark = heldOut(input) ? 'H' : ' ';
  if (a?.tables && b?.tables && f1(b, 'tables') !== f1(a, 'tables')) {
    tables[f1(b, 'tables') > f1(a, 'tables') ? 'better' : 'worse'].push(`${mark} ${input} ${f1(a, 'tables').toFixed(2)} → ${f1(b, 'tables').toFixed(2)}`);
  }
  if (up.length === 0 && down.length === 0) continue;
  const kind = down.length === 0 ? 'better' : up.length === 0 ? 'worse' : 'mixed';
  counts[kind]++;
  console.log(`${kind.padEnd(6)} ${mark} ${input} ${[...up, ...down].map((m) => `${m} ${f1(a, m).toFixed(2)} → ${f1(b, m).toFixed(2)}`).join(', ')}`);
}
for (const line of tables.worse) console.log(`tables worse  ${line}`);
console.log(`target measures: ${counts.better} better, ${counts.worse} worse, ${counts.mixed} mixed`);
console.log(`table rows: ${tables.better.length} better, ${tables.worse.length} worse`);
console.log(`errors summed, pdfminer left out: ${Object.entries(summed).map(([m, [x, y]]) => `${m} ${x} → ${y}`).join(', ')}`);
