import { makeTestIdentityNumber } from '@lotsa/contracts';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Someone no demo data knows: a Kumla resident, 24 years old, with a test-series identity number. */
const PERSON = { givenName: 'Elin', familyName: 'Intagsdotter', name: 'Elin Intagsdotter' };
const IDENTITY = makeTestIdentityNumber('2001-05-17', 993);
const IDENTITY_TYPED = `${IDENTITY.slice(0, 8)}-${IDENTITY.slice(8)}`;

async function next(page: Page) {
  await page.getByRole('button', { name: 'Nästa' }).click();
}

/** The dialog's submit, then waits for it to close (a refusal would keep it open with an alert). */
async function submitDialog(dialog: Locator, name: string | RegExp) {
  await dialog.getByRole('button', { name }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function stage(page: Page): Promise<string> {
  return ((await page.getByTestId('intake-stage').textContent()) ?? '').trim();
}

describe('intake', () => {
  it('a relative registers someone on a phone; the navigator takes it from first call to enrolment', async () => {
    // --- A relative, signed out, at phone width ---------------------------------------------------
    const relative = await newPage(browser, { viewport: { width: 375, height: 740 } });
    const pub = relative.page;
    // The way in for someone who is not staff: the link under the sign-in form.
    await pub.goto('/logga-in');
    await pub.getByRole('link', { name: 'Anmäl intresse här' }).click();
    await pub.getByRole('heading', { level: 1, name: 'Anmäl intresse för SMO' }).waitFor();
    expect(pub.url()).toMatch(/\/anmalan$/); // not sent to the sign-in page
    expect(await pub.getByText('Steg 1 av 5').count()).toBe(1);
    await expectAccessible(pub, 'the public interest form at phone width');

    // Nothing chosen: the step says what is missing, in an alert and at the question.
    await next(pub);
    await expect.poll(() => pub.getByRole('alert').first().textContent()).toContain('Välj vem du anmäler.');
    await expectAccessible(pub, 'the public form with an error');

    await pub.getByRole('radio', { name: 'Jag anmäler någon annan' }).check();
    await pub.getByRole('radio', { name: /^Anhörig/ }).check();
    await next(pub);
    await pub.getByText('Steg 2 av 6').waitFor();
    await pub.getByRole('textbox', { name: 'Ditt namn' }).fill('Karin Intagsdotter');
    await pub.getByRole('textbox', { name: 'Vad är du för personen?' }).fill('mamma');
    await pub.getByRole('textbox', { name: 'Ditt telefonnummer' }).fill('070-555 12 34');
    await next(pub);

    await pub.getByRole('heading', { name: 'Om personen' }).waitFor();
    await pub.getByRole('textbox', { name: 'Förnamn' }).fill(PERSON.givenName);
    await pub.getByRole('textbox', { name: 'Efternamn' }).fill(PERSON.familyName);
    await pub.getByRole('textbox', { name: 'Personnummer' }).fill(IDENTITY_TYPED);
    await pub.getByRole('combobox', { name: 'Kommun' }).fill('Kuml');
    await pub.getByRole('option', { name: 'Kumla' }).click();
    await next(pub);

    await pub.getByRole('radio', { name: 'Ring mig' }).check();
    await pub.getByRole('textbox', { name: 'Gatuadress' }).fill('Storgatan 12');
    await pub.getByRole('textbox', { name: 'Postnummer' }).fill('692 31');
    await pub.getByRole('textbox', { name: 'Ort' }).fill('Kumla');
    await next(pub);

    await pub
      .getByRole('textbox', { name: 'Vilka funktionsnedsättningar har personen?' })
      .fill('Downs syndrom');
    await pub
      .getByRole('textbox', { name: 'Vilken vård har personen i dag?' })
      .fill('Habiliteringen, vårdcentralen, tandvården och hjärtmottagningen');
    await pub.getByRole('textbox', { name: 'Vad är svårt i dag?' }).fill('Många olika kontakter.');
    await next(pub);

    await pub.getByRole('heading', { name: 'Kontrollera och skicka' }).waitFor();
    expect(await pub.getByText(PERSON.familyName).count()).toBeGreaterThan(0); // the review shows the answers
    await pub.getByRole('checkbox', { name: /Ni får kontakta mig/ }).check();
    await pub.getByRole('button', { name: 'Skicka anmälan' }).click();

    await pub.getByRole('heading', { level: 1, name: 'Tack! Vi har fått anmälan.' }).waitFor();
    const reference = ((await pub.getByTestId('receipt-reference').textContent()) ?? '').trim();
    expect(reference).toMatch(/^[A-Z0-9-]{4,}$/);
    expect(await pub.getByRole('heading', { name: 'Vad händer nu?' }).count()).toBe(1);
    expect(await pub.getByText(PERSON.familyName).count()).toBe(0); // nothing of what was sent
    await expectAccessible(pub, 'the receipt of the public form');
    await relative.context.close();

    // --- The navigator -----------------------------------------------------------------------------
    const { context, page } = await newPage(browser);
    await signIn(page, 'vardlots');
    await page.getByRole('link', { name: 'Intag' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Intag' }).waitFor();
    await page.getByTestId('intake-capacity').waitFor();
    await page.getByRole('link', { name: PERSON.name }).waitFor();
    await expectAccessible(page, 'the intake board');

    // One click from the board: book the first call.
    await page.getByRole('button', { name: `Boka första samtal – ${PERSON.name}` }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tid').fill('10:30');
    await submitDialog(dialog, 'Boka första samtal');

    await page.getByRole('link', { name: PERSON.name }).click();
    await page.getByRole('heading', { level: 1, name: PERSON.name }).waitFor();
    await expect.poll(() => stage(page)).toBe('Första samtal bokat');
    expect(await page.getByText('Karin Intagsdotter').count()).toBeGreaterThan(0); // the applicant
    await expectAccessible(page, 'the registration page');

    // The first call and its needs mapping.
    await page.getByRole('button', { name: 'Registrera första samtalet' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Talar med stöd' }).check();
    await dialog.getByRole('radio', { name: 'Behöver mycket stöd' }).check();
    await dialog.getByRole('radio', { name: 'Går med hjälpmedel' }).check();
    await dialog.getByRole('radio', { name: 'Mycket hjälp' }).check();
    await dialog.getByRole('textbox', { name: 'Miljö (ljud, ljus, väntrum, trappor)' }).fill('Lugnt rum');
    await dialog.getByRole('textbox', { name: 'Antal vårdkontakter' }).fill('4');
    await dialog.getByRole('checkbox', { name: 'Behöver någon som följer med' }).check();
    await dialog.getByRole('textbox', { name: 'Vem följer med' }).fill('Mamma Karin');
    await dialog
      .getByRole('textbox', { name: 'Vad personen och anhöriga vill med SMO' })
      .fill('En fast kontakt');
    await expectAccessible(page, 'the needs mapping dialog');
    await submitDialog(dialog, 'Spara kartläggningen');
    await expect.poll(() => stage(page)).toBe('Behov kartlagda');
    expect(await page.getByText('Talar med stöd').count()).toBeGreaterThan(0);

    // Eligibility: the criteria one by one, then the human decision.
    await page.getByRole('button', { name: 'Bedöm' }).click();
    dialog = page.getByRole('dialog');
    const criteria = dialog.getByRole('list', { name: 'Kriterier för SMO' });
    await expect.poll(() => criteria.textContent()).toContain('Bor i upptagningsområdet: Uppfyllt');
    expect(await criteria.textContent()).toContain('Vuxen (18 år eller äldre): Uppfyllt');
    await expectAccessible(page, 'the eligibility dialog');
    await dialog.getByRole('radio', { name: 'Kan tas emot' }).check();
    await dialog.getByRole('textbox', { name: 'Motivering' }).fill('Downs syndrom, fyra vårdkontakter.');
    await submitDialog(dialog, 'Spara beslutet');
    await expect.poll(() => stage(page)).toBe('Kan tas emot');

    // Consent, given by the person, spoken, with a named partner to share with.
    await page.getByRole('button', { name: 'Registrera samtycke' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Personen själv' }).check();
    await dialog.getByRole('checkbox', { name: 'Enkäter efter besök' }).check();
    const partners = dialog.getByLabel('Dela information med');
    await partners.fill('Kumla kommun, kommunal hälso- och sjukvård');
    await partners.press('Enter');
    await partners.press('Tab'); // leaves the suggestions
    await submitDialog(dialog, 'Spara samtycket');
    await expect.poll(() => stage(page)).toBe('Samtycke finns');
    expect(await page.getByText('Kumla kommun, kommunal hälso- och sjukvård').count()).toBeGreaterThan(0);

    // Enrolment: a place under the cap.
    await page.getByRole('button', { name: 'Lista i SMO' }).click();
    dialog = page.getByRole('dialog');
    await submitDialog(dialog, 'Lista i SMO');
    await expect.poll(() => stage(page)).toBe('Listad');
    const timeline = page.getByRole('list', { name: 'Händelser i intaget' });
    for (const step of [
      'Anmälan kom in',
      'Första samtal bokat',
      'Bedömning',
      'Samtycke registrerat',
      'Listad i SMO',
    ])
      expect(await timeline.textContent()).toContain(step);
    expect(await timeline.textContent()).toContain('Webbformuläret');

    // The patient exists now, with the intake timeline on the patient page.
    await page.getByRole('link', { name: 'Öppna patienten' }).click();
    await page.getByRole('heading', { level: 1, name: PERSON.name }).waitFor();
    const intake = page.getByTestId('patient-intake');
    await intake.getByRole('heading', { name: 'Intag' }).waitFor();
    await expect.poll(() => intake.textContent()).toContain('Listad i SMO');
    await context.close();
  }, 180_000);
});
