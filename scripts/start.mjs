#!/usr/bin/env node
/**
 * `npm start`: builds dist/ only when the sources changed (scripts/build.mjs), then runs the bundled server
 * in this same process, so a start pays one Node start-up and no compiler.
 */
import { pathToFileURL } from 'node:url';
import { buildIfChanged, SERVER_ENTRY } from './build.mjs';

await buildIfChanged();
await import(pathToFileURL(SERVER_ENTRY).href);
