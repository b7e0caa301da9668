import { makeTestIdentityNumber } from '@lotsa/contracts';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lix } from '../apps/server/src/modules/letters/index.ts';
import { pdfImageCount, pdfText } from '../apps/server/test/pdf.ts';
import { expectAccessible, launch, newPage, settle, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** A new Kumla patient with Down syndrome, made through the API in the signed-in context. */
async function newDownSyndromePatient(context: BrowserContext): Promise<{ id: string; name: string }> {
  const me = await (await context.request.get('/api/auth/me')).json();
  const res = await context.request.post('/api/patients', {
    headers: { 'x-csrf-token': me.csrfToken },
    data: {
      identityNumber: makeTestIdentityNumber('1985-06-11', 981),
      givenName: 'Hanna',
      familyName: 'Hälsokontroll',
      municipalityCode: '1881',
      diagnoses: ['Q90', 'F71'],
    },
  });
  expect(res.status()).toBe(201);
  const id = (await res.json()).id as string;
  // Per Läkarsson (lakare) becomes the fixed doctor: a care relationship, so he may open the record
  // (issue 16). The nurse registered the patient, which is one too.
  const staff = (await (await context.request.get('/api/organisation/staff')).json()) as Array<{
    id: string;
    givenName: string;
    familyName: string;
  }>;
  const per = staff.find((s) => s.givenName === 'Per' && s.familyName === 'Läkarsson');
  const assigned = await context.request.put(`/api/patients/${id}/care-team/fixed_doctor`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { staffId: per!.id, standInStaffId: null },
  });
  expect(assigned.status()).toBe(200);
  return { id, name: 'Hanna Hälsokontroll' };
}

