import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

/** Debian's Chromium, headless; the flags keep it off the (closed) network. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export async function newPage(
  browser: Browser,
  opts: { viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: inject('baseUrl'),
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: opts.viewport ?? { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  return { context, page };
}

/** Fails on any serious or critical accessibility violation, listing them readably. */
export async function expectAccessible(page: Page, what: string) {
  // Check the page at rest: not a hover state left by the last click.
  await page.mouse.move(0, 0);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map(
    (v) => `${v.impact}: ${v.id} – ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );
  expect(summary, `accessibility of ${what}`).toEqual([]);
}

export async function signIn(page: Page, username: string, password = 'lotsa-demo') {
  await page.goto('/');
  await page.getByLabel(/Användarnamn|User name/).fill(username);
  await page.getByLabel(/Lösenord|Password/).fill(password);
  await page.getByRole('button', { name: /Logga in|Sign in/ }).click();
}
