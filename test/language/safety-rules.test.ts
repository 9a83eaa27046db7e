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

  describe('ordinary families beside a crisis word', () => {
    for (const text of [
      'vanaf zaterdag ben ik er niet meer, een weekje naar Texel met de jongens',
      "I'm away from Monday, two weeks in Crete with the girls, not here anymore till then",
      'mijn dochter vindt het fornuis niet veilig meer voor mij, dus nu koken we elektrisch',
      'in die horrorgame moet je je verstoppen voor een clown met een mes',
      'sinds mijn val draag ik een alarmknop om mijn nek',
      "I always wear my late husband's locket around my neck",
      'met mijn kleindochter stond ik bij het spoor naar de treinen te zwaaien',
      'ik ben gestopt met de tennisclub, ik ben er niet meer bij, mijn rug wil niet meer',
      "her sister got dumped and won't stop crying, so we baked cookies",
      "the renovation drags on and I can't see the end of it",
      'ik zie het niet meer zitten met mijn stage',
      'kill me, morgen weer een hoorcollege van drie uur',
      'als ik nog 1 keer dat liedje hoor spring ik van het balkon haha',
      "ik ga 's nachts wel vijf keer kijken of ze nog ademt, de kleine",
    ]) {
      it(`stays calm on "${text}"`, () => expect(level(text)).to.not.equal('crisis'));
    }
    for (const text of [
      'ik draag een ketting, maar vannacht doe ik een touw om mijn nek',
      "my daughter got threatened by her ex and won't stop crying",
      'ik word bedreigd door mijn ex lol',
      "I can't see the end of it, so I want to end it",
      'ik ben er niet meer vanaf zondag, ik heb mijn afscheidsbrief klaar',
      'if i hear that voice again i will do it for real',
    ]) {
      it(`still fires on "${text}"`, () => expect(level(text)).to.equal('crisis'));
    }
  });

  describe('inside a score answer', () => {
    it('finds crisis words after the score', () => {
      expect(level('een 3 want ik wil er eigenlijk niet meer zijn')).to.equal('crisis');
      expect(level('2. honestly I just want to die')).to.equal('crisis');
    });
  });

  describe('young, Flemish, split and voice-typed wordings', () => {
    it('reads stopping to exist, done with living and words said twice', () => {
      expect(level('eigenlijk wil ik gwn ophouden met bestaan')).to.equal('crisis');
      expect(level('ik ben echt klaar met het leven')).to.equal('crisis');
      expect(level('ik wil weg zijn, like gone gone')).to.equal('crisis');
    });
    it('reads a word split in two or a bare decision with "it"', () => {
      expect(level('ik heb het over zelf moord gedachten')).to.equal('crisis');
      expect(level('ik heb besloten. zaterdag doe ik het')).to.equal('crisis');
    });
    it('reads self-harm said among other things', () => {
      expect(level('ik wil echt stoppen met krassen dit jaar')).to.equal('crisis');
      expect(level('mijn arm bloedt nog steeds')).to.equal('crisis');
    });
  });

  describe('English understatement', () => {
    it('reads a wish to die said mildly', () => {
      expect(level("I feel I've overstayed my welcome, to be honest")).to.equal('crisis');
      expect(level("I honestly can't see the point of carrying on")).to.equal('crisis');
      expect(level("Whether I make it to Christmas, I'm past caring. Part of me hopes I won't.")).to.equal('crisis');
      expect(level('Sometimes I list reasons to die in my head')).to.equal('crisis');
    });
  });

  describe('farewell and plans in long messages and score answers', () => {
    it('reads things handed out with a sign that they are no longer needed', () => {
      expect(level('Ik heb mijn horloge aan mijn broer gegeven. Ik heb het niet meer nodig.')).to.equal('crisis');
      expect(level('Purpose in life: zero. Been giving my things away lately.')).to.equal('crisis');
    });
    it('reads a method beside a score or a plan with a date', () => {
      expect(level('mentaal een 2, stond gisteren weer op de brug te staan kijken')).to.equal('crisis');
      expect(level('I am off to the seaside next week and not planning on coming back. The spare key is with my sister.')).to.equal('crisis');
    });
  });

  describe('danger from others, newer wordings', () => {
    it('reads papers taken, being kept in and being lain in wait for', () => {
      expect(level('mijn werkgever heeft mijn paspoort en betaalt me niet')).to.equal('crisis');
      expect(level('he took my phone and says I cannot leave the house, I am scared')).to.equal('crisis');
      expect(level('een paar jongens gaan me opwachten met een mes')).to.equal('crisis');
      expect(level('if I say no he hits me')).to.equal('crisis');
    });
  });

  describe('low mood said plainly', () => {
    it('mentions De Luisterlijn for hardship, exhaustion and plain low mood', () => {
      expect(level('geen werk, geen geld, ik weet het ook niet meer')).to.equal('distress');
      expect(level('ik ben totaal op na deze week')).to.equal('distress');
      expect(level('feeling pretty down this week')).to.equal('distress');
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
