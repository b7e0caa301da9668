import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAMILY } from '../apps/server/src/demo/people.ts';
import { expectAccessible, launch, newPage, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Finds, through the API in the signed-in browser, the Kumla patient whose adaptations need a floor lift. */
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
    if (profile.requirements.roomFeatures.includes('floor_lift')) return { id, name };
  }
  throw new Error('no demo patient needs a floor lift');
}

describe('the patient profile', () => {
  it('shows the adaptation banner and passport, the easy-read contacts sheet, and takes a contact request to done', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'sjukskoterska');
    await page.getByLabel('Sök på namn eller personnummer').waitFor();
    const patient = await findFloorLiftPatient(page);
    await page.goto(`/patienter/${patient.id}`);
    await page.getByRole('heading', { level: 1, name: patient.name }).waitFor();
    const banner = page.getByTestId('adaptation-banner');
    await banner.waitFor();
    await expect.poll(() => page.getByText('Bokningen behöver').count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: 'Anpassningar' }).count()).toBeGreaterThan(0);
    expect((await page.textContent('body'))?.toLowerCase()).toContain('golvlyft');
    await expectAccessible(page, 'the patient page with adaptations and care contacts');

    await page.getByRole('link', { name: 'Mina kontakter (lättläst)' }).click();
    await page.getByRole('button', { name: 'Skriv ut' }).waitFor();
    expect(await page.getByText('Din läkare').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the easy-read my-contacts sheet');

    await page.goto(`/patienter/${patient.id}`);
    await page.getByRole('button', { name: 'Nytt ärende' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /^Namn på den som ringer/ }).fill('Kommunsköterska Kim');
    await dialog.getByRole('textbox', { name: /^Ring tillbaka på/ }).fill('019-555 12 34');
    await dialog.getByRole('textbox', { name: /^Vad gäller det/ }).fill('E2E: frågar om nya ordinationen');
    await expectAccessible(page, 'the new contact request dialog');
    await dialog.getByRole('button', { name: /Spara|Registrera/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('link', { name: 'Ärenden' }).first().click();
    const table = page.getByRole('table', { name: 'Öppna ärenden' });
    await table.getByText('E2E: frågar om nya ordinationen').waitFor();
    await expectAccessible(page, 'the contact request queue');
    await table.getByRole('button', { name: /^Påbörja – .*E2E: frågar/ }).click();
    await table.getByRole('button', { name: /^Klar – .*E2E: frågar/ }).click();
    await expect.poll(() => table.getByText('E2E: frågar om nya ordinationen').count()).toBe(0);
    await context.close();
  });
});
