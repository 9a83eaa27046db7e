/**
 * What the bot tells the operator, as counts and timings without anything personal: no text, no ids, no reference
 * codes. Dialogs and the Bot Framework side only see this port; OpenTelemetry stays behind it (src/telemetry/otel.ts).
 */

/** Everything that is counted, each its own metric. */
export const COUNTED = {
  /** a turn ended in an error (the resident got the "sorry" message) */
  turnError: 'spinnenweb.turn.errors',
  /** /api/messages answered 503: too many turns at once, or stopping */
  busy: 'spinnenweb.http.busy',
  /** the safety net answered with the crisis numbers */
  crisis: 'spinnenweb.safety.crisis',
  /** the safety net answered with a word of support */
  distress: 'spinnenweb.safety.distress',
  checkinFinished: 'spinnenweb.checkins.finished',
  requestCreated: 'spinnenweb.requests.created',
  requestClaimed: 'spinnenweb.requests.claimed',
  /** Azure AI Language failed or was skipped by its breaker; the offline service answered */
  azureFallback: 'spinnenweb.language.fallbacks',
} as const;

export type Counted = keyof typeof COUNTED;

/** Values read when metrics are exported. */
export const GAUGED = {
  /** seconds since the oldest request nobody claimed yet was made; 0 when none waits */
  queueAge: 'spinnenweb.requests.oldest_open_age',
  /** the circuit breaker of an Azure service (`service`), as BREAKER_VALUE; only for the services configured */
  breakerState: 'spinnenweb.azure.breaker.state',
  /** clients of a PostgreSQL pool (`pool`: query, lock) per `state` (total, idle, waiting); SQLite has no pool */
  poolClients: 'spinnenweb.db.pool.clients',
} as const;

export type Gauged = keyof typeof GAUGED;

/** The Azure services that have a circuit breaker, as the `service` attribute. */
export type BreakerService = 'language' | 'content_safety';

/** A breaker's state as a number, so that an alert can say "above 0 for minutes": 0 closed, 1 half-open, 2 open. */
export const BREAKER_VALUE: Readonly<Record<'closed' | 'half-open' | 'open', number>> = { closed: 0, 'half-open': 1, open: 2 };

/** What the pool gauge reports per pool, each its own `state` attribute value. */
export const POOL_STATES: readonly ('total' | 'idle' | 'waiting')[] = ['total', 'idle', 'waiting'];

/** Turns and their duration. */
export const TURNS = 'spinnenweb.turns';
export const TURN_DURATION = 'spinnenweb.turn.duration';

/** How a turn ended. */
export type TurnOutcome = 'ok' | 'error';

/** The only attribute values a metric or span may carry: a few known words, never input as such. */
export type Attributes = Readonly<Record<string, string>>;

export interface Telemetry {
  /** Counts one event; `attributes` hold known words only (see `channelLabel`, `operationLabel`). */
  count(event: Counted, attributes?: Attributes): void;
  /** Reads a value that needs a query each time metrics are exported; `read` gives undefined when it cannot tell. */
  gauge(name: Gauged, read: () => Promise<number | undefined>): void;
  /**
   * Reads a value at hand (no I/O) each time metrics are exported, before any `gauge` starts its query. Called once
   * per set of `attributes` (known words only) of the same gauge.
   */
  observe(name: Gauged, read: () => number, attributes: Attributes): void;
  /** Starts timing a turn on a channel; the returned function ends it with its outcome. */
  startTurn(channelId: string | undefined): (outcome: TurnOutcome) => void;
  /** Sends what is left and stops exporting. */
  shutdown(): Promise<void>;
}

/** Telemetry that records nothing: the default when no exporter is configured. */
export const noTelemetry: Telemetry = {
  count: () => undefined,
  gauge: () => undefined,
  observe: () => undefined,
  startTurn: () => () => undefined,
  shutdown: async () => undefined,
};

/** Channels the bot knows; any other channel id (it comes from the request) is counted as "other". */
const KNOWN_CHANNELS = new Set(['webchat', 'directline', 'facebook', 'emulator', 'msteams', 'test', 'telegram', 'slack', 'sms', 'email']);

/** The channel as a metric attribute: one of a fixed list, so a caller cannot put text or ids into telemetry. */
export function channelLabel(channelId: string | undefined): string {
  return channelId !== undefined && KNOWN_CHANNELS.has(channelId) ? channelId : 'other';
}

/** Language operations as a metric attribute. */
const KNOWN_OPERATIONS = new Set(['sentiment', 'detectLanguage', 'redact']);

export function operationLabel(operation: string): string {
  return KNOWN_OPERATIONS.has(operation) ? operation : 'other';
}
