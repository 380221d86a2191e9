/**
 * The inputs of a run: the files named, and the .txt and .pdf files in the
 * folders named. Kept apart from the runner, which loads much more: the
 * command line counts the inputs to start the workers before the runner loads.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** Extensions the runner picks up inside folders; a file named on the command line is always tried. */
export const INPUT_EXTENSIONS = new Set(['.txt', '.pdf']);

export async function collectInputs(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const visit = async (path: string, named: boolean): Promise<void> => {
    let st;
    try {
      st = await stat(path);
    } catch {
      out.push(path); // reported as a failed input by the runner
      return;
    }
    if (st.isDirectory()) {
      for (const name of (await readdir(path)).sort()) {
        if (!name.startsWith('.')) await visit(join(path, name), false);
      }
    } else if (named || INPUT_EXTENSIONS.has(extname(path).toLowerCase())) {
      out.push(path);
    }
  };
  for (const p of paths) await visit(p, true);
  return [...new Set(out)];
}
