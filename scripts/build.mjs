#!/usr/bin/env node
/**
 * Builds the server into dist/ only when what the build reads has changed since the last build, so `npm start`
 * does not pay a build on every start, restart or slot swap.
 *
 * The build is one esbuild bundle (dist/index.js, plus the checkpoint worker and the lazily loaded Azure and
 * telemetry parts as chunks beside it). Starting from one file instead of about 1,400 modules halves the time
 * until the server is ready: most of a start was Node finding, reading and linking module files. Native
 * modules (better-sqlite3, resvg) stay in node_modules. Type checking is `npm test`'s job, not the start's.
 *
 * The fingerprint is a sha256 over the sources, the tsconfig files, this script, the lock file (esbuild and
 * library versions) and the Node major; it is written to dist/.build-hash after a successful build. Prompts,
 * templates and the social map are read at run time, so changing them needs no build.
 *
 * Usage: node scripts/build.mjs            build when needed
 *        node scripts/build.mjs --force    always build (`npm run build`)
 * `npm start` runs scripts/start.mjs, which calls `buildIfChanged` in the server's own process.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.build-hash');
const SOURCE_DIRS = ['src', 'dialogs'];
const FILES = ['tsconfig.json', 'package-lock.json', 'scripts/build.mjs'];
/** The server and the worker thread it starts; both land flat in dist/, so the worker sits beside the code that starts it. */
const ENTRY_POINTS = ['src/index.ts', 'src/store/checkpointWorker.ts'];
/** Packages with native parts or optional native add-ons: loaded from node_modules as they are. */
const EXTERNAL = ['better-sqlite3', '@resvg/resvg-js', 'pg-native', 'dtrace-provider'];

/** Every file under `dir`, sorted, so the fingerprint does not depend on the order the file system lists them. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The fingerprint of everything the compiler reads for dist/. */
export function fingerprint() {
  const hash = createHash('sha256');
  hash.update(`node ${process.versions.node.split('.')[0]}\n`);
  for (const file of [...SOURCE_DIRS.flatMap((dir) => filesUnder(join(ROOT, dir))), ...FILES.map((f) => join(ROOT, f))]) {
    if (!existsSync(file)) continue;
    hash.update(`${relative(ROOT, file)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** The server's entry file once built. */
export const SERVER_ENTRY = join(DIST, 'index.js');

/** Bundles into dist/ unless dist/ was built from exactly these sources; true when it built. */
export async function buildIfChanged({ force = false } = {}) {
  const wanted = fingerprint();
  const built = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : '';
  if (!force && built === wanted && existsSync(SERVER_ENTRY)) return false;
  process.stdout.write('Building dist/ (the sources changed since the last build)\n');
  rmSync(DIST, { recursive: true, force: true });
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRY_POINTS,
    outdir: DIST,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    external: EXTERNAL,
    // The bundled CommonJS libraries call require() for Node's own modules; an ES module has none of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning',
  });
  writeFileSync(STAMP, `${wanted}\n`);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildIfChanged({ force: process.argv.includes('--force') });
