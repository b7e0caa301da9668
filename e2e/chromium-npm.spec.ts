import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signIn } from './browser.ts';
import { npmChromium } from './chromium.ts';

// The other journeys use the machine's Chromium when it has one; this one always drives the npm
// package's, so the path a machine without Chromium takes is tried on every run.
let browser: Browser;
beforeAll(async () => {
  browser = await launch(npmChromium());
});
afterAll(() => browser?.close());

describe('the headless Chromium from the npm registry', () => {
  it('signs in, shows the start page and passes axe', async () => {
    expect(browser.version()).toMatch(/^\d+\./);
    const { context, page } = await newPage(browser);
    await signIn(page, 'sjukskoterska');
    await expectAccessible(page, 'the start page in the npm Chromium');
    await context.close();
  });
});
