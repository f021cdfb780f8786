import { describe, expect, it } from 'vitest';
import { watchTuningFromEnv } from './watch-tuning-env';

describe('watchTuningFromEnv', () => {
  it('lowers the shortest interval only when asked with a whole number of seconds', () => {
    expect(watchTuningFromEnv({ SHORELINE_WATCH_MIN_INTERVAL: '2' })).toEqual({ minIntervalSeconds: 2 });
    expect(watchTuningFromEnv({})).toBeUndefined();
    for (const raw of ['0', '-1', '1.5', 'two', '', '999999']) expect(watchTuningFromEnv({ SHORELINE_WATCH_MIN_INTERVAL: raw })).toBeUndefined();
  });
});
