import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { LOCALES } from '../../src/content/locales.js';
import { assessOffline } from '../../src/language/index.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { detectCrisis } from '../../src/language/safety.js';
import { CRISIS, DISTRESS, ORDINARY } from './safety-phrases.js';

describe('safety net (detectCrisis)', () => {
  describe('fires on suicidal thoughts, self-harm and danger', () => {
    for (const phrase of CRISIS) {
      it(`crisis: "${phrase}"`, () => expect(detectCrisis(phrase).level).to.equal('crisis'));
    }
  });

  describe('stays quiet on ordinary low moments and idioms', () => {
    for (const phrase of ORDINARY) {
      it(`none: "${phrase}"`, () => expect(detectCrisis(phrase).level).to.equal('none'));
    }
  });

  describe('recognises feeling very low or lonely', () => {
    for (const phrase of DISTRESS) {
      it(`distress: "${phrase}"`, () => expect(detectCrisis(phrase).level).to.equal('distress'));
    }
  });

  it('finds a crisis later in a longer message', () => {
    expect(detectCrisis('Het weer is mooi. Maar eerlijk gezegd zie ik het niet meer zitten.').level).to.equal('crisis');
  });

  it('lets crisis win over distress in one message', () => {
    expect(detectCrisis('Ik voel me zo alleen. Ik wil dood.').level).to.equal('crisis');
  });

  it('answers an empty message with none', () => {
    expect(detectCrisis('').level).to.equal('none');
  });
});

describe('safety net and the bot\'s own buttons', () => {
  // A resident who types a button's title must get what clicking gives, never a crisis answer or De Luisterlijn.
  const titles: string[] = [];
  const collect = (value: unknown, underChoice: boolean): void => {
    if (typeof value === 'string') {
      if (underChoice) titles.push(value);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) collect(inner, underChoice || key === 'choice' || key === 'choices');
    }
  };
  for (const locale of LOCALES) {
    for (const file of readdirSync(join(PROJECT_ROOT, 'prompts', locale)).filter((f) => f.endsWith('.json'))) {
      collect(JSON.parse(readFileSync(join(PROJECT_ROOT, 'prompts', locale, file), 'utf8')), false);
    }
  }

  it('finds button titles in every language', () => expect(titles.length).to.be.greaterThan(40));

  it('reads no button title as crisis or low mood', () => {
    const raised = titles.filter((title) => assessOffline(title.replace(/\{[^}]*\}/g, '')).level !== 'none');
    expect(raised).to.deep.equal([]);
  });
});

describe('safety net and replies typed all through a conversation', () => {
  // What residents type to the bot's own questions instead of clicking: choices, the summary, the erase, scores. A crisis answer
  // here would break off an ordinary conversation (the model learns from such replies; these were written apart from them).
  const replies = [
    'zelfde als de vorige keer', 'same as last week', 'hangt er een beetje van af', 'it depends who it is', 'ik regel het zelf wel hoor',
    'I can sort it out myself', 'ik ga liever niet alleen', 'wil ik liever niet zeggen', "I'd rather not answer that",
    'houd het maar voor u', 'nu niet, later misschien', 'not now, maybe later', 'wie zou het dan zijn?', 'mailen is beter voor mij',
    'liever niet, tenzij het moet', 'Het spijt me, ik snap de vraag niet', 'kan ik mijn vorige antwoord veranderen?', 'is het dan echt weg?', 'is it all gone now?',
    'twee paracetamol genomen, nu een 6', 'Took two paracetamol this morning',
  ];
  for (const reply of replies) {
    it(`no crisis: "${reply}"`, () => expect(assessOffline(reply).level).to.not.equal('crisis'));
  }
});
