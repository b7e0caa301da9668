import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('a page that cannot be drawn', () => {
  it('says so in Swedish with a way to reload, and reloading brings the page back', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'chef');
    // As after an update, when the browser still has the old page: the log page's code cannot be loaded.
    const blocked = '**/assets/audit-page-*.js';
    await page.route(blocked, (route) => route.abort());
    await page.getByRole('link', { name: 'Logg', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Något gick fel' }).waitFor();
    expect(await page.getByText('Sidan kunde inte visas.').count()).toBe(1);
    await expectAccessible(page, 'the error page');

    await page.unroute(blocked);
    await page.getByRole('button', { name: 'Ladda om sidan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logg' }).waitFor();
    expect(page.url()).toMatch(/\/logg$/);
    await context.close();
  });
});
