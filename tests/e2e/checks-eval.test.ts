/**
 * The checks against planted defects: in manuscripts (a few seeds of every
 * form of every kind, with harmless changes beside them) and in rendered PDFs
 * through the whole pipeline. The full figures come from `osce eval --checks`
 * (20 seeds) and `osce eval --checks --pdf`; these hold a floor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TermBase } from '../../src/align/terms.ts';
import { spawn } from 'node:child_process';
import { MUTATIONS, runPdfMutationCases, type CheckEvalRow } from '../../pipeline/eval-checks.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const TERMS = TermBase.fromTsv(readFileSync(join(ROOT, 'corpus/glossary.tsv'), 'utf8'));
const DIR = join(ROOT, 'corpus/kz-2012-parliamentary');

describe('checks on planted defects', () => {
  it('in manuscripts: recall and precision of at least 7 in 8 for every kind', async () => {
    // through the CLI, in processes of their own: a long synchronous run here would starve the test runner's RPC
    const evalRows = (args: string[]) =>
      new Promise<CheckEvalRow[]>((resolve, reject) => {
        const child = spawn(process.execPath, [join(ROOT, 'bin/osce.js'), 'eval', '--checks', ...args, '--json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
        let text = '';
        child.stdout.on('data', (d) => (text += d));
        child.on('close', (code) => (code === 0 ? resolve(JSON.parse(text) as CheckEvalRow[]) : reject(new Error(`osce eval --checks exited with ${code}`))));
      });
    // meaning errors are planted in five forms, three flagged as meaning-mismatch and two (a term's number and form)
    // as term-inconsistency: they are held together, as issue 18 counts them, over 10 seeds (18 cases)
    const others = MUTATIONS.filter((k) => k !== 'meaning');
    const [rest, meaning] = await Promise.all([evalRows(['--seeds', '4', '--kinds', others.join(',')]), evalRows(['--seeds', '10', '--kinds', 'meaning'])]);
    // spelling is info, and 4 seeds give it 4 cases: its figures are the full eval's
    const rows = rest.filter((r) => r.kind !== 'spelling');
    for (const r of rows) {
      expect(r.recall, `${r.kind} recall\n${r.details.join('\n')}`).toBeGreaterThanOrEqual(0.875);
      expect(r.precision, `${r.kind} precision\n${r.details.join('\n')}`).toBeGreaterThanOrEqual(0.875);
    }
    const sum = (k: 'planted' | 'found' | 'falseAlarms') => meaning.reduce((n, r) => n + r[k], 0);
    const details = meaning.flatMap((r) => r.details).join('\n');
    expect(sum('found') / sum('planted'), `meaning recall\n${details}`).toBeGreaterThanOrEqual(0.875);
    expect(sum('found') / (sum('found') + sum('falseAlarms')), `meaning precision\n${details}`).toBeGreaterThanOrEqual(0.875);
    expect([...new Set([...rows, ...meaning].map((r) => r.kind))].sort()).toEqual(['addition', 'date-mismatch', 'footnote-mismatch', 'garbled', 'meaning-mismatch', 'number-mismatch', 'omission', 'term-inconsistency', 'untranslated', 'url-mismatch']);
  }, 900_000);

  it('in rendered PDFs through the whole pipeline: every planted defect found but one known miss, no false alarm', async () => {
    const outcomes = await runPdfMutationCases(join(ROOT, 'tests/fixtures/mutations'), DIR, TERMS, {});
    expect(outcomes.length).toBeGreaterThanOrEqual(24);
    const missed = outcomes.filter((o) => !o.found).map((o) => o.planted?.place);
    // a party swapped for an NGO where the English names parties once ("Party observers") and the translation twice:
    // the translation still names a party, so no class member of the original is missing (README, Meaning flags)
    expect(missed).toEqual(['meaning-concept-ru-2']);
    expect(outcomes.flatMap((o) => o.falseAlarms.map((f) => f.detail))).toEqual([]);
  }, 900_000);
});
