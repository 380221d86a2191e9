#!/usr/bin/env node
// Compiles the CLI and the worker process into dist/ (ES modules, one chunk
// per lazily loaded part, npm packages left as imports), so that `osce` runs
// plain JavaScript: no TypeScript loader in the runner or in any worker. Run
// by `prepare`, so the README's `npm ci` builds it. Plain JavaScript itself,
// as it runs before anything is compiled.
//
// The chunks sit in dist/ directly, one level below the project as
// pipeline/ is, so the paths the sources take from import.meta.url
// (../corpus/glossary.tsv, ../package.json, ./child.js) hold in both.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { sourcesDigest } from '../pipeline/sources-digest.js';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
rmSync(dist, { recursive: true, force: true });
// the digest of the sources compiled, which the run cache keys on (pipeline/version.ts)
const sources = sourcesDigest(new URL('..', import.meta.url));
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'pipeline/cli.ts', child: 'pipeline/child-main.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // npm packages are bundled too (one file read instead of hundreds of module files, in every worker),
  // except those that find files of their own beside them or are native
  external: ['better-sqlite3', 'pdf-parse', 'pdfjs-dist', 'dictionary-*', 'esbuild', 'tsx', '@napi-rs/canvas'],
  outdir: 'dist',
  chunkNames: '[name]-[hash]',
  define: { __OSCE_SOURCES__: JSON.stringify(sources) },
  logLevel: 'warning',
});
// the spelling dictionaries, each expanded once into a word list with its rules (pipeline/spellers.ts reads them)
for (const pkg of ['dictionary-ru', 'dictionary-en', 'dictionary-en-gb']) {
  const expanded = spawnSync(process.execPath, [`${root}scripts/expand-dictionary.mjs`, pkg, `${dist}/spelling`], { stdio: 'inherit' });
  if (expanded.status !== 0) process.exit(expanded.status ?? 1);
}
// bin/osce.js runs dist/ only when it is newer than every source (see there)
writeFileSync(`${dist}/BUILT`, `${new Date().toISOString()}\n`);
