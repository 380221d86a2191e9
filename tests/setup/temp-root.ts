/**
 * Every temporary folder the tests make (inputs, outputs, copies of the
 * corpus: some 60 folders and 70 MB a run) goes under one folder of the run's
 * own, removed when the run ends, so that running the tests again and again
 * does not fill the machine's temporary space. The tests and the CLIs they
 * start find it through TMPDIR, which os.tmpdir() reads. OSCE_KEEP_TEST_TMP=1
 * keeps it, to look at what a failing test wrote.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'osce-tests-'));
  process.env.TMPDIR = root;
  return () => {
    if (process.env.OSCE_KEEP_TEST_TMP) console.log(`test folders kept in ${root}`);
    else rmSync(root, { recursive: true, force: true });
  };
}
