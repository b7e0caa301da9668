import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderUi } from '../../test/render.tsx';
import { CrudPanel, EditButton } from './crud-panel.tsx';

interface Room {
  id: string;
  name: string;
  unit: string;
}
const rooms: Room[] = [
  { id: 'r1', name: 'Rum 1', unit: 'Kumla' },
  { id: 'r2', name: 'Rum 2', unit: 'Hallsberg' },
];

function panel(
  list: { isPending: boolean; error: unknown; data?: Room[] },
  onEdit = vi.fn(),
  onAdd = vi.fn(),
) {
  return renderUi(
    <CrudPanel
      title="Rum"
      addLabel="Nytt rum"
      onAdd={onAdd}
      list={list}
      none="Inga rum ännu."
      table={{
        label: 'Rum',
        testId: 'rooms-table',
        minWidth: 600,
        rowKey: (r) => r.id,
        columns: [
          { header: 'Namn', cell: (r) => r.name },
          { header: 'Enhet', cell: (r) => r.unit },
        ],
        actions: (r) => <EditButton name={r.name} onClick={() => onEdit(r)} />,
      }}
    />,
  );
}

describe('CrudPanel', () => {
  it('lists the rows with the first column as row header and a named edit button per row', async () => {
    const onEdit = vi.fn();
    const onAdd = vi.fn();
    const { user } = panel({ isPending: false, error: null, data: rooms }, onEdit, onAdd);
    expect(await screen.findByRole('heading', { level: 2, name: 'Rum' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Rum' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Namn', 'Enhet', 'Åtgärder']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Rum 1', 'Rum 2']);
    await user.click(screen.getByRole('button', { name: 'Ändra Rum 2' }));
    expect(onEdit).toHaveBeenCalledWith(rooms[1]);
    await user.click(screen.getByRole('button', { name: 'Nytt rum' }));
    expect(onAdd).toHaveBeenCalledOnce();
  });

  it('says so when the list is empty, and shows no table', async () => {
    panel({ isPending: false, error: null, data: [] });
    expect(await screen.findByText('Inga rum ännu.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the loading state while the list is on its way', async () => {
    panel({ isPending: true, error: null });
    await screen.findByRole('heading', { name: 'Rum' });
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText('Inga rum ännu.')).toBeNull();
  });

  it('shows the error in an alert', async () => {
    panel({ isPending: false, error: new Error('Servern svarar inte.') });
    expect((await screen.findByRole('alert')).textContent).toContain('Servern svarar inte.');
  });
});
