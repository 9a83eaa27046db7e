import { expect } from 'chai';
import { createOfflineLanguage } from '../../src/language/offline.js';

const language = createOfflineLanguage();

describe('offline language detection', () => {
  it('recognises a Dutch sentence with confidence', async () => {
    const result = await language.detectLanguage('Het gaat vandaag niet zo best met mij, maar ik ben blij');
    expect(result.language).to.equal('nl');
    expect(result.confidence).to.be.above(0.8);
  });

  it('recognises an English sentence with confidence', async () => {
    const result = await language.detectLanguage('I feel pretty good today, thanks for asking');
    expect(result.language).to.equal('en');
    expect(result.confidence).to.be.above(0.8);
  });

  it('calls German or French "other"', async () => {
    expect((await language.detectLanguage('Ich bin heute sehr müde und traurig')).language).to.equal('other');
    expect((await language.detectLanguage('Je suis très fatigué aujourd’hui, merci')).language).to.equal('other');
  });

  for (const short of ['ja', 'ok', '7', 'gaat wel', 'not bad', '👍']) {
    it(`gives low confidence for the short answer "${short}"`, async () => {
      expect((await language.detectLanguage(short)).confidence).to.be.below(0.5);
    });
  }

  it('still leans the right way on a short answer', async () => {
    expect((await language.detectLanguage('ja')).language).to.equal('nl');
    expect((await language.detectLanguage('yes please')).language).to.equal('en');
  });
});
