import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, settle, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const tomorrow = () =>
  new Date(Date.now() + 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

describe('letters', () => {
  it('creates a booking’s letter on the patient page and opens its easy-read web page on a phone; axe clean', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'sjukskoterska');
    const day = await (await page.request.get(`/api/letters?date=${tomorrow()}`)).json();
    const booking = day.bookings[0] as { patientId: string; patientName: string };
    await page.goto(`/patienter/${booking.patientId}`);
    await page.getByTestId('bookings-card').waitFor();
    await settle(page);
    await page
      .getByRole('button', { name: /^Skapa kallelse/ })
      .first()
      .click();
    const actions = page.getByTestId('letter-actions');
    await actions.waitFor();
    expect(await actions.textContent()).toMatch(/Läsbarhet: LIX \d+ – /);
    await expectAccessible(page, 'the patient page with a created letter');
    const link = (await actions.getByRole('link', { name: 'Öppna webbsidan' }).first().getAttribute('href'))!;
    expect(link).toMatch(/\/brev\/[A-Za-z0-9_-]+$/);
    await context.close();

    // The patient opens the link on a phone: no sign-in.
    const phone = await newPage(browser, { viewport: { width: 390, height: 844 } });
    await phone.page.goto(new URL(link).pathname);
    await phone.page.getByRole('heading', { level: 1 }).waitFor();
    await phone.page.getByRole('heading', { name: 'Så går besöket till' }).waitFor();
    expect(await phone.page.locator('.letter-row img').count()).toBeGreaterThan(3);
    await expectAccessible(phone.page, 'the letter’s public web page on a phone');
    await phone.context.close();
  });

  it('prints the day’s letters with a progress display and gives one PDF', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'sjukskoterska');
    await page.goto('/kallelser');
    await page.getByTestId('letter-bookings').waitFor();
    await expectAccessible(page, 'the letters page');
    await page.getByRole('button', { name: 'Skriv ut alla' }).click();
    await page.getByTestId('bulk-progress').waitFor();
    await page.getByRole('progressbar').waitFor();
    const download = page.getByTestId('download-pdf');
    await download.waitFor({ timeout: 60_000 });
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const pdf = Buffer.concat(chunks);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.getByTestId('letter-log').waitFor();
    await expect
      .poll(() => page.getByTestId('letter-log').locator('tbody tr').count())
      .toBeGreaterThanOrEqual(4);
    await expectAccessible(page, 'the letters page after bulk printing');
    await context.close();
  });
});
