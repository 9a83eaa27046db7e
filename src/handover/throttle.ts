/**
 * Slows down and then refuses password guessing from one network address. Kept in memory: the
 * per-account lock in the database is what holds across instances; this adds a per-address brake.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 30,
    private readonly windowMs = 15 * 60 * 1000,
  ) {}

  /** True when this address made too many wrong attempts in the window and must wait. */
  isBlocked(ip: string, now: number): boolean {
    return this.recent(ip, now).length >= this.maxFailures;
  }

  /** Records a wrong attempt and returns how long to delay the answer: 0.5 s, doubling, at most 8 s. */
  recordFailure(ip: string, now: number): number {
    const recent = this.recent(ip, now);
    recent.push(now);
    this.failures.set(ip, recent);
    if (this.failures.size > 10_000) this.prune(now);
    return Math.min(500 * 2 ** (recent.length - 1), 8000);
  }

  private recent(ip: string, now: number): number[] {
    return (this.failures.get(ip) ?? []).filter((t) => now - t < this.windowMs);
  }

  // Bounds memory under a spray from many addresses.
  private prune(now: number): void {
    for (const [ip, times] of this.failures) {
      const recent = times.filter((t) => now - t < this.windowMs);
      if (recent.length === 0) this.failures.delete(ip);
      else this.failures.set(ip, recent);
    }
  }
}
