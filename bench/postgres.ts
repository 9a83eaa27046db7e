import pg from 'pg';

/** A throw-away database on the server of `DATABASE_URL`, for one benchmark run. */
export interface TempDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates `spinnenweb_bench_<time>` next to the database in `baseUrl`; `drop` removes it (even with open connections). */
export async function createTempDatabase(baseUrl: string): Promise<TempDatabase> {
  const name = `spinnenweb_bench_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
