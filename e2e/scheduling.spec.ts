import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAMILY } from '../apps/server/src/demo/people.ts';
import { expectAccessible, launch, newPage, settle, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Through the API in the signed-in browser: a Kumla patient whose adaptations need a floor lift and a wide bench. */
async function findFloorLiftPatient(page: Page): Promise<{ id: string; name: string }> {
  const seen = new Map<string, string>();
  for (const q of FAMILY) {
    const list = (await (await page.request.get(`/api/patients?q=${q}&limit=100`)).json()) as Array<{
      id: string;
      givenName: string;
      familyName: string;
    }>;
    for (const p of list) seen.set(p.id, `${p.givenName} ${p.familyName}`);
  }
  for (const [id, name] of seen) {
    const profile = await (await page.request.get(`/api/patients/${id}/adaptations`)).json();
    const features: string[] = profile.requirements.roomFeatures;
    if (features.includes('floor_lift') && features.includes('wide_bench')) return { id, name };
  }
  throw new Error('no demo patient needs a floor lift and a wide bench');
}

/** "tisdag 1 december kl. 9.30–10.30" → the date of the booking, from the ISO start the API gave. */
function stockholmDate(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(iso));
}

describe('scheduling', () => {
  it('books a health check from the proposals, shows it on the day list with the banner, and reschedules it', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'sjukskoterska');
    const patient = await findFloorLiftPatient(page);

    // From the patient page: "Boka besök" near the top.
    await page.goto(`/patienter/${patient.id}`);
    await page.getByRole('heading', { level: 1, name: patient.name }).waitFor();
    await page.getByRole('link', { name: 'Boka besök' }).first().click();
    await page.getByRole('heading', { level: 1, name: `Boka besök – ${patient.name}` }).waitFor();

    // The health check is chosen; the adaptations set the requirements, nobody picks a room.
    expect(await page.getByRole('radio', { name: /^Hälsokontroll/ }).isChecked()).toBe(true);
    const needs = page.getByRole('list', { name: 'Bokningen behöver' });
    await needs.getByText('Golvlyft').waitFor();
    await needs.getByText('Bred brits').waitFor();
    await page.getByText('Från patientens anpassningar – du behöver inte välja rum.').waitFor();

    const proposals = page.getByTestId('proposals');
    await proposals.waitFor({ timeout: 30_000 });
    const choose = proposals.getByRole('button', { name: /^Välj / });
    expect(await choose.count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the booking page with proposals');

    // Hold → confirm dialog with a countdown → Boka.
    const noteText = 'E2E: ta med remissen';
    await page.getByRole('textbox', { name: /^Anteckning till bokningen/ }).fill(noteText);
    await choose.first().click();
    const dialog = page.getByRole('dialog', { name: 'Bekräfta bokning' });
    await dialog.waitFor();
    await dialog.getByRole('timer').waitFor();
    expect(await dialog.getByRole('timer').textContent()).toMatch(
      /Tiden är reserverad åt dig i \d:\d\d till\./,
    );
    await expectAccessible(page, 'the confirm dialog of a held time');
    const created = page.waitForResponse(
      (r) => /\/api\/bookings\/[^/]+\/confirm$/.test(r.url()) && r.request().method() === 'POST',
    );
    await dialog.getByRole('button', { name: 'Boka' }).click();
    const booking = (await (await created).json()) as { id: string; start: string; status: string };
    expect(booking.status).toBe('booked');
    await dialog.waitFor({ state: 'hidden' });
    const done = page.getByTestId('booking-done');
    await done.getByRole('heading', { name: 'Besöket är bokat' }).waitFor();
    expect(await done.getByRole('link', { name: 'Ladda ner kalenderfil (.ics)' }).getAttribute('href')).toBe(
      `/api/bookings/${booking.id}/ics`,
    );

    // The day list of that day: the visit, with the patient's banner.
    await done.getByRole('link', { name: /^Dagslistan för / }).click();
    await page.getByRole('heading', { level: 1, name: 'Dagslista' }).waitFor();
    const date = stockholmDate(booking.start);
    expect(new URL(page.url()).searchParams.get('datum')).toBe(date);
    const entry = page.getByRole('article').filter({ has: page.getByRole('link', { name: patient.name }) });
    await entry.first().waitFor();
    const banner = entry.first().getByRole('note', { name: `Anpassningar – ${patient.name}` });
    await banner.waitFor();
    expect((await banner.textContent())?.toLowerCase()).toContain('golvlyft');
    await page.getByRole('button', { name: 'Skriv ut' }).waitFor();
    await expectAccessible(page, 'the day list');

    // Reschedule from the patient's Besök card.
    await page.goto(`/patienter/${patient.id}`);
    const card = page.getByRole('region', { name: 'Besök' });
    const upcoming = card.getByRole('table', { name: `Kommande besök för ${patient.name}` });
    await upcoming.waitFor();
    // The row of the visit just booked (other test files may have booked this patient too).
    const ownRow = (id: string) =>
      upcoming.getByRole('row').filter({ has: page.locator(`a[href$="omboka=${id}"]`) });
    const oldTime = (await ownRow(booking.id).getByRole('rowheader').textContent()) ?? '';
    expect(oldTime).not.toBe('');
    await ownRow(booking.id)
      .getByRole('link', { name: /^Omboka – Hälsokontroll/ })
      .click();
    await page.getByRole('heading', { level: 1, name: `Omboka besök – ${patient.name}` }).waitFor();
    await page.getByTestId('current-booking').waitFor();
    await page.getByTestId('proposals').waitFor({ timeout: 30_000 });
    const options = page.getByTestId('proposals').getByRole('button', { name: /^Välj / });
    // Any other time than the one booked: the list may still hold slots around it.
    const count = await options.count();
    let picked = -1;
    for (let i = 0; i < count; i++) {
      const label = (await options.nth(i).getAttribute('aria-label')) ?? '';
      if (!oldTime.toLowerCase().startsWith(label.replace(/^Välj /, '').toLowerCase())) {
        picked = i;
        break;
      }
    }
    expect(picked).toBeGreaterThanOrEqual(0);
    await options.nth(picked).click();
    const move = page.getByRole('dialog', { name: 'Omboka besöket?' });
    await move.waitFor();
    const moved = page.waitForResponse((r) => /\/reschedule$/.test(r.url()));
    await move.getByRole('button', { name: 'Omboka' }).click();
    const newBooking = (await (await moved).json()) as { id: string; start: string; end: string };
    await page.getByRole('heading', { name: 'Besöket är ombokat' }).waitFor();

    // The patient's card shows the new time, and not the old one among the upcoming.
    await page.getByRole('link', { name: 'Till patientens sida' }).click();
    await upcoming.waitFor();
    await settle(page);
    expect(newBooking.id).not.toBe(booking.id);
    await ownRow(newBooking.id).waitFor();
    expect(await ownRow(booking.id).count()).toBe(0);
    expect(await ownRow(newBooking.id).getByRole('rowheader').textContent()).not.toBe(oldTime);
    await context.close();
  }, 180_000);

  it('books the joint session as a series, says per date what was booked, and cancels the rest of the series', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'sjukskoterska');
    const patient = await findFloorLiftPatient(page);
    await page.goto(`/patienter/${patient.id}/boka`);
    await page.getByRole('heading', { level: 1, name: `Boka besök – ${patient.name}` }).waitFor();

    await page.getByRole('radio', { name: /^Gemensam mottagning/ }).check();
    const panel = page.getByTestId('series-panel');
    await panel.getByText('varannan onsdag kl. 13.00', { exact: false }).waitFor();
    await panel.getByRole('textbox', { name: 'Antal tillfällen' }).fill('3');
    await panel.getByRole('button', { name: 'Boka 3 tillfällen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Boka serien?' });
    await confirm.waitFor();
    await expectAccessible(page, 'the series confirmation');
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/bookings/series'));
    await confirm.getByRole('button', { name: 'Boka 3 tillfällen' }).click();
    const result = (await (await answered).json()) as {
      booked: number;
      occurrences: Array<{ date: string; status: string }>;
    };
    expect(result.occurrences).toHaveLength(3);
    const shown = panel.getByTestId('series-result');
    await shown.getByRole('status').waitFor();
    expect(await shown.getByRole('status').textContent()).toBe(`${result.booked} av 3 tillfällen bokade.`);
    expect(await shown.getByRole('listitem').count()).toBe(3);
    await expectAccessible(page, 'the series result');

    // On the patient page the series' visits are marked; cancelling one offers to cancel them all.
    expect(result.booked).toBeGreaterThan(1);
    await page.goto(`/patienter/${patient.id}`);
    const upcoming = page.getByRole('table', { name: `Kommande besök för ${patient.name}` });
    await upcoming.waitFor();
    const seriesRows = upcoming.getByRole('row').filter({ hasText: 'Serie' });
    expect(await seriesRows.count()).toBe(result.booked);
    await seriesRows
      .first()
      .getByRole('button', { name: /^Avboka – Gemensam mottagning/ })
      .click();
    const cancel = page.getByRole('dialog', { name: 'Avboka besöket?' });
    await cancel.waitFor();
    await cancel.getByRole('textbox').fill('Slutar i gruppen');
    await cancel
      .getByRole('checkbox', { name: `Avboka alla ${result.booked} kommande besök i serien` })
      .check();
    await expectAccessible(page, 'cancelling a whole series');
    await cancel.getByRole('button', { name: 'Avboka' }).click();
    await page.getByText(`${result.booked} besök i serien är avbokade.`).waitFor();
    await upcoming.getByRole('row').filter({ hasText: 'Serie' }).first().waitFor({ state: 'detached' });
    await context.close();
  }, 120_000);

  it('shows the unit calendar and the recall list accessibly', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'sjukskoterska');
    await page.getByRole('link', { name: 'Kalender' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor();
    const calendar = page.getByRole('table', { name: /^Enhetens kalender vecka \d+/ });
    await calendar.waitFor();
    expect(await calendar.getByRole('columnheader').count()).toBe(6); // the resource and Monday–Friday
    expect(await calendar.getByRole('rowheader').count()).toBeGreaterThan(3);
    await expectAccessible(page, 'the unit calendar');
    await page.getByRole('button', { name: 'Nästa vecka' }).click();
    await page.getByRole('table', { name: /^Enhetens kalender vecka \d+/ }).waitFor();

    await page.getByRole('link', { name: 'Återkallelse' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Återkallelse' }).waitFor();
    const recall = page.getByRole('table', { name: 'Patienter att kalla till hälsokontroll' });
    await recall.waitFor();
    expect(await recall.getByText(/Försenad|Dags snart/).count()).toBeGreaterThan(0);
    // Each patient without a time shows the time "Boka valda" would book.
    await recall.getByTestId('recall-proposal').first().waitFor();
    expect(await recall.getByTestId('recall-proposal').first().textContent()).toMatch(/^Förslag: .+\d/);
    await expectAccessible(page, 'the recall list');
    await context.close();
  }, 120_000);
});
