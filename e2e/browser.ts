import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, inject, onTestFailed } from 'vitest';
import { type ChromiumToUse, launchOptions } from './chromium.ts';

/**
 * Headless Chromium: the machine's own when there, else the npm package's (see chromium.ts). Without
 * `use`, the one browser the e2e setup started for the whole run (setup.ts), connected to afresh by
 * each file: every test still gets new contexts (no cookies or storage shared), without a browser start
 * per file. `browser.close()` then only disconnects.
 */
export async function launch(use?: ChromiumToUse): Promise<Browser> {
  const shared = inject('chromiumEndpoint');
  if (!use && shared) return chromium.connect(shared);
  return chromium.launch(launchOptions(use));
}

export async function newPage(
  browser: Browser,
  opts: { viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: inject('baseUrl'),
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    // No fades: axe reads contrast mid-transition as failing (a notification fading in once did).
    // The app honours the setting (theme.respectReducedMotion), as it does for any user who asks.
    reducedMotion: 'reduce',
    viewport: opts.viewport ?? { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  reportOnFailure(page);
  return { context, page };
}

/**
 * When the test fails, prints what the page showed (address, visible text, browser errors) and keeps a
 * screenshot, so a failure on a CI machine can be understood from its log.
 */
function reportOnFailure(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('requestfailed', (r) =>
    errors.push(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText}`),
  );
  page.on('response', (r) => {
    if (r.status() >= 500) errors.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
  });
  onTestFailed(async ({ task }) => {
    if (page.isClosed()) return;
    const dir = path.resolve(import.meta.dirname, '../node_modules/.cache/lotsa-test');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `e2e-failure-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
    const body = page.locator('body');
    // biome-ignore lint/performance/useDomNodeTextContent: what the user saw (rendered text) is the point here.
    const text = await body.innerText({ timeout: 2000 }).catch(() => '(no text)');
    await page.screenshot({ path: file, fullPage: true, timeout: 5000 }).catch(() => undefined);
    console.error(
      [
        `── e2e failure: ${task.name}`,
        `address: ${page.url()}`,
        `browser errors: ${errors.length ? `\n  ${errors.slice(-20).join('\n  ')}` : 'none'}`,
        `visible text:\n${text.replace(/\n{2,}/g, '\n').slice(0, 2500)}`,
        `screenshot: ${file}`,
      ].join('\n'),
    );
  });
}

/** Waits until the page has stopped loading: no requests in flight and no loading indicator shown. */
export async function settle(page: Page) {
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  await page
    .locator('[role="status"] .mantine-Loader-root')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
}

/** Fails on any serious or critical accessibility violation, listing them readably. */
export async function expectAccessible(page: Page, what: string) {
  // Check the page at rest: loaded, and not a hover state left by the last click.
  await settle(page);
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
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
  await page
    .getByRole('button', { name: /Logga ut|Sign out/ })
    .first()
    .waitFor({ state: 'attached' });
  await settle(page);
}
