import { expect } from 'chai';
import { reflect } from '../../src/health/reflection.js';

describe('reflection: what goes well comes first', () => {
  it('lists strengths (7 and up) highest first, at most three', () => {
    const r = reflect({ body: 7, daily: 9, participation: 8, quality: 7.5, mind: 4, meaning: 6 }, []);
    expect(r.strengths).to.deep.equal(['daily', 'participation', 'quality']);
    expect(r.attention).to.deep.equal(['mind']);
    expect(r.answered).to.equal(6);
  });

  it('keeps the dimension order for equal scores', () => {
    expect(reflect({ meaning: 8, body: 8, quality: 8 }, []).strengths).to.deep.equal(['body', 'quality', 'meaning']);
  });

  it('lists points of attention (5 and lower) lowest first', () => {
    const r = reflect({ body: 8, daily: 5, participation: 2, quality: 3.5, mind: 6, meaning: 9 }, []);
    expect(r.attention).to.deep.equal(['participation', 'quality', 'daily']);
  });

  it('still names something that goes well when nothing reaches 7', () => {
    const r = reflect({ body: 3, daily: 6, participation: 2, quality: 5.5, mind: 4, meaning: 1 }, []);
    expect(r.strengths).to.deep.equal(['daily', 'quality']);
    expect(r.attention).to.deep.equal(['meaning', 'participation', 'body', 'mind']);
  });

  it('names only the best one when the runner-up is far behind', () => {
    const r = reflect({ body: 6, daily: 2, participation: 3 }, []);
    expect(r.strengths).to.deep.equal(['body']);
    expect(r.attention).to.deep.equal(['daily', 'participation']);
  });

  it('does not list a strength as a point of attention, even when all scores are low', () => {
    const r = reflect({ body: 3 }, []);
    expect(r.strengths).to.deep.equal(['body']);
    expect(r.attention).to.deep.equal([]);
  });

  it('adds marked dimensions to attention, also a strength or one without a score', () => {
    const r = reflect({ body: 9, daily: 4, participation: 7 }, ['body', 'meaning']);
    expect(r.strengths).to.deep.equal(['body', 'participation']);
    expect(r.attention).to.deep.equal(['daily', 'body', 'meaning']);
  });

  it('has no strengths and no scores when everything was skipped', () => {
    const r = reflect({}, []);
    expect(r).to.deep.equal({ strengths: [], attention: [], answered: 0 });
  });

  it('still shows the marks when everything was skipped', () => {
    expect(reflect({}, ['mind']).attention).to.deep.equal(['mind']);
  });
});
