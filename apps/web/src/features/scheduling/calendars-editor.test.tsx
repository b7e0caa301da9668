import type { Me } from '@lotsa/contracts';
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderUi } from '../../../test/render.tsx';
import { withRealServer } from '../../../test/server.ts';
import { CalendarsEditor } from './calendars-editor.tsx';
import type { CalendarResource } from './calendars-resource-list.tsx';

const server = withRealServer('chef');
/** The real server answers in its own time on a busy machine. */
const SERVER = { timeout: 15_000 };
const PERSON = 'Cecilia Chefsson';
let me: Me;
let resource: CalendarResource;

beforeAll(async () => {
  const chef = await server.app!.as('chef');
  me = (await chef.get('/api/auth/me')).body;
  const staff = (await chef.get(`/api/organisation/staff?unitId=${me.activeUnitId}`)).body as Array<{
    id: string;
    givenName: string;
    familyName: string;
  }>;
  const cecilia = staff.find((s) => `${s.givenName} ${s.familyName}` === PERSON)!;
  resource = { kind: 'staff', id: cecilia.id, name: PERSON, detail: 'unit_manager' };
});

function renderEditor(canEdit: boolean, onDirtyChange = vi.fn()) {
  const view = renderUi(
    <CalendarsEditor
      resource={resource}
      subtitle="Verksamhetschef"
      canEdit={canEdit}
      onDirtyChange={onDirtyChange}
    />,
    { route: '/arbetstider', path: '/arbetstider', me },
  );
  return { ...view, onDirtyChange };
}

const hoursName = `Arbetstider per vecka – ${PERSON}`;
const bodyRows = (table: HTMLElement) => table.querySelectorAll('tbody tr').length;

describe('a resource’s calendar', () => {
  it('refuses an end before the start at the row, then "Ångra ändringar" brings back the saved hours', async () => {
    const { user, onDirtyChange } = renderEditor(true);
    expect(screen.getByRole('heading', { level: 2, name: PERSON })).toBeTruthy();
    const hours = await screen.findByRole('table', { name: hoursName }, SERVER);
    const before = bodyRows(hours);
    expect(before).toBeGreaterThan(0);
    const status = within(screen.getByTestId('calendar-actions')).getByRole('status');
    expect(status.textContent).toBe('');

    await user.click(screen.getByRole('button', { name: 'Lägg till tid' }));
    const row = before + 1;
    expect(bodyRows(hours)).toBe(row);
    expect(status.textContent).toBe('Du har ändringar som inte är sparade.');
    expect(onDirtyChange).toHaveBeenLastCalledWith(true);
    await user.selectOptions(within(hours).getByLabelText(`Veckodag, rad ${row}`), 'Söndag');
    const from = within(hours).getByLabelText(`Från, rad ${row}`);
    const to = within(hours).getByLabelText(`Till, rad ${row}`);
    await user.clear(from);
    await user.type(from, '14:00');
    await user.clear(to);
    await user.type(to, '10:00');

    await user.click(screen.getByRole('button', { name: 'Spara' }));
    const alert = await screen.findByRole('alert', {}, SERVER);
    expect(within(alert).getByText('Kontrollera uppgifterna')).toBeTruthy();
    expect(
      within(alert).getByText(`Arbetstider per vecka, rad ${row}: Sluttiden måste vara efter starttiden.`),
    ).toBeTruthy();
    expect(to.getAttribute('aria-invalid')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Ångra ändringar' }));
    expect(bodyRows(screen.getByRole('table', { name: hoursName }))).toBe(before);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(status.textContent).toBe('');
    expect(onDirtyChange).toHaveBeenLastCalledWith(false);
  });

  it('shows the hours read-only, with a note and nothing to save', async () => {
    renderEditor(false);
    expect(screen.getByTestId('read-only-note')).toBeTruthy();
    const hours = await screen.findByRole('table', { name: hoursName }, SERVER);
    expect(bodyRows(hours)).toBeGreaterThan(0);
    expect(within(hours).queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Spara' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lägg till tid' })).toBeNull();
  });
});
