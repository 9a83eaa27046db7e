import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../src/paths.js';
import { detectCrisis, type SafetyLevel } from '../../src/language/safety.js';
import { modelLevel, safetyModelScore, SAFETY_MODEL_THRESHOLDS, strongerLevel } from '../../src/language/safetyModel.js';
import { assessOffline } from '../../src/language/index.js';

const Row = z.object({ text: z.string(), lang: z.enum(['nl', 'en']), label: z.enum(['crisis', 'distress', 'none']) });
type Row = z.infer<typeof Row>;

function split(name: 'tune' | 'test'): Row[] {
  return readFileSync(join(PROJECT_ROOT, `test/language/safety/${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => Row.parse(JSON.parse(line)));
}

/** Aggregate figures only: the texts of the test split are never shown, not even on failure. */
function figures(rows: readonly Row[], level: (text: string) => SafetyLevel) {
  const counts = { crisis: 0, crisisFound: 0, none: 0, noneCrisis: 0, noneDistress: 0, distress: 0, distressFound: 0 };
  for (const row of rows) {
    const got = level(row.text);
    if (row.label === 'crisis') {
      counts.crisis++;
      if (got === 'crisis') counts.crisisFound++;
    } else if (row.label === 'none') {
      counts.none++;
      if (got === 'crisis') counts.noneCrisis++;
      if (got === 'distress') counts.noneDistress++;
    } else {
      counts.distress++;
      if (got === 'distress') counts.distressFound++;
    }
  }
  return {
    crisisRecall: counts.crisisFound / counts.crisis,
    falseAlarms: counts.noneCrisis / counts.none,
    noneToDistress: counts.noneDistress / counts.none,
    distressFound: counts.distressFound / counts.distress,
  };
}

const withRules = (text: string) => strongerLevel(detectCrisis(text).level, modelLevel(text));

describe('safety net second opinion (safetyModelScore, modelLevel)', () => {
  it('is retrained to exactly the committed weights by scripts/train-safety-model.ts', function () {
    this.timeout(1_800_000);
    const dir = mkdtempSync(join(tmpdir(), 'safety-model-'));
    try {
      const out = join(dir, 'model.json');
      execFileSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts/train-safety-model.ts'), '--out', out], { cwd: PROJECT_ROOT, stdio: 'ignore' });
      expect(readFileSync(out, 'utf8')).to.equal(readFileSync(join(PROJECT_ROOT, 'src/language/safety-model.json'), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps its thresholds within 1 % false alarms (crisis and low mood) in cross-validation over whole corpora of the tune splits', () => {
    const CrossValidation = z.object({
      crossValidation: z.object({ pooled: z.object({ crisisRecall: z.number(), falseAlarms: z.number(), noneToDistress: z.number(), distressFound: z.number() }) }),
    });
    const { pooled } = CrossValidation.parse(JSON.parse(readFileSync(join(PROJECT_ROOT, 'src/language/safety-model.json'), 'utf8'))).crossValidation;
    expect(pooled.falseAlarms).to.be.at.most(0.01);
    expect(pooled.noneToDistress).to.be.at.most(0.01);
    expect(pooled.crisisRecall).to.be.at.least(0.8);
    expect(pooled.distressFound).to.be.at.least(0.7);
  });

  it('fits the tune split it was trained on', () => {
    const tune = figures(split('tune'), modelLevel);
    expect(tune.crisisRecall).to.be.at.least(0.97);
    expect(tune.falseAlarms).to.be.at.most(0.01);
    expect(tune.noneToDistress).to.be.at.most(0.005);
    expect(tune.distressFound).to.be.at.least(0.98);
  });

  it('reaches the reported figures on the frozen test split, alone and together with the rules', () => {
    const rows = split('test');
    const alone = figures(rows, modelLevel);
    expect(alone.crisisRecall).to.be.at.least(0.9);
    expect(alone.falseAlarms).to.be.at.most(0.011);
    expect(alone.noneToDistress).to.be.at.most(0.039);
    expect(alone.distressFound).to.be.at.least(0.9);
    const rules = figures(rows, (text) => detectCrisis(text).level);
    const both = figures(rows, withRules);
    expect(both.crisisRecall).to.be.at.least(rules.crisisRecall);
    expect(both.crisisRecall).to.be.at.least(alone.crisisRecall);
  });

  it('gives scores between 0 and 1, and the same scores for the same text', () => {
    const text = 'een 3, ik slaap slecht en zie er tegenop om morgen te werken';
    const score = safetyModelScore(text);
    for (const value of [score.crisis, score.distress]) expect(value).to.be.within(0, 1);
    expect(safetyModelScore(text)).to.deep.equal(score);
    expect(SAFETY_MODEL_THRESHOLDS.crisis).to.be.within(0, 1);
  });

  it('says nothing about an empty message or one with only punctuation', () => {
    expect(modelLevel('')).to.equal('none');
    expect(modelLevel(' ?! ... ')).to.equal('none');
    expect(safetyModelScore('')).to.deep.equal({ crisis: 0, distress: 0 });
  });

  it('raises no ordinary reply to the bot to a crisis (replies written apart from the ones it learned from)', () => {
    const replies = [
      'I want to talk to someone', 'ik wil met iemand praten', 'ik wil graag met iemand praten', 'kan ik met iemand praten',
      'I would like to speak to someone', 'can I talk to a person', 'hoe staat het met mijn aanvraag', 'ik wil mijn gegevens wissen',
      'ik wil graag iets in de buurt doen', 'ik zou graag willen wandelen', 'ik wil beter slapen', 'ik wil meer bewegen',
      'I want to sleep better', 'I would like to meet people', 'I want to do something fun', 'ik voel me best goed vandaag',
      'een 7 want het gaat wel', 'een 5, gaat op en neer', 'het gaat prima met me', 'ik heb het druk met werk',
      'I do not really know', 'ik weet het niet zo goed', 'ik wil hier over praten', 'I want to talk about this',
      'mijn rug doet pijn al weken', 'ik slaap de laatste tijd slecht', 'ik mis mijn vrouw wel', 'kan je me bellen morgen',
      'bel me maar na vijf uur', 'stuur het maar per mail', 'I feel a bit lonely sometimes', 'ik wil stoppen met roken',
      'I want to quit my job', 'ik ben het zat met mijn buren', 'ik ben heel moe de laatste tijd', 'I want to stop now please',
      'nee dank je wel hoor', 'ja dat is goed hoor',
    ];
    const levels = replies.map(modelLevel);
    expect(replies.filter((_, i) => levels[i] === 'crisis')).to.deep.equal([]);
    // Low mood is raised for a few ("I feel a bit lonely sometimes" rightly); the report names the figure.
    expect(levels.filter((level) => level === 'distress').length).to.be.at.most(5);
  });

  it('leaves short answers to the rules: a score, "no", "weet ik niet" raise nothing', () => {
    for (const text of ['een 3', 'een 2', 'no', 'nee', 'weet ik niet', 'niet zo goed', 'not great', 'hallo', 'I do not']) {
      expect(modelLevel(text), text).to.equal('none');
      expect(safetyModelScore(text), text).to.deep.equal({ crisis: 0, distress: 0 });
    }
  });

  it('mentions no listening line for a short answer that says it is not going badly; a crisis or a low mood beside it stays', () => {
    const notBad = ['het gaat niet slecht', 'slecht gaat het niet', 'ik voel me niet slecht', "'t gaat ni slecht", 'het gaat niet onaardig',
      "I don't feel too bad", 'not doing too badly', 'valt wel mee hoor', "can't complain really"];
    expect(notBad.filter((text) => assessOffline(text).level !== 'none')).to.deep.equal([]);
    expect(assessOffline('niet slecht, maar eigenlijk wil ik niet meer leven').level).to.equal('crisis');
    expect(assessOffline('het gaat niet slecht, maar ik huil de hele dag en zie niemand').level).to.equal('distress');
  });

  it('reads a very long message only up to its bound, and still answers', () => {
    const long = 'vandaag was een gewone dag met boodschappen en koffie. '.repeat(2000);
    expect(safetyModelScore(long)).to.deep.equal(safetyModelScore(long.slice(0, 2000)));
  });

  it('can only raise the level of the rules, never lower it', () => {
    const levels: SafetyLevel[] = ['none', 'distress', 'crisis'];
    for (const rules of levels) {
      for (const model of levels) {
        const combined = strongerLevel(rules, model);
        expect(levels.indexOf(combined)).to.equal(Math.max(levels.indexOf(rules), levels.indexOf(model)));
      }
    }
  });
});
