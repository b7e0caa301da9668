import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, settle, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const PHONE = { width: 390, height: 844 };

/** Signs in through the API (as the web client does) and gives a caller with the CSRF token. */
async function apiAs(context: BrowserContext, username: string) {
  const res = await context.request.post('/api/auth/sign-in', {
    data: { username, password: 'lotsa-demo' },
  });
  expect(res.status()).toBe(200);
  const csrf = (await res.json()).csrfToken as string;
  return {
    get: (url: string) => context.request.get(url),
    post: (url: string) => context.request.post(url, { headers: { 'x-csrf-token': csrf }, data: {} }),
  };
}

const mondayWeeksBack = (weeks: number) => {
  const d = new Date();
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7) - weeks * 7);
  return d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
};

/** The accessible name (or label) of the focused element. */
const focusedName = (page: Page) =>
  page.evaluate(`(() => {
    const el = document.activeElement;
    if (!el) return '';
    const labelled = el.id ? document.querySelector('label[for="' + el.id + '"]')?.textContent : null;
    return (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim();
  })()`) as Promise<string>;

/** Presses Tab until the focused element's name matches (keyboard only; the check only reads). */
async function tabTo(page: Page, name: RegExp, max = 15) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached ${name} (last: ${await focusedName(page)})`);
}

const checkedFace = (page: Page, question: string) =>
  page.getByRole('group', { name: question }).getByRole('radio', { checked: true }).getAttribute('value');

describe('surveys', () => {
  it('a patient answers the easy-read survey on a phone with the keyboard only; the link cannot be used again', async () => {
    // --- The nurse makes the links for a completed visit (the API the booking page and letters use) ---
    const { context: staffContext } = await newPage(browser);
    const nurse = await apiAs(staffContext, 'sjukskoterska');
    let bookingId: string | null = null;
    for (let week = 1; week < 70 && !bookingId; week++) {
      const list = await (await nurse.get(`/api/day-list?date=${mondayWeeksBack(week)}&days=7`)).json();
      bookingId = list.entries?.find((e: any) => e.status === 'completed')?.bookingId ?? null;
    }
    expect(bookingId, 'a completed demo visit').not.toBeNull();
    const created = await (await nurse.post(`/api/bookings/${bookingId}/survey-invitations`)).json();
    const link = new URL(created.invitations[0].url as string).pathname;
    expect(link).toMatch(/^\/enkat\/[A-Za-z0-9_-]{43}$/);
    await staffContext.close();

    // --- The patient, signed out, on a phone, keyboard only -------------------------------------------
    const { context, page } = await newPage(browser, { viewport: PHONE });
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Vad tyckte du om besöket?' }).waitFor();
    await expect
      .poll(() => page.getByText(/^Besöket: /).textContent())
      .toMatch(/Besöket: .+, \d+ \w+ \d{4}\./);
    expect(await page.getByText(/personnummer|\d{8}-\d{4}/).count()).toBe(0);
    await expectAccessible(page, 'the survey intro on a phone');

    await tabTo(page, /^Börja$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Vem svarar?' }).waitFor();
    await expectAccessible(page, 'who answers');
    await tabTo(page, /^Jag svarar själv$/);
    await page.keyboard.press('ArrowDown'); // → "Jag får hjälp att svara"
    expect(await page.getByRole('radio', { name: 'Jag får hjälp att svara' }).isChecked()).toBe(true);
    await tabTo(page, /^Nästa$/);
    await page.keyboard.press('Enter');

    // Five questions, one per screen: Space picks the first face, arrows move to the others.
    const questions: Array<{ title: string; question: string; keys: string[]; expected: string }> = [
      {
        title: 'Att komma hit',
        question: 'Var det lätt att komma in hos oss?',
        keys: ['Space'],
        expected: '3',
      },
      { title: 'Tiden', question: 'Var tiden bra för dig?', keys: ['ArrowDown'], expected: '2' },
      { title: 'Personalen', question: 'Var personalen snälla mot dig?', keys: ['Space'], expected: '3' },
      {
        title: 'Att förstå',
        question: 'Förstod du vad personalen sa?',
        keys: ['ArrowDown', 'ArrowDown'],
        expected: '1',
      },
      {
        title: 'Att bestämma',
        question: 'Fick du vara med och bestämma?',
        keys: ['ArrowRight'],
        expected: '2',
      },
    ];
    for (const [i, q] of questions.entries()) {
      await page.getByRole('heading', { level: 1, name: q.title }).waitFor();
      expect(await page.getByText(`Fråga ${i + 1} av 5`).count()).toBe(1);
      // The focus starts on the screen's heading, so a screen reader reads the new question.
      expect(await page.evaluate('document.activeElement?.tagName')).toBe('H1');
      if (i === 0) await expectAccessible(page, 'an easy-read question with faces');
      await tabTo(page, /^Bra$/);
      for (const key of q.keys) await page.keyboard.press(key);
      expect(await checkedFace(page, q.question)).toBe(q.expected);
      await tabTo(page, /^Nästa$/);
      await page.keyboard.press('Enter');
    }

    await page.getByRole('heading', { level: 1, name: 'Vill du säga något mer?' }).waitFor();
    await tabTo(page, /^Skriv här/);
    await page.keyboard.type('Bra med bilder i kallelsen.');
    await expectAccessible(page, 'the comment screen');
    await tabTo(page, /^Nästa$/);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Dina svar' }).waitFor();
    expect(await page.locator('.survey-review li').allTextContents()).toEqual([
      'Att komma hitBra',
      'TidenSådär',
      'PersonalenBra',
      'Att förståDåligt',
      'Att bestämmaSådär',
    ]);
    await expectAccessible(page, 'the review screen');
    await tabTo(page, /^Skicka$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Tack för ditt svar!' }).waitFor();
    await expectAccessible(page, 'the thank-you screen');

    // The same link again: answered, and nothing about the visit is shown.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Enkäten är redan besvarad' }).waitFor();
    expect(await page.getByText(/Besöket:|Mottagningen:/).count()).toBe(0);
    await expectAccessible(page, 'an answered link');
    await context.close();
  });

  it('the unit manager sees the demo’s months, per question, with a table, and can export CSV', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'chef');
    await page.getByRole('link', { name: 'Enkäter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enkäter' }).waitFor();
    await settle(page);
    expect(Number(await page.getByTestId('survey-total-responses').textContent())).toBeGreaterThan(50);
    await expectAccessible(page, 'the survey results');

    await page.getByText('Tabell', { exact: true }).click();
    const table = page.getByRole('table', { name: /Tillgänglighet: andel bra/ });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(12);
    expect(await page.getByRole('heading', { name: 'Kommentarer' }).count()).toBe(1);
    expect(await page.locator('.survey-comments li').count()).toBeGreaterThan(3);
    await expectAccessible(page, 'the survey results as tables');

    const href = await page.getByRole('link', { name: 'Ladda ner som CSV' }).getAttribute('href');
    const csv = await context.request.get(href!);
    expect(csv.status()).toBe(200);
    const text = (await csv.body()).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toMatch(/^Månad;Besökstyp;Version;Vem svarade;Kanal;/);
    await context.close();
  });

  it('the reception tablet: a nurse starts it and is signed out; each person starts afresh', async () => {
    const { context, page } = await newPage(browser, { viewport: { width: 820, height: 1180 } });
    await signIn(page, 'sjukskoterska');
    await page.goto('/enkat/kiosk');
    await page.getByRole('button', { name: 'Starta enkäten och logga ut' }).click();
    await page.getByTestId('kiosk-welcome').waitFor();
    expect((await context.request.get('/api/auth/me')).status()).toBe(401);
    await expectAccessible(page, 'the kiosk welcome');

    const answerOnce = async () => {
      await page.getByRole('button', { name: 'Börja', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Vilket besök hade du i dag?' }).waitFor();
      await page.getByRole('button', { name: 'Hälsokontroll' }).click();
      await page.getByRole('heading', { level: 1, name: 'Vem svarar?' }).waitFor();
      expect(await page.getByRole('radio', { checked: true }).count()).toBe(0); // nothing left from before
      await page.getByRole('radio', { name: 'Jag svarar själv' }).check();
      await page.getByRole('button', { name: 'Nästa' }).click();
      for (let i = 0; i < 5; i++) {
        await page.getByText(`Fråga ${i + 1} av 5`).waitFor();
        expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
        await page.getByRole('radio', { name: 'Bra' }).check();
        await page.getByRole('button', { name: 'Nästa' }).click();
      }
      await page.getByRole('textbox', { name: /Skriv här/ }).waitFor();
      expect(await page.getByRole('textbox', { name: /Skriv här/ }).inputValue()).toBe('');
      await page.getByRole('button', { name: 'Nästa' }).click();
      await page.getByRole('button', { name: 'Skicka' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tack för ditt svar!' }).waitFor();
    };
    await answerOnce();
    await expectAccessible(page, 'the kiosk thank-you');
    await page.getByRole('button', { name: 'Börja om' }).click();
    await page.getByTestId('kiosk-welcome').waitFor();
    // The next person: the kiosk's rate limit lets a new answer through after a few seconds.
    await page.waitForTimeout(3_100);
    await answerOnce();
    await context.close();
  });
});
