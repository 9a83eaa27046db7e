import { join } from 'node:path';
import { startChild, type Child } from './child.js';

/** The project root: bench/ sits directly under it. */
export const ROOT = join(import.meta.dirname, '..');

/** How our server is started: through tsx (as `npm start`), or compiled JS from dist/ when it was built. */
export type StartMode = 'tsx' | 'dist';

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
 * Starts the real bot as `node --import tsx bench/serve.ts` (src/index.ts; the pid is the server itself, not the tsx CLI),
 * with development settings, offline language, quiet logs and its own SQLite file or PostgreSQL database.
 */
export function startOurs(options: OurServerOptions): Promise<Child> {
  const entry = options.mode === 'dist' ? [join(options.distDir ?? join(ROOT, 'dist'), 'src/index.js')] : ['--import', 'tsx', join(ROOT, 'bench/serve.ts')];
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

/** Starts the server the way `npm start` does (the tsx CLI), only to time readiness. */
export function startViaTsxCli(dir: string): Promise<Child> {
  return startChild(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'bench/serve.ts')], {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    SQLITE_PATH: join(dir, 'tsx-cli.sqlite'),
    URL_SECRET: 'bench-url-secret-0123456789abcdefghijklmnop',
    DATABASE_URL: '',
  }, { cwd: ROOT });
}
