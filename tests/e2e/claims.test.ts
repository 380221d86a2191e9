/** The claims stage against the gold annotation of the bundled statement (corpus/CLAIMS.md). */
import { describe, expect, it } from 'vitest';
import { evaluateClaims } from '../../pipeline/eval.ts';

const ROOT = new URL('../../corpus/kz-2012-parliamentary/', import.meta.url).pathname;

describe.each(evaluateClaims([ROOT]).map((r) => [r.gold.replace(ROOT, ''), r] as const))('%s', (_name, r) => {
  it('claims: precision and recall ≥ 0.95, every kind ≥ 0.9', () => {
    expect(r.scores.claims.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.scores.claims.recall).toBeGreaterThanOrEqual(0.95);
    for (const s of Object.values(r.scores.byKind)) expect(s.f1).toBeGreaterThanOrEqual(0.9);
  });
  it('value, unit and qualifier ≥ 0.95, subject ≥ 0.9', () => {
    expect(r.scores.value.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.scores.unit.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.scores.qualifier.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.scores.subject.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.scores.subject.recall).toBeGreaterThanOrEqual(0.9);
  });
});
