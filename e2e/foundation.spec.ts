import { makeTestIdentityNumber } from '@lotsa/contracts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function openFirstPatient(page: Page, q: string) {
  await page.getByLabel('Sök på namn eller personnummer').fill(q);
  const results = page.getByRole('table', { name: 'Sökresultat' });
  await results.waitFor();
  const link = results.getByRole('link').first();
  const name = (await link.textContent())!.trim();
  await link.click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  return name;
}

describe('a nurse', () => {
  it('signs in, searches, opens a patient and switches language; every page passes axe', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    await expectAccessible(page, 'the sign-in page');

    await page.getByLabel('Användarnamn').fill('sjukskoterska');
    await page.getByLabel('Lösenord').fill('fel');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Fel användarnamn eller lösenord');

    await signIn(page, 'sjukskoterska');
    await page.getByLabel('Sök på namn eller personnummer').waitFor();
    expect(await page.getByTestId('signed-in-user').textContent()).toContain('Sanna Sköterman');
    await expectAccessible(page, 'the patient search');

    const name = await openFirstPatient(page, 'an');
    expect(page.url()).toMatch(/\/patienter\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Företrädare' }).waitFor();
    expect(await page.getByTestId('patient-identity-number').textContent()).toMatch(/^\d{8}-\d{4}$/);
    await expectAccessible(page, `the patient page of ${name}`);

    // Search by identity number finds the same patient.
    const pnr = (await page.getByTestId('patient-identity-number').textContent())!;
    await page.getByRole('link', { name: 'Patienter' }).first().click();
    await page.getByLabel('Sök på namn eller personnummer').fill(pnr);
    await page.getByRole('table', { name: 'Sökresultat' }).getByRole('link', { name }).waitFor();

    await page.getByLabel('Språk').first().selectOption('en');
    await page.getByLabel('Search by name or identity number').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectAccessible(page, 'the patient search in English');
    await page.getByLabel('Language').first().selectOption('sv');
    await page.getByLabel('Sök på namn eller personnummer').waitFor();
    await context.close();
  });

  it('registers a patient: the identity number is checked before saving', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'sjukskoterska');
    await page.getByLabel('Sök på namn eller personnummer').waitFor();
    await page.getByRole('link', { name: 'Ny patient' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny patient' }).waitFor();
    const good = makeTestIdentityNumber('1991-03-14', 987);
    const bad = `${good.slice(0, 11)}${(Number(good[11]) + 1) % 10}`;
    await page.getByTestId('identity-number').fill(bad);
    await page.getByRole('textbox', { name: /^Förnamn/ }).click();
    await expect.poll(() => page.getByText(`borde vara ${good[11]}`).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the new-patient form with an error');

    await page.getByTestId('identity-number').fill(good);
    await page.getByRole('textbox', { name: /^Förnamn/ }).fill('Ebba');
    await page.getByRole('textbox', { name: /^Efternamn/ }).fill('Webbtest');
    await page.getByRole('combobox', { name: 'Kommun' }).fill('Kuml');
    await page.getByRole('listbox', { name: 'Kommun' }).getByRole('option', { name: 'Kumla (1881)' }).click();
    await page.getByRole('button', { name: 'Spara patient' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ebba Webbtest' }).waitFor();
    expect(await page.getByTestId('patient-identity-number').textContent()).toBe(
      `${good.slice(0, 8)}-${good.slice(8)}`,
    );
    await page.getByRole('link', { name: 'Ändra uppgifter' }).click();
    await page.getByRole('button', { name: 'Spara ändringar' }).waitFor();
    await expectAccessible(page, 'the edit-patient form');
    await context.close();
  });
});

describe('a unit manager', () => {
  it('reviews the log, checks the chain and takes a patient log extract', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'chef');
    const name = await openFirstPatient(page, 'er');
    await page.getByRole('link', { name: 'Loggutdrag' }).click();
    await page.getByRole('table', { name: `Loggutdrag för ${name}` }).waitFor();
    expect(
      await page
        .getByRole('table', { name: `Loggutdrag för ${name}` })
        .getByRole('row')
        .count(),
    ).toBeGreaterThan(2);
    await expectAccessible(page, 'the patient log extract');

    await page.getByRole('link', { name: 'Logg', exact: true }).first().click();
    await page.getByRole('table', { name: 'Loggposter' }).waitFor();
    await page.getByRole('button', { name: 'Kontrollera loggens kedja' }).click();
    await expect
      .poll(() => page.getByTestId('audit-verify-result').textContent())
      .toMatch(/hel|intakt|obruten/i);
    await expectAccessible(page, 'the audit log');
    await context.close();
  });
});

describe('a region admin', () => {
  it('manages the organisation: every admin page passes axe, and a room with a floor lift can be added', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin');
    await page.getByRole('link', { name: 'Administration' }).first().click();
    for (const tab of ['Länsdelar', 'Enheter', 'Personal', 'Rum', 'Utrustning', 'Team']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tab', { name: tab, selected: true }).waitFor();
      await page.getByRole('table').first().waitFor();
      await expectAccessible(page, `the administration tab ${tab}`);
    }
    await page.getByRole('tab', { name: 'Rum' }).click();
    await page.getByRole('button', { name: 'Nytt rum' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Namn').fill('Liftrum E2E');
    const unitSelect = dialog.getByRole('combobox', { name: 'Enhet' });
    if ((await unitSelect.count()) > 0 && !(await unitSelect.inputValue())) {
      await unitSelect.click();
      await page.getByRole('listbox', { name: 'Enhet' }).getByRole('option', { name: /Kumla/ }).click();
    }
    await dialog.getByLabel('Golvlyft').check();
    await dialog.getByLabel('Bred brits').check();
    await expectAccessible(page, 'the new-room dialog');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page.getByTestId('rooms-table').getByText('Liftrum E2E').waitFor();
    // A region admin has no patient data.
    await page.goto('/patienter');
    await page.getByText('Ingen enhet vald').waitFor();
    await page.getByLabel('Sök på namn eller personnummer').fill('an');
    await page.waitForTimeout(800);
    expect(await page.getByRole('table', { name: 'Sökresultat' }).count()).toBe(0);
    await context.close();
  });
});
