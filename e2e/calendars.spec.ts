import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, settle, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const PERSON = 'Cecilia Chefsson';

/** A local date far enough ahead that no other journey's search reaches it (searches look ≤ 26 weeks). */
function daysAhead(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(d);
}

/** Set LOTSA_E2E_SCREENSHOTS=<folder> to keep a picture of the page (for looking at the layout). */
async function keepScreenshot(page: Page, name: string) {
  const dir = process.env.LOTSA_E2E_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
  await page.screenshot({ path: path.join(dir, `${name}-full.png`), fullPage: true });
}

async function openPage(page: Page) {
  await page.getByRole('link', { name: 'Arbetstider' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Arbetstider och tillgänglighet' }).waitFor();
  await settle(page);
}

async function choose(page: Page, group: string, name: RegExp) {
  await page.getByRole('list', { name: group }).getByRole('button', { name }).click();
}

/** The rows of a table, without its header row; 0 when the table is not shown (no rows). */
async function bodyRows(page: Page, table: string): Promise<number> {
  const t = page.getByRole('table', { name: table });
  return (await t.count()) === 0 ? 0 : await t.locator('tbody tr').count();
}

describe('working hours and availability', () => {
  it('lets the unit manager add hours and a date override that are kept, and refuses an end before the start', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'chef');
    await openPage(page);
    await page.getByText('Välj personal, ett rum, utrustning eller en extern deltagare').waitFor();
    await choose(page, 'Personal', new RegExp(`^${PERSON}`));
    const editor = page.getByTestId('calendar-editor');
    await editor.getByRole('heading', { level: 2, name: PERSON }).waitFor();
    expect(new URL(page.url()).searchParams.get('resurs')).toMatch(/^staff:/);
    const hoursName = `Arbetstider per vecka – ${PERSON}`;
    const overridesName = `Avvikande dagar – ${PERSON}`;
    const hours = page.getByRole('table', { name: hoursName });
    await hours.waitFor();
    const hoursBefore = await bodyRows(page, hoursName);
    const overridesBefore = await bodyRows(page, overridesName);
    expect(hoursBefore).toBeGreaterThan(0);

    // A Saturday morning: "Lägg till tid" adds a row and moves the focus to its weekday.
    await page.getByRole('button', { name: 'Lägg till tid' }).click();
    const row = hoursBefore + 1;
    const weekday = hours.getByLabel(`Veckodag, rad ${row}`, { exact: true });
    await expect
      .poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label")'))
      .toBe(`Veckodag, rad ${row}`);
    await weekday.selectOption({ label: 'Lördag' });
    await hours.getByLabel(`Från, rad ${row}`, { exact: true }).fill('09:00');
    await hours.getByLabel(`Till, rad ${row}`, { exact: true }).fill('12:00');
    await page.getByRole('status').filter({ hasText: 'Du har ändringar som inte är sparade.' }).waitFor();

    // A day off far ahead, closed all day (the default of a new override).
    const date = daysAhead(300);
    await page.getByRole('button', { name: 'Lägg till avvikande dag' }).click();
    const overrides = page.getByRole('table', { name: overridesName });
    const orow = overridesBefore + 1;
    await overrides.getByLabel(`Datum, rad ${orow}`, { exact: true }).fill(date);
    expect(await overrides.getByLabel(`Stängt hela dagen, rad ${orow}`, { exact: true }).isChecked()).toBe(
      true,
    );
    await overrides.getByLabel(`Anledning, rad ${orow}`, { exact: true }).fill('Utbildning');

    // Choosing someone else now asks first, on "Stanna kvar" as leaving the page does; it keeps the changes.
    await choose(page, 'Personal', /^Sanna Sköterman/);
    const leave = page.getByRole('dialog', { name: 'Ändringarna är inte sparade' });
    await leave.waitFor();
    await expectAccessible(page, 'the unsaved-changes question');
    await expect.poll(() => page.evaluate('document.activeElement?.textContent?.trim()')).toBe('Stanna kvar');
    await leave.getByRole('button', { name: 'Stanna kvar' }).click();
    await leave.waitFor({ state: 'hidden' });
    await editor.getByRole('heading', { level: 2, name: PERSON }).waitFor();

    const saved = page.waitForResponse(
      (r) => /\/api\/calendars\/staff\//.test(r.url()) && r.request().method() === 'PUT',
    );
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    expect((await saved).status()).toBe(200);
    await page.getByText(`Arbetstiderna för ${PERSON} är sparade.`).waitFor();
    await keepScreenshot(page, 'arbetstider-chef');

    // Kept after a reload (the chosen resource is in the address).
    await page.reload();
    await editor.getByRole('heading', { level: 2, name: PERSON }).waitFor();
    await hours.waitFor();
    expect(await bodyRows(page, hoursName)).toBe(hoursBefore + 1);
    await hours.getByRole('button', { name: /^Ta bort rad \d+: Lördag 09:00–12:00$/ }).waitFor();
    await overrides
      .getByRole('button', { name: new RegExp(`^Ta bort avvikande dag, rad \\d+: ${date}$`) })
      .waitFor();
    await expectAccessible(page, 'the working hours of a staff member, editable');

    // An end before the start: the server refuses it at the field, and nothing is saved.
    await page.getByRole('button', { name: 'Lägg till tid' }).click();
    const bad = hoursBefore + 2;
    await hours.getByLabel(`Veckodag, rad ${bad}`, { exact: true }).selectOption({ label: 'Söndag' });
    await hours.getByLabel(`Från, rad ${bad}`, { exact: true }).fill('14:00');
    await hours.getByLabel(`Till, rad ${bad}`, { exact: true }).fill('10:00');
    const refused = page.waitForResponse(
      (r) => /\/api\/calendars\/staff\//.test(r.url()) && r.request().method() === 'PUT',
    );
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    expect((await refused).status()).toBe(400);
    const alert = page.getByRole('alert').filter({ hasText: 'Kontrollera uppgifterna' });
    await alert
      .getByText(`Arbetstider per vecka, rad ${bad}: Sluttiden måste vara efter starttiden.`)
      .waitFor();
    const to = hours.getByLabel(`Till, rad ${bad}`, { exact: true });
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    await hours.getByText('Sluttiden måste vara efter starttiden.').waitFor();
    await expectAccessible(page, 'the working hours with a field error');
    await keepScreenshot(page, 'arbetstider-fel');

    // "Ångra ändringar" brings back the saved calendar; the server still has it unchanged.
    await page.getByRole('button', { name: 'Ångra ändringar' }).click();
    expect(await bodyRows(page, hoursName)).toBe(hoursBefore + 1);
    await alert.waitFor({ state: 'detached' });
    const id = new URL(page.url()).searchParams.get('resurs')?.split(':')[1];
    const stored = (await (await page.request.get(`/api/calendars/staff/${id}`)).json()) as {
      hours: Array<{ weekday: number; from: string; to: string }>;
      overrides: Array<{ date: string; from: string | null; reason: string | null }>;
    };
    expect(stored.hours).toHaveLength(hoursBefore + 1);
    expect(stored.hours.some((h) => h.weekday === 7)).toBe(false);
    expect(stored.hours.filter((h) => h.weekday === 6)).toEqual([
      expect.objectContaining({ from: '09:00', to: '12:00' }),
    ]);
    expect(stored.overrides).toContainEqual({ date, from: null, to: null, reason: 'Utbildning' });

    // The year's closed days are there to read.
    const year = new Date().getFullYear();
    await page
      .getByRole('table', { name: `Stängda dagar ${year}` })
      .getByText('Juldagen')
      .waitFor();
    await context.close();
  }, 120_000);

  it('adds an external participant, with the server’s messages at the fields', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'chef');
    await openPage(page);
    await page.getByRole('button', { name: 'Lägg till extern deltagare' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lägg till extern deltagare' });
    await dialog.waitFor();
    const kinds = await dialog.getByLabel('Typ').locator('option').allTextContents();
    expect(kinds).toEqual(['Kommunens sjuksköterska', 'Habilitering', 'Ledsagare/god man', 'Tolk', 'Annan']);

    // Without a name: the server's message at the field.
    await dialog.getByRole('button', { name: 'Lägg till extern deltagare' }).click();
    await dialog.getByText('Namn måste fyllas i.').first().waitFor();
    expect(await dialog.getByLabel('Namn').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'the external participant form with an error');

    const name = 'Tolga Tolksson';
    await dialog.getByLabel('Typ').selectOption({ label: 'Tolk' });
    await dialog.getByLabel('Namn').fill(name);
    await dialog.getByLabel('Organisation').fill('Tolkförmedlingen Väst');
    await dialog.getByLabel('Telefon').fill('019-10 20 30');
    await dialog.getByRole('button', { name: 'Lägg till extern deltagare' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(`${name} är tillagd.`, { exact: false }).waitFor();

    // Listed among the external participants and chosen, with no hours yet.
    const externals = page.getByRole('list', { name: 'Externa deltagare' });
    await externals.getByRole('button', { name: new RegExp(`^${name}`) }).waitFor();
    await externals.locator('button[aria-current="true"]', { hasText: name }).waitFor();
    const editor = page.getByTestId('calendar-editor');
    await editor.getByRole('heading', { level: 2, name }).waitFor();
    await editor.getByText('Tolk · Tolkförmedlingen Väst').waitFor();
    await editor.getByText(/^Inga arbetstider\./).waitFor();

    // Change the details, then take the participant out of use (nobody has booked them).
    await editor.getByRole('button', { name: 'Ändra uppgifter' }).click();
    const edit = page.getByRole('dialog', { name: 'Ändra extern deltagare' });
    await edit.waitFor();
    expect(await edit.getByLabel('Namn').inputValue()).toBe(name);
    await edit.getByLabel('Telefon').fill('019-99 88 77');
    await edit.getByRole('button', { name: 'Spara' }).click();
    await edit.waitFor({ state: 'hidden' });
    await page.getByText(`Uppgifterna för ${name} är sparade.`).waitFor();
    await editor.getByRole('button', { name: 'Ta ur bruk' }).click();
    const retire = page.getByRole('dialog', { name: `Ta ${name} ur bruk?` });
    await retire.waitFor();
    await expectAccessible(page, 'taking an external participant out of use');
    await retire.getByRole('button', { name: 'Ta ur bruk' }).click();
    await retire.waitFor({ state: 'hidden' });
    await page.getByText(`${name} är tagen ur bruk.`).waitFor();
    await externals.getByRole('button', { name: new RegExp(`^${name}`) }).waitFor({ state: 'detached' });
    await context.close();
  }, 90_000);

  it('shows a nurse the calendars read-only', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'sjukskoterska');
    await openPage(page);
    expect(await page.getByRole('button', { name: 'Lägg till extern deltagare' }).count()).toBe(0);
    await choose(page, 'Personal', /^Sanna Sköterman/);
    const editor = page.getByTestId('calendar-editor');
    await editor.getByRole('heading', { level: 2, name: 'Sanna Sköterman' }).waitFor();
    await editor.getByText('Bara verksamhetschefen kan ändra arbetstider och avvikande dagar.').waitFor();
    const hours = page.getByRole('table', { name: 'Arbetstider per vecka – Sanna Sköterman' });
    await hours.waitFor();
    expect(await hours.getByRole('rowheader', { name: 'Måndag' }).count()).toBeGreaterThan(0);
    for (const role of ['textbox', 'combobox', 'checkbox'] as const)
      expect(await editor.getByRole(role).count()).toBe(0);
    for (const name of ['Spara', 'Lägg till tid', 'Ångra ändringar'])
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
    await keepScreenshot(page, 'arbetstider-sjukskoterska');
    await expectAccessible(page, 'the working hours, read-only');
    await context.close();
  }, 90_000);
});
