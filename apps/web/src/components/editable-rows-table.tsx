import { ActionIcon, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** What a cell of an editable row is given besides the row. */
export interface RowCell {
  /** The row's place, from 0. */
  index: number;
  /** Put on the row's first field: a row just added gets the focus there. */
  focusRef: (el: HTMLElement | null) => void;
}

/** One column of an `EditableRowsTable`: its header and the field(s) in each row. */
export interface EditableColumn<R> {
  header: string;
  cell: (row: R, at: RowCell) => ReactNode;
  /** Cells this cell spans (a closed day's one "Stängt" over from and to). */
  colSpan?: (row: R) => number;
  /** Left out in rows where the cell before it spans this one. */
  skip?: (row: R) => boolean;
}

/**
 * Rows people add, change and remove in place (working hours, date overrides): one row of fields per
 * item, a remove button per row and "Lägg till …" below. Focus is never lost: an added row's first
 * field gets it, and a removed row's place goes to the row after it (or before it, or the add button).
 * Nothing is saved here; the form around it saves the rows.
 */
export function EditableRowsTable<R extends { key: string }>({
  rows,
  label,
  hint,
  none,
  columns,
  removeLabel,
  addLabel,
  onAdd,
  onRemove,
  extraActions,
  minWidth = 640,
  testId,
}: {
  rows: readonly R[];
  label: string;
  /** How the rows work, above the table; the table is described by it. */
  hint: string;
  /** Said when there are no rows. */
  none: string;
  columns: readonly EditableColumn<R>[];
  /** The accessible name of a row's remove button: which row it removes. */
  removeLabel: (row: R, index: number) => string;
  addLabel: string;
  /** Adds a row and answers its key, to move the focus there. */
  onAdd: () => string;
  onRemove: (index: number) => void;
  /** Beside the add button (e.g. "Kopiera måndag"). */
  extraActions?: ReactNode;
  minWidth?: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const removeRefs = useRef(new Map<string, HTMLButtonElement>());
  const focusNew = useRef<string | null>(null);

  const remove = (i: number) => {
    const next = rows[i + 1] ?? rows[i - 1];
    onRemove(i);
    const target = next ? removeRefs.current.get(next.key) : null;
    (target ?? addRef.current)?.focus();
  };
  const focusRef = (key: string) => (el: HTMLElement | null) => {
    if (el && focusNew.current === key) {
      focusNew.current = null;
      el.focus();
    }
  };

  return (
    <>
      <Text size="sm" id={hintId}>
        {hint}
      </Text>
      {rows.length === 0 ? (
        <Text>{none}</Text>
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table
            aria-label={label}
            aria-describedby={hintId}
            data-testid={testId}
            verticalSpacing={6}
            horizontalSpacing={6}
          >
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={c.header} scope="col">
                    {c.header}
                  </Table.Th>
                ))}
                <Table.Th scope="col">
                  <VisuallyHidden>{t('common.actionsColumn')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, index) => (
                <Table.Tr key={r.key} style={{ verticalAlign: 'top' }}>
                  {columns.map((c) =>
                    c.skip?.(r) ? null : (
                      <Table.Td key={c.header} colSpan={c.colSpan?.(r)}>
                        {c.cell(r, { index, focusRef: focusRef(r.key) })}
                      </Table.Td>
                    ),
                  )}
                  <Table.Td>
                    <ActionIcon
                      ref={(el) => {
                        if (el) removeRefs.current.set(r.key, el);
                        else removeRefs.current.delete(r.key);
                      }}
                      variant="subtle"
                      color="red.9"
                      size="lg"
                      aria-label={removeLabel(r, index)}
                      onClick={() => remove(index)}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group gap="sm">
        <Button
          ref={addRef}
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => {
            focusNew.current = onAdd();
          }}
        >
          {addLabel}
        </Button>
        {extraActions}
      </Group>
    </>
  );
}
