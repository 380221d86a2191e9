import { describe, expect, it } from 'vitest';
import { timers, type StageTimes } from '../../pipeline/tasks.ts';

describe('stage timers', () => {
  it('count a stage timed inside another for itself only, so the stages add up to the work done', async () => {
    let clock = 0;
    const work = (ms: number): void => void (clock += ms);
    const stages: StageTimes = {};
    const { time, timeAsync } = timers(stages, () => clock);
    await timeAsync('outer', async () => {
      work(20);
      time('inner', () => work(30));
      time('inner', () => time('innermost', () => work(10)));
      work(5);
    });
    expect(stages).toEqual({ outer: 25, inner: 30, innermost: 10 });
  });

  it('keep the time of a stage that throws', () => {
    let clock = 0;
    const stages: StageTimes = {};
    const { time } = timers(stages, () => clock);
    expect(() =>
      time('outer', () => {
        clock += 4;
        time('inner', () => {
          clock += 6;
          throw new Error('bad input');
        });
      }),
    ).toThrow('bad input');
    expect(stages).toEqual({ outer: 4, inner: 6 });
  });
});
