import type { Kysely } from 'kysely';
import type { Storage } from 'botbuilder';
import type { Database } from './schema.js';
import type { StoredRequest } from './residents.js';
import type { InsightRecorder } from './insight.js';

export type Engine = 'sqlite' | 'postgres';

/**
 * A Storage that can also hand over and take the stored JSON itself (objects without eTag, overwritten as eTag `*`),
 * so that a turn, which compares its state as JSON anyway, serialises each state once and never re-serialises what it read.
 */
export interface JsonStorage extends Storage {
  readJson(keys: string[]): Promise<Map<string, string>>;
  overwriteJson(items: ReadonlyMap<string, string>): Promise<void>;
}

/** Serialises turns per conversation (across instances on PostgreSQL): one runs when the one before it has ended. */
export interface TurnGate {
  run<T>(conversation: string, turn: () => Promise<T>): Promise<T>;
}

/** Anonymous counters for the operator: never a resident id or text. */
export interface Counters {
  increment(metric: string, label: string, by?: number): Promise<void>;
  list(metric?: string): Promise<{ day: string; metric: string; label: string; count: number }[]>;
  /** Writes the increments counted in memory so far (the store does this every second and on close). */
  flush(): Promise<void>;
}

export interface PurgeResult {
  states: number;
  handovers: number;
  sessions: number;
  audit: number;
}

/** Clients of one PostgreSQL pool right now, as pg counts them. */
export interface PoolClients {
  /** connections open, idle or checked out */
  total: number;
  idle: number;
  /** calls waiting for a connection because every one is checked out and the pool is at its size */
  waiting: number;
}

/** One connection pool of the store, readable at any time (for telemetry). */
export interface StorePool {
  /** `query` runs the statements behind Kysely, `lock` holds the turn locks */
  readonly name: 'query' | 'lock';
  clients(): PoolClients;
}

/** The data layer: one interface over SQLite and PostgreSQL, chosen by config in `index.ts`. */
export interface AppStore {
  readonly engine: Engine;
  readonly db: Kysely<Database>;
  /** botbuilder Storage with real eTag semantics */
  readonly storage: JsonStorage;
  readonly turns: TurnGate;
  readonly counters: Counters;
  /** Anonymous insight counts for the municipality; kept past resident retention, untouched by erase. */
  readonly insight: InsightRecorder;
  /** The PostgreSQL connection pools; none on SQLite, which works on one connection in the process. */
  readonly pools: readonly StorePool[];
  /** Deletes every row about one resident in every table; returns the number of rows removed. */
  eraseResident(resident: string): Promise<number>;
  /** Everything stored about one resident, for "mijn gegevens". */
  describeResident(resident: string): Promise<{ states: number; requests: StoredRequest[] }>;
  purgeExpired(now?: number): Promise<PurgeResult>;
  health(): Promise<{ ok: boolean; engine: Engine }>;
  close(): Promise<void>;
}
