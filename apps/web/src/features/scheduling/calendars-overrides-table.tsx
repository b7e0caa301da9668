import { Checkbox, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CrudTable } from '../../components/crud-table.tsx';
import { EditableRowsTable } from '../../components/editable-rows-table.tsx';
import type { OverrideRow } from './calendars-draft.ts';
import { DATE_INPUT, TIME_INPUT } from './calendars-inputs.ts';

/** Date overrides: a date closed all day, or open other hours that day, with a reason. */
export function CalendarsOverridesTable({
  rows,
  name,
  canEdit,
  errors,
  onChange,
  onAdd,
  onRemove,
}: {
  rows: readonly OverrideRow[];
  name: string;
  canEdit: boolean;
  errors: Readonly<Record<string, string>>;
  onChange: (index: number, patch: Partial<OverrideRow>) => void;
  /** Adds a row and answers its key, to move the focus there. */
  onAdd: () => string;
  onRemove: (index: number) => void;
}) {
  const { t } = useTranslation();
  const o = 'scheduling.calendars.overrides' as const;
  const label = (field: string, i: number) => t('scheduling.calendars.rowField', { field, row: i + 1 });
  const error = (i: number, field: string) => errors[`overrides.${i}.${field}`];
  const time = (f: 'from' | 'to', r: OverrideRow, i: number) => (
    <TextInput
      {...TIME_INPUT}
      aria-label={label(t(`${o}.${f}`), i)}
      value={r[f]}
      onChange={(e) => onChange(i, { [f]: e.currentTarget.value })}
      error={error(i, f)}
    />
  );

  if (!canEdit)
    return rows.length === 0 ? (
      <Text>{t(`${o}.none`)}</Text>
    ) : (
      <CrudTable
        label={t(`${o}.tableLabel`, { name })}
        testId="overrides-table"
        striped
        minWidth={420}
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { header: t(`${o}.date`), cell: (r) => r.date },
          {
            header: t(`${o}.time`),
            cell: (r) => (r.closed ? t(`${o}.closed`) : t(`${o}.hours`, { from: r.from, to: r.to })),
          },
          { header: t(`${o}.reason`), cell: (r) => r.reason || t(`${o}.noReason`) },
        ]}
      />
    );

  return (
    <EditableRowsTable
      rows={rows}
      label={t(`${o}.tableLabel`, { name })}
      testId="overrides-table"
      hint={t(`${o}.hint`)}
      none={t(`${o}.none`)}
      columns={[
        {
          header: t(`${o}.date`),
          cell: (r, { index: i, focusRef }) => (
            <TextInput
              ref={focusRef}
              {...DATE_INPUT}
              aria-label={label(t(`${o}.date`), i)}
              value={r.date}
              onChange={(e) => onChange(i, { date: e.currentTarget.value })}
              error={error(i, 'date')}
            />
          ),
        },
        {
          header: t(`${o}.closed`),
          cell: (r, { index: i }) => (
            <Checkbox
              mt={8}
              aria-label={label(t(`${o}.closed`), i)}
              checked={r.closed}
              onChange={(e) => {
                const closed = e.currentTarget.checked;
                // Opening a closed day suggests a morning; the times are the person's to change.
                onChange(i, closed ? { closed } : { closed, from: r.from || '08:00', to: r.to || '12:00' });
              }}
            />
          ),
        },
        {
          header: t(`${o}.from`),
          // A closed day: one cell over from and to says so (and shows the error of the times, if any).
          colSpan: (r) => (r.closed ? 2 : 1),
          cell: (r, { index: i }) =>
            r.closed ? (
              <>
                <Text size="sm" mt={8} c="dimmed">
                  {t(`${o}.closed`)}
                </Text>
                {error(i, 'to') && (
                  <Text size="sm" c="red.9">
                    {error(i, 'to')}
                  </Text>
                )}
              </>
            ) : (
              time('from', r, i)
            ),
        },
        { header: t(`${o}.to`), skip: (r) => r.closed, cell: (r, { index }) => time('to', r, index) },
        {
          header: t(`${o}.reason`),
          cell: (r, { index: i }) => (
            <TextInput
              aria-label={label(t(`${o}.reason`), i)}
              maxLength={200}
              miw={160}
              value={r.reason}
              onChange={(e) => onChange(i, { reason: e.currentTarget.value })}
              error={error(i, 'reason')}
            />
          ),
        },
      ]}
      removeLabel={(r, i) =>
        r.date ? t(`${o}.removeDated`, { row: i + 1, date: r.date }) : t(`${o}.remove`, { row: i + 1 })
      }
      addLabel={t(`${o}.add`)}
      onAdd={onAdd}
      onRemove={onRemove}
    />
  );
}
