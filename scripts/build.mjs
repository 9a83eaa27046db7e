#!/usr/bin/env node
/**
 * Compiles src/ and dialogs/ into dist/ only when what the compiler reads has changed since the last build,
 * so `npm start` (its prestart) does not pay a compile on every start, restart or slot swap.
 *
 * The fingerprint is a sha256 over the compiled sources, the tsconfig files, the lock file (compiler and
 * type versions) and the Node major; it is written to dist/.build-hash after a successful build. Prompts,
 * templates and the social map are read at run time, so changing them needs no build.
 *
 * Usage: node scripts/build.mjs            build when needed
 *        node scripts/build.mjs --force    always build (`npm run build`)
 * `npm start` runs scripts/start.mjs, which calls `buildIfChanged` in the server's own process.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.build-hash');
const SOURCE_DIRS = ['src', 'dialogs'];
const FILES = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

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

/** Compiles into dist/ unless dist/ was built from exactly these sources; true when it compiled. */
export function buildIfChanged({ force = false } = {}) {
  const wanted = fingerprint();
  const built = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : '';
  if (!force && built === wanted && existsSync(join(DIST, 'src/index.js'))) return false;
  process.stdout.write('Building dist/ (the sources changed since the last build)\n');
  rmSync(DIST, { recursive: true, force: true });
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
  writeFileSync(STAMP, `${wanted}\n`);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildIfChanged({ force: process.argv.includes('--force') });
