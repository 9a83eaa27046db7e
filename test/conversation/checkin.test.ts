import { expect } from 'chai';
import type { Parts } from '../../src/app.js';
import { Chat, startParts } from './harness.js';
import { play } from './transcript.js';

describe('conversation: welcome, check-in and reflection', () => {
  let parts: Parts;
  before(async () => {
    parts = await startParts();
  });
  after(() => parts.close());

  it('takes a resident through the whole check-in in Dutch, strengths first', async () => {
    const chat = new Chat(parts, 'anja');
    const last = await play(chat, `
      > (open)
      < Hallo! Ik ben de chatbot van Welzijn Lindeveen. Ik ben een computerprogramma, geen mens.
      < Het duurt ongeveer vijf minuten. Je kunt altijd stoppen.
      < Lees het hier: http://localhost:3978/privacy
      <? Ja, beginnen
      <? Vertel meer
      <? Nu niet
      <? English
      [Ja, beginnen]
      < @questions.body.ask
      < Hoe gaat het met je lichaam?
      < 0 is heel slecht. 10 is heel goed.
      <? 0 heel slecht
      <? 10 heel goed
      <? Sla over
      <? Wat bedoel je?
      <? Dit wil ik bespreken
      [7]
      < @questions.daily.ask
      <? Vorige vraag
      > acht
      < @questions.participation.ask
      > 7,5
      < @questions.quality.ask
      [4]
      < @questions.mind.ask
      > zes
      < @questions.meaning.ask
      [9]
      < Dank je wel! Dat waren alle vragen.
      < Dit gaat goed bij jou:
      < Zin in het leven: een 9
      < Dagelijks leven: een 8
      < Meedoen: een 7,5
      < Minder goed gaat het met: Genieten.
      < Hier zie je jouw spinnenweb.
      < Wat is voor jou belangrijk in je leven?
    `);
    const strengths = last.text.indexOf('Dit gaat goed');
    expect(strengths, 'strengths come before anything else').to.be.lessThan(last.text.indexOf('Minder goed'));
    expect(last.pictures).to.have.length(1);
    expect(last.pictures[0]!.url).to.match(/^http:\/\/localhost:3978\/web\/[A-Za-z0-9_-]{40,}\.png$/);
    expect(last.pictures[0]!.alt).to.include('Genieten: 4 van 10.');
    const png = await parts.webImages.render(last.pictures[0]!.url.split('/web/')[1]!);
    expect(png?.subarray(1, 4).toString()).to.equal('PNG');
    await play(chat, `
      > Samen zijn met mijn kleinkinderen
      < Dank je. Dat onthoud ik voor straks.
      < Waar zou je iets aan willen veranderen?
      <? Genieten
      <? Het is goed zo
      [Genieten]
      < Je koos: Genieten. Wat past nu het beste bij jou?
      <? Iets in de buurt
      <? Praten met iemand
      <? Nu even niets
      [Nu even niets]
      < Dat is goed. Je kunt altijd terugkomen.
    `);
  });

  it('takes a resident through the whole check-in in English', async () => {
    const chat = new Chat(parts, 'sam');
    await play(chat, `
      > (open)
      [English]
      < Hello! I am the chatbot of Welzijn Lindeveen. I am a computer program, not a person.
      <? Nederlands
      [Yes, let's start]
      < @questions.body.ask
      < How is your body doing?
      > seven
      < @questions.daily.ask
      > about 8
      < Do you mean about 8 out of 10?
      [Yes]
      < @questions.participation.ask
      [Skip]
      < Fine, we will skip that one.
      < @questions.quality.ask
      [6]
      [5]
      [9]
      < This goes well for you:
      < Meaning in life: 9 out of 10
      < Daily life: 8 out of 10
      < Taking part: no number.
      [Skip]
      < What would you like to change something about?
      [It is fine as it is]
      < How nice that it is fine as it is.
    `);
  });

  it('says "not now" kindly and does not ask again in that conversation', async () => {
    const chat = new Chat(parts, 'busy-neighbour');
    await play(chat, `
      > (open)
      [Nu niet]
      < Dat is goed. Dank je wel voor je tijd. Je bent altijd welkom.
      <! Wil je beginnen?
    `);
  });

  it('tells more before starting, when asked', async () => {
    await play(new Chat(parts, 'curious'), `
      > (open)
      [Vertel meer]
      < Ik stel je zes korte vragen.
      < Ik geef niets door zonder dat jij ja zegt.
      < Wil je beginnen?
      > ja
      < @questions.body.ask
    `);
  });

  it('asks back when a typed answer is not exact, and takes no for an answer', async () => {
    await play(new Chat(parts, 'vague'), `
      > (open)
      [Ja, beginnen]
      > acht of zo
      < Bedoel je ongeveer een 8?
      [Nee]
      < Een cijfer van 0 tot 10 graag.
      < @questions.body.ask
      > gaat wel
      < Bedoel je ongeveer een 5?
      > ja
      < @questions.daily.ask
      > 6 of 7
      < @checkin.either
      <? 6
      <? 7
      [7]
      < @questions.participation.ask
      > beroerd eigenlijk
      < Bedoel je ongeveer een
      [Ja]
      < @questions.quality.ask
      > 😊
      < Bedoel je ongeveer een 8?
      > 9
      < @questions.mind.ask
      > paarse olifant
      < Dat begrijp ik niet goed. Wil je een cijfer kiezen?
      < @questions.mind.ask
    `);
  });

  it('reads a no that carries the meant score ("nee, meer een 6") as that answer', async () => {
    await play(new Chat(parts, 'vague-no'), `
      > (open)
      [@welcome.choice.start]
      > gaat wel
      < @checkin.confirm
      > nee, meer een 6
      <! @checkin.noScore
      < @questions.daily.ask
    `);
  });

  it('takes the offered score when the resident says it again in their own words ("een 5 ofzo"), and a new one when it differs', async () => {
    await play(new Chat(parts, 'vague-again'), `
      > (open)
      [@welcome.choice.start]
      > gaat wel
      < Bedoel je ongeveer een 5?
      > tja een 5 ofzo
      <! @checkin.confirm
      < @questions.daily.ask
      > terug
      < Eerder gaf je hier een 5.
      > gaat wel
      < Bedoel je ongeveer een 5?
      > meer een 6 ofzo
      < Bedoel je ongeveer een 6?
      > ja
      < @questions.daily.ask
    `);
  });

  it('asks which of two scores with both as buttons, and reads a typed answer to it with the same reader', async () => {
    await play(new Chat(parts, 'two-minds'), `
      > (open)
      [Ja, beginnen]
      > thuis een 7, buiten een 4
      < @checkin.either
      < Is het een 4 of een 7?
      <? 4
      <? 7
      [4]
      < @questions.daily.ask
      > terug
      < Eerder gaf je hier een 4.
      > 6 of 8, ik kan niet kiezen
      < @checkin.either
      > een 8 dan
      < @questions.daily.ask
      > terug
      < Eerder gaf je hier een 8.
      > vroeger een 9, nu een 5
      < @questions.daily.ask
      > terug
      < Eerder gaf je hier een 5.
    `);
  });

  it('takes the number for the area asked when an answer scores several areas', async () => {
    await play(new Chat(parts, 'areas'), `
      > (open)
      [Ja, beginnen]
      > fysiek een 8, mentaal een 4
      <! @checkin.either
      < @questions.daily.ask
      > terug
      < Eerder gaf je hier een 8.
      > mijn lijf een 7, mijn hoofd een 3
      < @questions.daily.ask
      > hoofd 3, dagelijks leven 6
      < @questions.participation.ask
      > terug
      < Eerder gaf je hier een 6.
    `);
  });

  it('never takes a time, an age or "I cannot say" as a score, and offers to skip instead', async () => {
    await play(new Chat(parts, 'not-a-score'), `
      > (open)
      [Ja, beginnen]
      > om 8 uur komt de thuiszorg
      < @checkin.unclear
      < (same question)
      > ik ben 82
      < @checkin.unclear
      < (same question)
      > geen idee, moeilijk te zeggen
      < @checkin.unsure
      < Sla over
      <! @checkin.confirm
      < (same question)
      <? Sla over
      > 1954
      < @checkin.unclear
      < (same question)
    `);
  });

  it('asks which of two in English too', async () => {
    await play(new Chat(parts, 'two-minds-en'), `
      > (open)
      [English]
      [Yes, let's start]
      > good days 9, bad days 4
      < @checkin.either
      < Is it 4 or 9?
      > nine
      < (next question)
      > hard to say
      < @checkin.unsure
      < (same question)
    `);
  });

  it('explains a question, goes back to change an answer, and remembers a mark', async () => {
    const chat = new Chat(parts, 'careful');
    await play(chat, `
      > (open)
      [Ja, beginnen]
      [Wat bedoel je?]
      < Een voorbeeld: je wandelt graag, maar je knie doet zeer.
      < @questions.body.ask
      [3]
      < @questions.daily.ask
      > terug
      < @questions.body.ask
      < Eerder gaf je hier een 3.
      [6]
      < @questions.daily.ask
      > hier wil ik over praten
      < Ik heb genoteerd dat je hierover wilt praten.
      < @questions.daily.ask
      [5]
      [Sla over]
      [8]
      [8]
      [8]
      < Je lichaam: 6 van 10.
      < Hier wil je graag over praten: Dagelijks leven.
    `);
  });

  it('welcomes a returning resident back and continues with earlier answers intact', async () => {
    const first = new Chat(parts, 'returning');
    await play(first, `
      > (open)
      [Ja, beginnen]
      [7]
      [2]
    `);
    const later = new Chat(parts, 'returning');
    await play(later, `
      > (open)
      < Welkom terug! Je praat weer met de chatbot van Welzijn Lindeveen. Je was gebleven bij vraag 3 van 6.
      < @welcome.back.choose
      [@welcome.choice.continue]
      < @questions.participation.ask
      [5]
      [5]
      [5]
      [5]
      < Je lichaam: een 7
    `);
  });

  it('offers to start again when a returning resident had finished', async () => {
    const first = new Chat(parts, 'finisher');
    await play(first, `
      > (open)
      [Ja, beginnen]
      [every question: 7]
      [Sla over]
      [Het is goed zo]
    `);
    await play(new Chat(parts, 'finisher'), `
      > hallo
      < Welkom terug! Je praat weer met de chatbot van Welzijn Lindeveen. Je hebt de vragen al eerder ingevuld.
      [Opnieuw beginnen]
      < @questions.body.ask
    `);
  });

  it('greets in English when the first message is English', async () => {
    await play(new Chat(parts, 'visitor'), `
      > Hello, I would like to know what this is about
      < Hello! I am the chatbot of Welzijn Lindeveen.
    `);
  });

  it('keeps a returning resident\'s answers when the operator switched to the extended set in between', async () => {
    const { loadQuestionSet } = await import('../../src/content/questions.js');
    const local = await startParts();
    try {
      await play(new Chat(local, 'switched'), `
        > (open)
        [Ja, beginnen]
        [every question until participation: body 7, daily 8]
        < @questions.participation.ask
      `);
      Object.assign(local.content.questions, loadQuestionSet('prompts/questions.json', local.content.prompts, 'extended'));
      await play(new Chat(local, 'switched'), `
        > (open)
        < Welkom terug!
        [@welcome.choice.continue]
        < Hoe goed slaap je de laatste tijd?
        <! Hoe gaat het met je lichaam?
      `);
    } finally {
      await local.close();
    }
  });

  it('uses the extended question set when the operator switches it on', async () => {
    const { loadQuestionSet } = await import('../../src/content/questions.js');
    const extended = loadQuestionSet('prompts/questions.json', parts.content.prompts, 'extended');
    const local = await startParts();
    Object.assign(local.content.questions, extended);
    try {
      await play(new Chat(local, 'extended'), `
        > (open)
        [Ja, beginnen]
        < Vraag 1 van ${extended.questions.length}
        [7]
        < Hoe goed slaap je de laatste tijd?
      `);
    } finally {
      await local.close();
    }
  });
});
