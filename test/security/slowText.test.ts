import { expect } from 'chai';
import type { Parts } from '../../src/app.js';
import { MAX_MESSAGE_CHARS } from '../../src/channels/limits.js';
import { loadCommands } from '../../src/content/commands.js';
import { validateEmail, validatePhone } from '../../src/handover/contact.js';
import { parseScore } from '../../src/health/answers.js';
import { detectLanguageOffline } from '../../src/language/detect.js';
import { PII_PATTERNS } from '../../src/language/pii-patterns.js';
import { redactOffline } from '../../src/language/pii.js';
import { detectCrisis } from '../../src/language/safety.js';
import { analyseSentiment } from '../../src/language/sentiment.js';
import { foldText, tokenize } from '../../src/language/text.js';
import { interestsFromText, likedFromText } from '../../src/socialmap/interests.js';
import { Chat, startParts } from '../conversation/harness.js';
import { play } from '../conversation/transcript.js';

/** Hostile texts: each unit repeated to the wanted length. Quadratic regexes show on one of these. */
const KINDS: Record<string, string> = {
  capitals: 'A',
  digits: '7',
  spaces: ' ',
  punctuation: '.,!?-',
  emoji: '😀',
  letters: 'a',
  'digit and space': '1 ',
  alternating: 'aA1 ',
  'capitalised words': 'Ab ',
  'mail-like': 'a.',
};

const SMALL = 10_000;
const LARGE = 60_000;
/** Six times the text may take at most this many times as long: a quadratic pass takes about 36 times. */
const MAX_RATIO = 12;
/** Below this a measurement is noise, not growth. */
const FLOOR_MS = 5;

const make = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** The fastest of a few runs: the machine is shared, so the fastest run is the one that measures the code. */
function fastest(read: (text: string) => unknown, text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    read(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const commands = loadCommands('prompts/commands.json');

const READERS: Record<string, (text: string) => unknown> = {
  'PII redaction': (text) => redactOffline(text, 'nl'),
  ...Object.fromEntries(PII_PATTERNS.map((p, i) => [`PII pattern ${i} (${p.category})`, (text: string) => text.replace(p.pattern, '')])),
  'folding and tokens': (text) => tokenize(foldText(text)),
  sentiment: analyseSentiment,
  'language detection': detectLanguageOffline,
  'score reading': (text) => parseScore(text, 'nl'),
  'phone number': validatePhone,
  'e-mail address': validateEmail,
  interests: (text) => interestsFromText(text, 'nl'),
  'liked interests': (text) => likedFromText(text, 'en'),
  'safety rules': detectCrisis,
  commands: (text) => commands.read(text),
};

describe('security: long hostile text is read in linear time', function () {
  this.timeout(120_000);

  for (const [reader, read] of Object.entries(READERS)) {
    it(`${reader}: 60k characters of each kind take about six times as long as 10k`, () => {
      const slow: string[] = [];
      for (const [kind, unit] of Object.entries(KINDS)) {
        read(make(unit, 1000));
        // A pause of the garbage collector can fall in one measurement: a pass that is really slow is slow twice.
        const measure = () => ({ small: Math.max(fastest(read, make(unit, SMALL)), FLOOR_MS), large: fastest(read, make(unit, LARGE)) });
        let m = measure();
        if (m.large / m.small > MAX_RATIO) m = measure();
        if (m.large / m.small > MAX_RATIO) slow.push(`${kind}: ${m.small.toFixed(1)} ms -> ${m.large.toFixed(1)} ms`);
      }
      expect(slow, `grows faster than linear on`).to.deep.equal([]);
    });
  }

  describe('a whole turn', () => {
    let parts: Parts;
    before(async () => {
      parts = await startParts();
    });
    after(() => parts.close());

    for (const [kind, unit] of Object.entries(KINDS)) {
      it(`answers 60k ${kind} as an answer, says it read only the first part, and goes on`, async () => {
        const chat = new Chat(parts, `long-${kind}`);
        await play(chat, `
          > (open)
          [Ja, beginnen]
          < @questions.body.ask
        `);
        const said = await chat.say(make(unit, LARGE));
        expect(said.keys).to.include('common.tooLong');
        expect(said.activities.length).to.be.greaterThan(1);
        const next = await chat.say('ja');
        expect(next.keys, 'a short message after it').to.not.include('common.tooLong');
        expect(next.activities.length, 'the conversation goes on').to.be.greaterThan(0);
      });
    }

    it('reads a message of exactly the limit without a word about its length', async () => {
      const chat = new Chat(parts, 'at-limit');
      await chat.open();
      const said = await chat.say(make('goed ', MAX_MESSAGE_CHARS));
      expect(said.keys).to.not.include('common.tooLong');
    });

    it('takes about as long for 60k characters as for 10k: the rest is never read', async () => {
      const chat = new Chat(parts, 'turn-growth');
      await play(chat, `
        > (open)
        [Ja, beginnen]
        < @questions.body.ask
      `);
      const time = async (length: number) => {
        let best = Infinity;
        for (let run = 0; run < 3; run++) {
          const start = performance.now();
          await chat.say(make('A', length));
          best = Math.min(best, performance.now() - start);
        }
        return best;
      };
      const small = Math.max(await time(SMALL), FLOOR_MS);
      const large = await time(LARGE);
      expect(large / small).to.be.below(MAX_RATIO);
    });
  });
});
