import type { Locator, Page } from 'playwright-core';

/**
 * How a resident uses the Web Chat page, in words a test can read: wait for what the bot says, click a
 * suggested action by its accessible name, type into the send box. Web Chat polls about once a second,
 * so every wait is generous.
 */

/** How long to wait for the bot to say something after a click or a message. */
export const BOT_WAIT_MS = 30_000;

/** The chat transcript as Web Chat renders it (a log inside the "Chat" region); hidden live-region copies excluded. */
export function transcript(page: Page): Locator {
  return page.locator('.webchat__basic-transcript__transcript');
}

/** The suggested-action bar ("Voorgestelde acties" / "Suggested actions") above the send box. */
export function suggestedActions(page: Page): Locator {
  return page.getByRole('toolbar');
}

/** A suggested-action button by its exact accessible name. */
export function suggested(page: Page, name: string): Locator {
  return suggestedActions(page).getByRole('button', { name, exact: true });
}

/** The send box where a resident types. */
export function sendBox(page: Page): Locator {
  return page.getByRole('form').getByRole('textbox');
}

/** Waits until the transcript shows `text` (a substring, or a pattern) in any message. */
export async function waitForBot(page: Page, text: string | RegExp, timeout = BOT_WAIT_MS): Promise<Locator> {
  const found = transcript(page).getByText(text).last();
  try {
    await found.waitFor({ state: 'visible', timeout });
  } catch (error) {
    const shown = await transcript(page).innerText({ timeout: 1000 }).catch(() => '(no transcript on the page)');
    throw new Error(`the chat did not show ${String(text)} within ${timeout} ms; its last lines:\n${shown.slice(-1500)}`, { cause: error });
  }
  return found;
}

/** Clicks a suggested action with the mouse, once the bot has offered it. */
export async function choose(page: Page, name: string): Promise<void> {
  const button = suggested(page, name);
  await button.waitFor({ state: 'visible', timeout: BOT_WAIT_MS });
  await button.click();
}

/** Types a message in the send box and presses Enter, as a resident does. */
export async function say(page: Page, text: string): Promise<void> {
  const box = sendBox(page);
  await box.click();
  await box.fill(text);
  await box.press('Enter');
  // The own message shows in the transcript once Web Chat has taken it.
  await transcript(page).getByText(text, { exact: true }).last().waitFor({ state: 'visible', timeout: BOT_WAIT_MS });
}

/** Opens the chat page and waits for the bot's greeting (the bot speaks first). */
export async function openChat(page: Page, url: string, greeting: string | RegExp): Promise<void> {
  await page.goto(url);
  await waitForBot(page, greeting, 60_000);
}
