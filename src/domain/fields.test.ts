import { afterEach, describe, expect, it, vi } from 'vitest';
import { optionalPastDate } from './fields';

describe('dates that cannot be in the future', () => {
  afterEach(() => vi.useRealTimers());

  it('take today as the Muscat day, also between midnight and 04:00 in Muscat', () => {
    // 01:30 on 22 November in Muscat is still 21 November in UTC
    vi.useFakeTimers({ now: new Date('2026-11-21T21:30:00Z') });
    expect(optionalPastDate.safeParse('2026-11-22').success).toBe(true);
    expect(optionalPastDate.safeParse('2026-11-23').success).toBe(false);
  });
});
