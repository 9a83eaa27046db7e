import { expect } from 'chai';
import { MAX_KEPT_REPLIES, MAX_KEPT_REPLY_CHARS, keepReplies, repliesFor } from '../../src/store/replies.js';

const reply = (text: string) => ({ type: 'message', text, from: { id: 'bot', name: 'bot' }, conversation: { id: 'c', isGroup: false, conversationType: '', name: '' }, serviceUrl: 'http://x' });

describe('replies kept for a redelivery', () => {
  it('keeps what a reply shows, without addresses, and gives it back only for the same activity', () => {
    const kept = keepReplies('m1', [reply('hallo'), { type: 'message', suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Ja', value: 'ja' }] } }]);
    expect(kept?.replies[0]).to.deep.equal({ type: 'message', text: 'hallo' });
    expect(repliesFor(kept, 'm1')).to.have.length(2);
    expect(repliesFor(kept, 'm2')).to.deep.equal([]);
  });

  it('keeps nothing for a turn with too many or too large replies, and reads nothing from damaged state', () => {
    expect(keepReplies('m', Array.from({ length: MAX_KEPT_REPLIES + 1 }, () => reply('x')))).to.equal(undefined);
    expect(keepReplies('m', [reply('x'.repeat(MAX_KEPT_REPLY_CHARS))])).to.equal(undefined);
    expect(repliesFor({ mark: 'm', replies: 'not a list' }, 'm')).to.deep.equal([]);
    expect(repliesFor(undefined, 'm')).to.deep.equal([]);
  });
});
