import type { Kysely } from 'kysely';
import type { Storage } from 'botbuilder';
import type { Database } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

/** Result of running a turn through the gate: either it ran, or it was a repeat delivery and was skipped. */
export type GateResult<T> = { ran: true; value: T } | { ran: false; reason: 'duplicate' };

/** Serialises turns per conversation (across instances on PostgreSQL) and drops activities seen before. */
export interface TurnGate {
  run<T>(conversation: string, activityId: string | undefined, turn: () => Promise<T>): Promise<GateResult<T>>;
}

/** Anonymous counters for the operator: never a resident id or text. */
export interface Counters {
  increment(metric: string, label: string, by?: number): Promise<void>;
  list(metric?: string): Promise<{ day: string; metric: string; label: string; count: number }[]>;
}

export interface PurgeResult {
  states: number;
  handovers: number;
  activities: number;
  sessions: number;
  audit: number;
}

/** The data layer: one interface over SQLite and PostgreSQL, chosen by config in `index.ts`. */
export interface AppStore {
  readonly engine: Engine;
  readonly db: Kysely<Database>;
  /** botbuilder Storage with real eTag semantics */
  readonly storage: Storage;
  readonly turns: TurnGate;
  readonly counters: Counters;
  /** Deletes every row about one resident in every table; returns the number of rows removed. */
  eraseResident(resident: string): Promise<number>;
  /** Everything stored about one resident, for "mijn gegevens". */
  describeResident(resident: string): Promise<{ states: number; handoverReferences: string[] }>;
  purgeExpired(now?: number): Promise<PurgeResult>;
  health(): Promise<{ ok: boolean; engine: Engine; detail?: string }>;
  close(): Promise<void>;
}
