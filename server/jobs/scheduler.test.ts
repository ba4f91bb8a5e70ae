import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startJobs } from './scheduler';

describe('startJobs', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs a job on its interval, never two runs of it at once, and stops', async () => {
    let runs = 0;
    let finish: () => void = () => undefined;
    const stop = startJobs([{ name: 'slow', intervalMs: 100, run: () => {
          runs += 1;
          return new Promise<void>((resolve) => (finish = resolve));
        } }]);
    await vi.advanceTimersByTimeAsync(350);
    expect(runs).toBe(1); // still running: the later ticks were skipped
    finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toBe(2);
    finish();
    stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(2);
  });

  it('logs a failure and keeps the schedule', async () => {
    const error = vi.fn();
    let runs = 0;
    const stop = startJobs([{ name: 'broken', intervalMs: 50, run: async () => { runs += 1; throw new Error('SMTP down'); } }], { error } as never);
    await vi.advanceTimersByTimeAsync(120);
    stop();
    expect(runs).toBe(2);
    expect(error).toHaveBeenCalledTimes(2);
    expect(error.mock.calls[0][0]).toMatchObject({ job: 'broken', err: expect.objectContaining({ message: 'SMTP down' }) });
  });
});
