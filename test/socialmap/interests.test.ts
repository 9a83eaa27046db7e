import { expect } from 'chai';
import { interestsFromText, likedFromText } from '../../src/socialmap/interests.js';

describe('socialmap: interests from what a resident typed', () => {
  const cases: [string, 'nl' | 'en', string[]][] = [
    ['ik kook graag', 'nl', ['cooking']],
    ['Ik wandel graag met de hond', 'nl', ['walking']],
    ['ik hou van tuinieren', 'nl', ['gardening']],
    ['Ik lees veel.', 'nl', ['reading']],
    ['I like music', 'en', ['music']],
    ['I love cooking and gardening', 'en', ['cooking', 'gardening']],
    ['I used to be a hairdresser', 'en', ['sharing-skills', 'care-for-others', 'volunteering']],
  ];
  for (const [text, locale, expected] of cases) {
    it(`"${text}" → ${expected.join(', ')}`, () => {
      expect(interestsFromText(text, locale)).to.deep.equal(expected);
    });
  }

  it('turns a former job into volunteering that uses the same skills', () => {
    const tags = interestsFromText('ik was vroeger kapper', 'nl');
    expect(tags).to.include.members(['sharing-skills', 'volunteering', 'care-for-others']);
  });

  it('keeps apart what the resident likes from what their trade stands for', () => {
    expect(likedFromText('ik zing graag en ik was vroeger kapper', 'nl')).to.deep.equal(['music']);
    expect(interestsFromText('ik zing graag en ik was vroeger kapper', 'nl')).to.include.members(['music', 'care-for-others']);
    expect(likedFromText('I was a nurse and I love gardening', 'en')).to.deep.equal(['gardening']);
  });

  it('does not count what the resident says they do not like', () => {
    expect(interestsFromText('Ik kook niet graag, maar ik wandel wel graag', 'nl')).to.deep.equal(['walking']);
    expect(interestsFromText("I don't like sports", 'en')).to.deep.equal([]);
  });

  it('understands English in a Dutch conversation, and finds nothing in plain words', () => {
    expect(interestsFromText('I like reading', 'nl')).to.deep.equal(['reading']);
    expect(interestsFromText('Het gaat wel', 'nl')).to.deep.equal([]);
  });
});