describe('the health check', () => {
  it('is started from the patient page, filled in section by section by nurse and doctor, signed after the STOMP review, and its plan printed in easy read', async () => {
    const nurse = await newPage(browser);
    let page = nurse.page;
    await signIn(page, 'sjukskoterska');
    const patient = await newDownSyndromePatient(nurse.context);
    await page.goto(`/patienter/${patient.id}`);
    await page.getByRole('heading', { level: 1, name: patient.name }).waitFor();
    const card = page.getByTestId('health-checks-card');
    await card.getByText('Ingen hälsokontroll ännu.').waitFor();
    await card.getByRole('button', { name: 'Starta hälsokontroll' }).click();
    await page.getByRole('heading', { level: 1, name: `Hälsokontroll – ${patient.name}` }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Protokollets delar' });
    expect(await nav.getByRole('link', { name: /Downs syndrom/ }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: /Cerebral pares/ }).count()).toBe(0);
    await expectAccessible(page, 'a new health check');

    // Measurements: an impossible weight is refused with a message at the field, then corrected.
    await nav.getByRole('link', { name: /^Mätningar/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Mätningar' }).waitFor();
    await page.getByLabel('Vikt (kg)').fill('700');
    await page.getByLabel('Längd (cm)').fill('162');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Vikt: 700 kg är inte möjligt', { exact: false }).first().waitFor();
    await page.getByLabel('Vikt (kg)').fill('68,5');
    await page.getByLabel('Blodtryck, övertryck (mm[Hg])').fill('124');
    await page.getByLabel('Blodtryck, undertryck (mm[Hg])').fill('78');
    // Keyboard: Ctrl+Enter saves the section.
    await page.getByLabel('Blodtryck, undertryck (mm[Hg])').press('Control+Enter');
    await expect.poll(() => page.getByLabel('BMI (räknas ut) (kg/m2)').inputValue()).toBe('26.1');
    expect(await nav.getByRole('link', { name: /^Mätningar/ }).textContent()).toContain('✓');

    // Behaviour change asks for the somatic causes (diagnostic overshadowing).
    await nav.getByRole('link', { name: /^Stämningsläge/ }).click();
    await page
      .getByRole('radiogroup', { name: 'Förändrat beteende eller stämningsläge' })
      .getByLabel('Ja')
      .check();
    await page.getByRole('radiogroup', { name: 'Smärta som orsak' }).waitFor();
    for (const cause of ['Smärta', 'Förstoppning', 'Öron eller tänder', 'Sköldkörteln', 'Läkemedelsbiverkan'])
      await page
        .getByRole('radiogroup', { name: `${cause} som orsak` })
        .getByLabel('Uteslutet')
        .check();
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Stämningsläge, beteende och sömn är sparad.').waitFor();
    await expectAccessible(page, 'a saved section with its rule-outs');
    const checkUrl = new URL(page.url()).pathname.split('/').slice(0, 3).join('/');
    await nurse.context.close();

    // The doctor: a psychotropic without a STOMP review stops the signature.
    const doctor = await newPage(browser);
    page = doctor.page;
    await signIn(page, 'lakare');
    await page.goto(`${checkUrl}/medication`);
    await page.getByRole('heading', { level: 2, name: 'Läkemedelsgenomgång' }).waitFor();
    await page.getByRole('button', { name: 'Lägg till läkemedel' }).click();
    await page.getByLabel('Läkemedel, rad 1').fill('Risperidon');
    await page.getByLabel('Dos, rad 1').fill('0,5 mg x 2');
    await page.getByLabel('Psykofarmaka, rad 1').check();
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page
      .getByTestId('sign-blockers')
      .getByText(/STOMP: ange indikation och plan/)
      .waitFor();
    await page.getByRole('button', { name: 'Signera' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Signera' }).click();
    await dialog.getByText(/kan inte signeras än/).waitFor();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();

    await page.getByLabel('Indikation, rad 1').fill('Utåtagerande, prövat utan effekt');
    await page.getByLabel('STOMP: indikation? minska?, rad 1').selectOption('reduce');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect.poll(() => page.getByTestId('sign-blockers').count()).toBe(0);
    await page.getByRole('button', { name: 'Signera' }).click();
    await dialog.getByRole('button', { name: 'Signera' }).click();
    await page.getByText('Signerad och låst. Rättelser blir en ny version.').waitFor();
    expect(await page.getByRole('button', { name: 'Spara', exact: true }).count()).toBe(0);
    await settle(page);
    await expectAccessible(page, 'a signed health check');

    // The health action plan: an action with owner and due date, its status, a contact request.
    const plan = page.getByTestId('health-plan');
    const form = plan.getByRole('form', { name: 'Ny åtgärd' });
    await form.getByRole('textbox', { name: /^Åtgärd/ }).fill('Remiss för audiometri');
    await form.getByLabel('Med lättlästa ord').fill('Du ska testa hur du hör.');
    await form.getByRole('textbox', { name: /^Namn/ }).fill('Sanna Sköterman');
    await form.getByLabel(/^Senast/).fill('2027-03-01');
    await form.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    const actions = plan.getByRole('table', { name: 'Åtgärder' });
    await actions.getByText('Remiss för audiometri').waitFor();
    await actions.getByLabel('Status för Remiss för audiometri').selectOption('in_progress');
    await actions.getByRole('button', { name: 'Skapa ärende: Remiss för audiometri' }).click();
    await actions.getByText('Ärende skapat').waitFor();
    expect(await actions.getByLabel('Status för Remiss för audiometri').inputValue()).toBe('in_progress');
    await expectAccessible(page, 'the health action plan');
    const href = await plan.getByRole('link', { name: 'Lättläst hälsoplan (PDF)' }).getAttribute('href');
    const pdf = Buffer.from(await (await page.request.get(href!)).body());
    const text = await pdfText(pdf);
    expect(text).toContain('Du ska testa hur du hör.');
    expect(lix(text)).toBeLessThanOrEqual(30);
    // One pictogram per action, besides the greeting's and the calendar's.
    expect(await pdfImageCount(pdf)).toBe(3);

    await page.getByRole('link', { name: 'Till patienten' }).click();
    const signedCard = page.getByTestId('health-checks-card');
    await signedCard.getByText('Signerad', { exact: true }).waitFor();
    expect(await signedCard.getByText(/Signerad .* av Per Läkarsson/).count()).toBe(1);
    await doctor.context.close();
  }, 150_000);
});
