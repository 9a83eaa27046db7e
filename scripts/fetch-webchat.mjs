#!/usr/bin/env node
/**
 * Puts the Web Chat browser bundle (botframework-webchat 4.18.1, dist/webchat.js) in vendor/webchat/
 * without installing the package (its full install is about 490 MB; the page needs one 3.9 MB file).
 *
 * Runs from the npm `postinstall` script, so it is plain Node ESM and quick when the file is already there.
 * It trusts nothing it downloads: the tarball must match the npm registry integrity and the extracted
 * file must match its own pinned sha256. Any mismatch stops with a clear message and exit code 1.
 *
 * Usage: node scripts/fetch-webchat.mjs [--target <dir>]   (default: vendor/webchat next to package.json)
 *        node scripts/fetch-webchat.mjs --verify <file>      (only check a file against the pinned hash)
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE = 'botframework-webchat@4.18.1';
/** From `npm view botframework-webchat@4.18.1 dist.integrity`. */
export const TARBALL_INTEGRITY =
  'sha512-7jpEUJ7olT62Xm+8eh7BhhIcXVfU2xD4pZDaeBt8K4XcNy6K/83UGIxE9BFkXmHMZ4hDEVOzs5cre07GWuaXzg==';
/** sha256 of package/dist/webchat.js inside that tarball. */
export const BUNDLE_SHA256 = '0a68ad0a64fc04d621197da10c3eec0f843e16f7d03f6bcbed29b47517cf9bff';

const BUNDLE_IN_TARBALL = 'package/dist/webchat.js';
const LICENSE_IN_TARBALL = 'package/dist/webchat.js.LICENSE.txt';

/** Thrown when a download or a file on disk is not what we pinned. */
export class IntegrityError extends Error {
  name = 'IntegrityError';
}

/** The sha256 of a file, as hex. */
export function sha256File(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** True when the bundle at `path` exists and has the pinned hash. */
export function bundleIsValid(path) {
  return existsSync(path) && sha256File(path) === BUNDLE_SHA256;
}

/** Throws an IntegrityError unless the file at `path` has the pinned bundle hash. */
export function verifyBundle(path) {
  const actual = sha256File(path);
  if (actual !== BUNDLE_SHA256) {
    throw new IntegrityError(
      `${path} has sha256 ${actual}, expected ${BUNDLE_SHA256}. ` +
        'The file was changed or is not Web Chat 4.18.1. Delete it and run `node scripts/fetch-webchat.mjs` again.',
    );
  }
}

/** Throws an IntegrityError unless the tarball matches the pinned npm integrity (sha512, base64). */
export function verifyTarball(path) {
  const actual = `sha512-${createHash('sha512').update(readFileSync(path)).digest('base64')}`;
  if (actual !== TARBALL_INTEGRITY) {
    throw new IntegrityError(
      `The downloaded ${PACKAGE} tarball has integrity ${actual}, expected ${TARBALL_INTEGRITY}. ` +
        'Check the npm registry configured in .npmrc (a mirror may serve a different file).',
    );
  }
}

/**
 * Makes sure `<targetDir>/webchat.js` is the pinned bundle; downloads it with `npm pack` when it is
 * missing or wrong. Returns 'cached', 'fetched' or 'replaced' (a file with a wrong hash was there).
 */
export function ensureWebChat(targetDir) {
  const target = join(targetDir, 'webchat.js');
  const existed = existsSync(target);
  if (existed && bundleIsValid(target)) return 'cached';

  const work = mkdtempSync(join(tmpdir(), 'webchat-'));
  try {
    // npm pack downloads the tarball through npm's configured registry and cache, without installing it.
    execFileSync('npm', ['pack', PACKAGE, '--pack-destination', work, '--silent'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${PACKAGE} produced no tarball in ${work}`);
    verifyTarball(join(work, tarball));

    execFileSync('tar', ['-xzf', join(work, tarball), '-C', work, BUNDLE_IN_TARBALL, LICENSE_IN_TARBALL], { stdio: ['ignore', 'ignore', 'inherit'] });
    const extracted = join(work, BUNDLE_IN_TARBALL);
    verifyBundle(extracted);

    mkdirSync(targetDir, { recursive: true });
    copyFileSync(join(work, LICENSE_IN_TARBALL), join(targetDir, 'webchat.js.LICENSE.txt'));
    // Copy next to the target, then rename: a reader never sees a half-written bundle.
    const partial = `${target}.partial`;
    copyFileSync(extracted, partial);
    renameSync(partial, target);
    return existed ? 'replaced' : 'fetched';
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function argument(argv, name) {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? resolve(argv[i + 1]) : undefined;
}

function parseTarget(argv) {
  return argument(argv, '--target') ?? join(dirname(dirname(fileURLToPath(import.meta.url))), 'vendor', 'webchat');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const targetDir = parseTarget(argv);
  const verifyOnly = argument(argv, '--verify');
  const messages = {
    cached: 'already in place',
    fetched: 'fetched and verified',
    replaced: 'had a wrong hash; replaced by the verified original',
  };
  try {
    if (verifyOnly) {
      verifyBundle(verifyOnly);
      process.stdout.write(`${verifyOnly} is the pinned Web Chat 4.18.1 bundle.\n`);
    } else {
      const result = ensureWebChat(targetDir);
      const out = result === 'replaced' ? process.stderr : process.stdout;
      out.write(`Web Chat bundle ${messages[result]}: ${join(targetDir, 'webchat.js')}\n`);
    }
  } catch (error) {
    process.stderr.write(`\nfetch-webchat: ${error instanceof Error ? error.message : String(error)}\n\n`);
    process.exit(1);
  }
}
