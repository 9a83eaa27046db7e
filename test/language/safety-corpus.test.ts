import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { detectCrisis } from '../../src/language/safety.js';

/**
 * The safety net measured on the written corpus (test/language/safety/*.jsonl): crisis recall per language,
 * false alarms (ordinary or low-mood messages answered as crisis) and low mood that reaches De Luisterlijn.
 * The rules are tuned on tune.jsonl and dev-tune.jsonl (a second author's messages); test.jsonl and dev-test.jsonl
 * stay unseen: only their figures are read, never their texts.
 */
interface Row {
  text: string;
  lang: 'nl' | 'en';
  label: 'crisis' | 'distress' | 'none';
}

function load(split: 'tune' | 'test' | 'own' | 'own2' | 'dev-tune' | 'dev-test'): Row[] {
  return readFileSync(new URL(`./safety/${split}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
}

function figures(rows: readonly Row[]) {
  const levels = rows.map((r) => ({ r, level: detectCrisis(r.text).level }));
  const crisis = levels.filter(({ r }) => r.label === 'crisis');
  const other = levels.filter(({ r }) => r.label !== 'crisis');
  const distress = levels.filter(({ r }) => r.label === 'distress');
  return {
    recall: crisis.filter(({ level }) => level === 'crisis').length / crisis.length,
    falseAlarms: other.filter(({ level }) => level === 'crisis').length / other.length,
    distressHelped: distress.filter(({ level }) => level !== 'none').length / distress.length,
  };
}

describe('safety net on the corpus', () => {
  describe('tune split (the rules were written against it)', () => {
    const rows = load('tune');
    for (const lang of ['nl', 'en'] as const) {
      it(`finds at least 95 % of the crisis messages in ${lang}`, () => {
        expect(figures(rows.filter((r) => r.lang === lang)).recall).to.be.at.least(0.95);
      });
    }
    it('answers at most 1 % of the other messages as crisis', () => {
      expect(figures(rows).falseAlarms).to.be.at.most(0.01);
    });
    it('points at least 90 % of the low-mood messages to help', () => {
      expect(figures(rows).distressHelped).to.be.at.least(0.9);
    });
  });

  describe('own examples (short, plain wordings written beside the corpus, own.jsonl)', () => {
    const rows = load('own');
    it('finds at least 95 % of the crisis messages and raises no false alarm', () => {
      const f = figures(rows);
      expect(f.recall).to.be.at.least(0.95);
      expect(f.falseAlarms).to.equal(0);
    });
  });

  describe('second author, tune split (dev-tune.jsonl, tuned on after it was first measured)', () => {
    const rows = load('dev-tune');
    for (const lang of ['nl', 'en'] as const) {
      it(`finds at least 97 % of the crisis messages in ${lang}`, () => {
        expect(figures(rows.filter((r) => r.lang === lang)).recall).to.be.at.least(0.97);
      });
    }
    it('answers at most 0.5 % of the other messages as crisis', () => {
      expect(figures(rows).falseAlarms).to.be.at.most(0.005);
    });
    it('points at least 95 % of the low-mood messages to help', () => {
      expect(figures(rows).distressHelped).to.be.at.least(0.95);
    });
  });

  describe('own examples of the wording families added for dev-tune (own2.jsonl, written after the rules)', () => {
    const rows = load('own2');
    it('finds at least 95 % of the crisis messages and raises no false alarm', () => {
      const f = figures(rows);
      expect(f.recall).to.be.at.least(0.95);
      expect(f.falseAlarms).to.equal(0);
    });
  });

  describe('second author, test split (dev-test.jsonl, never looked at)', () => {
    const rows = load('dev-test');
    // Floors just under what the rules reach today; the targets of issue 12 are not reached here either.
    for (const [lang, floor] of [['nl', 0.75], ['en', 0.86]] as const) {
      it(`finds at least ${floor * 100} % of the crisis messages in ${lang}`, () => {
        expect(figures(rows.filter((r) => r.lang === lang)).recall).to.be.at.least(floor);
      });
    }
    it('answers at most 2 % of the other messages as crisis', () => {
      expect(figures(rows).falseAlarms).to.be.at.most(0.02);
    });
    it('points at least 78 % of the low-mood messages to help', () => {
      expect(figures(rows).distressHelped).to.be.at.least(0.78);
    });
  });

  describe('test split (never looked at while tuning)', () => {
    const rows = load('test');
    // Floors just under what the rules reach today, so a change that loses ground fails here.
    for (const [lang, floor] of [['nl', 0.74], ['en', 0.78]] as const) {
      it(`finds at least ${floor * 100} % of the crisis messages in ${lang}`, () => {
        expect(figures(rows.filter((r) => r.lang === lang)).recall).to.be.at.least(floor);
      });
    }
    it('answers at most 2 % of the other messages as crisis', () => {
      expect(figures(rows).falseAlarms).to.be.at.most(0.02);
    });
    it('points at least 84 % of the low-mood messages to help', () => {
      expect(figures(rows).distressHelped).to.be.at.least(0.84);
    });
    // The targets of issue 12; pending until the rules reach them on unseen messages.
    it.skip('reaches 97 % crisis recall per language, at most 1 % false alarms and 90 % low mood helped', () => {
      for (const lang of ['nl', 'en'] as const) expect(figures(rows.filter((r) => r.lang === lang)).recall).to.be.at.least(0.97);
      expect(figures(rows).falseAlarms).to.be.at.most(0.01);
      expect(figures(rows).distressHelped).to.be.at.least(0.9);
    });
  });
});
