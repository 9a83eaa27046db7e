import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, describeInBrowser, expectNoAxeViolations, launchBrowser, newContext, screenshot } from './browser.js';
import { BOT_WAIT_MS, choose, openChat, say, suggestedActions, transcript, waitForBot } from './chatPage.js';
import { BotServer } from './server.js';

const GREETING = 'Hallo! Ik ben de chatbot van';
const RESIDENT_KEY = 'spinnenweb.resident';

/** The resident id the page keeps in localStorage, or null. */
function keptId(page: Page): Promise<string | null> {
  return page.evaluate((key) => window.localStorage.getItem(key), RESIDENT_KEY);
}

/** Starts the check-in and answers until the bot asks question `n`. */
async function answerUntil(page: Page, n: number): Promise<void> {
  await choose(page, 'Ja, beginnen');
  for (let i = 1; i < n; i++) {
    await waitForBot(page, `Vraag ${i} van 6`);
    await choose(page, String(i + 4));
  }
  await waitForBot(page, `Vraag ${n} van 6`);
}

/** True when the element's box lies inside the viewport. */
function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const all = document.querySelectorAll(sel);
    const el = all[all.length - 1];
    if (!el) return false;
    const box = el.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight + 1;
  }, selector);
}

/** True when the page itself cannot scroll: everything but the transcript fits the screen. */
function pageFits(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    return doc.scrollHeight <= window.innerHeight + 1;
  });
}

