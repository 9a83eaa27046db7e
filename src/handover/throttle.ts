/**
 * Slows down password guessing from one network address: each wrong attempt waits longer. Kept in memory, as a
 * delay only; what refuses (the per-account lock and the per-address brake) is decided in the database.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly windowMs = 15 * 60 * 1000,
  ) {}

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
