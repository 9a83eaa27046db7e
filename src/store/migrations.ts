import { Migrator, sql, type ColumnDefinitionBuilder, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './schema.js';
import type { Engine } from './types.js';

/** The table Kysely's Migrator keeps its history in. */
const MIGRATION_TABLE = 'kysely_migration';

/**
 * An auto-numbered primary key. SQLite has no identity columns, PostgreSQL prefers them over serial,
 * so the one column type that differs between the engines is chosen here.
 */
function autoId(engine: Engine) {
  return (c: ColumnDefinitionBuilder) =>
    engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedByDefaultAsIdentity();
}

/**
 * Versioned schema changes, oldest first. Names sort in order; never edit one that has shipped,
 * add a new one. Types are chosen to work on both SQLite and PostgreSQL.
 */
const migrationsFor = (engine: Engine): Record<string, Migration> => ({
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('bot_state')
        .addColumn('key', 'varchar(255)', (c) => c.primaryKey())
        .addColumn('resident', 'varchar(64)')
        .addColumn('etag', 'varchar(64)', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('bot_state_resident').on('bot_state').column('resident').execute();
      await db.schema.createIndex('bot_state_updated').on('bot_state').column('updated_at').execute();

      await db.schema
        .createTable('handled_activity')
        .addColumn('conversation', 'varchar(255)', (c) => c.notNull())
        .addColumn('activity_id', 'varchar(255)', (c) => c.notNull())
        .addColumn('seen_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('handled_activity_pk', ['conversation', 'activity_id'])
        .execute();
      await db.schema.createIndex('handled_activity_seen').on('handled_activity').column('seen_at').execute();

      await db.schema
        .createTable('handover_request')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('reference', 'varchar(16)', (c) => c.notNull().unique())
        .addColumn('resident', 'varchar(64)', (c) => c.notNull())
        .addColumn('organisation', 'varchar(255)', (c) => c.notNull())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('details', 'text', (c) => c.notNull())
        .addColumn('conversation_ref', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('claimed_at', 'bigint')
        .addColumn('claimed_by', 'varchar(64)')
        .addColumn('closed_at', 'bigint')
        .addColumn('outcome', 'varchar(32)')
        .execute();
      await db.schema.createIndex('handover_request_status').on('handover_request').columns(['organisation', 'status', 'created_at']).execute();
      await db.schema.createIndex('handover_request_resident').on('handover_request').column('resident').execute();

      await db.schema
        .createTable('handover_note')
        .addColumn('id', 'integer', autoId(engine))
        .addColumn('request_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('staff_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('handover_note_request').on('handover_note').column('request_id').execute();

      await db.schema
        .createTable('staff_account')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('email', 'varchar(255)', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'varchar(16)', (c) => c.notNull())
        .addColumn('organisation', 'varchar(255)', (c) => c.notNull())
        .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('staff_session')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('staff_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('csrf', 'varchar(64)', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'integer', autoId(engine))
        .addColumn('staff_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('request_id', 'varchar(64)')
        .addColumn('action', 'varchar(64)', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_log_request').on('audit_log').column('request_id').execute();

      await db.schema
        .createTable('anonymous_count')
        .addColumn('day', 'varchar(10)', (c) => c.notNull())
        .addColumn('metric', 'varchar(64)', (c) => c.notNull())
        .addColumn('label', 'varchar(255)', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('anonymous_count_pk', ['day', 'metric', 'label'])
        .execute();
    },
  },
  // A handled activity is now remembered in its conversation's own state row, written with it in one statement.
  '0002_handled_in_state': {
    async up(db: Kysely<unknown>) {
      await db.schema.dropTable('handled_activity').execute();
    },
  },
  // Messages between a welfare worker and the resident, in the resident's conversation, with how each was delivered.
  '0004_worker_messages': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('handover_message')
        .addColumn('id', 'integer', autoId(engine))
        .addColumn('request_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('author', 'varchar(16)', (c) => c.notNull())
        .addColumn('staff_id', 'varchar(64)')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('delivery', 'varchar(16)')
        .execute();
      await db.schema.createIndex('handover_message_request').on('handover_message').columns(['request_id', 'created_at']).execute();
    },
  },
  // Anonymous insight counts for the municipality: no resident key, no text, a month as the finest time.
  '0005_insight': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('insight_count')
        .addColumn('period', 'varchar(7)', (c) => c.notNull())
        .addColumn('metric', 'varchar(32)', (c) => c.notNull())
        .addColumn('subject', 'varchar(64)', (c) => c.notNull())
        .addColumn('band', 'varchar(64)', (c) => c.notNull())
        .addColumn('area', 'varchar(16)', (c) => c.notNull())
        .addColumn('campaign', 'varchar(64)', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('insight_count_pk', ['period', 'metric', 'subject', 'band', 'area', 'campaign'])
        .execute();
    },
  },
});

/** Thrown when the database was migrated by a newer version of the bot than this one. */
export class DatabaseTooNewError extends Error {
  override readonly name = 'DatabaseTooNewError';
}

/**
 * Brings the database to the newest schema. Refuses, with a clear message, a database that already
 * holds migrations this code does not know: it was written by a newer version.
 */
export async function migrateToLatest(db: Kysely<Database>, engine: Engine): Promise<void> {
  const migrations = migrationsFor(engine);
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const known = new Set(Object.keys(migrations));
  const unknown = (await readExecutedNames(db, engine)).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new DatabaseTooNewError(
      `The database has schema version ${unknown.at(-1)}, which this version of spinnenweb does not know. ` +
        'It was used by a newer version: run that version, or restore a backup made before the upgrade.',
    );
  }
  const migrator = new Migrator({ db, provider, migrationTableName: MIGRATION_TABLE });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`Migration failed: ${String(error)}`);
}

/** Migrations already applied; an empty list for a fresh database (found by looking, so real errors surface). */
async function readExecutedNames(db: Kysely<Database>, engine: Engine): Promise<string[]> {
  if (!(await migrationTableExists(db, engine))) return [];
  const result = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(db);
  return result.rows.map((r) => r.name);
}

/** Whether the migration history table exists where unqualified names resolve (search_path on PostgreSQL). */
async function migrationTableExists(db: Kysely<Database>, engine: Engine): Promise<boolean> {
  const result =
    engine === 'postgres'
      ? await sql<{ present: boolean }>`select to_regclass(${MIGRATION_TABLE}) is not null as present`.execute(db)
      : await sql<{ present: number }>`select count(*) as present from sqlite_master where type = 'table' and name = ${MIGRATION_TABLE}`.execute(db);
  return Boolean(result.rows[0]?.present);
}
