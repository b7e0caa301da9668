import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, settle, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

// The e2e database is shared by the spec files: an account of its own per run.
const suffix = Date.now().toString(36);
const username = `e2e.totp.${suffix}`;
const displayName = `Tove Tvåsteg ${suffix}`;
const temporary = 'tillfalligt-totp-4711';
const chosen = 'mitt eget långa lösenord med två steg';

/** The app's code for the time step `steps` from now (the server takes one step either side). */
const codeOf = (secret: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + steps * 30_000 });

/** Password only: lands on the code page when the account has an authenticator. */
async function passwordStep(page: Page, password: string) {
  await page.goto('/');
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

describe('two-step sign-in', () => {
  it('a nurse connects an authenticator app, then signs in with a code from it; the admin resets it', async () => {
    const admin = await newPage(browser);
    await signIn(admin.page, 'admin');
    const me = await (await admin.page.request.get('/api/auth/me')).json();
    const kumla = (await (await admin.page.request.get('/api/organisation/units')).json())[0].id;
    const created = await admin.page.request.post('/api/access/accounts', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: {
        username,
        displayName,
        staffId: null,
        units: [{ unitId: kumla, roles: ['nurse'] }],
        isRegionAdmin: false,
        temporaryPassword: temporary,
      },
    });
    expect(created.status()).toBe(201);

    // First sign-in: the temporary password is replaced, then the nurse opens "Inloggning och säkerhet".
    const nurse = await newPage(browser);
    await passwordStep(nurse.page, temporary);
    await nurse.page.getByLabel('Det tillfälliga lösenordet du fick').fill(temporary);
    await nurse.page.getByLabel(/^Nytt lösenord/).fill(chosen);
    await nurse.page.getByLabel('Skriv det nya lösenordet igen').fill(chosen);
    await nurse.page.getByRole('button', { name: 'Spara lösenordet' }).click();
    await nurse.page.waitForURL((url) => url.pathname === '/patienter');
    await nurse.page.getByRole('link', { name: 'Inloggning och säkerhet' }).first().click();
    await nurse.page.getByRole('heading', { level: 1, name: 'Inloggning och säkerhet' }).waitFor();
    await nurse.page.getByTestId('sessions-table').getByText('Den här').waitFor();
    await expectAccessible(nurse.page, 'the security page');

    await nurse.page.getByRole('button', { name: 'Koppla en autentiseringsapp' }).click();
    await nurse.page.getByRole('img', { name: /QR-kod för att koppla Lotsa/ }).waitFor();
    const secret = ((await nurse.page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectAccessible(nurse.page, 'the enrolment (QR code and key)');
    // A wrong code is refused at the field.
    const right = codeOf(secret);
    await nurse.page.getByLabel('Kod från appen').fill(right === '000000' ? '111111' : '000000');
    await nurse.page.getByRole('button', { name: 'Aktivera tvåstegsinloggning' }).click();
    await nurse.page.getByText('Koden stämmer inte').first().waitFor();
    await nurse.page.getByLabel('Kod från appen').fill(codeOf(secret));
    await nurse.page.getByRole('button', { name: 'Aktivera tvåstegsinloggning' }).click();
    const codes = nurse.page.getByRole('list', { name: 'Återställningskoder' });
    await codes.waitFor();
    expect(await codes.getByRole('listitem').count()).toBe(10);
    await expectAccessible(nurse.page, 'the recovery codes');
    await nurse.page.getByRole('button', { name: 'Jag har sparat koderna' }).click();
    await nurse.page
      .getByTestId('totp-status')
      .getByText(/10 oanvända återställningskoder/)
      .waitFor();
    await nurse.page.getByRole('button', { name: 'Logga ut' }).first().click();
    await nurse.page.waitForURL((url) => url.pathname === '/logga-in');

    // Signing in again: the password, then the code page; nothing else opens before the code.
    await passwordStep(nurse.page, chosen);
    await nurse.page.waitForURL((url) => url.pathname === '/logga-in/kod');
    await nurse.page.getByRole('heading', { level: 1, name: 'Skriv koden från appen' }).waitFor();
    await expectAccessible(nurse.page, 'the code page');
    await nurse.page.goto('/patienter');
    await nurse.page.waitForURL((url) => url.pathname === '/logga-in/kod');
    // The enrolment took this step's code: the app's next one (the server takes one step ahead).
    await nurse.page.getByLabel('Kod från appen').fill(codeOf(secret, 1));
    await nurse.page.keyboard.press('Enter');
    await nurse.page.waitForURL((url) => url.pathname === '/patienter');
    await settle(nurse.page);

    // The region admin resets it (a lost phone), after confirming: the nurse is signed out everywhere.
    await admin.page.getByRole('link', { name: 'Administration' }).first().click();
    await admin.page.getByRole('tab', { name: 'Konton' }).click();
    // The region's choice of roles that must use it is on the same tab (none in the demo).
    await admin.page.getByRole('heading', { name: 'Tvåstegsinloggning per roll' }).waitFor();
    expect(await admin.page.getByRole('checkbox', { name: 'Läkare' }).isChecked()).toBe(false);
    const row = admin.page.getByTestId('accounts-table').getByRole('row', { name: new RegExp(displayName) });
    await row.getByText('Tvåstegsinloggning', { exact: true }).waitFor();
    await row.getByRole('button', { name: `Återställ tvåstegsinloggningen för ${displayName}` }).click();
    const dialog = admin.page.getByRole('dialog', {
      name: `Återställ tvåstegsinloggningen för ${displayName}?`,
    });
    await expectAccessible(admin.page, 'the reset dialog');
    await dialog.getByRole('button', { name: 'Återställ tvåstegsinloggning' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('Tvåstegsinloggning', { exact: true }).waitFor({ state: 'detached' });
    expect((await nurse.page.request.get('/api/auth/me')).status()).toBe(401);
    await passwordStep(nurse.page, chosen);
    await nurse.page.waitForURL((url) => url.pathname === '/patienter');
  });
});
