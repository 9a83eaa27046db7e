import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { mayMessage, permissionToSend, readChannelEvent } from '../../src/channels/events.js';

/** A Messenger webhook event (shape as Meta documents it) as the Azure channel passes it on. */
function messenger(event: Record<string, unknown>, type: 'message' | 'event' = 'message'): Partial<Activity> {
  const payload = { sender: { id: '6543210987654321' }, recipient: { id: '1234567890' }, timestamp: 1732275600000, ...event };
  return type === 'message'
    ? { type, channelId: 'facebook', text: 'Aan de slag', channelData: payload }
    : { type, channelId: 'facebook', name: 'facebook', value: payload, channelData: payload };
}

describe('channel events', () => {
  it('reads the Web Chat start event with a valid campaign and language', () => {
    const start = readChannelEvent({ type: 'event', name: 'start', channelId: 'directline', value: { campaign: 'buurt-oost', locale: 'nl' } });
    expect(start).to.deep.equal({ kind: 'start', campaign: 'buurt-oost', locale: 'nl' });
  });

  it('drops a campaign that is not a plain name', () => {
    const start = readChannelEvent({ type: 'event', name: 'start', channelId: 'directline', value: { campaign: '<script>', locale: 'xx' } });
    expect(start).to.deep.equal({ kind: 'start' });
  });

  it('reads Get Started without a referral', () => {
    const start = readChannelEvent(messenger({ postback: { title: 'Aan de slag', payload: 'GET_STARTED' } }));
    expect(start).to.deep.equal({ kind: 'start' });
  });

  it('reads Get Started from an m.me link with ?ref= in a new thread', () => {
    const start = readChannelEvent(
      messenger({ postback: { title: 'Aan de slag', payload: 'GET_STARTED', referral: { ref: 'buurt-oost', source: 'SHORTLINK', type: 'OPEN_THREAD' } } }),
    );
    expect(start).to.deep.equal({ kind: 'start', campaign: 'buurt-oost' });
  });

  it('reads a messaging_referrals event from an m.me link in an existing thread', () => {
    const start = readChannelEvent(messenger({ referral: { ref: 'wandelweek', source: 'SHORTLINK', type: 'OPEN_THREAD' } }, 'event'));
    expect(start).to.deep.equal({ kind: 'start', campaign: 'wandelweek' });
  });

  it('uses the configured Get Started payload and ignores other postbacks and plain messages', () => {
    expect(readChannelEvent(messenger({ postback: { payload: 'START_NU' } }), { getStartedPayload: 'START_NU' })).to.deep.equal({ kind: 'start' });
    expect(readChannelEvent(messenger({ postback: { payload: 'choice:go' } }))).to.equal(undefined);
    expect(readChannelEvent({ type: 'message', channelId: 'directline', text: 'start' })).to.equal(undefined);
    expect(readChannelEvent(messenger({ message: { mid: 'm', text: 'hoi' } }))).to.equal(undefined);
  });

  it('lets the bot write on Messenger within 24 hours of the resident’s last message only', () => {
    const now = Date.UTC(2025, 0, 2, 12);
    const hour = 3_600_000;
    expect(mayMessage('facebook', now - 23 * hour, now)).to.equal(true);
    expect(mayMessage('facebook', now - 25 * hour, now)).to.equal(false);
    expect(mayMessage('facebook', undefined, now)).to.equal(false);
    expect(mayMessage('directline', now - 30 * 24 * hour, now)).to.equal(true);
    expect(mayMessage('webchat', undefined, now)).to.equal(true);
  });

  it('lets a person answer on Messenger up to 7 days with the HUMAN_AGENT tag, and only where a later message can arrive', () => {
    const now = Date.UTC(2025, 0, 9, 12);
    const hour = 3_600_000;
    const chat = ['webchat', 'directline', 'facebook'];
    expect(permissionToSend('facebook', chat, now - 23 * hour, now, true)).to.deep.equal({ may: true });
    expect(permissionToSend('facebook', chat, now - 3 * 24 * hour, now, true)).to.deep.equal({ may: true, tag: 'HUMAN_AGENT' });
    expect(permissionToSend('facebook', chat, now - 3 * 24 * hour, now, false)).to.deep.equal({ may: false, reason: 'window' });
    expect(permissionToSend('facebook', chat, now - 8 * 24 * hour, now, true)).to.deep.equal({ may: false, reason: 'window' });
    expect(permissionToSend('facebook', chat, undefined, now, true)).to.deep.equal({ may: false, reason: 'window' });
    expect(permissionToSend('webchat', chat, undefined, now, true)).to.deep.equal({ may: true });
    expect(permissionToSend('msteams', chat, now, now, true)).to.deep.equal({ may: false, reason: 'channel' });
  });
});
