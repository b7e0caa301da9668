import { TextInput } from '@mantine/core';
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '../../test/render.tsx';
import { EditableRowsTable } from './editable-rows-table.tsx';

type Row = { key: string; text: string };
let next = 3;

/** A form around the table, as the calendar editor is: it owns the rows. */
function Rows({ initial }: { initial: Row[] }) {
  const [rows, setRows] = useState(initial);
  return (
    <EditableRowsTable
      rows={rows}
      label="Tider"
      hint="En rad per tid."
      none="Inga tider."
      columns={[
        {
          header: 'Text',
          cell: (r, { index, focusRef }) => (
            <TextInput
              ref={focusRef}
              aria-label={`Text, rad ${index + 1}`}
              value={r.text}
              onChange={(e) => {
                const text = e.currentTarget.value;
                setRows((rs) => rs.map((x) => (x.key === r.key ? { ...x, text } : x)));
              }}
            />
          ),
        },
      ]}
      removeLabel={(r, i) => `Ta bort rad ${i + 1} (${r.text})`}
      addLabel="Lägg till tid"
      onAdd={() => {
        const key = `k${next++}`;
        setRows((rs) => [...rs, { key, text: '' }]);
        return key;
      }}
      onRemove={(i) => setRows((rs) => rs.filter((_, j) => j !== i))}
    />
  );
}

describe('EditableRowsTable', () => {
  it('labels each row’s fields and remove button by row, and is described by its hint', async () => {
    renderUi(
      <Rows
        initial={[
          { key: 'k1', text: 'a' },
          { key: 'k2', text: 'b' },
        ]}
      />,
    );
    const table = await screen.findByRole('table', { name: 'Tider' });
    expect(table.getAttribute('aria-describedby')).toBe(screen.getByText('En rad per tid.').id);
    expect(within(table).getByLabelText('Text, rad 2')).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'Ta bort rad 1 (a)' })).toBeTruthy();
  });

  it('moves the focus to an added row’s first field', async () => {
    const { user } = renderUi(<Rows initial={[{ key: 'k1', text: 'a' }]} />);
    await user.click(await screen.findByRole('button', { name: 'Lägg till tid' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Text, rad 2'));
  });

  it('keeps the focus when a row goes: on the next row, then the one before, then “Lägg till”', async () => {
    const { user } = renderUi(
      <Rows
        initial={[
          { key: 'k1', text: 'a' },
          { key: 'k2', text: 'b' },
          { key: 'k3', text: 'c' },
        ]}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Ta bort rad 1 (a)' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ta bort rad 1 (b)' }));
    await user.click(screen.getByRole('button', { name: 'Ta bort rad 2 (c)' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ta bort rad 1 (b)' }));
    await user.click(screen.getByRole('button', { name: 'Ta bort rad 1 (b)' }));
    expect(screen.getByText('Inga tider.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Lägg till tid' }));
  });
});
