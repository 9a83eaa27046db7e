import { readFileSync } from 'node:fs';
import { benchPicture, benchScoreReading } from '../src/health/bench.js';
import { benchSafety } from '../src/language/bench.js';
import { assessOffline } from '../src/language/index.js';
import { benchMatching } from '../src/socialmap/bench.js';
import { benchSafetyModel } from '../src/language/safetyModelBench.js';

/**
 * The in-process benchmarks, run in a fresh child process so "cold" really is the first picture of a process:
 * the spider-web PNG (cold, warm, cached), matching over 10,000 activities, the safety net and its statistical second
 * opinion per message over the tune corpus, and reading typed scores. Writes one JSON line.
 */
const picture = await benchPicture(20);
const matching = benchMatching(1000);
const corpus = readFileSync(new URL('../test/language/safety/tune.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => String((JSON.parse(line) as { text: unknown }).text));
const safety = benchSafety(corpus, 5);
// What the turn runs: the rules, then the second opinion on the concepts the rules just read.
const safetyNet = benchSafety(corpus, 5, assessOffline);
const safetyModel = benchSafetyModel();
const scores = benchScoreReading(200);
process.stdout.write(`${JSON.stringify({ picture, matching, safety, safetyNet, safetyModel, scores })}\n`);
