#!/usr/bin/env node
/**
 * What the workers allocated, from the profiles `OSCE_HEAP_PROF=<dir>` wrote
 * (pipeline/heap-sampling.ts): megabytes by package or file, by function
 * (self) and by call path (a function with its three callers).
 *
 *   node scripts/heap-top.mjs <dir> [rows]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, rowsArg = '25'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/heap-top.mjs <dir written by OSCE_HEAP_PROF> [rows]');
  process.exit(2);
}
const rows = Number(rowsArg);
const byPlace = new Map();
const bySelf = new Map();
const byPath = new Map();
const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
const name = (f) => `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
const place = (f) => (f.url.includes('node_modules/') ? f.url.split('node_modules/')[1].split('/')[0] : f.url.split('/').pop() || `(${f.functionName || 'native'})`);
let total = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.heapprofile'))) {
  const stack = [];
  const walk = (node) => {
    stack.push(name(node.callFrame));
    const size = node.selfSize;
    if (size) {
      total += size;
      add(byPlace, place(node.callFrame), size);
      add(bySelf, stack.at(-1), size);
      add(byPath, stack.slice(-4).reverse().join(' < '), size);
    }
    for (const child of node.children) walk(child);
    stack.pop();
  };
  walk(JSON.parse(readFileSync(join(dir, file), 'utf8')).head);
}
const print = (title, m) => {
  console.log(`\n## ${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${(v / 1e6).toFixed(0).padStart(7)} MB  ${k}`);
};
console.log(`allocated (sampled, collected or not): ${(total / 1e6).toFixed(0)} MB`);
print('by package or file', byPlace);
print('by function', bySelf);
print('by call path', byPath);
