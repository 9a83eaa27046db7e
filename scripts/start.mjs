#!/usr/bin/env node
/**
 * `npm start`: builds dist/ only when the sources changed (scripts/build.mjs), then runs the bundled server
 * in this same process, so a start pays one Node start-up and no compiler. On Node 22 and later, V8's compiled
 * code is kept on disk beside the bundle (dist/.compile-cache, rebuilt with dist/), so a restart skips most of
 * the parsing and compiling of the bundle; Node 20 has no such cache and starts as before.
 */
import module from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfChanged, DIST, SERVER_ENTRY } from './build.mjs';

await buildIfChanged();
module.enableCompileCache?.(join(DIST, '.compile-cache'));
await import(pathToFileURL(SERVER_ENTRY).href);
