#!/usr/bin/env node
/**
 * `npm start`: builds dist/ only when the sources changed (scripts/build.mjs), then runs the compiled server
 * in this same process, so a start pays one Node start-up and no compiler.
 */
import { buildIfChanged } from './build.mjs';

buildIfChanged();
await import('../dist/src/index.js');
