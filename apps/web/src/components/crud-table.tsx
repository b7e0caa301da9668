import { Badge, Button, Table } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One column of a `CrudTable`. */
export interface CrudColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** The column that names the row (`<th scope="row">`); the first column when none says so. */
  rowHeader?: boolean;
  /** Weight of the row header's text: 500 unless given. */
  rowHeaderWeight?: number;
  style?: CSSProperties;
}

/**
 * The table of a list people add to and change: named rows (the row header says which), a column per
 * field and, last, an actions column ("Åtgärder") with the row's buttons. Wide tables scroll sideways
 * inside their own box (`minWidth`) instead of the page.
 */
export function CrudTable<T>({
  label,
  rows,
  rowKey,
  columns,
  actions,
  actionsClassName,
  minWidth,
  maw,
  testId,
  striped,
}: {
  label: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: readonly CrudColumn<T>[];
  actions?: (row: T) => ReactNode;
  /** On the actions column, e.g. `no-print`. */
  actionsClassName?: string;
  /** Below this width the table scrolls in its box; without it the table is not boxed. */
  minWidth?: number;
  maw?: number;
  testId?: string;
  striped?: boolean;
}) {
  const { t } = useTranslation();
  const headerAt = Math.max(
    0,
    columns.findIndex((c) => c.rowHeader),
  );
  const table = (
    <Table aria-label={label} data-testid={testId} maw={maw} striped={striped}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((c) => (
            <Table.Th key={c.header} scope="col">
              {c.header}
            </Table.Th>
          ))}
          {actions && (
            <Table.Th scope="col" className={actionsClassName}>
              {t('common.actionsColumn')}
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={rowKey(row)}>
            {columns.map((c, i) =>
              i === headerAt ? (
                <Table.Th key={c.header} scope="row" fw={c.rowHeaderWeight ?? 500} style={c.style}>
                  {c.cell(row)}
                </Table.Th>
              ) : (
                <Table.Td key={c.header} style={c.style}>
                  {c.cell(row)}
                </Table.Td>
              ),
            )}
            {actions && <Table.Td className={actionsClassName}>{actions(row)}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return minWidth ? <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer> : table;
}

/** A row's button whose accessible name says which row: "Ändra Kumla vårdcentral". */
export function RowButton({
  label,
  ariaLabel,
  onClick,
  danger = false,
}: {
  label: string;
  /** The whole accessible name: the label and the row's name, "Ta bort Anna Andersson". */
  ariaLabel: string;
  onClick: () => void;
  /** Removing: outlined in red. */
  danger?: boolean;
}) {
  return (
    <Button
      size="xs"
      variant={danger ? 'outline' : 'default'}
      color={danger ? 'red' : undefined}
      aria-label={ariaLabel}
      onClick={onClick}
    >
      {label}
    </Button>
  );
}

/** Aktiv / Inaktiv. */
export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={active ? 'green' : 'gray'} variant="light">
      {active ? t('common.active') : t('common.inactive')}
    </Badge>
  );
}
