import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startChild, type Child } from './child.js';

/** The project root: bench/ sits directly under it. */
export const ROOT = join(import.meta.dirname, '..');

/** How our server is started: compiled JS from dist/ (as `npm start`), or the TypeScript source through tsx (`npm run dev`). */
export type StartMode = 'tsx' | 'dist';

/**
 * The node flags of `npm start` (`node <flags> scripts/start.mjs` in package.json), so the bench runs the
 * server with the same heap settings as production.
 */
export function startFlags(): string[] {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  const words = (scripts.start ?? '').trim().split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'scripts/start.mjs') throw new Error(`expected "start": "node [flags] scripts/start.mjs" in package.json, got ${JSON.stringify(scripts.start)}`);
  return words.slice(1, -1);
}

/** Builds dist/ when the sources changed, as `npm start` does, so the bench measures the current source. */
export function build(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * Starts the bot exactly as a user does, `npm start`, and counts it ready at
 * the first 200 from /readyz (its build check included). The pid is npm's; stopping signals npm's whole
 * process group, server included.
 */
export function startViaNpm(options: { sqlitePath: string }): Promise<Child> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return startChild(npm, ['start', '--silent'], {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    SQLITE_PATH: options.sqlitePath,
    URL_SECRET: 'bench-url-secret-0123456789abcdefghijklmnop',
    AZURE_LANGUAGE_ENDPOINT: '',
    AZURE_LANGUAGE_KEY: '',
    DATABASE_URL: '',
    HANDOVER_WEBHOOK_URL: '',
  }, { cwd: ROOT, readyPath: '/readyz', group: true });
}

/** What differs between runs of our server. */
export interface OurServerOptions {
  dir: string;
  sqlitePath?: string;
  databaseUrl?: string;
  maxConcurrentTurns: number;
  mode: StartMode;
  /** extra node flags, e.g. --cpu-prof */
  nodeFlags?: string[];
  /** the build folder for mode `dist` (default: dist/ in the project) */
  distDir?: string;
}

/**
 * Starts the real bot as `npm start` runs it once built (`node [flags] dist/index.js`, mode dist) or as `node --import tsx bench/serve.ts`
 * (src/index.ts, mode tsx; the pid is the server itself, not the tsx CLI),
 * with development settings, offline language, quiet logs and its own SQLite file or PostgreSQL database.
 */
export function startOurs(options: OurServerOptions): Promise<Child> {
  const entry = options.mode === 'dist' ? [...startFlags(), join(options.distDir ?? join(ROOT, 'dist'), 'index.js')] : ['--import', 'tsx', join(ROOT, 'bench/serve.ts')];
  const env: Record<string, string> = {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    SQLITE_PATH: options.sqlitePath ?? join(options.dir, 'bench.sqlite'),
    URL_SECRET: 'bench-url-secret-0123456789abcdefghijklmnop',
    MAX_CONCURRENT_TURNS: String(options.maxConcurrentTurns),
    AZURE_LANGUAGE_ENDPOINT: '',
    AZURE_LANGUAGE_KEY: '',
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    DATABASE_URL: options.databaseUrl ?? '',
    HANDOVER_WEBHOOK_URL: '',
  };
  return startChild(process.execPath, [...(options.nodeFlags ?? []), ...entry], env, { cwd: ROOT });
}

/** Starts the baseline echo bot (bench/echo.ts) the same way. */
export function startEcho(): Promise<Child> {
  return startChild(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/echo.ts')], { NODE_ENV: 'development' }, { cwd: ROOT });
}

/** Starts the server the way `npm run dev` does (the tsx CLI), only to time readiness. */
export function startViaTsxCli(dir: string): Promise<Child> {
  return startChild(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'bench/serve.ts')], {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    SQLITE_PATH: join(dir, 'tsx-cli.sqlite'),
    URL_SECRET: 'bench-url-secret-0123456789abcdefghijklmnop',
    DATABASE_URL: '',
  }, { cwd: ROOT });
}
