import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAMILY } from '../apps/server/src/demo/people.ts';
import { expectAccessible, launch, newPage, settle, signIn } from './browser.ts';

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
    await page.getByRole('heading', { level: 1, name: patient.name }).waitFor();
    await settle(page);
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

  it('records adaptations, assigns a fixed nurse with a stand-in, adds a network contact and notes a request', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'sjukskoterska');
    const patient = await findFloorLiftPatient(page);
    await page.goto(`/patienter/${patient.id}`);
    await page.getByRole('heading', { level: 1, name: patient.name }).waitFor();
    await settle(page);

    // Adaptations: add one that the booking needs; the banner in the header takes it up.
    const banner = page.getByTestId('adaptation-banner');
    const before = (await banner.textContent()) ?? '';
    const [code, feature] = before.includes('Hörslinga')
      ? ['Lågstimulerande rum', 'Lågstimulerande miljö']
      : ['Hörslinga', 'Hörslinga'];
    expect(before).not.toContain(feature);
    await page.getByRole('button', { name: 'Ändra anpassningar' }).click();
    let dialog = page.getByRole('dialog', { name: 'Ändra anpassningar' });
    await dialog.getByRole('combobox', { name: 'Lägg till anpassning' }).fill(code.slice(0, 6));
    await page.getByRole('option', { name: code, exact: true }).click();
    await dialog.getByRole('textbox', { name: `Anteckning (${code})` }).fill('E2E: gäller alla besök');
    await expectAccessible(page, 'the adaptations dialog');
    await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => banner.textContent()).toContain(feature);
    const passport = page.getByRole('region', { name: 'Anpassningar' });
    await passport.getByText('E2E: gäller alla besök').waitFor();

    // Fixed nurse: the other of Kumla's two nurses, with the previous one as stand-in.
    const team = (await (await page.request.get(`/api/patients/${patient.id}/care-team`)).json()) as {
      current: Array<{ role: string; staffName: string }>;
    };
    const was = team.current.find((c) => c.role === 'fixed_nurse')?.staffName ?? null;
    const nurses = ['Sanna Sköterman', 'Nadia Sköterman'];
    const next = nurses.find((n) => n !== was) ?? 'Nadia Sköterman';
    const standIn = nurses.find((n) => n !== next) ?? 'Sanna Sköterman';
    const careContacts = page.getByRole('region', { name: 'Vårdkontakter' });
    await careContacts.getByRole('button', { name: 'Ändra fast vårdkontakt (sjuksköterska)' }).click();
    dialog = page.getByRole('dialog', { name: 'Utse fast vårdkontakt (sjuksköterska)' });
    await dialog.getByRole('combobox', { name: 'Fast vårdkontakt (sjuksköterska)' }).click();
    await page
      .getByRole('listbox', { name: 'Fast vårdkontakt (sjuksköterska)' })
      .getByRole('option', { name: next })
      .click();
    await dialog.getByRole('combobox', { name: 'Ersättare vid frånvaro' }).click();
    await page
      .getByRole('listbox', { name: 'Ersättare vid frånvaro' })
      .getByRole('option', { name: standIn })
      .click();
    await expectAccessible(page, 'the fixed contact dialog');
    await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await careContacts.getByText(`Ersättare: ${standIn}`).waitFor();
    await careContacts.getByRole('button', { name: /^Visa historik/ }).click();
    const history = careContacts.getByRole('table', { name: 'Historik för vårdkontakter' });
    await history.waitFor();
    const nurseRows = history.getByRole('row').filter({ hasText: 'Fast vårdkontakt (sjuksköterska)' });
    const cells = (i: number) => nurseRows.nth(i).locator('th, td').allTextContents();
    expect(await cells(0)).toEqual([
      'Fast vårdkontakt (sjuksköterska)',
      next,
      standIn,
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
      'Nu',
      expect.stringMatching(/\S/),
    ]);
    if (was) {
      const ended = await cells(1);
      expect(ended[1]).toBe(was);
      expect(ended[4]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    }
    await expectAccessible(page, 'the care contacts with their history');

    // Network: a habilitation contact with consent to share, which the easy-read sheet then lists.
    await careContacts.getByRole('button', { name: 'Lägg till nätverkskontakt' }).click();
    dialog = page.getByRole('dialog', { name: 'Ny nätverkskontakt' });
    await dialog.getByRole('combobox', { name: 'Typ av kontakt' }).click();
    await page
      .getByRole('listbox', { name: 'Typ av kontakt' })
      .getByRole('option', { name: 'Habilitering' })
      .click();
    await dialog.getByRole('textbox', { name: /^Organisation/ }).fill('E2E Vuxenhabiliteringen');
    await dialog.getByRole('textbox', { name: /^Namn/ }).fill('Hanna Habilitsson');
    await dialog.getByRole('textbox', { name: /^Roll/ }).fill('arbetsterapeut');
    await dialog.getByRole('textbox', { name: /^Telefon/ }).fill('019-602 33 44');
    await dialog.getByRole('checkbox', { name: 'Samtycke till informationsdelning' }).check();
    await expectAccessible(page, 'the network contact dialog');
    await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const network = careContacts.getByRole('table', { name: 'Nätverkskontakter' });
    const contactRow = network.getByRole('row').filter({ hasText: 'E2E Vuxenhabiliteringen' });
    await contactRow.waitFor();
    expect((await contactRow.locator('th, td').allTextContents()).slice(0, 6)).toEqual([
      'Habilitering',
      'E2E Vuxenhabiliteringen',
      'Hanna Habilitsson, arbetsterapeut',
      '019-602 33 44',
      '–',
      'Ja',
    ]);
    await page.getByRole('link', { name: 'Mina kontakter (lättläst)' }).click();
    await page.getByRole('region', { name: 'E2E Vuxenhabiliteringen' }).waitFor();
    await page.goBack();

    // Removing asks first.
    await network.getByRole('button', { name: 'Ta bort E2E Vuxenhabiliteringen' }).click();
    dialog = page.getByRole('dialog', { name: 'Ta bort nätverkskontakt?' });
    await dialog.getByText('Vill du ta bort E2E Vuxenhabiliteringen ur patientens nätverk?').waitFor();
    await expectAccessible(page, 'the remove network contact dialog');
    await dialog.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByText('E2E Vuxenhabiliteringen').count()).toBe(0);

    // A request from the queue: its log, a note and a hand-over to another nurse.
    await page.getByRole('link', { name: 'Ärenden' }).first().click();
    const queue = page.getByRole('table', { name: 'Öppna ärenden' });
    await queue.waitFor();
    // The subject opens the request (the first button of its row; the others move it on).
    const firstRow = queue.locator('tbody tr').first();
    const requestPatient = ((await firstRow.getByRole('rowheader').textContent()) ?? '').trim();
    await firstRow.getByRole('button').first().click();
    dialog = page.getByRole('dialog', { name: `Ärende – ${requestPatient}` });
    const log = dialog.getByRole('table', { name: 'Händelser i ärendet' });
    await log.waitFor();
    const eventsBefore = await log.locator('tbody tr').count();
    expect(eventsBefore).toBeGreaterThan(0);
    await dialog.getByRole('combobox', { name: 'Handläggs av' }).click();
    await page
      .getByRole('listbox', { name: 'Handläggs av' })
      .getByRole('option', { name: 'Nadia Sköterman' })
      .click();
    await dialog
      .getByRole('textbox', { name: 'Anteckning' })
      .fill('E2E: ringde tillbaka, provsvaren skickas hem');
    await expectAccessible(page, 'the contact request dialog');
    await dialog.getByRole('button', { name: 'Spara i ärendet' }).click();
    const noted = log.locator('tbody tr').filter({ hasText: 'E2E: ringde tillbaka, provsvaren skickas hem' });
    await noted.waitFor();
    expect(await log.locator('tbody tr').count()).toBe(eventsBefore + 1);
    expect((await noted.locator('th, td').allTextContents())[3]).toBe('Nadia Sköterman');
    await dialog.getByRole('button', { name: 'Stäng', exact: true }).last().click();
    await dialog.waitFor({ state: 'hidden' });
    await context.close();
  }, 120_000);
});
