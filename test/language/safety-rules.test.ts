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
    for (const text of ['ik lach me dood', 'my feet are killing me', 'ik verveel me dood op werk', 'we hebben ze afgemaakt met 3-0', 'I could kill for a coffee',
      'Ik help mijn tante, ze steekt 5 vingers op', 'hij stak een sigaretje op', 'ze steekt een kaarsje aan voor opa']) {
      it(`stays calm on "${text}"`, () => expect(level(text)).to.not.equal('crisis'));
    }
    it('still reads stabbing beside a separable "steken"', () => {
      expect(level('Hij stak zijn hand op. Toen stak hij me met een mes.')).to.equal('crisis');
      expect(level('ze steekt me met een schaar')).to.equal('crisis');
    });
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

describe('safety net: ordinary life in dark words, seventh round (ca, cb, cc)', () => {
  const calm = (text: string) => expect(level(text), text).to.not.equal('crisis');
  const crisis = (text: string) => expect(level(text), text).to.equal('crisis');

  it('masks daily life said with dark words: sick leave, a pounding heart, through the roof, a glass of water, spring, typos', () => {
    calm('Took sick leave today, my boss was fine with it.');
    calm('Ik word wakker met een bonkend hart en denk dat ik flauw val.');
    calm('My stress is through the roof, exams next week and I can\'t sleep thinking about it.');
    calm('Ik neem mijn pillen elke ochtend met een glas water, een voor de bloeddruk.');
    calm('This spring we redid the garden, I\'m ready for summer.');
    calm('sorry for my english, I\'m in the bus. all ok this week');
    calm('Onze wasmachine is overleden, rust in vrede ouwe trouwe.');
    crisis('I\'ve taken all my pills and I feel sick and dizzy now.');
    crisis('Ik heb alle pillen klaargelegd met een glas water, vanavond neem ik ze allemaal in.');
    crisis('I\'m on the 10th floor balcony, I\'m ready to jump.');
  });

  it('reads a trial of therapy, biting someone in a temper and a person who cannot be left alone as no crisis', () => {
    calm('The GP wants me to try talking therapy first, the waiting list is long.');
    calm('Stopped vaping, I want to bite people\'s heads off.');
    calm('We kunnen opa niet meer alleen laten, het verpleeghuis heeft een wachtlijst. Ik zit klem.');
    crisis('I tried to kill myself last summer with pills.');
    crisis('I want to bite myself until it bleeds again.');
    crisis('Ik kan niet meer, ik zit klem, ik zie geen uitweg meer.');
  });

  it('reads a rope for a flag, a hanging basket, bikes or a swing as no method', () => {
    calm('Ik heb een nieuw touw gekocht om de vlag op te hangen met Koningsdag.');
    calm('Vandaag de hangplant bij de deur opgehangen aan een stevig touw.');
    calm('Bought a new cord to hang the hanging baskets by the front door.');
    calm('Ik heb een touw aan de boom gehangen voor een schommel voor de kinderen.');
    crisis('Ik heb een touw in de schuur gehangen, aan de balk, voor vannacht.');
    crisis('There\'s a rope in the shed and I keep thinking about using it on myself.');
  });

  it('reads goodbyes at school, work and to old things, and moves for ordinary reasons, as no farewell', () => {
    calm('Vandaag mijn laatste schooldag, iedereen gedag gezegd, nu eerst vakantie!');
    calm('last day at the shop, said bye to everyone, next week i start at the hospital');
    calm('Said goodbye to the old car today, off to the scrapyard after 15 years of faithful service.');
    calm('Afscheid genomen van de buurvrouwen, want ik ga bij mijn zoon in Drenthe wonen.');
    calm('Huur opgezegd, we hebben een nieuw huis gekocht met een tuin!');
    calm('Everything planned for Friday the 3rd: removal men at 9, keys at 2.');
    calm('Ik ben gestopt als vrijwilliger bij de bibliotheek, het is mooi geweest na twaalf jaar. Ik ga nu meer fietsen.');
    calm('I\'m giving away all my plants because I\'m going on a gap year in Asia!');
    crisis('Ik zeg iedereen vaarwel. Ik heb mijn examen niet gehaald en ik wil er niet meer zijn.');
    crisis('Het is mooi geweest, ik ga nu, ik wil niet meer leven.');
    crisis('Ik geef al mijn spullen weg, ik heb ze niet meer nodig waar ik heen ga.');
  });

  it('reads papers and plans made with hope, debts paid off and end-of-life care talks as no preparation', () => {
    calm('After my diagnosis I made a will and sorted power of attorney. The treatment is working, feeling positive.');
    calm('Schulden afbetaald! Na vijf jaar schuldsanering ben ik eindelijk schuldenvrij.');
    calm('De huisarts wilde met mij praten over zorg aan het levenseinde. Alles is vastgelegd en ik voel me nog kiplekker.');
    calm('I\'ve written down my funeral wishes with my daughter, at 90 it\'s sensible.');
    calm('Ik tel mijn pillen elke week want het eigen risico is op. Ik weet niet hoe verder.');
    crisis('I made a will and arranged everything. I\'m ready to go now.');
    crisis('Ik tel mijn pillen elke dag, ik spaar ze op, bijna genoeg.');
    crisis('Ik wil euthanasie, ik kan niet meer.');
  });

  it('reads other people\'s troubles told by the resident (a client, a friend getting help, a project) as no danger to them', () => {
    calm('I work as a youth worker and one of my clients threatened to hurt herself today. Shaken, but the team handled it.');
    calm('My sister is a nurse. She told me about a patient who had tried to hurt himself on the ward. She\'s fine.');
    calm('My son\'s friend was cutting himself, we got him help and he\'s doing much better now.');
    calm('My best friend cuts herself and made me promise not to tell. Should I tell someone?');
    calm('Mijn dochter houdt een spreekbeurt over huiselijk geweld, ik help haar met de vragen.');
    calm('I watched a documentary about people who survived a suicide attempt, very moving. I\'m fine myself.');
    calm('My wife checks my phone for the weather because her battery is always flat, so annoying.');
    calm('Mijn peuter sloot me buiten de badkamer en begon toen te huilen.');
    calm('Dad won\'t let me go out without a scarf, it\'s 15 degrees lol');
    crisis('Mijn zoon dreigt zichzelf iets aan te doen als ik weg ga.');
    crisis('Mijn vriendin heeft net haar polsen opengesneden en bloedt heel erg, wat moet ik doen?');
    crisis('Na die documentaire: ik heb zelf ook een poging overleefd, twee jaar geleden.');
    crisis('My husband won\'t let me leave the house without him, he takes my phone.');
    crisis('He locked me out of the house in the cold with the kids, I\'m scared.');
  });

  it('reads fear after a burglary next door, a train to work and a way through a practical problem as no crisis', () => {
    calm('Since the neighbours were burgled I\'m scared to be home alone at night.');
    calm('Waiting by the tracks for my train to work again, 20 minutes late.');
    calm('The care home has a two year waiting list and I can\'t see a way through this.');
    calm('Mijn vader is ziek en ik kan niet stoppen met denken wat als hij doodgaat.');
    crisis('Ik sta bij het spoor te wachten op de trein. Sorry mam.');
    crisis('Everything closes in on me. I can\'t see any way through but to end it.');
    crisis('Ik denk er steeds aan om dood te gaan.');
  });
});

