import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourcesDigest } from '../../pipeline/sources-digest.js';
import { CODE, VERSION } from '../../pipeline/version.ts';

describe('what the run cache keys on', () => {
  it('is the version, the sources and the glossary', () => {
    expect(CODE).toMatch(new RegExp(`^${VERSION.replaceAll('.', '\\.')}\\+[0-9a-f]{16}\\+[0-9a-f]{16}$`));
  });

  it('changes with any source file, and with nothing else', () => {
    const root = mkdtempSync(join(tmpdir(), 'osce-digest-'));
    for (const d of ['src/checks', 'pipeline', 'docs']) mkdirSync(join(root, d), { recursive: true });
    writeFileSync(join(root, 'src/checks/a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'pipeline/run.ts'), 'export {};\n');
    const url = pathToFileURL(`${root}/`);
    const before = sourcesDigest(url);
    writeFileSync(join(root, 'docs/notes.md'), 'not code');
    expect(sourcesDigest(url)).toBe(before);
    writeFileSync(join(root, 'src/checks/a.ts'), 'export const a = 2;\n');
    expect(sourcesDigest(url)).not.toBe(before);
  });
});
