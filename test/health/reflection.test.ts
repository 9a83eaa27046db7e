import { expect } from 'chai';
import { needsCare, reflect } from '../../src/health/reflection.js';

describe('reflection: what goes well comes first, and only what truly goes well', () => {
  it('lists strengths (7 and up) highest first, at most three', () => {
    const r = reflect({ body: 7, daily: 9, participation: 8, quality: 7.5, mind: 4, meaning: 6 });
    expect(r.strengths).to.deep.equal(['daily', 'participation', 'quality']);
    expect(r.strengthKind).to.equal('good');
    expect(r.attention).to.deep.equal(['mind']);
    expect(r.answered).to.equal(6);
  });

  it('keeps the dimension order for equal scores', () => {
    expect(reflect({ meaning: 8, body: 8, quality: 8 }).strengths).to.deep.equal(['body', 'quality', 'meaning']);
  });

  it('lists points of attention (5 and lower) lowest first', () => {
    const r = reflect({ body: 8, daily: 5, participation: 2, quality: 3.5, mind: 6, meaning: 9 });
    expect(r.attention).to.deep.equal(['participation', 'quality', 'daily']);
  });

  it('names the highest as the best when nothing reaches 7 but it is at least 6', () => {
    const r = reflect({ body: 3, daily: 6, participation: 2, quality: 5.5, mind: 4, meaning: 1 });
    expect(r.strengths).to.deep.equal(['daily']);
    expect(r.strengthKind).to.equal('best');
    expect(r.attention).to.deep.equal(['meaning', 'participation', 'body', 'mind']);
  });

  it('names no strength at all when every score is low, and lists each low score once', () => {
    const r = reflect({ body: 4, daily: 3, participation: 2, quality: 4, mind: 1, meaning: 3 });
    expect(r.strengths).to.deep.equal([]);
    expect(r.attention).to.have.members(['body', 'daily', 'participation', 'quality', 'mind', 'meaning']);
    expect(r.attention).to.have.length(6);
  });

  it('never puts one dimension in both lists', () => {
    for (const scores of [{ body: 6, daily: 5 }, { body: 5, daily: 5 }, { body: 7, daily: 2 }, { body: 6 }]) {
      const r = reflect(scores);
      expect(r.strengths.filter((d) => r.attention.includes(d)), JSON.stringify(scores)).to.deep.equal([]);
    }
  });

  it('has no strengths and no scores when everything was skipped', () => {
    expect(reflect({})).to.deep.include({ strengths: [], attention: [], answered: 0, care: false });
  });

  it('offers care after any score of 4 or lower, also one low score among good ones', () => {
    expect(needsCare({ body: 9, mind: 1 })).to.equal(true);
    expect(needsCare({ body: 4 })).to.equal(true);
    expect(needsCare({ body: 5, mind: 6 })).to.equal(false);
    expect(needsCare({})).to.equal(false);
  });
});
