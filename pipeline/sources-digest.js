// A digest of the TypeScript sources under the project's src/ and pipeline/, by path and content:
// what the run cache keys on besides the version (pipeline/version.ts). Plain JavaScript, so that
// scripts/build.mjs fixes it in dist/ at build and the sources compute it alike under tsx.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';

/** @param {URL} root the project folder */
export function sourcesDigest(root) {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const e of readdirSync(new URL(dir, root), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = `${dir}${e.name}`;
      if (e.isDirectory()) walk(`${path}/`);
      else if (e.name.endsWith('.ts')) hash.update(`${path}\n`).update(readFileSync(new URL(path, root)));
    }
  };
  walk('src/');
  walk('pipeline/');
  return hash.digest('hex').slice(0, 16);
}
