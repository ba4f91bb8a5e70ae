/**
 * Failed sign-ins per account and per address within a window. Kept in this process's memory: with
 * several server instances each counts on its own, so the effective limit is multiplied by their number.
 */
export class FailedSignIns {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  private recent(key: string, now: number): number[] {
    const times = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (times.length) this.failures.set(key, times);
    else this.failures.delete(key);
    return times;
  }

  /** Seconds until another attempt is allowed, or 0 if one is allowed now. */
  retryAfter(key: string, now = Date.now()): number {
    const times = this.recent(key, now);
    return times.length < this.limit ? 0 : Math.ceil((times[0] + this.windowMs - now) / 1000);
  }

  record(key: string, now = Date.now()): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}
