import type { Me } from '@lotsa/contracts';
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderUi } from '../../../test/render.tsx';
import { withRealServer } from '../../../test/server.ts';
import { ContactRequestDialog } from './contact-request-dialog.tsx';

const server = withRealServer('vardlots');
/** The real server answers in its own time on a busy machine. */
const SERVER = { timeout: 15_000 };
let me: Me;
let request: { id: string; patientName: string; subject: string; status: string; events: unknown[] };

// An open request of the demo's, as the navigator's list has it.
beforeAll(async () => {
  const navigator = await server.app!.as('vardlots');
  me = (await navigator.get('/api/auth/me')).body;
  const list = (await navigator.get('/api/contact-requests')).body as Array<{ id: string; status: string }>;
  const open = list.find((r) => r.status === 'new') ?? list.find((r) => r.status !== 'done')!;
  request = (await navigator.get(`/api/contact-requests/${open.id}`)).body;
});

function renderDialog() {
  const onClose = vi.fn();
  const view = renderUi(<ContactRequestDialog requestId={request.id} onClose={onClose} />, { me });
  return { ...view, onClose };
}

describe('a contact request', () => {
  it('shows what it is about and its log, named for the patient', async () => {
    renderDialog();
    const dialog = await screen.findByRole('dialog', { name: `Ärende – ${request.patientName}` }, SERVER);
    expect(within(dialog).getByText(request.subject)).toBeTruthy();
    expect(within(dialog).getByRole('link', { name: request.patientName })).toBeTruthy();
    const log = within(dialog).getByRole('table', { name: 'Händelser i ärendet' });
    expect(within(log).getAllByRole('row')).toHaveLength(request.events.length + 1);
  });

  it('asks for a change before saving, then logs a note and a new status', async () => {
    const { user, onClose } = renderDialog();
    const dialog = await screen.findByRole('dialog', { name: `Ärende – ${request.patientName}` }, SERVER);
    const form = within(dialog).getByRole('group', { name: 'För ärendet vidare' });
    await user.click(within(form).getByRole('button', { name: 'Spara i ärendet' }));
    expect(
      await within(form).findByText('Ändra status, vem som handlägger eller skriv en anteckning.'),
    ).toBeTruthy();

    await user.type(
      within(form).getByRole('textbox', { name: 'Anteckning' }),
      'Ringde upp, ny tid på fredag.',
    );
    expect(
      within(form).queryByText('Ändra status, vem som handlägger eller skriv en anteckning.'),
    ).toBeNull();
    await user.click(within(form).getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Väntar', hidden: true }));
    await user.click(within(form).getByRole('button', { name: 'Spara i ärendet' }));

    const log = within(dialog).getByRole('table', { name: 'Händelser i ärendet' });
    expect(await within(log).findByText('Ringde upp, ny tid på fredag.', {}, SERVER)).toBeTruthy();
    expect(within(log).getAllByRole('row')).toHaveLength(request.events.length + 2);
    expect((within(form).getByRole('textbox', { name: 'Anteckning' }) as HTMLTextAreaElement).value).toBe('');
    expect((within(form).getByRole('combobox', { name: 'Status' }) as HTMLInputElement).value).toBe('Väntar');

    await user.click(within(form).getByRole('button', { name: 'Stäng' }));
    expect(onClose).toHaveBeenCalled();
  });
});
