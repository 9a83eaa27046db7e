import { createTempDatabase } from '../support/postgres.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/log.js';
import { openStore, type AppStore, type Engine, type StoreOptions } from '../../src/store/index.js';

/** Admin URL of a PostgreSQL server for tests; each test gets its own database created from it. */
const adminUrl = process.env.TEST_DATABASE_URL;

/** Options a test may change; where the database lives is up to the helper. */
export type StoreOverrides = Partial<Pick<StoreOptions, 'retentionDays' | 'handoverRetentionDays' | 'poolSize' | 'logger'>>;

/** Opens a store on a new, empty database of the engine under test; it is closed and removed after the test. */
export type OpenFreshStore = (overrides?: StoreOverrides) => Promise<AppStore>;

/** The engine a block of tests runs against. */
export interface EngineUnderTest {
  label: string;
  engine: Engine;
  /** false for SQLite `:memory:`, where every open starts empty */
  persistent: boolean;
  /** Where the latest fresh store of this test lives (SQLite file path, or PostgreSQL URL). */
  location(): Pick<StoreOptions, 'databaseUrl' | 'sqlitePath'>;
  /** Opens another store on the database of this test's latest fresh store: a restart, or a second instance. */
  reopen(overrides?: StoreOverrides): Promise<AppStore>;
}

interface FreshDatabase {
  options: Pick<StoreOptions, 'databaseUrl' | 'sqlitePath'>;
  remove(): Promise<void>;
}

interface Target {
  label: string;
  engine: Engine;
  persistent: boolean;
  create(): Promise<FreshDatabase>;
}

const sqliteFile: Target = {
  label: 'SQLite file',
  engine: 'sqlite',
  persistent: true,
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'spinnenweb-store-'));
    return {
      options: { sqlitePath: join(dir, 'nested', 'spinnenweb.db') }, // a missing folder must be created
      remove: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

const sqliteMemory: Target = {
  label: 'SQLite :memory:',
  engine: 'sqlite',
  persistent: false,
  create: async () => ({ options: { sqlitePath: ':memory:' }, remove: async () => undefined }),
};

const postgres: Target = {
  label: 'PostgreSQL',
  engine: 'postgres',
  persistent: true,
  async create() {
    const database = await createTempDatabase(adminUrl!, 'spinnenweb_test');
    return { options: { databaseUrl: database.url, sqlitePath: ':memory:' }, remove: database.drop };
  },
};

const targets: Target[] = adminUrl ? [sqliteFile, sqliteMemory, postgres] : [sqliteFile, sqliteMemory];

if (!adminUrl) {
  // Registered once at the root, so the summary shows clearly that half of the matrix did not run.
  it.skip('PostgreSQL store tests were skipped: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run them');
}

/**
 * Declares `fn`'s tests once per engine: SQLite in a temp file, SQLite in memory, and PostgreSQL when
 * TEST_DATABASE_URL is set (a fresh database per fresh store, dropped afterwards). Every store a test opens is
 * closed after it, and its database removed.
 */
export function forEachEngine(title: string, fn: (openFreshStore: OpenFreshStore, target: EngineUnderTest) => void): void {
  for (const target of targets) {
    describe(`${title} [${target.label}]`, function () {
      const opened: AppStore[] = [];
      const removals: (() => Promise<void>)[] = [];
      let latest: FreshDatabase['options'] | undefined;

      const open = async (where: FreshDatabase['options'], overrides: StoreOverrides = {}) => {
        const store = await openStore({
          poolSize: 5,
          retentionDays: 30,
          handoverRetentionDays: 90,
          logger: createLogger('silent'),
          ...where,
          ...overrides,
        });
        opened.push(store);
        return store;
      };

      const openFreshStore: OpenFreshStore = async (overrides) => {
        const fresh = await target.create();
        removals.push(fresh.remove);
        latest = fresh.options;
        return open(fresh.options, overrides);
      };

      const underTest: EngineUnderTest = {
        label: target.label,
        engine: target.engine,
        persistent: target.persistent,
        location() {
          if (!latest) throw new Error('call openFreshStore() first');
          return latest;
        },
        reopen(overrides) {
          if (!target.persistent) throw new Error(`${target.label} cannot be reopened; check target.persistent first`);
          return open(underTest.location(), overrides);
        },
      };

      afterEach(async function () {
        for (const store of opened.splice(0)) await store.close();
        for (const remove of removals.splice(0)) await remove();
        latest = undefined;
      });

      fn(openFreshStore, underTest);
    });
  }
}
