import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { loadPrompts, PromptsError } from '../../src/content/prompts.js';
import { loadQuestionSet } from '../../src/content/questions.js';
import { normalise } from '../../src/content/commands.js';
import { LOCALES, type Locale } from '../../src/health/dimensions.js';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { fleschDouma, sentences } from './readability.js';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const prompts = loadPrompts('prompts');
const stigma = JSON.parse(readFileSync('prompts/stigma.json', 'utf8')) as Record<'nl' | 'en', string[]>;
const MAX_WORDS = 15;
const MIN_FLESCH = 60;
/** Button labels and names (a few words) are too short for a readability score; they are checked for length instead. */
const MIN_WORDS_FOR_SCORE = 4;
const MAX_BUTTON = 20;

describe('prompts: every sentence the bot says', () => {
  it('has the same keys in Dutch and English', () => {
    expect(prompts.keys('en')).to.deep.equal(prompts.keys('nl'));
    expect(prompts.keys('nl').length).to.be.greaterThan(150);
  });

  it('refuses to start when a key is missing in one language, and names the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prompts-'));
    for (const locale of LOCALES) mkdirSync(join(dir, locale));
    writeFileSync(join(dir, 'nl', 'demo.json'), JSON.stringify({ hello: 'Hallo', bye: 'Dag' }));
    writeFileSync(join(dir, 'en', 'demo.json'), JSON.stringify({ hello: 'Hello' }));
    expect(() => loadPrompts(dir)).to.throw(PromptsError, /"demo\.bye" is missing in en/);
  });

  it('refuses a placeholder that only one language uses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prompts-'));
    for (const locale of LOCALES) mkdirSync(join(dir, locale));
    writeFileSync(join(dir, 'nl', 'demo.json'), JSON.stringify({ hello: 'Hallo {name}' }));
    writeFileSync(join(dir, 'en', 'demo.json'), JSON.stringify({ hello: 'Hello' }));
    expect(() => loadPrompts(dir)).to.throw(PromptsError, /demo\.hello/);
  });

  it('speaks in plural forms and writes numbers the way each language does', () => {
    expect(prompts.t('nl', 'handover.expectation', { days: 1 })).to.include('binnen 1 werkdag contact');
    expect(prompts.t('nl', 'handover.expectation', { days: 3 })).to.include('binnen 3 werkdagen contact');
    expect(prompts.t('en', 'handover.expectation', { days: 1 })).to.include('within 1 working day.');
    expect(prompts.t('nl', 'checkin.confirm', { score: 7.5 })).to.include('7,5');
    expect(prompts.t('en', 'checkin.confirm', { score: 7.5 })).to.include('7.5');
  });

  it('refuses a message that is not valid, and names it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prompts-'));
    for (const locale of LOCALES) {
      mkdirSync(join(dir, locale));
      writeFileSync(join(dir, locale, 'demo.json'), JSON.stringify({ days: 'Nog {days, plural, one {# dag}' }));
    }
    expect(() => loadPrompts(dir)).to.throw(PromptsError, /demo\.days/);
  });

  it('fills in placeholders and refuses a missing value', () => {
    expect(prompts.t('nl', 'welcome.greeting', { org: 'Welzijn Oost' })).to.include('Welzijn Oost');
    expect(() => prompts.t('nl', 'welcome.greeting')).to.throw(/\{org\}/);
  });

  describe('Dutch at B1', () => {
    const scores: number[] = [];
    for (const key of prompts.keys('nl')) {
      const text = readable('nl', key);
      it(`${key}: short sentences and easy words`, () => {
        for (const sentence of sentences(text)) {
          expect(sentence.length, `"${sentence.join(' ')}" has ${sentence.length} words`).to.be.at.most(MAX_WORDS);
        }
        if (sentences(text).flat().length < MIN_WORDS_FOR_SCORE) return;
        const score = fleschDouma(text);
        scores.push(score);
        expect(score, `Flesch-Douma ${score.toFixed(0)} for "${text}"`).to.be.at.least(MIN_FLESCH);
      });
    }
    after(() => {
      const average = scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length);
      process.stdout.write(`      Flesch-Douma over ${scores.length} Dutch prompts: average ${average.toFixed(1)}, lowest ${Math.min(...scores).toFixed(1)}\n`);
    });
  });

  for (const locale of LOCALES) {
    it(`never uses a stigmatising word (${locale})`, () => {
      const found: string[] = [];
      for (const key of prompts.keys(locale)) {
        const text = ` ${normalise(readRaw(locale, key))} ${normalise(readable(locale, key))}`;
        for (const word of stigma[locale]) if (text.includes(` ${normalise(word)}`)) found.push(`${key}: "${word}"`);
      }
      expect(found).to.deep.equal([]);
    });
  }

  it('the stigma check would catch a labelling word', () => {
    const text = ` ${normalise('Hulp bij schulden voor minima')}`;
    expect(stigma.nl.filter((w) => text.includes(` ${normalise(w)}`))).to.include.members(['schulden', 'minima']);
  });

  for (const locale of LOCALES) {
    it(`button titles fit on a Messenger quick reply (${locale})`, () => {
      const long = prompts.keys(locale)
        .filter((key) => key.includes('.choice.') || key.startsWith('dimensions.'))
        .map((key) => [key, prompts.t(locale, key)] as const)
        .filter(([, title]) => title.length > MAX_BUTTON);
      expect(long).to.deep.equal([]);
    });
  }

  it('every question of both question sets has a question and an explanation in both languages', () => {
    expect(loadQuestionSet('prompts/questions.json', prompts, 'standard').questions).to.have.length(6);
    expect(loadQuestionSet('prompts/questions.json', prompts, 'extended').questions.length).to.be.greaterThan(6);
  });

  it('says plainly that it is a computer program, in both languages', () => {
    expect(prompts.t('nl', 'welcome.greeting', { org: 'X' })).to.match(/chatbot.*computerprogramma, geen mens/);
    expect(prompts.t('en', 'welcome.greeting', { org: 'X' })).to.match(/chatbot.*computer program, not a person/);
  });
});

/** The raw text of a prompt, placeholders left in. */
function readRaw(locale: Locale, key: string): string {
  const [file, ...path] = key.split('.');
  let node: unknown = JSON.parse(readFileSync(`prompts/${locale}/${file}.json`, 'utf8'));
  for (const part of path) node = (node as Record<string, unknown>)[part];
  return String(node);
}

/**
 * A prompt as a resident reads it, with plausible values: a name for a text, 2 for a number (so a plural reads in
 * its "other" form) and today for a date. Readability and stigma are checked on this, not on the message syntax.
 */
function readable(locale: Locale, key: string): string {
  const vars: Record<string, string | number | Date> = {};
  const visit = (elements: readonly MessageFormatElement[]): void => {
    for (const e of elements) {
      if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
      if (e.type === TYPE.tag) {
        visit(e.children);
        continue;
      }
      vars[e.value] = e.type === TYPE.plural || e.type === TYPE.number ? 2 : e.type === TYPE.date || e.type === TYPE.time ? new Date() : 'Anja';
      if (e.type === TYPE.plural || e.type === TYPE.select) for (const option of Object.values(e.options)) visit(option.value);
    }
  };
  visit(parse(readRaw(locale, key)));
  return prompts.t(locale, key, vars);
}
