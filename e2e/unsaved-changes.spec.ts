import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, settle, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const PERSON = 'Cecilia Chefsson';
const QUESTION = 'Lämna sidan utan att spara?';

/** A local date far enough ahead that no search reaches it (calendars.spec uses 300 days). */
function daysAhead(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(d);
}

function navLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true });
}

/** The question is open, says what it should, and starts on the safe choice. */
async function expectQuestion(page: Page) {
  const dialog = page.getByRole('dialog', { name: QUESTION });
  await dialog.waitFor();
  await dialog.getByText('Ändringarna du har gjort sparas inte.').waitFor();
  await expect.poll(() => page.evaluate('document.activeElement?.textContent?.trim()')).toBe('Stanna kvar');
  return dialog;
}

describe('unsaved changes', () => {
  it('asks before leaving changed working hours; stays, leaves, and lets a saved page go', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'chef');
    await navLink(page, 'Arbetstider').click();
    await page.getByRole('heading', { level: 1, name: 'Arbetstider och tillgänglighet' }).waitFor();
    await settle(page);
    await page
      .getByRole('list', { name: 'Personal' })
      .getByRole('button', { name: new RegExp(`^${PERSON}`) })
      .click();
    const hours = page.getByRole('table', { name: `Arbetstider per vecka – ${PERSON}` });
    await hours.waitFor();
    const to = hours.getByLabel('Till, rad 1', { exact: true });
    const original = await to.inputValue();
    const changed = original === '15:45' ? '15:30' : '15:45';
    const unsaved = page.getByRole('status').filter({ hasText: 'Du har ändringar som inte är sparade.' });

    // A change, then another page from the navigation: asked first; "Stanna kvar" keeps page and change.
    await to.fill(changed);
    await unsaved.waitFor();
    await navLink(page, 'Kalender').click();
    let dialog = await expectQuestion(page);
    await expectAccessible(page, 'the leave-without-saving question');
    await dialog.getByRole('button', { name: 'Stanna kvar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/arbetstider');
    expect(await to.inputValue()).toBe(changed);
    await unsaved.waitFor();

    // Again, and "Lämna sidan": the other page opens, the change is gone.
    await navLink(page, 'Kalender').click();
    dialog = await expectQuestion(page);
    await dialog.getByRole('button', { name: 'Lämna sidan' }).click();
    await page.waitForURL((u) => u.pathname === '/kalender');
    await dialog.waitFor({ state: 'detached' });

    // Back again: the saved hours, unchanged.
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/arbetstider');
    await hours.waitFor();
    await settle(page);
    expect(await to.inputValue()).toBe(original);
    expect(await unsaved.count()).toBe(0);

    // The browser's back button asks too.
    await to.fill(changed);
    await unsaved.waitFor();
    await page.goBack();
    dialog = await expectQuestion(page);
    await dialog.getByRole('button', { name: 'Stanna kvar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/arbetstider');
    expect(await to.inputValue()).toBe(changed);

    // Undone and saved (a day off far ahead): nothing to lose, so the navigation is not held.
    await page.getByRole('button', { name: 'Ångra ändringar' }).click();
    expect(await to.inputValue()).toBe(original);
    await page.getByRole('button', { name: 'Lägg till avvikande dag' }).click();
    const overrides = page.getByRole('table', { name: `Avvikande dagar – ${PERSON}` });
    const last = overrides.locator('tbody tr').last();
    await last.getByLabel(/^Datum, rad \d+$/).fill(daysAhead(320));
    await last.getByLabel(/^Anledning, rad \d+$/).fill('Kurs');
    await unsaved.waitFor();
    const saved = page.waitForResponse(
      (r) => /\/api\/calendars\/staff\//.test(r.url()) && r.request().method() === 'PUT',
    );
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    expect((await saved).status()).toBe(200);
    await page.getByText(`Arbetstiderna för ${PERSON} är sparade.`).waitFor();
    await unsaved.waitFor({ state: 'detached' });
    await navLink(page, 'Kalender').click();
    await page.waitForURL((u) => u.pathname === '/kalender');
    expect(await page.getByRole('dialog', { name: QUESTION }).count()).toBe(0);
    await context.close();
  }, 120_000);

  it('asks before leaving a new patient half typed; "Avbryt" leaves without asking', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'sjukskoterska');
    const openForm = async () => {
      await page.getByRole('link', { name: 'Ny patient' }).click();
      await page.getByRole('heading', { level: 1, name: 'Ny patient' }).waitFor();
    };
    await openForm();
    const given = page.getByRole('textbox', { name: /^Förnamn/ });

    // Nothing typed yet: leaving is not held.
    await navLink(page, 'Patienter').click();
    await page.waitForURL((u) => u.pathname === '/patienter');
    await openForm();

    await given.fill('Greta');
    await navLink(page, 'Patienter').click();
    let dialog = await expectQuestion(page);
    await expectAccessible(page, 'the leave-without-saving question on a new patient');
    await dialog.getByRole('button', { name: 'Stanna kvar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/patienter/ny');
    expect(await given.inputValue()).toBe('Greta');

    // The link back to the search asks too; "Lämna sidan" goes there.
    await page.getByRole('link', { name: 'Tillbaka till sökningen' }).click();
    dialog = await expectQuestion(page);
    await dialog.getByRole('button', { name: 'Lämna sidan' }).click();
    await page.waitForURL((u) => u.pathname === '/patienter');

    // "Avbryt" is an answer already.
    await openForm();
    await given.fill('Greta');
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.waitForURL((u) => u.pathname === '/patienter');
    expect(await page.getByRole('dialog', { name: QUESTION }).count()).toBe(0);

    // Signing out with a half-typed patient asks first; "Stanna kvar" keeps the session and the name.
    await openForm();
    await given.fill('Greta');
    await page.getByRole('button', { name: 'Logga ut' }).click();
    const signOut = page.getByRole('dialog', { name: 'Logga ut utan att spara?' });
    await signOut.waitFor();
    await expect.poll(() => page.evaluate('document.activeElement?.textContent?.trim()')).toBe('Stanna kvar');
    await expectAccessible(page, 'the sign-out-without-saving question');
    await signOut.getByRole('button', { name: 'Stanna kvar' }).click();
    await signOut.waitFor({ state: 'hidden' });
    expect(await given.inputValue()).toBe('Greta');
    expect((await page.request.get('/api/auth/me')).status()).toBe(200);
    // "Logga ut": signed out, with no second question from the browser.
    let browserAsked = false;
    page.on('dialog', (d) => {
      browserAsked = true;
      void d.accept();
    });
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await signOut.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL((u) => u.pathname === '/logga-in');
    expect(browserAsked).toBe(false);
    expect((await page.request.get('/api/auth/me')).status()).toBe(401);
    await context.close();
  }, 90_000);

  it('asks a relative before "back" throws away the public registration', async () => {
    const { context, page } = await newPage(browser, { viewport: { width: 375, height: 740 } });
    await page.goto('/logga-in');
    await page.getByRole('link', { name: 'Anmäl intresse här' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anmäl intresse för SMO' }).waitFor();
    await page.getByRole('radio', { name: 'Jag anmäler någon annan' }).check();
    await page.goBack();
    const dialog = await expectQuestion(page);
    await expectAccessible(page, 'the leave-without-saving question on the public form');
    await dialog.getByRole('button', { name: 'Stanna kvar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/anmalan');
    expect(await page.getByRole('radio', { name: 'Jag anmäler någon annan' }).isChecked()).toBe(true);
    await page.goBack();
    await (await expectQuestion(page)).getByRole('button', { name: 'Lämna sidan' }).click();
    await page.waitForURL((u) => u.pathname === '/logga-in');
    await context.close();
  }, 60_000);
});
