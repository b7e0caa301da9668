import { randomUUID } from 'node:crypto';
import { makeTestIdentityNumber } from '@lotsa/contracts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signIn } from './browser.ts';

// Issue 21 item 3: the public form sent twice is one registration; a later form for the same person is
// marked "Möjlig dubblett", and the navigator merges it into the earlier one with a reason, by keyboard.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Someone no demo data knows (a test-series identity number), living in Kumla. */
const NAME = { givenName: 'Dubbe', familyName: 'Dubblettsson' };
const IDENTITY = makeTestIdentityNumber('1994-03-08', 994);
const form = (over: Record<string, unknown>) => ({
  source: 'relative',
  person: { ...NAME, identityNumber: IDENTITY, municipalityCode: '1881' },
  applicant: { name: 'Sara Dubblettsson', relation: 'syster', phone: '070-555 66 77' },
  contactPreference: 'phone',
  disabilities: 'Cerebral pares.',
  hardToday: 'Många mottagningar.',
  consentToContact: true,
  ...over,
});

describe('intake duplicates', () => {
  it('a double submit is one registration; the navigator merges a later one into the earlier by keyboard', async () => {
    // --- The public form, signed out: the same fill sent twice, then a new fill a day later ---------
    const visitor = await newPage(browser);
    const send = async (body: unknown) => {
      const res = await visitor.page.request.post('/api/public/registrations', { data: body });
      expect(res.status()).toBe(202);
      return ((await res.json()) as { reference: string }).reference;
    };
    const first = form({ idempotencyKey: randomUUID() });
    const [a, b] = await Promise.all([send(first), send(first)]);
    expect(b).toBe(a); // the double click: the same receipt
    const later = await send(
      form({
        idempotencyKey: randomUUID(),
        person: { ...NAME, identityNumber: IDENTITY, municipalityCode: '1881', email: 'dubbe@example.se' },
        hardToday: 'Svårt att hinna med alla besök.',
      }),
    );
    expect(later).not.toBe(a);
    await visitor.context.close();

    // --- The navigator: the badge on the board, the later one's page, merge -----------------------
    const { context, page } = await newPage(browser);
    await signIn(page, 'vardlots');
    await page.goto('/intag');
    await page.getByRole('heading', { level: 1, name: 'Intag' }).waitFor();
    const cards = page.getByTestId('intake-card').filter({ hasText: `${NAME.givenName} ${NAME.familyName}` });
    await expect.poll(() => cards.count()).toBe(2); // the double submit made one, the later form another
    const marked = cards.filter({ has: page.getByTestId('duplicate-badge') });
    expect(await marked.count()).toBe(1);
    expect(await marked.getByText('Möjlig dubblett').count()).toBe(1);
    await expectAccessible(page, 'the board with a possible duplicate');

    // The later one (the marked card's name link); the earlier one is linked from it.
    await marked.getByRole('link', { name: `${NAME.givenName} ${NAME.familyName}`, exact: true }).click();
    const alert = page.getByTestId('duplicate-alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(a);
    expect(await alert.getByRole('link', { name: `Öppna anmälan ${a}` }).count()).toBe(1);
    await expectAccessible(page, 'a registration marked as a possible duplicate');

    // Merge by keyboard: focus the button, Enter; the reason, Enter; the confirmation, Enter.
    await alert.getByRole('button', { name: `Slå ihop med ${a}` }).focus();
    await page.keyboard.press('Enter');
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Skäl/ }).waitFor();
    await expectAccessible(page, 'the merge dialog');
    // Too short a reason: said at the field, nothing sent.
    await dialog.getByRole('textbox', { name: /Skäl/ }).fill('ok');
    await dialog.getByRole('button', { name: 'Fortsätt' }).click();
    await dialog.getByText('Skriv varför (minst tre tecken).').waitFor();
    await dialog.getByRole('textbox', { name: /Skäl/ }).fill('Samma person, systern skickade igen.');
    await dialog.getByRole('button', { name: 'Fortsätt' }).press('Enter');
    dialog = page.getByRole('dialog', { name: `Slå ihop med ${a}?` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: `Slå ihop med ${a}` }).press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    // On the earlier registration now: the new e-mail carried over, the merge and its reason in the timeline.
    await page.waitForURL((u) => !u.pathname.endsWith('/intag'));
    await page.getByTestId('duplicate-later').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText('dubbe@example.se').count()).toBeGreaterThan(0);
    const timeline = page.getByRole('list', { name: 'Händelser i intaget' });
    await expect.poll(() => timeline.textContent()).toContain('En dubblett slogs ihop hit');
    expect(await timeline.textContent()).toContain('Skäl: Samma person, systern skickade igen.');
    await expectAccessible(page, 'the earlier registration after the merge');

    // The board: one card left, no badge.
    await page.goto('/intag');
    await expect.poll(() => cards.count()).toBe(1);
    expect(await page.getByTestId('duplicate-badge').count()).toBe(0);
    await context.close();
  }, 180_000);

  it('the form sent again after a lost answer gives the same receipt (the fill’s key), not a second registration', async () => {
    const person = { givenName: 'Tappa', familyName: 'Svarsson' };
    const { context, page } = await newPage(browser, { viewport: { width: 375, height: 740 } });
    // The first send reaches the server, but its answer is lost on the way back (a network error).
    let sent = 0;
    let firstReference = '';
    await page.route('**/api/public/registrations', async (route) => {
      sent++;
      if (sent > 1) return route.continue();
      const res = await route.fetch();
      firstReference = ((await res.json()) as { reference: string }).reference;
      await route.abort('connectionreset');
    });
    await page.goto('/anmalan');
    const next = () => page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByRole('radio', { name: 'Jag anmäler mig själv' }).check();
    await next();
    await page.getByRole('heading', { name: 'Om dig' }).waitFor();
    await page.getByRole('textbox', { name: 'Förnamn' }).fill(person.givenName);
    await page.getByRole('textbox', { name: 'Efternamn' }).fill(person.familyName);
    await page.getByRole('combobox', { name: 'Kommun' }).fill('Kuml');
    await page.getByRole('option', { name: 'Kumla' }).click();
    await next();
    await page.getByRole('radio', { name: 'Ring mig' }).check();
    await page.getByRole('textbox', { name: 'Telefonnummer' }).fill('070-555 88 99');
    await next();
    await page.getByRole('textbox', { name: 'Vad är svårt i dag?' }).fill('Att hitta rätt.');
    await next();
    await page.getByRole('checkbox', { name: /Ni får kontakta mig/ }).check();
    await page.getByRole('button', { name: 'Skicka anmälan' }).click();
    await expect.poll(() => sent).toBe(1);
    await page.getByRole('button', { name: 'Skicka anmälan' }).waitFor();
    // The person tries again: the same fill, the same key, the first registration's receipt.
    await page.getByRole('button', { name: 'Skicka anmälan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tack! Vi har fått anmälan.' }).waitFor();
    const reference = ((await page.getByTestId('receipt-reference').textContent()) ?? '').trim();
    expect(firstReference).toMatch(/^[A-Z0-9-]{4,}$/);
    expect(reference).toBe(firstReference);
    expect(sent).toBe(2);
    await context.close();

    const nav = await newPage(browser);
    await signIn(nav.page, 'vardlots');
    await nav.page.goto('/intag');
    await nav.page.getByRole('heading', { level: 1, name: 'Intag' }).waitFor();
    const cards = nav.page
      .getByTestId('intake-card')
      .filter({ hasText: `${person.givenName} ${person.familyName}` });
    await expect.poll(() => cards.count()).toBe(1);
    await nav.context.close();
  }, 180_000);
});
