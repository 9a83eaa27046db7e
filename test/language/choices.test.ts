import { expect } from 'chai';
import { loadContent } from '../../src/app.js';
import { INTERRUPTIONS } from '../../src/bot.js';
import { LOCALES } from '../../src/health/dimensions.js';
import type { ReadableChoice } from '../../src/language/choices.js';

const { replies, prompts, commands } = loadContent();

describe('button words: a typed reply picks the button whose words it is', () => {
  const welcome = [
    { id: 'start', title: 'Ja, beginnen', means: 'yes' as const },
    { id: 'more', title: 'Vertel meer', means: 'more' as const },
    { id: 'notNow', title: 'Nu niet', means: 'no' as const },
    { id: 'otherLanguage', title: 'English' },
  ];

  it('reads the title in any case, with other punctuation, without its comma, with a polite word or one slip', () => {
    for (const typed of ['Ja, beginnen', 'ja beginnen', 'JA BEGINNEN!', 'ja,beginnen', 'ja beginnen graag', 'ja begninen', 'jabeginnen']) {
      expect(replies.choiceFor(typed, welcome), typed).to.equal('start');
    }
    expect(replies.choiceFor('vertel meer aub', welcome)).to.equal('more');
    expect(replies.choiceFor('english please', welcome)).to.equal('otherLanguage');
  });

  it('reads every button in prompts/ by its own title typed as people type it, among the buttons of its part', () => {
    // Every "<part>.choice.<id>" key is a button; the buttons of one part compete with each other. A title is typed
    // in other capitals, without punctuation or accents, with a polite word before or after (also where the title
    // holds one itself: "Ja, graag please"), and with one slip of the keyboard where it stays four letters or more.
    const slips = (title: string) => {
      const out: string[] = [];
      for (let i = 1; i < title.length - 1; i++) {
        if (!/\p{L}/u.test(title[i]!)) continue;
        out.push(title.slice(0, i) + title.slice(i + 1), title.slice(0, i) + title[i + 1] + title[i] + title.slice(i + 2));
      }
      return out.filter((s) => s.replace(/[^\p{L}\p{N}]/gu, '').length >= 4);
    };
    const misread: string[] = [];
    let typedCount = 0;
    for (const locale of LOCALES) {
      const parts = new Map<string, { id: string; title: string }[]>();
      for (const key of prompts.keys(locale)) {
        const m = /^(.+)\.choice\.([^.]+)$/.exec(key);
        if (m) parts.set(m[1]!, [...(parts.get(m[1]!) ?? []), { id: m[2]!, title: prompts.t(locale, key) }]);
      }
      for (const buttons of parts.values()) {
        for (const { id, title } of buttons) {
          const lower = title.toLowerCase();
          const typed = [lower, title.toUpperCase(), title.replace(/[,.!?']/g, ''), title.normalize('NFD').replace(/\p{M}/gu, ''),
            `${title} graag`, `${lower} please`, `graag ${lower}`, `${title}!`, ...slips(lower)];
          for (const t of typed) {
            typedCount++;
            const got = replies.choiceFor(t, buttons);
            // Two titles one slip apart may both be near: then the reply is not a button, and the yes/no reading decides.
            if (got !== id && !(got === undefined && slips(lower).includes(t))) misread.push(`${locale} "${t}" -> ${got}, expected ${id}`);
          }
        }
      }
    }
    expect(typedCount).to.be.greaterThan(1000);
    expect(misread, misread.join('\n')).to.deep.equal([]);
  });

  it('reads the title without its leading yes or no', () => {
    expect(replies.choiceFor('beginnen', welcome)).to.equal('start');
    expect(replies.choiceFor('liever niet', [{ id: 'yes', title: 'Ja, dat mag' }, { id: 'no', title: 'Nee, liever niet' }])).to.equal('no');
    expect(replies.choiceFor("let's start", [{ id: 'start', title: "Yes, let's start" }])).to.equal('start');
  });

  it('reads nothing into words that fit no button, or two buttons alike', () => {
    expect(replies.choiceFor('ik fiets graag', welcome)).to.equal(undefined);
    expect(replies.choiceFor('leven', [{ id: 'a', title: 'Dagelijks leven' }, { id: 'b', title: 'Zin in het leven' }])).to.equal(undefined);
  });

  it('reads other words for a button wherever that button is offered, only as the whole reply', () => {
    const important = [{ id: 'skip', title: 'Sla over' }];
    const next = [{ id: 'activities', title: 'Iets in de buurt' }, { id: 'person', title: 'Praten met iemand' }, { id: 'nothing', title: 'Nu even niets' }];
    const contact = [{ id: 'phone', title: 'Telefoon' }, { id: 'email', title: 'E-mail' }, { id: 'chat', title: 'Hier in de chat' }];
    for (const typed of ['verder', 'Volgende!', 'niks', 'next please']) expect(replies.choiceFor(typed, important), typed).to.equal('skip');
    expect(replies.choiceFor('iets doen', next)).to.equal('activities');
    expect(replies.choiceFor('activiteiten graag', next)).to.equal('activities');
    expect(replies.choiceFor('een gesprek', next)).to.equal('person');
    expect(replies.choiceFor('niks', next)).to.equal('nothing');
    expect(replies.choiceFor('bel me maar', contact)).to.equal('phone');
    expect(replies.choiceFor('bel me', contact)).to.equal('phone');
    expect(replies.choiceFor('mailen', contact)).to.equal('email');
    // Inside a longer message the word is not the button: the resident says something of their own.
    expect(replies.choiceFor('ik wil verder met mijn leven', important)).to.equal(undefined);
    // A word that fits two offered buttons picks neither.
    expect(replies.choiceFor('niks', [...important, { id: 'fine', title: 'Het is goed zo' }])).to.equal(undefined);
  });

  it('finds the one dimension a reply names in its own words, anywhere in it', () => {
    const dimensions = ['body', 'daily', 'participation', 'quality', 'mind', 'meaning'];
    expect(replies.topicOf('ik wil beter slapen', dimensions)).to.equal('body');
    expect(replies.topicOf('hoe ik me voel', dimensions)).to.equal('mind');
    expect(replies.topicOf('Ik ben zo eenzaam sinds mijn man er niet meer is', dimensions)).to.equal('participation');
    expect(replies.topicOf('my money worries', dimensions)).to.equal(undefined);
    expect(replies.topicOf('sort out my bills', dimensions)).to.equal('daily');
    expect(replies.topicOf('ik weet het niet', dimensions)).to.equal(undefined);
    expect(replies.topicOf('de dingen elke dag, koken, wassen', dimensions)).to.equal('daily');
    expect(replies.topicOf('het gevoel dat ik nog ergens goed voor ben', dimensions), 'a feeling that introduces what it is about').to.equal('meaning');
    expect(replies.topicOf('ik heb het gevoel dat ik altijd somber ben', dimensions)).to.equal('mind');
  });

  it('does not turn a mood into the end of the scale: "heel goed" is not "10 heel goed"', () => {
    const scale = [{ id: 'score:0', title: '0 heel slecht' }, { id: 'score:10', title: '10 heel goed' }];
    expect(replies.choiceFor('heel goed', scale)).to.equal(undefined);
    expect(replies.choiceFor('10 heel goed', scale)).to.equal('score:10');
  });

  it('answers in time linear in the text: a long paste is simply not a button', () => {
    expect(replies.choiceFor('ja '.repeat(50_000), welcome)).to.equal(undefined);
    expect(replies.intent('ja '.repeat(50_000))).to.equal('unclear');
  });
});

describe('typed yes and no', () => {
  it('reads yes and no in their ordinary forms, also glued, stretched or with a polite word', () => {
    for (const yes of ['ja hoor', 'jahoor', 'jaaaa', 'prima', 'doe maar', 'is goed', 'yes please', 'sure', '👍', 'natuurlijk mag dat', 'geen probleem']) {
      expect(replies.intent(yes), yes).to.equal('yes');
    }
    for (const no of ['nee', 'neeee', 'nee liever niet', 'nee dank je', 'neen', 'no thanks', 'nope', 'niet doen', 'tuurlijk niet', 'klopt niet', '👎']) {
      expect(replies.intent(no), no).to.equal('no');
    }
  });

  it('never reads a doubt, a condition, a question back or a mix as yes or no', () => {
    for (const unclear of ['misschien', 'ja maar niet mijn naam', 'ja, als het moet', 'ok?', 'ja...', 'ja nee', 'hoezo', 'yes if it is anonymous', 'ja, is dat veilig', 'ok wacht', 'weet ik niet', 'ja, wie leest het']) {
      expect(replies.intent(unclear), unclear).to.equal('unclear');
    }
  });

  it('takes putting off or changing first after a clear no as its reason, and as a doubt elsewhere', () => {
    for (const typed of ['neen, nog niet sturen', 'neen, nog niet versturen aub', 'nee, ik wil het eerst nog aanpassen', 'no, not yet']) expect(replies.intent(typed, { careful: true, acknowledging: true }), typed).to.equal('no');
    for (const typed of ['nog niet', 'ja, maar eerst aanpassen', 'Wacht, ik wil nog iets veranderen']) expect(replies.intent(typed, { careful: true, acknowledging: true }), typed).to.equal('unclear');
    for (const typed of ['verstuur', 'verstuur het', 'stuur het door']) expect(replies.intent(typed, { careful: true, acknowledging: true }), typed).to.equal('yes');
  });

  it('lets a correction decide: only what follows it counts', () => {
    expect(replies.intent('ja, nee, toch niet')).to.equal('no');
    expect(replies.intent('nee wacht, ja doe maar')).to.equal('yes');
    expect(replies.intent('nee wacht')).to.equal('no');
    expect(replies.intent('wat is dit eigenlijk?'), 'nothing after it: a request for more stays one').to.equal('more');
    for (const typed of ['ja, nee, wacht', 'no wait yes', 'nee, toch ja']) expect(replies.intent(typed), typed).to.equal('unclear');
  });

  it('reads "tell me more" as its own answer', () => {
    for (const more of ['wat is dit?', 'hoe werkt het', 'tell me more', 'vertel eerst meer', 'leg eerst eens uit', 'leg het eerst even uit', 'vertel eerst eens wat meer']) expect(replies.intent(more), more).to.equal('more');
    expect(replies.intent('geen uitleg nodig, begin maar'), 'turning down the explanation asks for nothing').to.equal('yes');
  });

  it('reads wanting to know what this is, asked the indirect way, as "tell me more"', () => {
    for (const more of ['Hello, I would like to know what this is about', 'Hallo, ik wil graag weten waar dit over gaat', 'I want to know how this works first', 'kunt u vertellen wat dit inhoudt?']) {
      expect(replies.intent(more), more).to.equal('more');
    }
  });
});

describe('putting off', () => {
  it('is "not now" where that is a button, and elsewhere no clear no: "maybe later", "not yet"', () => {
    const welcome = [{ id: 'start', title: 'Ja, beginnen', means: 'yes' as const }, { id: 'more', title: 'Vertel meer', means: 'more' as const },
      { id: 'notNow', title: 'Nu niet', means: 'no' as const }, { id: 'otherLanguage', title: 'English' }];
    for (const typed of ['maybe some other time', 'misschien later', 'nog niet', "I'm busy at the moment"]) expect(replies.choiceFor(typed, welcome), typed).to.equal('notNow');
    for (const typed of ['maybe later', 'not yet', 'nog niet']) expect(replies.intent(typed), typed).to.equal('unclear');
    expect(replies.intent('hoe lang duurt het?'), 'a question the welcome already answered, not "tell me more"').to.equal('unclear');
  });
});

describe('a button named by its place among the buttons', () => {
  it('reads a digit, a numbered label or an ordinal, with polite words, in Dutch and English', () => {
    const cases: [string, number][] = [['1', 0], ['2.', 1], ['4', 3], ['nummer 2', 1], ['nr. 2', 1], ['optie 1', 0], ['#3', 2], ['de eerste', 0],
      ['the second one please', 1], ['ik kies de tweede', 1], ['de laatste', 3], ['the last one', 3], ['optie twee', 1], ['2e', 1], ['the 3rd one', 2]];
    for (const [typed, index] of cases) expect(replies.placeIn(typed, 4), typed).to.deep.equal({ index, rest: '' });
  });

  it('reads a number word alone, the top and the bottom button, and more nouns after a place', () => {
    const cases: [string, number][] = [['twee', 1], ['drie graag', 2], ['de bovenste', 0], ['the top one', 0], ['bovenste', 0], ['de onderste', 3], ['the bottom one', 3],
      ['de laatste mogelijkheid', 3]];
    for (const [typed, index] of cases) expect(replies.placeIn(typed, 4), typed).to.deep.equal({ index, rest: '' });
    for (const typed of ['top', 'top!', 'twee dingen', 'een gesprek', 'een optie']) expect(replies.placeIn(typed, 4), typed).to.equal(undefined);
  });

  it('keeps what follows the place, for the reader to check that it says the same', () => {
    expect(replies.placeIn('1. Ja, wis alles', 2)).to.deep.equal({ index: 0, rest: 'Ja, wis alles' });
    expect(replies.placeIn('1 ja dat mag', 2)).to.deep.equal({ index: 0, rest: 'ja dat mag' });
    expect(replies.placeIn('the first one, something close by', 3)).to.deep.equal({ index: 0, rest: 'something close by' });
  });

  it('reads no place in a question, a number beyond the buttons, a decimal or an ordinal in a sentence of its own', () => {
    for (const typed of ['de tweede?', '2?', '5', '0', '1.5', '12', 'de eerste keer dat ik dit doe', 'first, tell me more', 'die tweede misschien', 'talk 2 someone', 'een 2'])
      expect(replies.placeIn(typed, 4), typed).to.equal(undefined);
    expect(replies.placeIn('1', 1), 'one button: a number is an answer of its own').to.equal(undefined);
  });
});

describe('a bare "ok" where something to look over comes with the question', () => {
  it('only says the resident saw it; with words of its own, or elsewhere, it is a yes', () => {
    for (const typed of ['ok', 'oké', 'ok cool', 'okay thanks', '👌', '👍', 'goed', 'good', 'sounds ok', 'klinkt ok', 'lijkt me ok']) expect(replies.intent(typed, { acknowledging: true }), typed).to.equal('unclear');
    for (const typed of ['ja hoor', 'prima', 'doe maar', 'is goed', 'yes please']) expect(replies.intent(typed, { acknowledging: true, careful: true }), typed).to.equal('yes');
    expect(replies.intent('oke doe maar', { acknowledging: true }), '"doe maar" is a yes of its own').to.equal('yes');
    expect(replies.intent('ok', {})).to.equal('yes');
    for (const typed of ['jajaja', 'Jaja.', 'jaja 👍', 'yeah yeah']) expect(replies.intent(typed, { acknowledging: true, careful: true }), `an impatient "${typed}"`).to.equal('unclear');
    for (const typed of ['jaja, dat mag', 'jajaja stuur maar', 'ja ja']) expect(replies.intent(typed, { acknowledging: true, careful: true }), `${typed}: a yes of its own, or yes said twice`).to.equal('yes');
    expect(replies.intent('jaja', {}), 'elsewhere it is a yes').to.equal('yes');
    expect(replies.intent('ok send it now', { acknowledging: true })).to.equal('yes');
  });
});

describe('a button in the resident\'s own words', () => {
  const extra = [{ id: 'skip', title: 'Sla over' }, { id: 'explain', title: 'Wat bedoel je?' }, { id: 'back', title: 'Vorige vraag' }, { id: 'mark', title: 'Dit wil ik bespreken' }];
  const next = [{ id: 'activities', title: 'Iets in de buurt' }, { id: 'person', title: 'Praten met iemand' }, { id: 'nothing', title: 'Nu even niets', means: 'no' as const }];
  const contact = [{ id: 'phone', title: 'Bellen' }, { id: 'email', title: 'E-mail' }, { id: 'chat', title: 'Hier in de chat' }];
  const more = [{ id: 'more', title: 'Meer', means: 'yes' as const }, { id: 'other', title: 'Iets anders' }, { id: 'done', title: 'Klaar', means: 'no' as const }];
  const erase = [{ id: 'erase', title: 'Ja, wis alles', means: 'yes' as const }, { id: 'keep', title: 'Nee, bewaren', means: 'no' as const }];

  it('reads keywords with small words between, chat spellings and a dropped final n', () => {
    expect(replies.choiceFor('daar wil ik het graag over hebben', extra)).to.equal('mark');
    expect(replies.choiceFor('dit wil k bespreke', extra)).to.equal('mark');
    expect(replies.choiceFor('what do u mean?', extra)).to.equal('explain');
    expect(replies.choiceFor('huh, what does 0 mean here?', extra), 'a number asked about is no score').to.equal('explain');
    expect(replies.choiceFor('4, daar wil ik over praten', extra), 'a number beside it is a score').to.equal(undefined);
    expect(replies.choiceFor('talk 2 someone', next)).to.equal('person');
    expect(replies.choiceFor('praate met iemand', next)).to.equal('person');
    expect(replies.choiceFor("I'm okay for now", next)).to.equal('nothing');
    expect(replies.choiceFor('get rid of it all', erase, { careful: true }), 'the English "all" is not the Dutch "al" (already)').to.equal('erase');
  });

  it('reads more of the residents\' own words for a button', () => {
    const cases: [string, readonly { id: string; title: string }[], string][] = [
      ["I don't get the question", extra, 'explain'], ['sla deze vraag over', extra, 'skip'], ['die laat ik liever open', extra, 'skip'],
      ['is er een wandelclub hier?', next, 'activities'], ['wat is er te doen bij mij in de wijk?', next, 'activities'],
      ['ik zou graag eens met iemand van de gemeente praten', next, 'person'], ['is er iemand die naar me wil luisteren?', next, 'person'],
      ["i'll manage on my own, thanks", more, 'done'], ['zo is het wel goed, dank je', more, 'done'], ['anders', more, 'other'],
      ['via deze chat is prima', contact, 'chat'], ["'k typ liever hier", contact, 'chat'], ['just keep it in this chat', contact, 'chat'],
    ];
    for (const [typed, choices, id] of cases) expect(replies.choiceFor(typed, choices), typed).to.equal(id);
    expect(replies.choiceFor("I can't manage on my own", more), 'a negation takes it back').to.equal(undefined);
  });

  it('reads a verb as learners of Dutch write it, Flemish words and slips on the previous question', () => {
    const back = [{ id: 'continue', title: 'Verder waar ik was' }, { id: 'result', title: 'Mijn uitslag' }, { id: 'restart', title: 'Opnieuw beginnen' }];
    const cases: [string, readonly { id: string; title: string }[], string][] = [
      ['ik wil praat met iemand', next, 'person'], ['ik wil met mens praten', next, 'person'], ['Ne klap doen met iemand', next, 'person'],
      ['deze vraag ik wil niet antwoord', extra, 'skip'], ['ff terug', extra, 'back'], ['oeps, ik drukte verkeerd bij de vorige', extra, 'back'],
      ['ik wil terug naar vraag ervoor', extra, 'back'], ['wdym', extra, 'explain'],
      ['Doe maar voort van waar we gestopt zijn', back, 'continue'], ['helemaal vanaf het begin graag', back, 'restart'], ['reset', back, 'restart'],
      ['wat kwam er de vorige keer uit?', back, 'result'], ['ik wil ander ding', more, 'other'],
    ];
    for (const [typed, choices, id] of cases) expect(replies.choiceFor(typed, choices), typed).to.equal(id);
    expect(replies.choiceFor('ik wil niet praat', next), 'a negation takes a stem back too').to.equal(undefined);
  });

  it('reads the spider web as the result, a wrong number as going back, forgetting as erasing and another topic as something else', () => {
    const back = [{ id: 'continue', title: 'Verder waar ik was' }, { id: 'result', title: 'Mijn uitslag' }, { id: 'restart', title: 'Opnieuw beginnen' }];
    const cases: [string, readonly ReadableChoice[], string][] = [
      ['mag ik het spinnenweb van vorige keer zien', back, 'result'], ['I want to see the spider web again', back, 'result'],
      ['sorry, verkeerd cijfer ingetikt', extra, 'back'], ['ik heb per ongeluk iets anders gekozen', extra, 'back'], ['I typed the wrong number', extra, 'back'],
      ['oh the last one was wrong', extra, 'back'], ['de vorige is fout', extra, 'back'],
      ['vergeet alles wat ik zei', erase, 'erase'], ['please forget about me', erase, 'erase'],
      ['liever een ander onderwerp', more, 'other'], ['another topic please', more, 'other'],
      ['a telephone call is fine', contact, 'phone'], ['email please, I hear the phone badly', contact, 'email'],
      ['e-mail graag, de telefoon hoor ik slecht', contact, 'email'],
      ['wis al mijn gegevens maar', erase, 'erase'], ['Wist u alles maar', erase, 'erase'], ['bewaart u het maar', erase, 'keep'],
    ];
    for (const [typed, choices, id] of cases) expect(replies.choiceFor(typed, choices, { careful: choices === erase }), typed).to.equal(id);
    expect(replies.choiceFor('opnieuw een spinnenweb maken', back), 'the web and starting again name two buttons').to.equal(undefined);
    expect(replies.choiceFor('ik wist het al', erase, { careful: true }), '"al" after a verb still doubts').to.equal(undefined);
  });

  it('reads polite long replies: politeness, thanks for something and the reason for a choice make no reply long or doubtful', () => {
    const cases: [string, readonly { id: string; title: string }[], string][] = [
      ['Dit onderwerp zou ik graag eens met iemand willen bespreken, als dat mogelijk is.', extra, 'mark'],
      ['Als het u niet uitmaakt, word ik het liefst gebeld, dan kan ik het beter volgen.', contact, 'phone'],
      ["I would prefer to keep it here in the chat, if that's alright, as I'm hard of hearing.", contact, 'chat'],
      ['Ik zou het fijn vinden om even met iemand te kunnen praten, het hoeft niet meteen.', next, 'person'],
      ['Bedankt voor het aanbod, maar bel me liever', contact, 'phone'],
      // The keywords themselves make no reply long either.
      ['Ik snap de vraag niet, zou u het voor mij in andere woorden kunnen uitleggen?', extra, 'explain'],
      ["I do not understand the question at all, can you say it differently for me?", extra, 'explain'],
      ["I don't quite get it", extra, 'explain'], ['I do not quite understand this question', extra, 'explain'],
    ];
    for (const [typed, choices, id] of cases) expect(replies.choiceFor(typed, choices), typed).to.equal(id);
    expect(replies.intent('Ja, dat zou ik heel fijn vinden. Dank u wel dat u dat wilt regelen.')).to.equal('yes');
    expect(replies.intent('Dat is heel vriendelijk aangeboden, maar ik heb liever niet dat er iemand contact met mij opneemt.')).to.equal('no');
    expect(replies.intent('Voordat ik begin zou ik graag willen weten waar deze vragen voor zijn.')).to.equal('more');
    expect(replies.intent('Yes please, I would like everything I told you to be deleted.', { careful: true }), 'a polite way of wanting makes no reply long').to.equal('yes');
    expect(replies.intent('ja, graag gedaan', { careful: true }), 'an answer to a thank-you still leaves no yes standing').to.equal('unclear');
    expect(replies.choiceFor('No thank you, please keep what I have told you.', erase, { careful: true }), 'a question word after an order says what').to.equal('keep');
    expect(replies.intent('ja, maar ik wil niet dat mijn naam erbij staat', { careful: true }), 'a "but" after an answer still doubts').to.equal('unclear');
    for (const typed of ['ja, als het kan', 'yes please, if that is alright']) expect(replies.intent(typed, { careful: true }), `${typed}: at a consent a condition, however polite, is asked again`).to.equal('unclear');
    expect(replies.intent('help, wat moet ik doen'), 'a question word after an order in another clause still asks').to.not.equal('yes');
    expect(replies.choiceFor('Dank je, maar misschien mail', contact), 'a doubt after the turn still doubts').to.equal(undefined);
  });

  it('names no button where an "or" weighs a keyword against something else', () => {
    for (const typed of ['terug of bespreken', "Something nearby or talking, I can't decide"]) expect(replies.choiceFor(typed, [...extra, ...next]), typed).to.equal(undefined);
    expect(replies.choiceFor('geen telefoon of mail, hier graag', contact), 'after a keyword taken back the "or" is part of it').to.equal('chat');
    expect(replies.choiceFor('een clubje of zo in de buurt', next), 'a vague end').to.equal('activities');
    expect(replies.intent('weet nie'), 'Flemish "nie" is "niet"').to.equal('unclear');
  });

  it('reads "maar" right after an order as softening it, and a negation after the order as taking it back', () => {
    expect(replies.choiceFor('stuur maar een mailtje', contact)).to.equal('email');
    expect(replies.choiceFor('ja hoor, laat maar iemand contact opnemen', [{ id: 'person', title: 'Ja, graag', means: 'yes' as const }, { id: 'done', title: 'Nee, dank je', means: 'no' as const }])).to.equal('person');
    for (const typed of ['wis maar niet', 'ja maar niet wissen']) expect(replies.choiceFor(typed, erase, { careful: true }), typed).to.not.equal('erase');
  });

  it('lets a negation take back the keyword after it only within its clause, and what is found hard take back the one before', () => {
    for (const typed of ['niet bellen, mail maar', "don't call, email me", 'niet bellen maar mailen', 'bellen lukt niet, mail maar']) expect(replies.choiceFor(typed, contact), typed).to.equal('email');
    expect(replies.choiceFor('mailen is lastig, bel maar', contact)).to.equal('phone');
    expect(replies.choiceFor('bellen liever niet, mail', contact)).to.equal('email');
    for (const typed of ['niet bellen', 'bel me niet', 'mailen is lastig']) expect(replies.choiceFor(typed, contact), typed).to.equal(undefined);
    expect(replies.choiceFor("don't skip, go back", extra)).to.equal('back');
  });

  it('takes a yes with a condition on how to be reached as a yes, but not at a consent, and not at the question of how', () => {
    expect(replies.intent('ja maar niet bellen, liever mailen')).to.equal('yes');
    expect(replies.intent('yes please, but not by phone')).to.equal('yes');
    expect(replies.intent('ja maar niet bellen, liever mailen', { careful: true })).to.equal('unclear');
    expect(replies.intent('ja als ze niet bellen'), 'an "if" is a condition on whether').to.equal('unclear');
    expect(replies.choiceFor('misschien mail', contact)).to.equal(undefined);
  });

  it('reads a short button word typed in haste, but not at a consent', () => {
    expect(replies.choiceFor('skp', extra)).to.equal('skip');
    expect(replies.choiceFor('klr', more)).to.equal('done');
    expect(replies.choiceFor('mor', [{ id: 'more', title: 'More', means: 'yes' as const }, { id: 'done', title: 'Done', means: 'no' as const }])).to.equal('more');
    expect(replies.choiceFor('yse', [{ id: 'yes', title: 'Yes', means: 'yes' as const }, { id: 'no', title: 'No', means: 'no' as const }])).to.equal('yes');
    expect(replies.choiceFor('yse', [{ id: 'yes', title: 'Yes', means: 'yes' as const }, { id: 'no', title: 'No', means: 'no' as const }], { careful: true })).to.equal(undefined);
  });

  it('lets a request put as a question press a button, except at a consent', () => {
    expect(replies.choiceFor('zijn er nog meer?', more)).to.equal('more');
    expect(replies.choiceFor('alles wissen?', erase, { careful: true })).to.equal(undefined);
  });

  it('reads past a greeting, and a turned yes as no yes', () => {
    expect(replies.intent('Goedemorgen. Ja dat is goed hoor, we kunnen beginnen')).to.equal('yes');
    expect(replies.intent('hallo')).to.equal('unclear');
    expect(replies.intent('not fine')).to.equal('unclear');
    expect(replies.intent('not sure, fine')).to.equal('unclear');
    for (const typed of ["I'll pass", 'ik pas', 'Nee, dat is niet goed, ik bedoelde eigenlijk een vijf.', "that's not good"]) expect(replies.intent(typed), typed).to.equal('no');
    expect(replies.intent('ja, of nee, meer een 5 eigenlijk')).to.equal('unclear');
  });
});

describe('"laat maar" where the bot confirms what the resident asked for', () => {
  it('may drop the request or the question: it answers nothing there, and is a no elsewhere', () => {
    for (const typed of ['laat maar', 'never mind', 'forget it']) expect(replies.intent(typed, { confirmsRequest: true }), typed).to.equal('unclear');
    expect(replies.intent('nee, laat maar', { confirmsRequest: true })).to.equal('no');
    expect(replies.intent('laat maar')).to.equal('no');
  });
});

describe('at a consent, nothing but a clear yes presses its yes button', () => {
  const erase = [{ id: 'erase', title: 'Ja, wis alles', means: 'yes' as const }, { id: 'keep', title: 'Nee, bewaren', means: 'no' as const }];
  const send = [{ id: 'yes', title: 'Ja, versturen', means: 'yes' as const }, { id: 'no', title: 'Nee, niet doen', means: 'no' as const }];
  it('not a title asked back, a question without its question mark, a part or a hedge', () => {
    expect(replies.choiceFor('yes?', send, { careful: true })).to.equal(undefined);
    for (const typed of ['moet ik alles wissen', 'should I delete it', 'wis het laatste', 'delete the last one']) expect(replies.choiceFor(typed, erase, { careful: true }), typed).to.equal(undefined);
    for (const typed of ['klopt wel ongeveer', 'ja, op één ding na', 'doe maar wat', 'ja, wat nu', 'yes, one more thing']) expect(replies.intent(typed, { careful: true }), typed).to.equal('unclear');
    expect(replies.choiceFor('bewaar het maar', erase, { careful: true }), 'an order is no question').to.equal('keep');
    expect(replies.intent('ja zo ongeveer'), 'where the bot proposed something near, "ongeveer" agrees').to.equal('yes');
    expect(replies.intent('klopt niet helemaal', { careful: true }), 'not quite is a hedge at the summary').to.equal('unclear');
    expect(replies.intent('Nee, niet helemaal'), 'and a no where the bot proposed something').to.equal('no');
  });

  it('not beside a no, nor after a "niet" read as part of a statement', () => {
    for (const typed of ['no, delete it', 'nee, wis alles', 'nee. wissen']) expect(replies.choiceFor(typed, erase, { careful: true }), typed).to.equal(undefined);
    expect(replies.choiceFor('niet bewaren, wis alles', erase, { careful: true }), 'a "niet" that takes back the other button').to.equal('erase');
    for (const typed of ['ik wil het niet laten versturen', "i don't want you to send it"]) expect(replies.intent(typed, { careful: true }), typed).to.equal('unclear');
  });

  it('not a yes beside the words of the other button, nor a no beside the words of the consenting one', () => {
    for (const typed of ['ja, bewaar alles', 'jawel, hou het maar', 'yes, keep everything', 'yes leave it', 'nee, alles weg', 'no, erase it', 'nope, wipe it all']) {
      expect(replies.intent(typed, { careful: true }, erase), typed).to.equal('unclear');
    }
    expect(replies.intent('ja hoor', { careful: true }, erase)).to.equal('yes');
    expect(replies.intent('nee hoor', { careful: true }, erase)).to.equal('no');
    expect(replies.intent('ja, bewaar alles', { careful: true }), 'without the buttons a yes is a yes').to.equal('yes');
  });

  it('reads the data named as what is passed on as the answer, not as the command that shows them', () => {
    for (const typed of ['Dat is goed, u mag mijn gegevens doorgeven, dank u wel.', 'Nee, ik heb liever niet dat mijn gegevens worden doorgegeven.', 'please do not share my data']) {
      expect(commands.read(typed, INTERRUPTIONS), typed).to.equal(undefined);
    }
    expect(replies.intent('Dat is goed, u mag mijn gegevens doorgeven, dank u wel.', { careful: true })).to.equal('yes');
    for (const typed of ['mijn gegevens', 'wat zijn mijn gegevens?', 'show me my data']) expect(commands.read(typed, INTERRUPTIONS), typed).to.equal('myData');
    expect(commands.read('wis mijn gegevens maar, niet doorgeven', INTERRUPTIONS), 'another command keeps its phrase').to.equal('erase');
  });

  it('not a no said of a part of what is passed on, which corrects that part; a plain no stays a no', () => {
    for (const typed of ['mijn naam klopt niet', 'het e-mailadres is fout', 'my address is wrong', 'the email address is incorrect']) expect(replies.intent(typed, { careful: true }), typed).to.equal('unclear');
    for (const typed of ['nee, klopt niet', "no, that's wrong", 'ik wil niet dat mijn naam wordt doorgegeven']) expect(replies.intent(typed, { careful: true }), typed).to.equal('no');
    expect(replies.intent('mijn naam klopt niet'), 'where nothing is passed on it is a no').to.equal('no');
  });

  it('not a yes before stopping to look again', () => {
    for (const typed of ['ja, hold on', 'yes hang on', 'ja momentje', 'ok, one moment']) expect(replies.intent(typed, { careful: true }), typed).to.equal('unclear');
    expect(replies.intent('hold on, yes send it', { careful: true })).to.equal('yes');
  });

  it('not for only a part of what is erased or passed on', () => {
    for (const typed of ['wis enkel de uitslag', 'ja, wis een paar dingen', 'wis slechts mijn naam', 'erase just the answers', 'yes, delete some of it', 'delete a few things']) {
      expect(replies.choiceFor(typed, erase, { careful: true }), typed).to.equal(undefined);
      expect(replies.intent(typed, { careful: true }), typed).to.equal('unclear');
    }
    for (const typed of ['just delete it', 'ja, gewoon alles wissen']) expect(replies.choiceFor(typed, erase, { careful: true }), typed).to.equal('erase');
  });

  it('not beside laughter, a joke, sarcasm or an exaggeration, which only a consent reads so', () => {
    for (const typed of ['hahaha ja hoor', 'ja prima 😂', 'yeah right', 'ja hoor, geef maar aan de hele wereld', 'sure, tell everyone', 'yes burn it all', 'grapje, ja']) {
      expect(replies.intent(typed, { careful: true }), typed).to.equal('unclear');
    }
    expect(replies.choiceFor('lol yes delete everything', erase, { careful: true })).to.equal(undefined);
    expect(replies.intent('haha nee'), 'a no stays a no').to.equal('no');
    expect(replies.intent('haha ja hoor'), 'elsewhere laughter beside a yes is a yes').to.equal('yes');
  });
});

describe('after a crisis answer', () => {
  const after = [{ id: 'helpNow', title: 'Hulp nu' }, { id: 'person', title: 'Praten met iemand' }, { id: 'continue', title: 'Verder met vragen' },
    { id: 'no', title: 'Nu even niet', means: 'no' as const }];
  const read = (typed: string) => replies.choiceFor(typed, after, { careful: true }) ?? replies.intent(typed, { careful: true });

  it('reads a call for help or not being safe as "Hulp nu", never as "Nu even niet"', () => {
    for (const typed of ['hulp', 'nu hulp', 'geef me nu hulp', 'I need help right now', 'ik ben niet veilig', 'niet veilig', "I don't feel safe", 'I do not feel safe',
      'ik voel me niet echt veilig', 'het gaat echt niet goed, nu hulp graag']) {
      expect(read(typed), typed).to.equal('helpNow');
    }
    expect(read('ik wil graag hulp van een mens'), 'help from a person is the person').to.equal('person');
    expect(read('ik red het niet alleen, ik wil nu hulp'), 'help now beside a wish to talk').to.equal('helpNow');
    expect(read('geen hulp nodig, ga door met de vragen')).to.equal('continue');
  });

  it('does not read a statement with "niet" inside as a no', () => {
    for (const typed of ['ik wil niet meer', 'het gaat niet', 'ik ben niet oké', 'ik kan niet meer', 'het huishouden lukt niet meer']) expect(replies.intent(typed), typed).to.equal('unclear');
    for (const typed of ['niet', 'niet sturen', 'stuur het niet', 'ik wil niet', 'ik wil niet dat iemand dit ziet', 'geen tijd']) expect(replies.intent(typed), typed).to.equal('no');
    expect(read('laat me even')).to.equal('no');
  });
});