describe('safety net: crises said indirectly, seventh round (own wordings)', () => {
  it('reads vital medicine stopped to see how long it takes, and a blade freed and kept', () => {
    expect(level('ik heb mijn insuline weggegooid, eens zien hoe lang het duurt')).to.equal('crisis');
    expect(level('I flushed my tablets down the toilet. Let\'s see how long it takes.')).to.equal('crisis');
    expect(level('mesje losgehaald uit mn scheermes, ligt nu in mn portemonnee')).to.equal('crisis');
  });
  it('reads going closer each time, a last drive, a thought at the wheel and lying down in the cold', () => {
    expect(level('every night I walk a little further into the sea')).to.equal('crisis');
    expect(level('ik rij morgen mijn laatste rit naar zee, alleen')).to.equal('crisis');
    expect(level('op de snelweg denk ik: een ruk aan het stuur en het is voorbij')).to.equal('crisis');
    expect(level('vannacht loop ik de polder in en ga ik in de sneeuw liggen')).to.equal('crisis');
    expect(level('het bad is vol en de föhn ligt op de rand')).to.equal('crisis');
  });
  it('reads plans with a date: a countdown, others away for it, a lease ended with no new home', () => {
    expect(level('tel de dagen af, nog weken, en niemand weet het')).to.equal('crisis');
    expect(level('going to wait until mum is at work, she should not be home when it happens')).to.equal('crisis');
    expect(level('ik heb de huur opgezegd en ga nergens anders wonen')).to.equal('crisis');
    expect(level('sinds ik besloten heb wanneer voel ik me rustiger')).to.equal('crisis');
  });
  it('reads calm farewells: silence explained in advance, a message for later readers, goodbyes taken as ordinary', () => {
    expect(level('als ik volgende week niet meer reageer is het niet omdat ik het druk heb')).to.equal('crisis');
    expect(level('if my daughter ever reads this, it was not your fault')).to.equal('crisis');
    expect(level('I have been saying goodbye to my friends in small ways')).to.equal('crisis');
  });
  it('reads control and threats at home in ordinary words', () => {
    expect(level('he held my hand on the hob as punishment')).to.equal('crisis');
    expect(level('hij zegt: als je weggaat zorg ik dat niemand je ooit vindt')).to.equal('crisis');
    expect(level('I locked myself in the bathroom, he\'s going mad in the hallway')).to.equal('crisis');
  });
  it('stays calm on the ordinary shapes of these families', () => {
    expect(level('counting down the days to my holiday in Spain')).to.not.equal('crisis');
    expect(level('ik heb de huur opgezegd en ga samenwonen met mijn vriend')).to.not.equal('crisis');
    expect(level('ik rij morgen mijn laatste rit als buschauffeur, dan met pensioen')).to.not.equal('crisis');
    expect(level('if I don\'t reply next week it\'s because I\'m on holiday')).to.not.equal('crisis');
    expect(level('ik lig in bad met de radio aan')).to.not.equal('crisis');
  });
  it('mentions De Luisterlijn for hardship, loneliness and grief said in plain signs', () => {
    expect(level('geen geld voor boodschappen deze maand')).to.equal('distress');
    expect(level('mijn buurvrouw zegt geen goedendag, ik voel me niet welkom')).to.equal('distress');
    expect(level('since my dad passed there is such a hole in my life')).to.equal('distress');
  });
});
