import { expect } from 'chai';
import type restify from 'restify';
import { registerLocalDirectLine, type LocalDirectLineOptions } from '../../src/channels/directline/local.js';
import { close, createTestServer, listen, mountEchoBot, quietLogger } from './helpers.js';

interface Started {
  conversationId: string;
  token: string;
  expires_in: number;
}
interface ActivityLike {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  channelData?: Record<string, unknown>;
}
interface ActivitySet {
  activities: ActivityLike[];
  watermark: string;
}

describe('local Direct Line', () => {
  let server: restify.Server;
  let base: string;
  let clock = Date.now();

  const SECRET = 'local-direct-line-test-secret-0123456789';

  async function start(maxConversations = 50, limits: Partial<LocalDirectLineOptions> = {}): Promise<void> {
    server = createTestServer();
    mountEchoBot(server);
    base = await listen(server);
    registerLocalDirectLine(server, {
      botEndpoint: `${base}/api/messages`,
      serviceUrl: base,
      secret: SECRET,
      maxConversations,
      logger: quietLogger,
      now: () => clock,
      ...limits,
    });
  }

  afterEach(async () => close(server));

  const dl = (path: string) => `${base}/v3/directline${path}`;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  async function startConversation(): Promise<Started> {
    const res = await fetch(dl('/conversations'), { method: 'POST', headers: { Authorization: 'Bearer undefined' } });
    expect(res.status).to.equal(201);
    return (await res.json()) as Started;
  }

  it('opens a conversation with the page\'s language and campaign, which reach the bot with the conversationUpdate', async () => {
    await start();
    const res = await fetch(dl('/conversations'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ locale: 'en', campaign: 'wijkfeest' }) });
    expect(res.status).to.equal(201);
    const c = (await res.json()) as Started;
    expect((await getActivities(c)).activities.map((a) => a.text)).to.deep.equal(['Welkom! (en, wijkfeest)']);
  });

  it('refuses a conversation start with a language or campaign it does not know, and says why', async () => {
    await start();
    const res = await fetch(dl('/conversations'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ locale: 'de', campaign: '<script>' }) });
    expect(res.status).to.equal(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).to.match(/conversation start is not valid/);
  });

  async function getActivities(c: Started, watermark = ''): Promise<ActivitySet> {
    const res = await fetch(dl(`/conversations/${c.conversationId}/activities?watermark=${watermark}`), { headers: auth(c.token) });
    expect(res.status).to.equal(200);
    return (await res.json()) as ActivitySet;
  }

  async function say(c: Started, text: string, clientActivityID = 'c1'): Promise<Response> {
    return fetch(dl(`/conversations/${c.conversationId}/activities`), {
      method: 'POST',
      headers: { ...auth(c.token), 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text, from: { id: 'someone-else', role: 'user' }, channelData: { clientActivityID } }),
    });
  }

  it('welcomes the resident as soon as the conversation starts, before they type', async () => {
    await start();
    const c = await startConversation();
    expect(c.token).to.be.a('string').with.length.above(20);
    expect(c.expires_in).to.equal(300);
    const { activities } = await getActivities(c);
    expect(activities.map((a) => a.text)).to.deep.equal(['Welkom!']);
    expect(activities[0]?.from.role).to.equal('bot');
  });

  it('echoes the resident and returns only activities after the watermark', async () => {
    await start();
    const c = await startConversation();
    const first = await getActivities(c);

    const res = await say(c, 'hallo', 'client-1');
    expect(res.status).to.equal(200);
    const { id } = (await res.json()) as { id: string };
    expect(id).to.match(new RegExp(`^${c.conversationId}\\|`));

    const next = await getActivities(c, first.watermark);
    expect(next.activities.map((a) => a.text)).to.deep.equal(['hallo', 'echo: hallo']);
    const echo = next.activities[0];
    expect(echo?.id).to.equal(id);
    expect(echo?.from.role).to.equal('user');
    expect(echo?.from.id).to.match(/^dl_/);
    expect(echo?.channelData?.clientActivityID).to.equal('client-1');

    const after = await getActivities(c, next.watermark);
    expect(after.activities).to.deep.equal([]);
    expect(after.watermark).to.equal(next.watermark);
  });

  it('keeps two conversations apart', async () => {
    await start();
    const a = await startConversation();
    const b = await startConversation();
    await say(a, 'alleen voor a');
    await say(b, 'alleen voor b');
    const textsA = (await getActivities(a)).activities.map((x) => x.text);
    const textsB = (await getActivities(b)).activities.map((x) => x.text);
    expect(textsA).to.deep.equal(['Welkom!', 'alleen voor a', 'echo: alleen voor a']);
    expect(textsB).to.deep.equal(['Welkom!', 'alleen voor b', 'echo: alleen voor b']);
  });

  it('answers 404 for an unknown conversation and 403 for another conversation’s token', async () => {
    await start();
    const a = await startConversation();
    const b = await startConversation();
    const unknown = await fetch(dl('/conversations/nope/activities?watermark='), { headers: auth(a.token) });
    expect(unknown.status).to.equal(404);
    const foreign = await fetch(dl(`/conversations/${a.conversationId}/activities`), { headers: auth(b.token) });
    expect(foreign.status).to.equal(403);
    const missing = await fetch(dl(`/conversations/${a.conversationId}/activities`));
    expect(missing.status).to.equal(403);
    const post = await say({ ...a, token: b.token }, 'ingebroken');
    expect(post.status).to.equal(403);
    expect((await getActivities(a)).activities.map((x) => x.text)).to.not.include('ingebroken');
  });

  it('refuses a body over 64 kB with 413 and a malformed one with 400, with a reason', async () => {
    await start();
    const c = await startConversation();
    const big = await say(c, 'x'.repeat(70_000));
    expect(big.status).to.equal(413);

    const post = (body: string) =>
      fetch(dl(`/conversations/${c.conversationId}/activities`), {
        method: 'POST',
        headers: { ...auth(c.token), 'Content-Type': 'application/json' },
        body,
      });
    const broken = await post('{"type": "message", ');
    expect(broken.status).to.equal(400);
    const wrongType = await post(JSON.stringify({ type: 'invoke', text: 'hoi' }));
    expect(wrongType.status).to.equal(400);
    const reason = (await wrongType.json()) as { error: { message: string } };
    expect(reason.error.message).to.contain('type');
    const empty = await post('');
    expect(empty.status).to.equal(400);
    const badWatermark = await fetch(dl(`/conversations/${c.conversationId}/activities?watermark=abc`), { headers: auth(c.token) });
    expect(badWatermark.status).to.equal(400);
    expect((await getActivities(c)).activities.map((x) => x.text)).to.deep.equal(['Welkom!']);
  });

  it('caps open conversations with 503 and Retry-After, and frees places when they go idle, forgetting their messages', async () => {
    await start(2);
    await startConversation();
    const kept = await startConversation();
    const full = await fetch(dl('/conversations'), { method: 'POST' });
    expect(full.status).to.equal(503);
    expect(Number(full.headers.get('retry-after'))).to.be.within(1, 1800);

    clock += 31 * 60_000;
    const fresh = await startConversation();
    expect(fresh.conversationId).to.not.equal(kept.conversationId);
    // An idle conversation forgets its messages; its own token may open it again (as after a restart), empty.
    const reopened = await getActivities(kept);
    expect(reopened.activities).to.deep.equal([]);
    const stranger = await fetch(dl(`/conversations/${kept.conversationId}/activities`), { headers: auth('made-up') });
    expect(stranger.status).to.equal(403);
  });

  it('refreshes a token for its own conversation only', async () => {
    await start();
    const c = await startConversation();
    const ok = await fetch(dl('/tokens/refresh'), { method: 'POST', headers: auth(c.token) });
    expect(ok.status).to.equal(200);
    expect(((await ok.json()) as Started).conversationId).to.equal(c.conversationId);
    const bad = await fetch(dl('/tokens/refresh'), { method: 'POST', headers: auth('made-up') });
    expect(bad.status).to.equal(403);
  });

  it('delivers the page’s start event to the bot', async () => {
    await start();
    const c = await startConversation();
    const res = await fetch(dl(`/conversations/${c.conversationId}/activities`), {
      method: 'POST',
      headers: { ...auth(c.token), 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'event', name: 'start', value: { campaign: 'buurt-oost', locale: 'nl' } }),
    });
    expect(res.status).to.equal(200);
    expect((await getActivities(c)).activities.map((x) => x.text)).to.include('event: start');
  });
  const post = (c: Started, text: string) =>
    fetch(dl(`/conversations/${c.conversationId}/activities`), {
      method: 'POST',
      headers: { ...auth(c.token), 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', from: { id: 'me' }, text }),
    });

  it('lets one client open only its share of conversations, so others can still start (429)', async () => {
    await start(50, { maxPerClient: 3 });
    for (let i = 0; i < 3; i++) await startConversation();
    const more = await fetch(dl('/conversations'), { method: 'POST' });
    expect(more.status).to.equal(429);
    expect(Number(more.headers.get('retry-after'))).to.be.greaterThan(0);
    clock += 6 * 60_000;
    await startConversation();
  });

  it('forgets the transcript of a conversation nobody polled for a few minutes (its token may open it again, empty)', async () => {
    await start();
    const c = await startConversation();
    clock += 4 * 60_000;
    expect((await getActivities(c)).activities.map((a) => a.text)).to.deep.equal(['Welkom!']);
    clock += 6 * 60_000;
    expect((await getActivities(c)).activities).to.deep.equal([]);
  });

  it('keeps a bounded transcript per conversation: the oldest activities go first', async () => {
    await start(50, { maxConversationChars: 20_000 });
    const c = await startConversation();
    for (let i = 0; i < 8; i++) expect((await post(c, `${i}:${'x'.repeat(4000)}`)).status).to.equal(200);
    const kept = (await getActivities(c)).activities;
    expect(JSON.stringify(kept).length).to.be.below(20_000 + 2_000);
    expect(kept.at(-1)?.text).to.match(/^echo: 7:/);
    expect(kept.map((a) => a.text)).to.not.include('Welkom!');
  });

  it('takes no more messages from browsers once all conversations hold the total allowed (503)', async () => {
    await start(50, { maxTotalChars: 30_000 });
    const a = await startConversation();
    const b = await startConversation();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await post(i % 2 === 0 ? a : b, 'y'.repeat(5000))).status);
    expect(statuses).to.include(503);
    expect((await fetch(dl('/conversations'), { method: 'POST' })).status).to.equal(503);
  });

  it('drops the transcript when the resident erases their data, keeping only the answer to it', async () => {
    await start();
    const c = await startConversation();
    expect((await post(c, 'mijn naam is Anna')).status).to.equal(200);
    expect((await post(c, 'wis mijn gegevens')).status).to.equal(200);
    const kept = (await getActivities(c)).activities;
    expect(kept.map((a) => a.text ?? a.type)).to.deep.equal(['erased', 'event'], 'the answer and the event for the page');
  });

  it('keeps the resident of a browser: a later conversation with its kept id is the same resident, a made-up id is not', async () => {
    await start();
    const first = (await startConversation()) as Started & { userId: string };
    expect(first.userId).to.match(/^dl_/);
    const open = (userId: string) =>
      fetch(dl('/conversations'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId }) }).then(async (res) => (await res.json()) as Started & { userId: string });
    const again = await open(first.userId);
    expect(again.conversationId).to.not.equal(first.conversationId);
    expect(again.userId).to.equal(first.userId);
    await say(again, 'ik ben terug');
    const echo = (await getActivities(again)).activities.find((a) => a.text === 'ik ben terug');
    expect(echo?.from.id).to.equal(first.userId);

    const forged = await open(`${first.userId.slice(0, -2)}xx`);
    expect(forged.userId).to.not.equal(first.userId);
    const chosen = await open('dl_mijn-eigen-id');
    expect(chosen.userId).to.not.equal('dl_mijn-eigen-id');
  });

  it('after a restart with the same secret the browser\'s token opens its conversation again, and new activities follow its watermark', async () => {
    await start();
    const c = await startConversation();
    await say(c, 'voor de herstart');
    const before = await getActivities(c);
    await close(server);

    await start();
    const res = await say(c, 'na de herstart');
    expect(res.status).to.equal(200);
    const after = await getActivities(c, before.watermark);
    expect(after.activities.map((a) => a.text)).to.deep.equal(['na de herstart', 'echo: na de herstart']);
    expect(Number(after.watermark)).to.be.greaterThan(Number(before.watermark));
    const ids = new Set([...before.activities, ...after.activities].map((a) => a.id));
    expect(ids.size, 'no activity id is used twice').to.equal(before.activities.length + after.activities.length);

    const otherConversation = await fetch(dl('/conversations/AAAAAAAAAAAAAAAAAAAAAA/activities'), { headers: auth(c.token) });
    expect(otherConversation.status, 'a token opens only its own conversation').to.equal(404);
  });
});
