import { expect } from 'chai';
import { createOfflineLanguage } from '../../src/language/offline.js';

const language = createOfflineLanguage();
const score = async (text: string, locale: 'nl' | 'en' = 'nl') => language.sentiment(text, locale);

describe('offline sentiment', () => {
  describe('typical check-in answers', () => {
    const cases: Array<[string, 'positive' | 'neutral' | 'negative', number, number]> = [
      // text, label, lowest score, highest score
      ['super', 'positive', 0.8, 1],
      ['fantastisch', 'positive', 0.8, 1],
      ['prima', 'positive', 0.4, 0.8],
      ['goed hoor', 'positive', 0.4, 0.8],
      ['gaat wel', 'neutral', 0, 0.2],
      ['zo zo', 'neutral', -0.15, 0.1],
      ['kan beter', 'negative', -0.4, -0.1],
      ['matig', 'negative', -0.45, -0.15],
      ['niet zo best', 'negative', -0.7, -0.2],
      ['slecht', 'negative', -0.8, -0.4],
      ['beroerd', 'negative', -0.9, -0.5],
      ['pretty good', 'positive', 0.4, 0.9],
      ['awful', 'negative', -1, -0.6],
    ];
    for (const [text, label, low, high] of cases) {
      it(`"${text}" is ${label} (${low}..${high})`, async () => {
        const result = await score(text);
        expect(result.label).to.equal(label);
        expect(result.score).to.be.within(low, high);
      });
    }
  });

  it('orders answers from bad to good the way a person would', async () => {
    const ordered = ['awful', 'beroerd', 'slecht', 'niet zo best', 'kan beter', 'gaat wel', 'prima', 'super'];
    const scores = await Promise.all(ordered.map(async (t) => (await score(t)).score));
    expect(scores).to.deep.equal([...scores].sort((a, b) => a - b));
  });

  describe('negation', () => {
    it('"niet goed" is negative', async () => expect((await score('niet goed')).label).to.equal('negative'));
    it('"niet slecht" is only mildly positive', async () => {
      const result = await score('niet slecht');
      expect(result.label).to.equal('positive');
      expect(result.score).to.be.below((await score('goed')).score);
    });
    it('"geen zin" is negative', async () => expect((await score('ik heb geen zin')).label).to.equal('negative'));
    it('"het gaat niet goed" is negative', async () => expect((await score('Het gaat niet goed')).label).to.equal('negative'));
    it('"not bad" is mildly positive', async () => {
      const result = await score('not bad', 'en');
      expect(result.label).to.equal('positive');
      expect(result.score).to.be.below(0.5);
    });
    it('"not good" is negative', async () => expect((await score('not good', 'en')).label).to.equal('negative'));
  });

  describe('intensifiers', () => {
    it('"heel goed" is stronger than "goed"', async () => expect((await score('heel goed')).score).to.be.above((await score('goed')).score));
    it('"erg moe" is more negative than "moe"', async () => expect((await score('erg moe')).score).to.be.below((await score('moe')).score));
    it('"very bad" is more negative than "bad"', async () => expect((await score('very bad')).score).to.be.below((await score('bad')).score));
    it('"een beetje moe" is milder than "moe"', async () => expect((await score('een beetje moe')).score).to.be.above((await score('moe')).score));
  });

  describe('emoji', () => {
    for (const [emoji, label] of [['😀', 'positive'], ['🙂', 'positive'], ['😐', 'neutral'], ['🙁', 'negative'], ['😢', 'negative'], ['👍', 'positive'], ['👎', 'negative'], ['❤️', 'positive'], [':)', 'positive'], [':(', 'negative']] as const) {
      it(`${emoji} is ${label}`, async () => expect((await score(emoji)).label).to.equal(label));
    }
    it('an emoji adds to the words', async () => expect((await score('goed 😀')).score).to.be.above((await score('goed')).score));
  });

  it('reads "goed, maar moe" as mixed', async () => expect((await score('goed, maar moe')).label).to.equal('mixed'));
  it('reads stretched words ("supeeer")', async () => expect((await score('supeeer')).label).to.equal('positive'));
  it('reads words with accents and without ("geïrriteerd", "geirriteerd") alike', async () => {
    expect(await score('geïrriteerd')).to.deep.equal(await score('geirriteerd'));
  });
  it('keeps a plain score or an empty answer neutral', async () => {
    expect(await score('7')).to.deep.equal({ label: 'neutral', score: 0 });
    expect(await score('')).to.deep.equal({ label: 'neutral', score: 0 });
  });
  it('always stays within -1..1', async () => {
    expect((await score('super super super fantastisch geweldig 😀😀😀')).score).to.equal(1);
    expect((await score('vreselijk verschrikkelijk beroerd 😭😭')).score).to.equal(-1);
  });
});
