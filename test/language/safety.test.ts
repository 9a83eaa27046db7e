import { expect } from 'chai';
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
