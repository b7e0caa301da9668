import type { Me, Patient } from '@lotsa/contracts';
import { Card, Title } from '@mantine/core';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderUi } from '../../../test/render.tsx';
import { withRealServer } from '../../../test/server.ts';
import { extensions } from '../../app/extensions.ts';
import { fill } from '../../lib/slots.tsx';
import { PatientPage } from './patient-page.tsx';
import { type PatientPartProps, type PatientSection, patientPageSections } from './patient-page-slots.ts';

const server = withRealServer('sjukskoterska');
/** The real server answers in its own time on a busy machine. */
const SERVER = { timeout: 15_000 };
let me: Me;
let patient: Patient;

beforeAll(async () => {
  const nurse = await server.app!.as('sjukskoterska');
  me = (await nurse.get('/api/auth/me')).body;
  const found = await nurse.get<{ items: Patient[] } | Patient[]>('/api/patients?q=an');
  const list = Array.isArray(found.body) ? found.body : found.body.items;
  patient = list.find((p) => !p.protectedIdentity)!;
});

const page = (fills = extensions) =>
  renderUi(<PatientPage />, { route: '/patienter/:id', path: `/patienter/${patient.id}`, fills, me });

/** A card of a feature the patient page has never heard of (health checks are next). */
function HealthChecksCard({ patient: p }: PatientPartProps) {
  return (
    <Card component="section">
      <Title order={2}>Hälsokontroller för {p.givenName}</Title>
    </Card>
  );
}
const healthChecks: PatientSection = { id: 'health-checks', order: 35, Component: HealthChecksCard };

describe('the patient page', () => {
  it('composes the feature cards and header buttons from the slots, in their order', async () => {
    page();
    const name = `${patient.givenName} ${patient.familyName}`;
    expect(await screen.findByRole('heading', { level: 1, name }, SERVER)).toBeTruthy();
    const cards = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(cards).toEqual([
      'Personuppgifter',
      'Anpassningar',
      'Besök',
      'Hälsokontroller',
      'SIP – samordnad individuell plan',
      'Företrädare',
      'Vårdkontakter',
      'Intag',
    ]);
    const header = screen.getByRole('heading', { level: 1 }).closest('.mantine-Group-root')!;
    const buttons = within(header as HTMLElement)
      .getAllByRole('link')
      .concat(within(header as HTMLElement).getAllByRole('button'))
      .map((b) => b.textContent);
    // A nurse is not the unit manager: no log extract.
    expect(buttons).toEqual(['Boka besök', 'Ändra uppgifter', 'Nytt ärende']);
    await screen.findByTestId('adaptation-banner', {}, SERVER);
  });

  it('takes a new feature’s card through the slot, with no change to the patients feature', async () => {
    page([fill(patientPageSections, [healthChecks])]);
    await screen.findByRole('heading', { level: 1 }, SERVER);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Personuppgifter',
      `Hälsokontroller för ${patient.givenName}`,
      'Företrädare',
    ]);
  });
});