describeInBrowser('browser: the chat page keeps the resident and the conversation', function () {
  this.timeout(300_000);
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

  it('a reload at question 4 is welcomed back and continues at question 4', async () => {
    const context = await newContext(browser, DESKTOP);
    try {
      const page = await context.newPage();
      await openChat(page, `${server.url}/`, GREETING);
      await answerUntil(page, 4);
      const id = await keptId(page);
      expect(id, 'the page keeps a resident id').to.match(/^dl_/);

      await page.reload();
      await waitForBot(page, 'Je was gebleven bij vraag 4 van 6', 60_000);
      expect(await keptId(page), 'the same resident after the reload').to.equal(id);
      await choose(page, 'Verder waar ik was');
      await waitForBot(page, 'Vraag 4 van 6');
      await expectNoAxeViolations(page, 'the chat page after a reload');
    } finally {
      await context.close();
    }
  });

  it('a new tab is the same resident: "status" and the reference code find the request', async () => {
    const context = await newContext(browser, DESKTOP);
    try {
      const page = await context.newPage();
      await openChat(page, `${server.url}/`, GREETING);
      await say(page, 'ik wil iemand spreken');
      await waitForBot(page, 'Mag ik dit doorgeven');
      await choose(page, 'Ja, dat mag');
      await waitForBot(page, 'Hoe mag de medewerker je noemen?');
      await say(page, 'Anja');
      await waitForBot(page, 'Hoe wil je contact?');
      await choose(page, 'Hier in de chat');
      await waitForBot(page, 'Wanneer past het jou het beste?');
      await choose(page, 'Middag');
      await waitForBot(page, 'Klopt dit?');
      await choose(page, 'Ja, versturen');
      const line = await waitForBot(page, /Je code is [A-Z0-9]{3}-[A-Z0-9]{3}/);
      const reference = /Je code is ([A-Z0-9]{3}-[A-Z0-9]{3})/.exec((await line.textContent()) ?? '')?.[1] ?? '';
      expect(reference).to.match(/-/);

      const tab = await context.newPage();
      await openChat(tab, `${server.url}/`, /Hallo!|Welkom terug!/);
      await say(tab, 'status');
      await waitForBot(tab, `Je vraag ${reference}`);
      await say(tab, reference);
      await waitForBot(tab, new RegExp(`Je vraag ${reference}.*(staat klaar|opgepakt|afgerond)`));
      expect(await transcript(tab).getByText(`Ik vind geen vraag van jou met code ${reference}`).count()).to.equal(0);
    } finally {
      await context.close();
    }
  });

  for (const [name, viewport] of [['1280x720', { width: 1280, height: 720 }], ['390x844', PHONE]] as const) {
    it(`on ${name} the transcript scrolls inside its box: the newest message and the buttons stay in view, the page does not scroll`, async () => {
      const context = await newContext(browser, viewport);
      try {
        const page = await context.newPage();
        await openChat(page, `${server.url}/`, GREETING);
        await answerUntil(page, 5);
        await suggestedActions(page).getByRole('button', { name: '5', exact: true }).waitFor({ state: 'visible', timeout: BOT_WAIT_MS });
        // Let Web Chat finish scrolling to the newest message.
        await page.waitForTimeout(800);
        expect(await pageFits(page), 'the page does not scroll').to.equal(true);
        const scrolls = await transcript(page).evaluate((el) => {
          for (let node: Element | null = el; node; node = node.parentElement) {
            if (node.scrollHeight > node.clientHeight + 1 && getComputedStyle(node).overflowY !== 'visible') return true;
          }
          return false;
        });
        expect(scrolls, 'the transcript has more than fits and scrolls in its own box').to.equal(true);
        expect(await inView(page, '.webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__bubble__content'), 'the newest message is in view').to.equal(true);
        expect(await inView(page, '[role="toolbar"] button'), 'the buttons are in view').to.equal(true);
        const share = await page.evaluate(() => (document.querySelector('#chat')?.getBoundingClientRect().height ?? 0) / window.innerHeight);
        // On a phone the header is compact; the chat box gets most of the height.
        if (viewport.width < 480) expect(share, 'the chat box gets most of the height').to.be.greaterThan(0.75);
        else expect(share, 'the chat box gets more than half the height').to.be.greaterThan(0.5);
        await expectNoAxeViolations(page, `the chat page on ${name}`);
        await screenshot(page, `page-${name}`);
      } finally {
        await context.close();
      }
    });
  }

  it('changes the text size with the keyboard and gives bot messages a read-aloud button', async () => {
    const context = await newContext(browser, PHONE);
    try {
      const page = await context.newPage();
      await openChat(page, `${server.url}/`, GREETING);

      const before = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.intro') ?? document.body).fontSize));
      await page.locator('body').focus();
      for (let i = 0; i < 10 && !(await page.getByRole('button', { name: 'Grotere tekst' }).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      expect(await page.locator('#text-size output').innerText()).to.equal('125%');
      const after = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.intro') ?? document.body).fontSize));
      // The page's text follows the control; Web Chat's own bubbles grow only a little (their sizes are its own).
      expect(after, 'the page text is larger').to.be.greaterThan(before * 1.2);

      // Every bot message has its "Lees voor" button (pressing it by keyboard: the next test).
      await transcript(page).getByRole('button', { name: 'Lees voor' }).first().waitFor({ state: 'attached', timeout: BOT_WAIT_MS });

      await expectNoAxeViolations(page, 'the chat page with larger text');
      await screenshot(page, 'page-phone-larger-text');
    } finally {
      await context.close();
    }
  });

  it('shows the phone numbers of the safety answer as tap-to-call links', async () => {
    const context = await newContext(browser, PHONE);
    try {
      const page = await context.newPage();
      await openChat(page, `${server.url}/`, GREETING);
      await say(page, 'ik wil niet meer leven');
      const links = transcript(page).locator('a[href^="tel:"]');
      await links.first().waitFor({ state: 'visible', timeout: BOT_WAIT_MS });
      const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
      expect(hrefs).to.include.members(['tel:113', 'tel:+318000113', 'tel:112']);
      // The number stays readable as it was written.
      expect(await transcript(page).getByRole('link', { name: '0800-0113' }).count()).to.be.greaterThan(0);
      // A web address with the same digits stays a web address.
      expect(hrefs).to.not.include('tel:113.nl');
      await screenshot(page, 'page-phone-safety');
    } finally {
      await context.close();
    }
  });

  it('reads a bot message aloud when its "Lees voor" button is pressed with the keyboard', async () => {
    const context = await newContext(browser, DESKTOP);
    try {
      // Record what the page asks the browser to speak, and let the browser's own speechSynthesis go on.
      await context.addInitScript(() => {
        const spoken: { text: string; lang: string }[] = [];
        (window as unknown as { spoken: typeof spoken }).spoken = spoken;
        const synth = window.speechSynthesis;
        const speak = synth.speak.bind(synth);
        synth.speak = (utterance: SpeechSynthesisUtterance) => {
          spoken.push({ text: utterance.text, lang: utterance.lang });
          speak(utterance);
        };
      });
      const page = await context.newPage();
      await openChat(page, `${server.url}/`, GREETING);
      const button = transcript(page).getByRole('button', { name: 'Lees voor' }).first();
      await button.waitFor({ state: 'attached', timeout: BOT_WAIT_MS });
      const text = await page.locator('.webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__bubble__content').first().innerText();

      // Web Chat's keyboard model: Tab to the transcript, arrows to a message (Home: the first), Enter to go into
      // it, Tab to its buttons and links, Escape to leave.
      await page.locator('body').focus();
      const log = page.locator('.webchat__basic-transcript[role="group"]');
      let onLog = false;
      for (let i = 0; i < 20 && !onLog; i++) {
        await page.keyboard.press('Tab');
        onLog = await log.evaluate((el) => el === document.activeElement);
      }
      expect(onLog, 'Tab reaches the transcript').to.equal(true);
      await page.keyboard.press('Home');
      await page.keyboard.press('Enter');
      let reached = await button.evaluate((el) => el === document.activeElement);
      for (let i = 0; i < 5 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await button.evaluate((el) => el === document.activeElement);
      }
      expect(reached, 'Tab inside the message reaches its "Lees voor" button').to.equal(true);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (window as unknown as { spoken: unknown[] }).spoken.length > 0, undefined, { timeout: 5000 });
      const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
      expect(spoken[0]?.text.replace(/\s+/g, ' ')).to.equal(text.replace(/\s+/g, ' ').trim());
      expect(spoken[0]?.lang).to.equal('nl-NL');

      // Space on the same button stops, and pressing it again speaks once more.
      await page.keyboard.press('Space');
      await page.keyboard.press('Space');
      await page.waitForFunction(() => (window as unknown as { spoken: unknown[] }).spoken.length > 1, undefined, { timeout: 5000 });
    } finally {
      await context.close();
    }
  });

  it('forgets the browser id when the resident erases their data', async () => {
    const context = await newContext(browser, DESKTOP);
    try {
      const page = await context.newPage();
      await openChat(page, `${server.url}/`, GREETING);
      await answerUntil(page, 2);
      expect(await keptId(page)).to.match(/^dl_/);
      await say(page, 'wis mijn gegevens');
      await choose(page, 'Ja, wis alles');
      await waitForBot(page, 'Ik heb alles over jou gewist');
      await page.waitForFunction((key) => window.localStorage.getItem(key) === null, RESIDENT_KEY, { timeout: BOT_WAIT_MS });
      await page.reload();
      await waitForBot(page, GREETING, 60_000);
      expect(await transcript(page).getByText('Welkom terug!').count(), 'a new resident, not welcomed back').to.equal(0);
    } finally {
      await context.close();
    }
  });

  it('offers a page to take home at the end of the path, with the picture and the strengths, that prints without the controls', async () => {
    const context = await newContext(browser, PHONE);
    try {
      const page = await context.newPage();
      await openChat(page, `${server.url}/`, GREETING);
      await answerUntil(page, 6);
      await choose(page, '9');
      await waitForBot(page, 'Wat is voor jou belangrijk');
      await choose(page, 'Sla over');
      await waitForBot(page, 'Waar zou je iets aan willen veranderen?');
      await choose(page, 'Het is goed zo');
      const link = transcript(page).locator('a[href*="/takehome/"]').last();
      await link.waitFor({ state: 'visible', timeout: BOT_WAIT_MS });
      const href = (await link.getAttribute('href')) ?? '';
      await screenshot(page, 'page-phone-end');

      const home = await context.newPage();
      const response = await home.goto(href);
      if (response?.status() !== 200) throw new Error(`the take-home page answered ${response?.status()} for ${href}: ${(await home.content()).slice(0, 500)}\n${server.log().slice(-2000)}`);
      expect(await home.getByRole('heading', { level: 1 }).innerText()).to.equal('Wat je meeneemt');
      const web = home.locator('img.web');
      await home.waitForFunction((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0, await web.elementHandle(), { timeout: 30_000 });
      expect(await web.getAttribute('alt')).to.contain('Zin in het leven: 9 van 10.');
      expect(await home.getByRole('listitem').allInnerTexts()).to.include('Zin in het leven: 9 van 10');
      await expectNoAxeViolations(home, 'the take-home page');
      await screenshot(home, 'takehome-phone');
      await home.emulateMedia({ media: 'print' });
      expect(await home.getByRole('button', { name: 'Print deze pagina' }).isVisible(), 'no print button on paper').to.equal(false);
      expect(await web.isVisible(), 'the picture on paper').to.equal(true);

      const gone = await home.goto(`${server.url}/takehome/${'A'.repeat(120)}`);
      expect(gone?.status()).to.equal(404);
      expect(await home.getByText('Deze pagina is er niet meer.').count()).to.equal(1);
    } finally {
      await context.close();
    }
  });

  // Last: it restarts the server.
  it('reconnects by itself after a server restart, with a notice, and goes on in the same conversation', async () => {
    const context = await newContext(browser, DESKTOP);
    try {
      const page = await context.newPage();
      await openChat(page, `${server.url}/`, GREETING);
      await answerUntil(page, 2);
      await server.restart();
      await page.getByRole('status').getByText('De verbinding is terug').waitFor({ state: 'visible', timeout: 90_000 });
      await choose(page, '7');
      await waitForBot(page, 'Vraag 3 van 6');
      expect(await transcript(page).getByText('Vraag 1 van 6').count(), 'the earlier messages are still there').to.be.greaterThan(0);
      expect(await transcript(page).getByText('Welkom terug!').count(), 'the same conversation, not a new one').to.equal(0);
    } finally {
      await context.close();
    }
  });
});
