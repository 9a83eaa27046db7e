import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * The browser side of the browser tests: Debian's chromium driven by playwright-core, an axe-core
 * WCAG 2.1 AA check, and screenshots kept in test-artifacts/ for people to look at.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** Where screenshots land (git-ignored); CI keeps the folder as an artefact. */
export const ARTIFACTS = join(ROOT, 'test-artifacts');

/** A phone-sized viewport (iPhone 12-15 class). */
export const PHONE = { width: 390, height: 844 };
/** A common laptop viewport. */
export const DESKTOP = { width: 1280, height: 900 };

/**
 * `describe` for browser suites. Without chromium a newcomer's `npm test` skips them and says how to install it;
 * in CI (CI=true, where .ci/run installs chromium) they always run, so they can never skip silently there.
 */
export function describeInBrowser(title: string, suite: (this: Mocha.Suite) => void): void {
  if (existsSync(CHROMIUM) || process.env.CI) {
    describe(title, suite);
    return;
  }
  describe(title, () => {
    it.skip(`was skipped: chromium is not at ${CHROMIUM}; install it (apt-get install chromium) or set CHROMIUM_PATH`);
  });
}

/**
 * Starts headless chromium. Playwright gives every `launch` its own fresh temporary profile
 * (a new --user-data-dir), so no cookie or cache survives between runs.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`chromium is not at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A new context in Dutch. `bypassCSP` lets the test inject axe-core; the page's own CSP is tested over
 * HTTP elsewhere, and nothing on the page relies on the CSP being enforced.
 */
export async function newContext(browser: Browser, viewport = DESKTOP): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'nl-NL', bypassCSP: true, reducedMotion: 'reduce' });
}

/** Saves a full-page screenshot as test-artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Runs axe-core with the WCAG 2.0/2.1 A and AA rules on the page and returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  });
}

/** Violations as text a developer can act on: rule, impact, help link, and each offending element. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 5).map((n) => `    - ${JSON.stringify(n.target)}\n      ${n.html.slice(0, 300)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
      const more = v.nodes.length > 5 ? `\n    (and ${v.nodes.length - 5} more)` : '';
      return `- ${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n  ${v.helpUrl}\n${nodes.join('\n')}${more}`;
    })
    .join('\n');
}

/** Fails with a readable list when the page has any WCAG 2.1 A/AA violation that axe can detect. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) throw new Error(`axe found ${violations.length} WCAG 2.1 AA violation(s) on ${what}:\n${describeViolations(violations)}`);
}
