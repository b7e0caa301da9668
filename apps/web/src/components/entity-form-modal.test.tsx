import { TextInput } from '@mantine/core';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderUi } from '../../test/render.tsx';
import { ApiError } from '../lib/api.ts';
import { EntityFormModal, type Saver, useEntityForm } from './entity-form-modal.tsx';

type Values = { name: string; unitId: string };

/** A unit-bound thing's form, as organisation's modals use it. */
function ThingForm({
  save,
  onClose,
}: {
  save: Saver<{ id: null; body: Values }, Values>;
  onClose: () => void;
}) {
  const form = useEntityForm({
    initial: (): Values => ({ name: '', unitId: '' }),
    save,
    variables: (body) => ({ id: null, body }),
    saved: (r) => `${r.name} är sparad.`,
    check: (v): Record<string, string> => (v.unitId ? {} : { unitId: 'Välj en enhet.' }),
    onClose,
  });
  return (
    <EntityFormModal form={form} title="Ny sak">
      <TextInput label="Namn" {...form.textProps('name')} error={form.errors.name} />
      <TextInput label="Enhet" {...form.textProps('unitId')} error={form.errors.unitId} />
    </EntityFormModal>
  );
}

const refusal = new ApiError({
  type: 'about:blank',
  title: 'Något behöver ändras',
  status: 400,
  detail: 'Kontrollera fälten.',
  code: 'validation',
  errors: [{ path: 'name', message: 'Skriv ett namn.' }],
});

describe('EntityFormModal with useEntityForm', () => {
  it('checks before sending: nothing is sent while the unit is missing, and the message goes once it is given', async () => {
    const mutate = vi.fn();
    const { user } = renderUi(
      <ThingForm save={{ isPending: false, error: null, mutate }} onClose={() => {}} />,
    );
    await user.click(await screen.findByRole('button', { name: 'Spara' }));
    expect(mutate).not.toHaveBeenCalled();
    expect(screen.getAllByText('Välj en enhet.').length).toBeGreaterThan(0);
    await user.type(screen.getByLabelText('Enhet'), 'u1');
    await waitFor(() => expect(screen.queryByText('Välj en enhet.')).toBeNull());
  });

  it('sends the values as the variables, then says so and closes', async () => {
    const onClose = vi.fn();
    const mutate = vi.fn((vars: { id: null; body: Values }, o: { onSuccess: (r: Values) => void }) =>
      o.onSuccess(vars.body),
    );
    const { user } = renderUi(
      <ThingForm save={{ isPending: false, error: null, mutate }} onClose={onClose} />,
    );
    await user.type(await screen.findByLabelText('Namn'), 'Rum 4');
    await user.type(screen.getByLabelText('Enhet'), 'u1');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(mutate.mock.calls[0]?.[0]).toEqual({ id: null, body: { name: 'Rum 4', unitId: 'u1' } });
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('shows the server’s field message at the field until the field is changed', async () => {
    const { user } = renderUi(
      <ThingForm save={{ isPending: false, error: refusal, mutate: vi.fn() }} onClose={() => {}} />,
    );
    const name = await screen.findByLabelText('Namn');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Skriv ett namn.').length).toBe(2); // at the field and in the alert
    await user.type(name, 'R');
    await waitFor(() => expect(screen.queryByText('Skriv ett namn.')).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
