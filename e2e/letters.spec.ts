import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, settle, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** `days` days ahead, moved on past a weekend (for searches far ahead). */
const weekdayIn = (days: number) => {
  let d = new Date(Date.now() + days * 86_400_000);
  const weekday = () => d.toLocaleDateString('en-GB', { timeZone: 'Europe/Stockholm', weekday: 'short' });
  while (weekday() === 'Sat' || weekday() === 'Sun') d = new Date(d.getTime() + 86_400_000);
  return d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
};

/** Signs in through the API (as the web client does) and gives a caller with the CSRF token. */
async function apiAs(context: BrowserContext, username: string) {
  const res = await context.request.post('/api/auth/sign-in', {
    data: { username, password: 'lotsa-demo' },
  });
  expect(res.status()).toBe(200);
  const csrf = (await res.json()).csrfToken as string;
  const call = async (method: 'GET' | 'POST', url: string, data?: object) => {
    const r = await context.request.fetch(url, {
      method,
      headers: method === 'POST' ? { 'x-csrf-token': csrf } : {},
      ...(data ? { data } : {}),
    });
    return { status: r.status(), body: await r.json() };
  };
  return {
    get: (url: string) => call('GET', url),
    post: (url: string, data: object) => call('POST', url, data),
  };
}

describe('letters', () => {
  it('creates a booking’s letter on the patient page and opens its easy-read web page on a phone; axe clean', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'sjukskoterska');
    // No date: the next day the unit is open, on which the demo books visits.
    const day = await (await page.request.get('/api/letters')).json();
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
    // The page opens on the next day the unit is open, which has the demo's visits.
    await page.getByText('Nästa dag som enheten har öppet.').waitFor();
    await page.getByTestId('letter-bookings').waitFor();
    expect(await page.getByLabel('Besöksdag').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
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
    // Each letter says where its visit stands now: just printed, every one is as the letter says.
    const log = page.getByTestId('letter-log');
    expect(await log.getByRole('columnheader', { name: 'Besöket nu' }).count()).toBe(1);
    expect(await log.locator('tbody tr').filter({ hasText: 'Som i kallelsen' }).count()).toBe(
      await log.locator('tbody tr').count(),
    );
    await expectAccessible(page, 'the letters page after bulk printing');
    await context.close();
  });

  it('a moved visit: the letter’s web page keeps the letter, says the new time first; staff see “write a new letter”; axe clean', async () => {
    const staff = await newPage(browser);
    const api = await apiAs(staff.context, 'sjukskoterska');
    // A new visit far ahead for a demo patient (the demo's own visits stay as they are), and its letter.
    const day = (await api.get('/api/letters')).body;
    const { patientId, bookingId: demoBooking } = day.bookings[0] as { patientId: string; bookingId: string };
    const { visitTypeId } = (await api.get(`/api/bookings/${demoBooking}`)).body as { visitTypeId: string };
    const proposal = async (fromDate: string) => {
      const found = await api.post('/api/scheduling/search', { patientId, visitTypeId, fromDate, weeks: 2 });
      expect(found.status).toBe(200);
      const p = found.body.proposals[0] as { start: string; steps: Array<Record<string, unknown>> };
      return {
        start: p.start,
        steps: p.steps.map((x) => ({
          key: x.key,
          start: x.start,
          end: x.end,
          staffId: x.staffId,
          externalId: x.externalId,
          roomId: x.roomId,
          equipmentIds: x.equipmentIds,
        })),
      };
    };
    const booked = await api.post('/api/bookings', {
      patientId,
      visitTypeId,
      proposal: await proposal(weekdayIn(7 * 7)),
      mode: 'book',
    });
    expect(booked.status).toBe(201);
    const made = await api.post(`/api/bookings/${booked.body.id}/letters`, {});
    expect(made.status).toBe(201);
    const link = new URL(made.body[0].webUrl as string).pathname;

    const phone = await newPage(browser, { viewport: { width: 390, height: 844 } });
    await phone.page.goto(link);
    await phone.page.getByRole('heading', { name: 'Så går besöket till' }).waitFor();
    expect(await phone.page.getByTestId('letter-notice').count()).toBe(0);
    const before = await phone.page.locator('.letter-section').first().textContent();

    // The visit is moved three weeks on.
    const moved = await api.post(`/api/bookings/${booked.body.id}/reschedule`, {
      proposal: await proposal(weekdayIn(10 * 7)),
    });
    expect(moved.status).toBe(200);

    await phone.page.reload();
    const notice = phone.page.getByRole('alert');
    await notice.waitFor();
    expect(await notice.getByRole('heading', { name: 'Tiden är ändrad' }).count()).toBe(1);
    expect(await notice.textContent()).toMatch(/Den nya tiden är \S+dag den \d+ \S+ klockan/);
    // The notice comes before the letter, and the letter is as it was sent.
    const firstHeading = phone.page.getByRole('heading').first();
    expect(await firstHeading.textContent()).toBe('Tiden är ändrad');
    expect(await phone.page.locator('.letter-section').first().textContent()).toBe(before);
    await expectAccessible(phone.page, 'the public letter page of a moved visit');
    await phone.context.close();

    // Staff: the new visit's row says the letter no longer matches, with "write a new letter" right there.
    // (The context signed in through the API above.)
    await staff.page.goto(`/patienter/${patientId}`);
    const changed = staff.page.getByTestId('letter-changed').first();
    await changed.waitFor();
    expect(await changed.textContent()).toContain('Besöket har ändrats sedan kallelsen skrevs');
    await expectAccessible(staff.page, 'the patient page with a letter whose visit was moved');
    await changed.getByRole('button', { name: 'Visa kallelsen' }).click();
    await staff.page.getByRole('dialog').getByRole('heading', { name: 'Så går besöket till' }).waitFor();
    await expectAccessible(staff.page, 'the staff view of a letter whose visit was moved');
    await staff.page.keyboard.press('Escape');
    await changed.getByRole('button', { name: 'Skriv ny kallelse' }).click();
    await staff.page.getByTestId('letter-actions').first().waitFor();
    await staff.context.close();
  });
});
