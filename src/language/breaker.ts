/** Where a circuit breaker stands: 'open' skips the outside service, 'half-open' lets one try through. */
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** consecutive failures after which the breaker opens */
  failureThreshold: number;
  /** how long an open breaker skips the service before one new try */
  coolDownMs: number;
  /** the clock; injectable so tests can pass the cool-down without waiting */
  now: () => number;
}

/**
 * A small circuit breaker: after repeated failures stop calling a slow or broken service for a while,
 * so residents get the fallback at once instead of waiting for every timeout.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | undefined;
  private trialRunning = false;

  constructor(private readonly options: BreakerOptions) {}

  get state(): BreakerState {
    if (this.openedAt === undefined) return 'closed';
    return this.options.now() - this.openedAt >= this.options.coolDownMs ? 'half-open' : 'open';
  }

  /** True when a call may go to the service now; in half-open state only one call at a time. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trialRunning) return false;
    this.trialRunning = true;
    return true;
  }

  /** Call after the service answered well: the breaker closes. */
  recordSuccess(): void {
    this.failures = 0;
    this.openedAt = undefined;
    this.trialRunning = false;
  }

  /** Call after the service failed: a failed half-open try re-opens at once. */
  recordFailure(): void {
    this.failures++;
    if (this.trialRunning || this.failures >= this.options.failureThreshold) this.openedAt = this.options.now();
    this.trialRunning = false;
  }
}

/** How an Azure service's breaker is set up; every field has a default. */
export interface AzureBreakerOptions {
  /** consecutive failures before Azure is skipped; default 3 */
  failureThreshold?: number;
  /** how long Azure is skipped after that; default 30 s */
  coolDownMs?: number;
  /** the clock for the cool-down; tests inject their own */
  now?: () => number;
  /** told the breaker as soon as it exists, so its state can be reported (telemetry) */
  watchBreaker?(breaker: CircuitBreaker): void;
}

/** The breaker of an Azure service: after 3 failures in a row it is skipped for 30 s, unless the options say otherwise. */
export function azureBreaker(options: AzureBreakerOptions): CircuitBreaker {
  const breaker = new CircuitBreaker({
    failureThreshold: options.failureThreshold ?? 3,
    coolDownMs: options.coolDownMs ?? 30_000,
    now: options.now ?? Date.now,
  });
  options.watchBreaker?.(breaker);
  return breaker;
}
