import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type restify from 'restify';
import { loadConfig } from '../../src/config.js';
import { loadPrompts } from '../../src/content/prompts.js';
import { registerWebChatPage } from '../../src/channels/page.js';
import { close, createTestServer, listen } from './helpers.js';

const prompts = loadPrompts(new URL('../../prompts', import.meta.url).pathname);

describe('chat page', () => {
  let server: restify.Server;
  let base: string;
  let dir: string;

  async function start(env: Record<string, string>): Promise<void> {
    dir = mkdtempSync(join(tmpdir(), 'page-'));
    const bundlePath = join(dir, 'webchat.js');
    writeFileSync(bundlePath, 'window.WebChat = {};');
    server = createTestServer();
    registerWebChatPage(server, { config: loadConfig(env), prompts: (l, k, v) => prompts.t(l, k, v), bundlePath });
    base = await listen(server);
  }

  afterEach(async () => {
    await close(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the organisation, in Dutch by default, with a title, main landmark and labelled chat', async () => {
    await start({ ORG_NAME: 'Welzijn <Noord> & Zo', DIRECT_LINE_SECRET: 'geheim-123-abc', LOCAL_DIRECT_LINE: 'true' });
    const res = await fetch(`${base}/`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.contain('text/html');
    const html = await res.text();
    expect(html).to.contain('<html lang="nl">');
    expect(html).to.contain('<title>Chat met Welzijn &lt;Noord&gt; &amp; Zo</title>');
    expect(html).to.not.contain('<Noord>');
    expect(html).to.contain('<main id="main">');
    expect(html).to.match(/<section id="chat"[^>]*aria-labelledby="chat-label"/);
    expect(html).to.contain('Typ hier je bericht');
    expect(html).to.not.contain('geheim-123-abc');
    expect(html).to.contain('"local":true');
  });

  it('speaks English with ?lang=en or an English browser, and passes a valid campaign only', async () => {
    await start({ LOCAL_DIRECT_LINE: 'false', DIRECT_LINE_SECRET: 'geheim-123-abc' });
    const en = await (await fetch(`${base}/?lang=en&campaign=buurt-oost`)).text();
    expect(en).to.contain('<html lang="en">');
    expect(en).to.contain('"start":{"campaign":"buurt-oost","locale":"en"}');
    expect(en).to.contain('"local":false');
    expect(en).to.not.contain('geheim-123-abc');
    const browser = await (await fetch(`${base}/?campaign=%3C/script%3E`, { headers: { 'Accept-Language': 'en-GB,en;q=0.9,nl;q=0.8' } })).text();
    expect(browser).to.contain('<html lang="en">');
    expect(browser).to.contain('"start":{"locale":"en"}');
    expect(browser.match(/<\/script>/g)?.length).to.equal(3);
  });

  it('serves the privacy page with the retention period and how to erase', async () => {
    await start({ RETENTION_DAYS: '45' });
    const html = await (await fetch(`${base}/privacy`)).text();
    expect(html).to.contain('45 dagen');
    expect(html).to.contain('wis mijn gegevens');
  });

  it('serves the Web Chat bundle as JavaScript with a long cache, gzipped when asked', async () => {
    await start({});
    const res = await fetch(`${base}/webchat.js?v=1`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.contain('text/javascript');
    expect(res.headers.get('cache-control')).to.contain('max-age=31536000');
    expect(res.headers.get('content-encoding')).to.equal('gzip');
    expect(await res.text()).to.equal('window.WebChat = {};');
  });
});
