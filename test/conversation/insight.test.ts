import { expect } from 'chai';
import type { Parts } from '../../src/app.js';
import { Chat, startParts } from './harness.js';
import { play } from './transcript.js';

describe('conversation: what insight counts, and nothing more', () => {
  let parts: Parts;
  before(async () => {
    parts = await startParts();
  });
  after(() => parts.close());

  it('counts each step, question, score band and wish once, with the postcode area and no resident', async () => {
    const chat = new Chat(parts, 'insight-1');
    await play(chat, `
      > (open)
      [Ja, beginnen]
      [every question: body 7, daily 8, participation 3, quality 6, mind 7, meaning 8]
      > Ik kook graag voor anderen
      [Meedoen]
      [Iets in de buurt]
      < Typ dan de vier cijfers van je postcode.
      > 7425
      < Wat doe je graag?
      > koken
      < Dit zijn drie dingen die bij je passen:
    `);
    const rows = await parts.store.insight.read('2000-01', '2999-12');
    const of = (metric: string) => rows.filter((r) => r.metric === metric).map((r) => `${r.subject}|${r.band}|${r.area}|${r.count}`).sort();
    expect(of('step')).to.deep.equal(['chose|||1', 'consented|||1', 'finished|||1', 'saw_activities||7425|1', 'started|||1']);
    expect(of('question')).to.have.length(6);
    expect(of('question')).to.include('participation|answered||1');
    expect(of('score')).to.include.members(['participation|0-3||1', 'daily|8-10||1', 'quality|6-7||1']);
    expect(of('chosen')).to.deep.equal(['participation||7425|1']);
    expect(of('wish')).to.deep.equal(['participation|cooking|7425|1']);
    const everything = JSON.stringify(rows);
    expect(everything).to.not.contain('insight-1').and.not.contain('kook');
  });
});
