import { type Booking, type Me, proposalRequest } from '@lotsa/contracts';
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderUi } from '../../../test/render.tsx';
import { withRealServer } from '../../../test/server.ts';
import { addDays, capitalise, clockRange, dayWords, localParts } from '../../lib/when.ts';
import { DayListPage } from './day-list-page.tsx';

const server = withRealServer('sjukskoterska');
/** The real server answers in its own time on a busy machine. */
const SERVER = { timeout: 15_000 };
let me: Me;
let booking: Booking;

// A health check booked for a demo patient at the first proposed time: the day list must show it.
beforeAll(async () => {
  const nurse = await server.app!.as('sjukskoterska');
  me = (await nurse.get('/api/auth/me')).body;
  const patient = (await nurse.get('/api/patients?q=an')).body[0];
  const types = (await nurse.get('/api/visit-types')).body as Array<{ id: string; code: string }>;
  const visitTypeId = types.find((v) => v.code === 'health_check')!.id;
  const found = await nurse.post('/api/scheduling/search', { patientId: patient.id, visitTypeId, limit: 1 });
  const p = found.body.proposals[0];
  const booked = await nurse.post('/api/bookings', {
    patientId: patient.id,
    visitTypeId,
    proposal: proposalRequest(p),
    mode: 'book',
  });
  expect(booked.status).toBe(201);
  booking = booked.body;
});

function renderDayList(search: string) {
  return renderUi(<DayListPage />, { route: '/dagslista', path: `/dagslista?${search}`, me });
}

/** The card of the booked visit: its heading is the time and the patient's name. */
const visitName = () => `${clockRange(booking.start, booking.end, 'sv')} ${booking.patientName}`;

/** The booked day's section of the (week's) list, named by its heading ("Tisdag 3 mars (2 besök)"). */
const bookedDay = () =>
  screen.findByRole(
    'region',
    { name: new RegExp(`^${capitalise(dayWords(localParts(booking.start).date, 'sv'))} \\(`) },
    SERVER,
  );

describe('the day list', () => {
  it('shows the day’s visit as a card with its time, patient link and visit type', async () => {
    const date = localParts(booking.start).date;
    renderDayList(`datum=${date}`);
    expect(screen.getByRole('heading', { level: 1, name: 'Dagslista' })).toBeTruthy();
    const list = await screen.findByTestId('day-list', {}, SERVER);
    const card = within(list).getByRole('article', { name: visitName() });
    expect(within(card).getByRole('link', { name: booking.patientName }).getAttribute('href')).toBe(
      `/patienter/${booking.patientId}`,
    );
    expect(within(card).getByText(booking.visitTypeName)).toBeTruthy();
    // The day's section says how many visits it has.
    expect(within(list).getByRole('heading', { level: 2, name: /\(\d+ besök\)$/ })).toBeTruthy();
    expect(screen.getByTestId('day-list-period').textContent).toMatch(/· Hela enheten$/);
    expect((screen.getByLabelText('Datum') as HTMLInputElement).value).toBe(date);
  });

  it('steps to the next day, shows the week, and one staff member’s visits', async () => {
    const date = localParts(booking.start).date;
    const { user } = renderDayList(`datum=${date}`);
    await screen.findByRole('article', { name: visitName() }, SERVER);

    await user.click(screen.getByRole('button', { name: 'Nästa dag' }));
    expect((screen.getByLabelText('Datum') as HTMLInputElement).value).toBe(addDays(date, 1));
    await screen.findByRole('button', { name: 'Föregående dag' });
    await expect.poll(() => screen.queryByRole('article', { name: visitName() }), SERVER).toBeNull();

    // The week holds the booked day again; its buttons now step a week.
    await user.click(screen.getByRole('radio', { name: 'Vecka' }));
    expect(await within(await bookedDay()).findByRole('article', { name: visitName() }, SERVER)).toBeTruthy();
    expect(screen.getByTestId('day-list-period').textContent).toMatch(/^Vecka \d+, /);
    expect(screen.getByRole('button', { name: 'Nästa vecka' })).toBeTruthy();

    // One staff member of the visit: the list is theirs, and the visit is on it.
    const staff = booking.allocations.find((a) => a.kind === 'staff')!;
    const select = screen.getByLabelText('Visa för') as HTMLSelectElement;
    const option = [...select.options].find((o) => o.value === `staff:${staff.resourceId}`)!;
    await user.selectOptions(select, option);
    await expect
      .poll(() => screen.getByTestId('day-list-period').textContent, SERVER)
      .toMatch(new RegExp(`· ${staff.name}$`));
    expect(await within(await bookedDay()).findByRole('article', { name: visitName() }, SERVER)).toBeTruthy();
  });
});
