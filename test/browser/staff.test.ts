import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, describeInBrowser, expectNoAxeViolations, launchBrowser, newContext, screenshot } from './browser.js';
import { choose, openChat, say, transcript, waitForBot } from './chatPage.js';
import { BotServer } from './server.js';

const GREETING = 'Hallo! Ik ben de chatbot van';
const PASSWORD = 'lang-genoeg-wachtwoord-1';
const WORKER = 'worker@example.nl';
const ADMIN = 'admin@example.nl';
const LOCKED = 'vergeetachtig@example.nl';
// The bot refuses digits in a name, so the script probe carries none.
const SCRIPT_NAME = "<script>alert('x')</script>Anja";
const IMG_NAME = '<img src=x onerror=alert(name)>Bram';

/** Fails the test when any page in the context opens an alert, confirm or prompt: proof that resident text ran as code. */
function forbidDialogs(context: BrowserContext, fired: string[]): void {
  context.on('page', (page) => watch(page));
  const watch = (page: Page) =>
    page.on('dialog', (dialog) => {
      fired.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  for (const page of context.pages()) watch(page);
}

/**
 * A resident asks for a person in the chat, consents and gives a name; each of `refused` is tried first and
 * must be asked again. Returns the reference code the bot shows.
 */
async function askForPerson(page: Page, name: string, refused: string[] = []): Promise<string> {
  await say(page, 'ik wil iemand spreken');
  await waitForBot(page, 'Mag ik dit doorgeven');
  await choose(page, 'Ja, dat mag');
  await waitForBot(page, 'Hoe mag de medewerker je noemen?');
  for (const wrong of refused) {
    await say(page, wrong);
    await waitForBot(page, 'Bijvoorbeeld: Anja.');
  }
  await say(page, name);
  await waitForBot(page, 'Hoe wil je contact?');
  await choose(page, 'Hier in de chat');
  await waitForBot(page, 'Wanneer past het jou het beste?');
  await choose(page, 'Middag');
  await waitForBot(page, 'Klopt dit?');
  await choose(page, 'Ja, versturen');
  const line = await waitForBot(page, /Je code is [A-Z0-9]{3}-[A-Z0-9]{3}/);
  const reference = /Je code is ([A-Z0-9]{3}-[A-Z0-9]{3})/.exec((await line.textContent()) ?? '')?.[1];
  if (!reference) throw new Error('the bot showed no reference code');
  return reference;
}

/** Sends the staff login form and waits for the page that answers it (the inbox, or the form with a notice). */
async function logIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/staff/login`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  // A wrong password is answered slowly on purpose (up to 8 s), so wait for the next document itself.
  await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), page.getByRole('button', { name: 'Inloggen' }).click()]);
}

/** The text of the login page's notice (role alert), or '' when there is none. */
async function notice(page: Page): Promise<string> {
  const alert = page.getByRole('alert');
  return (await alert.count()) > 0 ? alert.innerText() : '';
}

/** Fails with what the page says when a login with the right password did not open the inbox. */
async function expectSignedIn(page: Page): Promise<void> {
  const path = new URL(page.url()).pathname;
  if (path !== '/staff') throw new Error(`the right password did not open the inbox; the page at ${path} says:\n${await page.getByRole('main').innerText()}`);
}

describeInBrowser('browser: a welfare worker picks up a request', function () {
  this.timeout(300_000);
  let server: BotServer;
  let browser: Browser;
  const fired: string[] = [];

  before(async () => {
    server = await BotServer.start();
    // The CLI writes to the same SQLite file while the bot runs (WAL mode allows both).
    await server.addAccount(WORKER, PASSWORD, 'staff');
    await server.addAccount(ADMIN, PASSWORD, 'admin');
    await server.addAccount(LOCKED, PASSWORD, 'staff');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  const expectNoDialogs = () => expect(fired, 'no alert, confirm or prompt may open: resident text must never run as code').to.deep.equal([]);

  it('from the resident asking in the chat to the worker closing the request, with a note and messages both ways, seen in the audit log', async () => {
    const resident = await newContext(browser, DESKTOP);
    const other = await newContext(browser, DESKTOP);
    const worker = await newContext(browser, DESKTOP);
    const admin = await newContext(browser, DESKTOP);
    for (const context of [resident, other, worker, admin]) forbidDialogs(context, fired);
    try {
      const chat = await resident.newPage();
      await openChat(chat, `${server.url}/`, GREETING);
      // The brief's probe has a digit, which the bot refuses in a name; the digit-free one goes through.
      const reference = await askForPerson(chat, SCRIPT_NAME, ['<script>alert(1)</script>Anja']);
      expect(reference, 'the reference code the resident sees').to.match(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);

      // A second, younger request, so the order of the inbox shows.
      const otherChat = await other.newPage();
      await openChat(otherChat, `${server.url}/`, GREETING);
      const younger = await askForPerson(otherChat, IMG_NAME);

      const inbox = await worker.newPage();
      await logIn(inbox, server.url, WORKER, PASSWORD);
      await expectSignedIn(inbox);
      const rows = inbox.getByRole('table').locator('tbody tr');
      const rowTexts = await rows.allTextContents();
      const oldest = rowTexts.findIndex((t) => t.includes(reference));
      const youngest = rowTexts.findIndex((t) => t.includes(younger));
      expect(oldest, `the inbox lists ${reference}:\n${rowTexts.join('\n')}`).to.be.at.least(0);
      expect(youngest, `the inbox lists ${younger}`).to.be.greaterThan(oldest);
      expect(rowTexts[oldest]).to.match(/wacht \d+ (minuut|minuten|uur|dag|dagen)|net binnen/);
      expect(rowTexts[oldest]).to.include('Nieuw');
      await expectNoAxeViolations(inbox, 'the staff inbox');
      await screenshot(inbox, 'staff-inbox');

      await inbox.getByRole('link', { name: reference }).click();
      await inbox.getByRole('heading', { level: 1, name: `Aanvraag ${reference}` }).waitFor();
      const facts = (await inbox.locator('dl.facts').textContent()) ?? '';
      expect(facts, 'the name shows as literal text').to.include(SCRIPT_NAME);
      expect(await inbox.locator('main script').count(), 'no script element came from the name').to.equal(0);
      await expectNoAxeViolations(inbox, 'a request page');
      await screenshot(inbox, 'staff-request');

      await inbox.getByRole('button', { name: 'Ik pak dit op' }).click();
      await inbox.getByText('Je hebt deze aanvraag opgepakt.').waitFor();
      await waitForBot(chat, `heeft je vraag ${reference} opgepakt`, 60_000);
      const followUp = (await transcript(chat).getByText(`heeft je vraag ${reference} opgepakt`).last().textContent()) ?? '';
      expect(followUp).to.match(/^Goed nieuws: een medewerker .* heeft je vraag/);

      await inbox.getByLabel('Nieuwe notitie').fill('Gebeld op dinsdag, <b>geen</b> gehoor.');
      await inbox.getByRole('button', { name: 'Notitie opslaan' }).click();
      await inbox.getByText('Je notitie is opgeslagen.').waitFor();
      await inbox.getByText('Gebeld op dinsdag, <b>geen</b> gehoor.', { exact: true }).waitFor();

      // The worker writes in the chat; the resident sees it, answers with the button, and the worker reads the answer.
      await inbox.getByLabel('Bericht aan de bewoner').fill('Hoi Anja, ik ben Sam. Past dinsdag om twee uur?');
      await inbox.getByRole('button', { name: 'Bericht sturen' }).click();
      await inbox.getByText('Je bericht is afgeleverd in de chat van de bewoner.').waitFor();
      await waitForBot(chat, 'Hoi Anja, ik ben Sam. Past dinsdag om twee uur?', 60_000);
      await choose(chat, 'Antwoord sturen');
      await waitForBot(chat, 'Wat wil je terugschrijven');
      await say(chat, 'Dinsdag is goed, tot dan.');
      await waitForBot(chat, 'Je antwoord is verstuurd.');
      await inbox.reload();
      await inbox.getByText('Dinsdag is goed, tot dan.', { exact: true }).waitFor();
      await expectNoAxeViolations(inbox, 'a request page with messages');
      await screenshot(inbox, 'staff-request-messages');

      await inbox.getByLabel('Contact gehad').check();
      await inbox.getByRole('button', { name: 'Afronden' }).click();
      await inbox.getByText('De aanvraag is afgerond.').waitFor();
      expect(await inbox.locator('dl.facts').textContent()).to.include('Afgerond: Contact gehad');
      await waitForBot(chat, `Je vraag ${reference} is afgerond.`, 60_000);
      await expectNoAxeViolations(inbox, 'a closed request page');

      await inbox.goto(`${server.url}/staff`);
      expect(await inbox.getByRole('main').textContent(), 'a closed request leaves the inbox').not.to.include(reference);

      const audit = await admin.newPage();
      await logIn(audit, server.url, ADMIN, PASSWORD);
      await expectSignedIn(audit);
      await audit.getByRole('link', { name: 'Logboek' }).click();
      await audit.getByRole('heading', { level: 1, name: 'Logboek' }).waitFor();
      const entries = await audit.getByRole('table').locator('tbody tr').allTextContents();
      const seen = (action: string) => entries.some((e) => e.includes(WORKER) && e.includes(action) && e.includes(reference));
      expect(seen('Aanvraag bekeken'), `the audit log shows the worker's view:\n${entries.join('\n')}`).to.equal(true);
      expect(seen('Aanvraag opgepakt')).to.equal(true);
      expect(seen('Notitie geschreven')).to.equal(true);
      expect(seen('Bericht aan bewoner gestuurd')).to.equal(true);
      expect(seen('Aanvraag afgerond')).to.equal(true);
      await expectNoAxeViolations(audit, 'the audit log');
      expectNoDialogs();
    } finally {
      for (const context of [resident, other, worker, admin]) await context.close();
    }
  });

  it('locks an account after five wrong passwords: then even the right one is refused', async () => {
    const context = await newContext(browser, DESKTOP);
    forbidDialogs(context, fired);
    try {
      const page = await context.newPage();
      for (let i = 1; i <= 5; i++) {
        await logIn(page, server.url, LOCKED, `fout-wachtwoord-${i}`);
        expect(await notice(page), `after wrong password ${i}`).to.include('Inloggen lukt niet.');
      }
      await expectNoAxeViolations(page, 'the login page with an error');
      expect(await notice(page)).to.include('Na vijf foute pogingen is je account een kwartier geblokkeerd.');
      await logIn(page, server.url, LOCKED, PASSWORD);
      expect(new URL(page.url()).pathname, 'the right password no longer opens the inbox').to.equal('/staff/login');
      expect(await notice(page)).to.include('Inloggen lukt niet.');
      await screenshot(page, 'staff-login-locked');
      expectNoDialogs();

      // The lock is in the database, not in this browser: the CLI lists the account as locked.
      const list = await server.cli(['list']);
      expect(list.stdout.split('\n').find((l) => l.startsWith(LOCKED))).to.include('(locked)');
    } finally {
      await context.close();
    }
  });
});
