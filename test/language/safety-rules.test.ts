import { expect } from 'chai';
import { detectCrisis } from '../../src/language/safety.js';
import { safetySentences } from '../../src/language/safety-normalize.js';

const level = (text: string) => detectCrisis(text).level;

describe('safety net: language', () => {
  describe('morphology and word order', () => {
    it('reads conjugations, participles and reflexive pronouns', () => {
      expect(level('ik heb mezelf gisteren gesneden')).to.equal('crisis');
      expect(level('ik snijd mij soms')).to.equal('crisis');
      expect(level('I cut myself again last night')).to.equal('crisis');
    });
    it('reads a separable verb split over the sentence', () => {
      expect(level('soms denk ik: ik breng mezelf om')).to.equal('crisis');
    });
    it('reads a te-infinitive', () => {
      expect(level('ik denk erover om mezelf van kant te maken')).to.equal('crisis');
      expect(level('ik heb overwogen mezelf op te hangen')).to.equal('crisis');
    });
    it('reads a dropped final n and repeated letters', () => {
      expect(level('ik wil nie meer leve')).to.equal('crisis');
      expect(level('ik wil doooood')).to.equal('crisis');
    });
  });

  describe('chat and Flemish spelling', () => {
    it('writes out run-together and chat words', () => {
      expect(safetySentences("kwil gwn nie meer, 'k zie da ni zitten")[0]).to.deep.equal(
        ['ik', 'wil', 'gewoon', 'niet', 'meer', ',', 'ik', 'zie', 'dat', 'niet', 'zitten'],
      );
      expect(safetySentences("I can't, don't")[0]).to.deep.equal(['i', 'can', 'not', ',', 'do', 'not']);
      // "'t" glued to a Dutch word is "het", not the English "n't" ("aan't" is no "aa not", which would negate what follows).
      expect(safetySentences("aan't opsparen, isn't it")[0]).to.deep.equal(['aan', 'het', 'opsparen', ',', 'is', 'not', 'it']);
    });
    it('reads words written to slip past a filter: hidden characters, look-alike letters, letters spelt out, stars', () => {
      expect(level('ik wil zelf\u200bmoord plegen')).to.equal('crisis');
      expect(level('ik wil d\u043e\u043ed')).to.equal('crisis');
      expect(level('ik denk aan z e l f m o o r d')).to.equal('crisis');
      expect(level('i want to k.i.l.l myself')).to.equal('crisis');
      expect(level('ik denk aan s*icide')).to.equal('crisis');
      expect(level('ik wil zelfm**rd plegen')).to.equal('crisis');
      // Ordinary chat keeps its words: three single letters with spaces are words of their own, initials stay initials.
      expect(safetySentences('u r a star, sh*t happens').flat()).to.include.members(['are', 'a', 'star', 'sht', 'happens']);
      expect(safetySentences('bel J. A. de Vries a.s.a.p').flat()).to.include.members(['j', 'a', 'de', 'vries', 'asap']);
    });
    it('recognises crisis in chat spelling', () => {
      expect(level('kwil gwn dood')).to.equal('crisis');
      expect(level('k zie het ni meer zitte')).to.equal('crisis');
    });
  });

  describe('negation', () => {
    it('does not fire on a negated wish', () => {
      expect(level('ik wil niet dood hoor')).to.not.equal('crisis');
      expect(level('I would never kill myself')).to.not.equal('crisis');
      expect(level('ik zou mezelf nooit iets aandoen')).to.not.equal('crisis');
    });
    it('fires when the negation is the sign itself', () => {
      expect(level('ik wil niet meer leven')).to.equal('crisis');
      expect(level("I don't want to be alive anymore")).to.equal('crisis');
    });
    it('does not let a negation in another clause block the sign', () => {
      expect(level('ik weet het niet, ik wil dood')).to.equal('crisis');
    });
    it('does not step over a negation inside a phrase of several words', () => {
      expect(level('ik voel me niet slecht')).to.equal('none');
      expect(level('ik voel me slecht')).to.equal('distress');
      expect(level('ik breng mezelf om')).to.equal('crisis');
    });
  });

  describe('someone else', () => {
    it('treats grief about another person as grief, not as the resident in crisis', () => {
      expect(level('mijn opa wilde op het eind niet meer leven')).to.not.equal('crisis');
      expect(level('my grandad did not want to live anymore at the end')).to.not.equal('crisis');
      expect(level('mijn oom heeft zelfmoord gepleegd, lang geleden')).to.not.equal('crisis');
    });
    it('still fires when the resident speaks of themself in the same message', () => {
      expect(level('sinds mijn vrouw overleden is wil ik dood')).to.equal('crisis');
    });
    it('fires on danger from someone else', () => {
      expect(level('mijn vriend slaat me als hij gedronken heeft')).to.equal('crisis');
      expect(level('my husband threatened me with a knife')).to.equal('crisis');
    });
  });

  describe('idioms and ordinary life', () => {
    for (const text of ['ik lach me dood', 'my feet are killing me', 'ik verveel me dood op werk', 'we hebben ze afgemaakt met 3-0', 'I could kill for a coffee']) {
      it(`stays calm on "${text}"`, () => expect(level(text)).to.not.equal('crisis'));
    }
  });

  describe('inside a score answer', () => {
    it('finds crisis words after the score', () => {
      expect(level('een 3 want ik wil er eigenlijk niet meer zijn')).to.equal('crisis');
      expect(level('2. honestly I just want to die')).to.equal('crisis');
    });
  });

  it('names the category from the risk model', () => {
    expect(detectCrisis('ik heb net al mijn pillen ingenomen')).to.deep.equal({ level: 'crisis', category: 'acute' });
    expect(detectCrisis('hij slaat me elke dag')).to.deep.equal({ level: 'crisis', category: 'danger_others' });
    expect(detectCrisis('ik voel me zo eenzaam')).to.deep.equal({ level: 'distress', category: 'lonely' });
  });

  it('reads a very long message in bounded time and still sees what matters at its start', () => {
    const text = `ik wil dood. ${'het weer is mooi en ik ga wandelen. '.repeat(2000)}`;
    expect(level(text)).to.equal('crisis');
  });
});
