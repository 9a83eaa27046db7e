import { watchFile, unwatchFile, type Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { Logger } from '../log.js';
import { parseActivities } from './load.js';
import type { Activity } from './model.js';
import { prepare } from './prepared.js';
import { formatReport } from './problems.js';

function sha256(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** The activities in use, kept up to date with the file without a restart. */
export interface Catalogue {
  /** The activities in use now. The same array is returned until a new, valid file replaces it. */
  current(): readonly Activity[];
  /** Counts up by one each time a new file is taken into use; starts at 1. */
  version(): number;
  /** Reads the file now. Resolves true when it was valid and is now in use (or was unchanged). */
  reload(): Promise<boolean>;
  /** Stops watching the file. */
  close(): void;
}

export interface CatalogueOptions {
  /** How often the file's modification time is checked. Default 2000 ms. */
  intervalMs?: number;
}

/** Thrown when the file cannot be used at start-up; the message holds the full report for the operator. */
export class SocialMapError extends Error {
  override readonly name = 'SocialMapError';
}

/**
 * Loads the activities file and watches it. A valid new version replaces the data in use; an invalid one never
 * does (the log says how many problems, `npm run socialmap -- check <file>` says which).
 * Polling (fs.watchFile) is used because it survives editors that save by renaming and network or container mounts,
 * where fs.watch misses changes.
 */
export async function openCatalogue(file: string, logger: Logger, options: CatalogueOptions = {}): Promise<Catalogue> {
  const firstContent = await readFile(file, 'utf8');
  const first = parseActivities(firstContent);
  if (!first.ok) {
    throw new SocialMapError(`The activities file ${file} has ${first.problems.length} problem(s) and cannot be used:\n${formatReport(first.problems)}`);
  }
  let activities: readonly Activity[] = first.activities;
  let version = 1;
  let digest = sha256(firstContent);
  let running: Promise<boolean> | undefined;
  let again = false;
  prepare(activities);
  logger.info({ activities: activities.length, version }, 'socialmap loaded');

  async function readOnce(): Promise<boolean> {
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (error) {
      logger.warn({ err: error, code: (error as NodeJS.ErrnoException).code }, 'socialmap file unreadable; keeping the activities in use');
      return false;
    }
    const hash = sha256(content);
    if (hash === digest) return true;
    let result: ReturnType<typeof parseActivities>;
    try {
      result = parseActivities(content);
    } catch (error) {
      logger.error({ err: error }, 'socialmap file could not be read as activities; keeping the activities in use');
      return false;
    }
    if (!result.ok) {
      logger.warn({ problems: result.problems.length, version }, 'socialmap file has problems; keeping the activities in use');
      return false;
    }
    digest = hash;
    activities = result.activities;
    version += 1;
    prepare(activities);
    logger.info({ activities: activities.length, version }, 'socialmap replaced');
    return true;
  }

  // One read at a time; a change during a read triggers one more read afterwards.
  function reload(): Promise<boolean> {
    if (running) {
      again = true;
      return running;
    }
    running = readOnce().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        void reload();
      }
    });
    return running;
  }

  const onChange = (now: Stats, before: Stats) => {
    if (now.mtimeMs !== before.mtimeMs || now.size !== before.size) void reload();
  };
  const interval = options.intervalMs ?? 2000;
  watchFile(file, { interval, persistent: false }, onChange);
  // The watcher compares with its own first look at the file: a change saved between the first read and that look would go
  // unseen until the next one, so the file is read once more after the watcher has looked (unchanged content is a no-op).
  const settle = setTimeout(() => void reload(), 2 * interval);
  settle.unref();

  return {
    current: () => activities,
    version: () => version,
    reload,
    close: () => {
      clearTimeout(settle);
      unwatchFile(file, onChange);
    },
  };
}
