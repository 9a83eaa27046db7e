import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A throw-away PostgreSQL database for one test or benchmark run. */
export interface TempDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Runs one statement on the server of `adminUrl`; the identifiers come from our own random names only. */
async function run(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates `<prefix>_<random hex>` next to the database of `adminUrl`; `drop` removes it, even with open connections. */
export async function createTempDatabase(adminUrl: string, prefix: string): Promise<TempDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await run(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(adminUrl, `drop database if exists ${name} with (force)`) };
}

/**
 * Creates schema `<prefix>_<random hex>` inside the database of `url`, with a URL whose connections work in it, for a
 * server where a test may use that one database only; `drop` removes the schema and everything in it.
 */
export async function createTempSchema(url: string, prefix: string): Promise<TempDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await run(url, `create schema ${name}`);
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${name}`);
  return { url: scoped.toString(), drop: () => run(url, `drop schema if exists ${name} cascade`) };
}
