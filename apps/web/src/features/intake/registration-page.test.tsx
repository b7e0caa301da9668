import { type Me, makeTestIdentityNumber, type Registration } from '@lotsa/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../../server/test/harness.ts';
import { renderUi } from '../../../test/render.tsx';
import { withRealServer } from '../../../test/server.ts';
import { RegistrationPage } from './registration-page.tsx';

const server = withRealServer('vardlots');
/** The real server answers in its own time on a busy machine. */
const SERVER = { timeout: 15_000 };
let me: Me;
let navigator: Client;
let r: Registration;

beforeAll(async () => {
  navigator = await server.app!.as('vardlots');
  me = (await navigator.get('/api/auth/me')).body;
  const created = await navigator.post('/api/intake/registrations', {
    source: 'relative',
    person: {
      givenName: 'Ändrad',
      familyName: 'Kommunsson',
      identityNumber: makeTestIdentityNumber('1988-04-12', 986),
      municipalityCode: '1881',
    },
    applicant: { name: 'Maria Kommunsson', relation: 'mamma', phone: '070-123 45 67' },
    contactPreference: 'phone',
    diagnoses: ['Q90'],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  r = created.body;
  const url = `/api/intake/registrations/${r.id}`;
  const mapped = await navigator.put(`${url}/needs-mapping`, {
    communication: 'aac',
    understanding: 'needs_support',
    mobility: 'walks_with_aid',
    dailySupport: 'extensive_help',
    careContacts: 'Habiliteringen, ortopeden',
    careContactCount: 2,
    companionNeeded: false,
  });
  expect(mapped.status, JSON.stringify(mapped.body)).toBe(200);
  const decided = await navigator.post(`${url}/decision`, { decision: 'eligible', reason: 'Uppfyller.' });
  expect(decided.status).toBe(200);
});

describe('the registration page when the decision no longer holds', () => {
  it('shows the 409 in the error alert, then why, and offers a new decision first', async () => {
    const { user } = renderUi(<RegistrationPage />, { route: '/intag/:id', path: `/intag/${r.id}`, me });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ändrad Kommunsson' }, SERVER)).toBeTruthy();
    expect(screen.queryByTestId('decision-outdated')).toBeNull();
    // Someone else corrects the municipality to one outside the catchment while the page is open.
    const moved = await navigator.patch(`/api/intake/registrations/${r.id}`, {
      person: { municipalityCode: '0180' },
    });
    expect(moved.status).toBe(200);

    await user.click(screen.getByRole('button', { name: 'Registrera samtycke' }));
    const dialog = await screen.findByRole('dialog', {}, SERVER);
    await user.click(within(dialog).getByRole('button', { name: /Spara/ }));
    const alert = await within(dialog).findByRole('alert', {}, SERVER);
    expect(alert.textContent).toMatch(/Bedömningen gäller inte längre/);
    expect(alert.textContent).toMatch(/Gör en ny bedömning/);

    // The page reads the registration again: why, and "Bedöm" as the first next step.
    const why = await screen.findByTestId('decision-outdated', {}, SERVER);
    expect(why.textContent).toMatch(/Stockholm/);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Registrera samtycke' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Bedöm' })).toBeTruthy();
  });
});
