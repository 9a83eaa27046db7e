import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { createLogger } from '../../src/log.js';
import { openStore } from '../../src/store/index.js';
import { eventsOf, generateResidents } from '../insight/residents.js';
import { DESKTOP, PHONE, describeInBrowser, expectNoAxeViolations, launchBrowser, newContext, screenshot } from './browser.js';
import { BotServer } from './server.js';

const PASSWORD = 'lang-genoeg-wachtwoord-1';
const POLICY = 'beleid@example.nl';
const WORKER = 'worker@example.nl';

describeInBrowser('browser: a policy maker reads the insight pages', function () {
  this.timeout(300_000);
  let server: BotServer;
  let browser: Browser;

  before(async () => {
    server = await BotServer.start();
    await server.addAccount(POLICY, PASSWORD, 'insight');
    await server.addAccount(WORKER, PASSWORD, 'staff');
    // A year's worth of generated residents, counted into the bot's own database as the dialogs would.
    const store = await openStore({ sqlitePath: server.sqlitePath, poolSize: 1, retentionDays: 30, handoverRetentionDays: 90, logger: createLogger('silent') });
    try {
      for (const resident of generateResidents(3000, 11)) for (const event of eventsOf(resident)) store.insight.record(resident.who, event);
      await store.insight.flush();
    } finally {
      await store.close();
    }
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function logIn(email: string, viewport = DESKTOP) {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    await page.goto(`${server.url}/staff/login`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), page.getByRole('button', { name: 'Inloggen' }).click()]);
    return { context, page };
  }

  it('opens on the insight page, with charts, tables and a comparison, and no axe violations', async () => {
    const { context, page } = await logIn(POLICY);
    try {
      expect(new URL(page.url()).pathname, 'the insight role lands on insight, not the inbox').to.equal('/staff/insight');
      await page.getByRole('heading', { level: 1, name: 'Inzicht: wat inwoners zeggen' }).waitFor();
      expect(await page.getByRole('link', { name: 'Inbox' }).count()).to.equal(0);
      expect(await page.getByRole('img').count(), 'charts are pictures with a name').to.be.at.least(5);
      expect(await page.getByRole('table').count()).to.be.at.least(10);
      expect(await page.getByRole('main').textContent()).to.contain('< 10');
      await expectNoAxeViolations(page, 'the insight page');
      await screenshot(page, 'insight-page');

      await page.getByLabel('Eerste uitnodiging').selectOption('huisarts-brief');
      await page.getByLabel('Tweede uitnodiging').selectOption('facebook-buurt');
      await page.getByRole('button', { name: 'Vergelijk' }).click();
      const verdict = await page.getByRole('status').textContent();
      expect(verdict).to.match(/duidelijk verschil|doet het duidelijk beter/);
      await expectNoAxeViolations(page, 'the insight page with a comparison');
      await screenshot(page, 'insight-compare');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download "Cijfers per onderwerp" als CSV' }).click()]);
      expect(download.suggestedFilename()).to.match(/^inzicht-scores-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
    } finally {
      await context.close();
    }
  });

  it('reads on a phone without axe violations', async () => {
    const { context, page } = await logIn(POLICY, PHONE);
    try {
      await expectNoAxeViolations(page, 'the insight page on a phone');
      await screenshot(page, 'insight-phone');
    } finally {
      await context.close();
    }
  });

  it('refuses a welfare worker', async () => {
    const { context, page } = await logIn(WORKER);
    try {
      const res = await page.goto(`${server.url}/staff/insight`);
      expect(res?.status()).to.equal(403);
      expect(await page.getByRole('link', { name: 'Inzicht' }).count(), 'the menu does not offer it').to.equal(0);
    } finally {
      await context.close();
    }
  });
});
