import { expect } from 'chai';
import { createTakeHomeBox } from '../../src/channels/takehome.js';

const SECRET = 'take-home-test-secret-0123456789abcdef';
const DAY = 24 * 3600_000;

describe('take-home links', () => {
  const home = { locale: 'nl' as const, scores: { body: 7, mind: 3.5 }, earlier: { body: 5 }, activityIds: ['wandelgroep'], reference: 'K7P-42Q', issuedAt: 1_000_000 };

  it('opens what it sealed, and the link reveals none of it', () => {
    const box = createTakeHomeBox(SECRET, 30 * DAY);
    const token = box.seal(home);
    expect(token).to.match(/^[A-Za-z0-9_-]+$/);
    expect(token).to.not.contain('K7P');
    expect(box.open(token, home.issuedAt + DAY)).to.deep.equal(home);
  });

  it('refuses a changed token, another secret\'s token, and a token older than the retention', () => {
    const box = createTakeHomeBox(SECRET, 30 * DAY);
    const token = box.seal(home);
    const changed = `${token.slice(0, 20)}${token[20] === 'A' ? 'B' : 'A'}${token.slice(21)}`;
    expect(box.open(changed, home.issuedAt)).to.equal(undefined);
    expect(createTakeHomeBox(`${SECRET}x`, 30 * DAY).open(token, home.issuedAt)).to.equal(undefined);
    expect(box.open(token, home.issuedAt + 31 * DAY)).to.equal(undefined);
    expect(box.open('x'.repeat(5000), home.issuedAt)).to.equal(undefined);
    expect(box.open('not a token!', home.issuedAt)).to.equal(undefined);
  });
});
