import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderUi } from '../../../test/render.tsx';
import { withRealServer } from '../../../test/server.ts';
import { KioskPage } from './kiosk-page.tsx';
import { storeKioskKey } from './use-surveys.ts';

const server = withRealServer('sjukskoterska');
/** The real server answers in its own time on a busy machine. */
const SERVER = { timeout: 15_000 };
let kioskKey: string;

// A kiosk started by the nurse for her unit, as "Starta enkäten och logga ut" does (without the reload).
beforeAll(async () => {
  const nurse = await server.app!.as('sjukskoterska');
  const started = await nurse.post('/api/surveys/kiosk');
  expect(started.status).toBeLessThan(300);
  kioskKey = started.body.key;
});
afterEach(() => storeKioskKey(null));

const renderKiosk = () => renderUi(<KioskPage />, { route: '/enkat/kiosk', path: '/enkat/kiosk' });

describe('the reception tablet', () => {
  it('offers a signed-in nurse to start it for her unit', async () => {
    renderKiosk();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Starta enkäten på surfplattan' }, SERVER),
    ).toBeTruthy();
    expect(
      await screen.findByText(/^Surfplattan visar enkäten för .+ resten av dagen\./, {}, SERVER),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Starta enkäten och logga ut' })).toBeTruthy();
  });

  it('takes one person through the survey to the thanks, then starts afresh for the next', async () => {
    storeKioskKey(kioskKey);
    const { user } = renderKiosk();
    const welcome = await screen.findByTestId('kiosk-welcome', {}, SERVER);
    expect(within(welcome).getByRole('heading', { level: 1, name: 'Tyck till om ditt besök!' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Avsluta enkätläget' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Börja' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Vilket besök hade du i dag?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Hälsokontroll' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Vem svarar?' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Jag svarar själv' }));
    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    for (let i = 0; i < 5; i++) {
      expect(await screen.findByText(`Fråga ${i + 1} av 5`)).toBeTruthy();
      expect(screen.queryAllByRole('radio', { checked: true })).toHaveLength(0);
      await user.click(screen.getByRole('radio', { name: 'Bra' }));
      await user.click(screen.getByRole('button', { name: 'Nästa' }));
    }
    expect(((await screen.findByRole('textbox', { name: /Skriv här/ })) as HTMLTextAreaElement).value).toBe(
      '',
    );
    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tack för ditt svar!' }, SERVER),
    ).toBeTruthy();

    // "Börja om": the next person gets the welcome, and nothing of the last one's answers.
    await user.click(screen.getByRole('button', { name: 'Börja om' }));
    expect(await screen.findByTestId('kiosk-welcome')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Börja' }));
    await user.click(screen.getByRole('button', { name: 'Hälsokontroll' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Vem svarar?' })).toBeTruthy();
    expect(screen.queryAllByRole('radio', { checked: true })).toHaveLength(0);
  }, 90_000);
});
