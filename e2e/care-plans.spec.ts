import { makeTestIdentityNumber } from '@lotsa/contracts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, settle, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const PARTNER = 'Marie Kommunsson, Kumla kommun';

describe('SIP (samordnad individuell plan)', () => {
  it('is started with consent, given participants, refused while a legal part is missing, agreed, and acknowledged by the municipality partner', async () => {
    const navigator = await newPage(browser);
    const page = navigator.page;
    await signIn(page, 'vardlots');
    // The navigator registers the patient: a care relationship (issue 16).
    const me = await (await navigator.context.request.get('/api/auth/me')).json();
    const created = await navigator.context.request.post('/api/patients', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: {
        identityNumber: makeTestIdentityNumber('1990-04-14', 987),
        givenName: 'Siv',
        familyName: 'Samordning',
        municipalityCode: '1881',
      },
    });
    expect(created.status()).toBe(201);
    const patientId = (await created.json()).id as string;

    await page.goto(`/patienter/${patientId}`);
    await page.getByRole('heading', { level: 1, name: 'Siv Samordning' }).waitFor();
    const card = page.getByTestId('care-plans-card');
    await card.getByText('Ingen SIP ännu.').waitFor();
    await card.getByRole('button', { name: 'Starta SIP' }).click();
    // With the keyboard: type who asked and press Enter.
    const trigger = card.getByLabel(/Vem bad om SIP/);
    await trigger.fill('Kommunens sjuksköterska, inför flytt till gruppbostad');
    await trigger.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'SIP – Siv Samordning' }).waitFor();
    await expectAccessible(page, 'a new SIP');

    // Consent to the SIP first; without it nothing can be shared, and the page says so.
    const participants = page.getByTestId('sip-participants');
    await participants.getByText(/Utan samtycke kan SIP:en inte delas/).waitFor();
    await participants.getByRole('button', { name: 'Registrera samtycke till SIP' }).click();
    await participants
      .getByRole('form', { name: 'Registrera samtycke till SIP' })
      .getByRole('button', { name: 'Registrera samtycke' })
      .click();
    await participants.getByText(/Samtycke till SIP gavs/).waitFor();

    // The municipal nurse, by her partner account; then consent to share with her.
    const add = participants.getByRole('form', { name: 'Lägg till deltagare' });
    await add.getByLabel('Samverkanskonto i Lotsa').selectOption({ label: PARTNER });
    expect(await add.getByLabel('Namn').inputValue()).toBe(PARTNER);
    await add.getByLabel('Organisation').fill('Kumla kommun');
    await add.getByRole('button', { name: 'Lägg till deltagare' }).click();
    const row = participants.locator(`tr[data-participant="${PARTNER}"]`);
    await row.getByText('Delas inte: samtycke saknas').waitFor();
    await row.getByRole('button', { name: `Registrera samtycke att dela med ${PARTNER}` }).click();
    await row.getByRole('button', { name: 'Registrera samtycke', exact: true }).click();
    await row.getByText('Delas med samtycke').waitFor();

    // Agreeing now is refused, naming what is missing.
    await page.getByRole('button', { name: 'Fastställ' }).click();
    await page.getByText(/SIP:en kan inte fastställas. Det saknas: vilka insatser som behövs/).waitFor();
    const completeness = page.getByTestId('sip-completeness');
    expect(await completeness.locator('[data-complete="false"]').count()).toBe(5);

    // The plan: one intervention by the municipality, done by Marie; none by others; overall; follow-up.
    const content = page.getByTestId('sip-content');
    await content.getByLabel('Personens egna mål, med egna ord').fill('Jag vill bo på Solrosen.');
    await content.getByRole('button', { name: 'Lägg till insats' }).click();
    const item = content.getByTestId('sip-intervention').first();
    await item.getByLabel('Vad ska göras').fill('Hemsjukvård varje vecka');
    await item.getByLabel('Vem ansvarar').selectOption({ label: 'Kommunen' });
    await item.getByLabel('Vem gör det').fill('Marie Kommunsson');
    await item.getByLabel('Deltagare som gör det').selectOption({ label: PARTNER });
    await content.getByRole('button', { name: 'Lägg till insats' }).click();
    const second = content.getByTestId('sip-intervention').nth(1);
    await second.getByLabel('Vad ska göras').fill('Läkemedelsgenomgång');
    await second.getByLabel('Vem ansvarar').selectOption({ label: 'Regionen' });
    await second.getByLabel('Vem gör det').fill('Per Läkarsson');
    await content.getByLabel('Inga andra vidtar några åtgärder').check();
    await content.getByLabel('Huvudman med övergripande ansvar').selectOption({ label: 'Regionen' });
    await content.getByLabel('Vem (namn och roll)').fill('Elsa Lotsberg, vårdlots');
    await content.getByLabel('Uppföljningsdatum').fill('2027-06-01');
    await content.getByLabel('Vem följer upp').fill('Elsa Lotsberg');
    await content.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Allt finns. SIP:en kan fastställas.').waitFor();
    await page.getByRole('button', { name: 'Fastställ' }).click();
    await page.getByText('Fastställd', { exact: true }).first().waitFor();
    await page
      .getByTestId('sip-versions')
      .getByText(/Version 1 fastställd/)
      .waitFor();
    await content.getByText(/Versionen är fastställd och kan inte ändras/).waitFor();
    await expectAccessible(page, 'an agreed SIP');
    await navigator.context.close();

    // The municipality partner sees it in /samverkan and acknowledges it.
    const partner = await newPage(browser);
    await signIn(partner.page, 'kommun.kumla');
    await partner.page.waitForURL((url) => url.pathname === '/samverkan');
    const sips = partner.page.getByTestId('partner-care-plans');
    await sips.getByRole('heading', { level: 3, name: 'Siv Samordning' }).waitFor();
    await sips.getByText('Hemsjukvård varje vecka').first().waitFor();
    await expectAccessible(partner.page, 'the partner’s SIPs');
    const article = sips.getByRole('article', { name: 'Siv Samordning' });
    await article.getByRole('button', { name: 'Bekräfta att jag har läst' }).click();
    await article.getByText(/Du bekräftade/).waitFor();
    await settle(partner.page);
    await partner.context.close();
  });
});
