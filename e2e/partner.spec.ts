import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAMILY } from '../apps/server/src/demo/people.ts';
import { expectAccessible, launch, newPage, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/**
 * Finds, as the Kumla nurse through the API, a demo patient whose network has contacts both with and
 * without consent to share (the seed makes sure Kumla has one), with what each side holds.
 */
async function findPatientWithUnsharedContacts(page: Page) {
  const seen = new Map<string, { name: string; identityNumber: string }>();
  for (const q of FAMILY) {
    const list = (await (await page.request.get(`/api/patients?q=${q}&limit=100`)).json()) as Array<{
      id: string;
      givenName: string;
      familyName: string;
      identityNumber: string;
    }>;
    for (const p of list)
      seen.set(p.id, { name: `${p.givenName} ${p.familyName}`, identityNumber: p.identityNumber });
  }
  for (const [id, p] of seen) {
    const network = (await (await page.request.get(`/api/patients/${id}/network`)).json()) as Array<{
      organisation: string;
      consentToShare: boolean;
    }>;
    const shared = network.filter((c) => c.consentToShare).map((c) => c.organisation);
    const hidden = network
      .filter((c) => !c.consentToShare && !shared.includes(c.organisation))
      .map((c) => c.organisation);
    if (shared.length > 0 && hidden.length > 0) return { ...p, shared, hidden };
  }
  throw new Error('no demo patient has both shared and unshared network contacts');
}

describe('partner access (samverkan)', () => {
  it('shows a municipal nurse only the contacts the patient agreed to share', async () => {
    const staff = await newPage(browser);
    await signIn(staff.page, 'sjukskoterska');
    const patient = await findPatientWithUnsharedContacts(staff.page);
    await staff.context.close();

    const { context, page } = await newPage(browser);
    await signIn(page, 'kommun.kumla');
    // A partner account starts on the partner page, and that is all its navigation offers.
    await page.waitForURL((url) => url.pathname === '/samverkan');
    await page.getByRole('heading', { level: 1, name: 'Samverkan' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Samverkan']);
    await expectAccessible(page, 'the partner page');

    // A mistyped number: the check digit is named at the field.
    const field = page.getByRole('textbox', { name: /^Personnummer/ });
    const wrong = `${patient.identityNumber.slice(0, -1)}${(Number(patient.identityNumber.at(-1)) + 1) % 10}`;
    await field.fill(wrong);
    await field.press('Enter');
    await page
      .getByText(/Kontrollsiffran stämmer inte/)
      .first()
      .waitFor();

    // With the keyboard only: type the number, Enter, and focus moves to the patient's name.
    await field.fill(patient.identityNumber);
    await field.press('Enter');
    const heading = page.getByRole('heading', { level: 2, name: new RegExp(`^${patient.name}`) });
    await heading.waitFor();
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('partner-result-title');
    const contacts = page.getByRole('table', { name: 'Kontakter som får delas' });
    for (const organisation of patient.shared)
      await contacts.getByRole('rowheader', { name: organisation }).first().waitFor();
    for (const organisation of patient.hidden) expect(await page.getByText(organisation).count()).toBe(0);
    expect(
      await page
        .getByText(/bara de kontakter som patienten \(eller patientens företrädare\) har godkänt/)
        .count(),
    ).toBe(1);
    await page.getByText('Kumla vårdcentral SMO, ').first().waitFor();
    await expectAccessible(page, 'the partner page with a patient’s shared contacts');

    // Clearing removes the patient from the screen.
    await page.getByRole('button', { name: 'Rensa' }).click();
    expect(await page.getByTestId('partner-result').count()).toBe(0);

    // A clinical page is refused with the partner message, not shown.
    await page.goto('/patienter');
    await page.getByLabel('Sök på namn eller personnummer').fill('an');
    await page
      .getByText(/samverkanskonto/)
      .first()
      .waitFor();
    await context.close();
  });
});
