import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, settle, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('follow-up (Uppföljning)', () => {
  it('the unit manager reads the unit’s figures as charts and as tables, picks a period and downloads the workbook', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'chef');
    await page.getByRole('link', { name: 'Uppföljning', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor();
    for (const name of [
      'Inskrivna och väntelista',
      'Intag: steg och ledtider',
      'Besök och kontinuitet',
      'Ärenden',
      'Enkätsvar',
    ])
      await page.getByRole('heading', { level: 2, name }).waitFor();
    // Kumla's demo: its enrolled patients against its cap, in the summary sentence.
    await expect
      .poll(() =>
        page
          .getByText(/inskrivna av \d+ platser/)
          .first()
          .textContent(),
      )
      .toMatch(/^\d+ inskrivna av \d+ platser/);
    await expectAccessible(page, 'the follow-up page as charts');

    // The tables view: the same figures as data tables with captions.
    await page.locator('label', { hasText: /^Tabell$/ }).click();
    await page.getByRole('table', { name: 'Inskrivna och väntande vid varje månads slut' }).waitFor();
    const months = await page
      .getByRole('table', { name: 'Inskrivna och väntande vid varje månads slut' })
      .getByRole('row')
      .count();
    expect(months).toBe(13); // header + the twelve months of this year
    await expectAccessible(page, 'the follow-up page as tables');

    // Last quarter instead of this year: three months.
    await page.locator('label', { hasText: /^Kvartal$/ }).click();
    await page.getByRole('combobox', { name: 'Period', exact: true }).click();
    await page.getByRole('listbox', { name: 'Period' }).getByRole('option').nth(1).click();
    await settle(page);
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: 'Inskrivna och väntande vid varje månads slut' })
          .getByRole('row')
          .count(),
      )
      .toBe(4);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Ladda ner Excel (XLSX)' }).click();
    expect((await download).suggestedFilename()).toMatch(
      /^uppfoljning-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    await context.close();
  });

  it('the region admin sees every unit with small counts suppressed, and no unit tab', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin');
    await page.goto('/uppfoljning');
    await page.getByRole('heading', { level: 2, name: /^Hela regionen: / }).waitFor();
    const table = page.getByRole('table', { name: /^Enheterna / });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(1);
    expect(await page.getByRole('tab', { name: 'Enheten' }).count()).toBe(0);
    await expectAccessible(page, 'the region’s follow-up');
    await context.close();
  });
});
