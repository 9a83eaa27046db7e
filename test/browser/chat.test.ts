import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, describeInBrowser, expectNoAxeViolations, launchBrowser, newContext, screenshot } from './browser.js';
import { choose, openChat, say, sendBox, suggested, suggestedActions, transcript, waitForBot } from './chatPage.js';
import { BotServer } from './server.js';

const GREETING = 'Hallo! Ik ben de chatbot van';

/** Presses Tab until `isTarget` holds for the focused element; returns what each Tab reached, for a failure message. */
async function tabUntil(page: Page, isTarget: () => Promise<boolean>, maxTabs = 60): Promise<string[]> {
  const reached: string[] = [];
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName.toLowerCase()}${el.getAttribute('aria-label') ? `[${el.getAttribute('aria-label')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"` : '(nothing)';
    }));
    if (await isTarget()) return reached;
  }
  throw new Error(`Tab did not reach the element within ${maxTabs} presses; it reached:\n${reached.join('\n')}`);
}

/** True when the keyboard focus is on a suggested-action button with this name. */
async function focusOnSuggested(page: Page, name: string): Promise<boolean> {
  return suggested(page, name).evaluate((el) => el === document.activeElement).catch(() => false);
}

describeInBrowser('browser: the chat page', function () {
  this.timeout(240_000);
  let server: BotServer;
  let browser: Browser;

  before(async () => {
    server = await BotServer.start();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is a Dutch page with a title and a main landmark, and the bot greets first', async () => {
    const context = await newContext(browser, DESKTOP);
    try {
      const page = await context.newPage();
      await openChat(page, `${server.url}/`, GREETING);
      expect(await page.locator('html').getAttribute('lang')).to.equal('nl');
      expect(await page.title()).to.match(/\S/);
      expect(await page.getByRole('main').count()).to.equal(1);
      await waitForBot(page, 'Ik ben een computerprogramma, geen mens.');
      for (const name of ['Ja, beginnen', 'Vertel meer', 'Nu niet', 'English']) {
        await suggested(page, name).waitFor({ state: 'visible' });
      }
    } finally {
      await context.close();
    }
  });

  it('takes a resident through the whole check-in with the mouse and one typed answer, and shows the spider web', async () => {
    const context = await newContext(browser, DESKTOP);
    try {
      const page = await context.newPage();
      await openChat(page, `${server.url}/`, GREETING);
      await choose(page, 'Ja, beginnen');

      await waitForBot(page, 'Vraag 1 van 6');
      await choose(page, '0 heel slecht');
      await waitForBot(page, 'Vraag 2 van 6');
      await choose(page, '4');
      await waitForBot(page, 'Vraag 3 van 6');
      await say(page, 'zeven');
      await waitForBot(page, 'Vraag 4 van 6');
      await choose(page, '10 heel goed');
      await waitForBot(page, 'Vraag 5 van 6');
      await choose(page, 'Sla over');
      await waitForBot(page, 'Vraag 6 van 6');
      await choose(page, '8');

      await waitForBot(page, 'Dank je wel! Dat waren alle vragen.');
      await waitForBot(page, 'Dit gaat goed bij jou:');
      const web = transcript(page).locator('img[alt*="spinnenweb"]').last();
      await web.waitFor({ state: 'visible', timeout: 30_000 });
      await page.waitForFunction((img) => img instanceof HTMLImageElement && img.complete, await web.elementHandle(), { timeout: 30_000 });
      expect(await web.evaluate((img) => (img as HTMLImageElement).naturalWidth), 'the picture loaded').to.be.greaterThan(0);
      const alt = (await web.getAttribute('alt')) ?? '';
      // The answers in question order: body, daily, participation (typed), quality, mind (skipped), meaning.
      for (const line of ['Je lichaam: 0 van 10.', 'Dagelijks leven: 4 van 10.', 'Meedoen: 7 van 10.', 'Genieten: 10 van 10.', 'Hoe je je voelt: geen cijfer.', 'Zin in het leven: 8 van 10.']) {
        expect(alt, `the text alternative says "${line}"`).to.include(line);
      }

      await waitForBot(page, 'Wat is voor jou belangrijk');
      await choose(page, 'Sla over');
      await waitForBot(page, 'Waar zou je iets aan willen veranderen?');
      await suggested(page, 'Meedoen').waitFor({ state: 'visible' });
      await choose(page, 'Het is goed zo');
      // A 0 among the answers: "Het is goed zo" is respected, with the door to a person left open.
      await waitForBot(page, 'Wil je toch met iemand praten?');

      await expectNoAxeViolations(page, 'the chat page after a full check-in (desktop)');
      await screenshot(page, 'chat-desktop');
    } finally {
      await context.close();
    }
  });

  it('works with the keyboard alone on a phone: Tab reaches the buttons and the send box, Enter and Space press a button', async () => {
    const context = await newContext(browser, PHONE);
    try {
      const page = await context.newPage();
      await openChat(page, `${server.url}/`, GREETING);
      await suggested(page, 'Ja, beginnen').waitFor({ state: 'visible' });
      // Start from the top of the page, as someone arriving by keyboard does.
      await page.locator('body').focus();
      await tabUntil(page, () => sendBox(page).evaluate((el) => el === document.activeElement));
      await page.locator('body').focus();
      await tabUntil(page, async () => (await suggestedActions(page).locator('button:focus').count()) > 0);
      // A toolbar may be one Tab stop; the arrow keys then move between its buttons.
      for (let i = 0; i < 6 && !(await focusOnSuggested(page, 'Ja, beginnen')); i++) await page.keyboard.press('ArrowLeft');
      expect(await focusOnSuggested(page, 'Ja, beginnen'), 'focus on "Ja, beginnen"').to.equal(true);
      await page.keyboard.press('Enter');
      await waitForBot(page, 'Vraag 1 van 6');

      await suggested(page, '5').waitFor({ state: 'visible', timeout: 30_000 });
      await page.locator('body').focus();
      await tabUntil(page, async () => (await suggestedActions(page).locator('button:focus').count()) > 0);
      for (let i = 0; i < 20 && !(await focusOnSuggested(page, '5')); i++) await page.keyboard.press('ArrowRight');
      expect(await focusOnSuggested(page, '5'), 'focus on "5"').to.equal(true);
      await page.keyboard.press('Space');
      await waitForBot(page, 'Vraag 2 van 6');
      await transcript(page).getByText('5', { exact: true }).last().waitFor({ state: 'visible' });

      await expectNoAxeViolations(page, 'the chat page on a phone');
      await screenshot(page, 'chat-phone');
    } finally {
      await context.close();
    }
  });

  it('greets in English with ?lang=en', async () => {
    const context = await newContext(browser, DESKTOP);
    try {
      const page = await context.newPage();
      await openChat(page, `${server.url}/?lang=en`, 'Hello! I am the chatbot of');
      expect(await page.locator('html').getAttribute('lang')).to.equal('en');
      await expectNoAxeViolations(page, 'the English chat page');
    } finally {
      await context.close();
    }
  });
});
