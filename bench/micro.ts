import { benchPicture, benchScoreReading } from '../src/health/bench.js';
import { benchMatching } from '../src/socialmap/bench.js';
import { benchSafetyModel } from '../src/language/safetyModelBench.js';

/**
 * The in-process benchmarks, run in a fresh child process so "cold" really is the first picture of a process:
 * the spider-web PNG (cold, warm, cached), matching over 10,000 activities, the safety net's second opinion per
 * message, and reading typed scores. Writes one JSON line.
 */
const picture = await benchPicture(20);
const matching = benchMatching(1000);
const safetyModel = benchSafetyModel();
const scores = benchScoreReading(200);
process.stdout.write(`${JSON.stringify({ picture, matching, safetyModel, scores })}\n`);
