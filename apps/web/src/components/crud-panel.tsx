import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type CrudColumn, CrudTable, RowButton } from './crud-table.tsx';
import { ErrorAlert } from './error-alert.tsx';
import { LoadingState } from './loading-state.tsx';

/** The list a `CrudPanel` shows: a query's state (TanStack Query's result fits). */
export interface CrudList<T> {
  isPending: boolean;
  error: unknown;
  data?: readonly T[] | undefined;
}

/**
 * A part of the administration that lists things and lets people add and change them: its `<h2>` with
 * the "Ny …" button, an optional filter, the server's error, then the list (loading, "none yet", or the
 * table), and the panel's dialogs as children.
 */
export function CrudPanel<T>({
  title,
  addLabel,
  onAdd,
  filter,
  list,
  none,
  table,
  children,
}: {
  title: string;
  addLabel: string;
  onAdd: () => void;
  /** Under the heading, e.g. the unit filter. */
  filter?: ReactNode;
  list: CrudList<T>;
  /** Said when the list is empty. */
  none: string;
  table: {
    label: string;
    columns: readonly CrudColumn<T>[];
    rowKey: (row: T) => string;
    actions?: (row: T) => ReactNode;
    minWidth?: number;
    maw?: number;
    testId?: string;
  };
  children?: ReactNode;
}) {
  return (
    <Stack>
      <PanelHeader title={title} addLabel={addLabel} onAdd={onAdd} />
      {filter}
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <LoadingState />
      ) : list.data?.length === 0 ? (
        <Text>{none}</Text>
      ) : (
        <CrudTable rows={list.data ?? []} {...table} />
      )}
      {children}
    </Stack>
  );
}

/** A part's `<h2>` and its "Ny …" button. */
export function PanelHeader({
  title,
  addLabel,
  onAdd,
}: {
  title: string;
  addLabel: string;
  onAdd: () => void;
}) {
  return (
    <Group justify="space-between">
      <Title order={2} size="h3">
        {title}
      </Title>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
        {addLabel}
      </Button>
    </Group>
  );
}

/** "Ändra" whose accessible name says what: "Ändra Kumla vårdcentral". */
export function EditButton({ name, label, onClick }: { name: string; label?: string; onClick: () => void }) {
  const { t } = useTranslation();
  const text = label ?? t('actions.edit');
  return <RowButton label={text} ariaLabel={`${text} ${name}`} onClick={onClick} />;
}
