/**
 * Starts the real bot exactly as src/index.ts does. The bench spawns this file rather than src/index.ts so its
 * servers have their own command line: tools on a shared machine that stop "src/index.ts" leave them alone.
 */
import '../src/index.js';
