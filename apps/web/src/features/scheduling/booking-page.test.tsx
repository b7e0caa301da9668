import type { Me } from '@lotsa/contracts';
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderUi } from '../../../test/render.tsx';
import { withRealServer } from '../../../test/server.ts';
import { BookingPage } from './booking-page.tsx';

const server = withRealServer('sjukskoterska');
/** The real server answers in its own time on a busy machine. */
const SERVER = { timeout: 15_000 };
let me: Me;
let patient: { id: string; givenName: string; familyName: string };

beforeAll(async () => {
  const nurse = await server.app!.as('sjukskoterska');
  me = (await nurse.get('/api/auth/me')).body;
  patient = (await nurse.get('/api/patients?q=an')).body[0];
});

describe('the booking page', () => {
  it('defaults to a health check and lists proposals; "Visa fler veckor" searches further', async () => {
    const { user } = renderUi(<BookingPage />, {
      route: '/patienter/:id/boka',
      path: `/patienter/${patient.id}/boka`,
      me,
    });
    const name = `${patient.givenName} ${patient.familyName}`;
    expect(
      await screen.findByRole('heading', { level: 1, name: `Boka besök – ${name}` }, SERVER),
    ).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Hälsokontroll (60 min)' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Förslag på tider' })).toBeTruthy();
    const proposals = await screen.findByTestId('proposals', {}, SERVER);
    const choices = within(proposals).getAllByRole('button', { name: /^Välj / });
    expect(choices.length).toBeGreaterThan(0);
    expect(screen.getByRole('status').textContent).toMatch(/\d/);
    // "Visa fler veckor" widens the search and keeps the list.
    await user.click(screen.getByRole('button', { name: 'Visa fler veckor' }));
    expect(await screen.findByText(/16 veckor/, {}, SERVER)).toBeTruthy();
  });
});
