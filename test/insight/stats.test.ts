import { expect } from 'chai';
import { difference, quantileOf, verdictOf, wilson } from '../../src/insight/stats.js';

const close = (actual: number, expected: number) => expect(actual).to.be.closeTo(expected, 0.0005);

describe('insight statistics: honest intervals for small groups', () => {
  it('gives the Wilson interval of 8 out of 10 (0.490 to 0.943)', () => {
    const w = wilson(8, 10);
    close(w.estimate, 0.8);
    close(w.low, 0.4902);
    close(w.high, 0.9433);
  });

  it('keeps the interval inside 0..1 at the edges, where the plain interval fails', () => {
    const none = wilson(0, 10);
    expect(none.low).to.equal(0);
    close(none.high, 0.2775);
    const all = wilson(20, 20);
    expect(all.high).to.equal(1);
    close(all.low, 0.8389);
  });

  it("gives Newcombe's interval for a difference: 56/70 minus 48/80 is 0.200 (0.052 to 0.334)", () => {
    const d = difference({ x: 56, n: 70 }, { x: 48, n: 80 });
    close(d.estimate, 0.2);
    close(d.low, 0.0524);
    close(d.high, 0.3339);
    expect(verdictOf(d)).to.equal('a_higher');
    expect(verdictOf(difference({ x: 48, n: 80 }, { x: 56, n: 70 }))).to.equal('b_higher');
  });

  it('says "no clear difference" when the interval holds zero, and "too few" without figures', () => {
    expect(verdictOf(difference({ x: 6, n: 12 }, { x: 5, n: 11 }))).to.equal('no_clear_difference');
    expect(verdictOf(undefined)).to.equal('too_few');
  });

  it('reads the median and 90th percentile from a histogram of working days', () => {
    const days = new Map([[0, 3], [1, 4], [2, 2], [7, 1]]);
    expect(quantileOf(days, 0.5)).to.equal(1);
    expect(quantileOf(days, 0.9)).to.equal(2);
    expect(quantileOf(days, 1)).to.equal(7);
    expect(quantileOf(new Map(), 0.5)).to.equal(undefined);
  });
});
