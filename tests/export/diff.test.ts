/** The extraction diff matches records by content: one inserted sentence is one addition. */
import { describe, expect, it } from 'vitest';
import { diffStatement, type StatementRecords } from '../../src/export/diff.ts';
import { formatMarkdown, formatTerminal, summarize } from '../../src/export/diff-format.ts';
import { doc } from '../helpers/documents.ts';

const SENTENCES = ['The election was held on 15 January.', 'Turnout was 75 per cent.', 'Seven parties took part.', 'Observers visited 300 polling stations.'];
const run = (sentences: string[]): StatementRecords => ({ docs: [doc('en', true, [['Introduction', sentences]])], alignment: null, flags: [] });

describe('diffStatement', () => {
  it('finds nothing between a run and itself', () => {
    expect(diffStatement('x', run(SENTENCES), run(SENTENCES))).toEqual([]);
  });

  it('shows one inserted sentence as one addition, with the sentence before it as context', () => {
    const after = [...SENTENCES.slice(0, 2), 'Two of them were new.', ...SENTENCES.slice(2)];
    const changes = diffStatement('x', run(SENTENCES), run(after));
    expect(changes).toEqual([{ statementId: 'x', lang: 'en', kind: 'sentence', change: 'added', after: 'Two of them were new.', context: 'after: Turnout was 75 per cent.' }]);
  });

  it('pairs a removed and an added record that are nearly the same as one change', () => {
    const after = SENTENCES.map((s) => s.replace('75 per cent', '57 per cent'));
    const changes = diffStatement('x', run(SENTENCES), run(after));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'sentence', change: 'changed', before: 'Turnout was 75 per cent.', after: 'Turnout was 57 per cent.' });
  });

  it('keeps a removal and an unrelated addition apart', () => {
    const after = [...SENTENCES.slice(0, 3), 'Media coverage was balanced overall.'];
    const kinds = diffStatement('x', run(SENTENCES), run(after)).map((c) => c.change).sort();
    expect(kinds).toEqual(['added', 'removed']);
  });

  it('reports every record of a statement that only one run has', () => {
    const changes = diffStatement('x', null, run(SENTENCES));
    expect(changes.filter((c) => c.kind === 'sentence')).toHaveLength(4);
    expect(changes.every((c) => c.change === 'added')).toBe(true);
    expect(changes.some((c) => c.kind === 'section')).toBe(true);
  });

  it('compares flags by their message and place, not by id', () => {
    const flag = (id: string, text: string) => ({ id, statementId: 'x', kind: 'garbled' as const, severity: 'warning' as const, where: [{ lang: 'en' as const, sentenceId: 's1', text }], message: `odd word ${text}`, evidence: {}, rule: 'garbled/soft-sign-start' });
    const a = { ...run(SENTENCES), flags: [flag('f1', 'Ьа')] };
    const b = { ...run(SENTENCES), flags: [flag('f9', 'Ьа')] };
    expect(diffStatement('x', a, b)).toEqual([]);
    expect(diffStatement('x', a, { ...b, flags: [] })).toMatchObject([{ kind: 'flag', change: 'removed' }]);
  });
});

describe('diff reports', () => {
  const changes = diffStatement('x', run(SENTENCES), run([...SENTENCES, 'A new | closing sentence.']));
  it('count changes per statement, language and kind', () => {
    expect(summarize(changes)).toEqual([{ statementId: 'x', lang: 'en', kind: 'sentence', added: 1, removed: 0, changed: 0 }]);
  });
  it('print a plain terminal report without colour codes when asked', () => {
    const text = formatTerminal(changes, false);
    expect(text).toMatch(/^Summary/);
    expect(text).toContain('+ A new | closing sentence.');
    expect(text).not.toContain('\x1b[');
    expect(formatTerminal(changes, true)).toContain('\x1b[32m');
    expect(formatTerminal([], false)).toBe('No changes.');
  });
  it('write Markdown with the pipe escaped inside a table-safe cell', () => {
    const md = formatMarkdown(changes);
    expect(md).toContain('| x | en | sentence | 1 | 0 | 0 |');
    expect(md).toContain('+ A new \\| closing sentence.');
  });
});
