import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

// The e2e database is shared by the spec files: a name of its own per run.
const suffix = Date.now().toString(36);
const username = `e2e.${suffix}`;
const displayName = `Sara Testsköterska ${suffix}`;
const temporary = 'tillfalligt-e2e-4711';
const chosen = 'ett eget långt lösenord';

describe('account administration', () => {
  it('the region admin adds a nurse with a temporary password; the nurse chooses a new one at the first sign-in', async () => {
    const admin = await newPage(browser);
    await signIn(admin.page, 'admin');
    await admin.page.getByRole('link', { name: 'Administration' }).first().click();
    await admin.page.getByRole('tab', { name: 'Konton' }).click();
    await admin.page.getByRole('tab', { name: 'Konton', selected: true }).waitFor();
    await admin.page.getByTestId('accounts-table').waitFor();
    await expectAccessible(admin.page, 'the accounts tab');

    await admin.page.getByRole('button', { name: 'Nytt konto' }).click();
    const dialog = admin.page.getByRole('dialog', { name: 'Nytt konto' });
    await dialog.getByLabel('Namn som visas').fill(displayName);
    await dialog.getByLabel('Användarnamn').fill(username);
    await dialog.getByLabel('Sjuksköterska', { exact: true }).check();
    await dialog.getByLabel(/^Tillfälligt lösenord/).fill('kort');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    // The server's message is shown at its field, and tied to it.
    const password = dialog.getByLabel(/^Tillfälligt lösenord/);
    await dialog.getByText('Lösenordet måste ha minst 12 tecken.').first().waitFor();
    const describedBy = ((await password.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
    const descriptions = await Promise.all(
      describedBy.map((id) => admin.page.locator(`[id="${id}"]`).textContent()),
    );
    expect(descriptions).toContain('Lösenordet måste ha minst 12 tecken.');
    await expectAccessible(admin.page, 'the new-account dialog');
    await password.fill(temporary);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = admin.page.getByTestId('accounts-table').getByRole('row', { name: new RegExp(displayName) });
    await row.getByText(username, { exact: true }).waitFor();
    await row.getByText('Tillfälligt lösenord', { exact: true }).waitFor();
    expect(await row.textContent()).toContain('Kumla vårdcentral SMO: Sjuksköterska');

    // The nurse, on another computer: a temporary password leads to "Välj ett nytt lösenord" only.
    const nurse = await newPage(browser);
    await signIn(nurse.page, username, temporary);
    await nurse.page.getByRole('heading', { level: 1, name: 'Välj ett nytt lösenord' }).waitFor();
    expect(new URL(nurse.page.url()).pathname).toBe('/nytt-losenord');
    await nurse.page.goto('/patienter');
    await nurse.page.waitForURL((url) => url.pathname === '/nytt-losenord');
    await expectAccessible(nurse.page, 'the new-password page');
    await nurse.page.getByLabel('Det tillfälliga lösenordet du fick').fill(temporary);
    await nurse.page.getByLabel(/^Nytt lösenord/).fill(chosen);
    await nurse.page.getByLabel('Skriv det nya lösenordet igen').fill(`${chosen}!`);
    await nurse.page.getByRole('button', { name: 'Spara lösenordet' }).click();
    await nurse.page.getByText('Lösenorden är inte likadana.').waitFor();
    await nurse.page.getByLabel('Skriv det nya lösenordet igen').fill(chosen);
    await nurse.page.getByRole('button', { name: 'Spara lösenordet' }).click();
    await nurse.page.waitForURL((url) => url.pathname === '/patienter');
    await nurse.page.getByTestId('signed-in-user').first().getByText(displayName).waitFor();
    await nurse.page.getByRole('heading', { level: 1 }).first().waitFor();

    // Deactivated by the admin (after a confirmation), the nurse is signed out.
    await admin.page.reload();
    await row.getByRole('button', { name: `Stäng av ${displayName}` }).click();
    const confirm = admin.page.getByRole('dialog', { name: `Stäng av kontot för ${displayName}?` });
    await confirm.waitFor();
    await expectAccessible(admin.page, 'the deactivation dialog');
    await confirm.getByRole('button', { name: 'Stäng av' }).click();
    await confirm.waitFor({ state: 'detached' });
    await row.getByText('Avstängt', { exact: true }).waitFor();
    await nurse.page.reload();
    await nurse.page.waitForURL((url) => url.pathname.startsWith('/logga-in'));

    await nurse.context.close();
    await admin.context.close();
  });
});
