import { Button, NativeSelect, Text, TextInput } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CrudTable } from '../../components/crud-table.tsx';
import { EditableRowsTable } from '../../components/editable-rows-table.tsx';
import { type HourRow, WEEKDAYS, type Weekday } from './calendars-draft.ts';
import { DATE_INPUT, TIME_INPUT } from './calendars-inputs.ts';

const TABULAR = { fontVariantNumeric: 'tabular-nums' } as const;

/** The weekly working hours: one row per interval, editable for the unit manager, plain text for others. */
export function CalendarsHoursTable({
  rows,
  name,
  canEdit,
  errors,
  onChange,
  onAdd,
  onRemove,
  onCopyMonday,
}: {
  rows: readonly HourRow[];
  name: string;
  canEdit: boolean;
  errors: Readonly<Record<string, string>>;
  onChange: (index: number, patch: Partial<HourRow>) => void;
  /** Adds a row and answers its key, to move the focus there. */
  onAdd: () => string;
  onRemove: (index: number) => void;
  onCopyMonday: () => void;
}) {
  const { t } = useTranslation();
  const k = 'scheduling.calendars';
  const h = `${k}.hours` as const;
  const copyHintId = useId();
  const day = (w: Weekday) => t(`${k}.weekdays.${w}`);
  const label = (field: string, i: number) => t(`${k}.rowField`, { field, row: i + 1 });
  const error = (i: number, field: keyof HourRow) => errors[`hours.${i}.${field}`];
  /** A time or date field of the row: its label, value and error. */
  const field = (f: 'from' | 'to' | 'validFrom' | 'validTo', r: HourRow, i: number) => ({
    'aria-label': label(t(`${h}.${f}`), i),
    value: r[f],
    onChange: (e: { currentTarget: { value: string } }) => onChange(i, { [f]: e.currentTarget.value }),
    error: error(i, f),
  });

  if (!canEdit)
    return rows.length === 0 ? (
      <Text>{t(`${h}.none`)}</Text>
    ) : (
      <CrudTable
        label={t(`${h}.tableLabel`, { name })}
        testId="hours-table"
        striped
        minWidth={520}
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { header: t(`${h}.weekday`), cell: (r) => day(r.weekday) },
          { header: t(`${h}.from`), cell: (r) => r.from, style: TABULAR },
          { header: t(`${h}.to`), cell: (r) => r.to, style: TABULAR },
          { header: t(`${h}.validFrom`), cell: (r) => r.validFrom },
          { header: t(`${h}.validTo`), cell: (r) => r.validTo || t(`${h}.untilFurther`) },
        ]}
      />
    );

  return (
    <EditableRowsTable
      rows={rows}
      label={t(`${h}.tableLabel`, { name })}
      testId="hours-table"
      hint={t(`${h}.hint`)}
      none={t(`${h}.none`)}
      columns={[
        {
          header: t(`${h}.weekday`),
          cell: (r, { index: i, focusRef }) => (
            <NativeSelect
              ref={focusRef}
              aria-label={label(t(`${h}.weekday`), i)}
              data={WEEKDAYS.map((w) => ({ value: String(w), label: day(w) }))}
              value={String(r.weekday)}
              onChange={(e) => onChange(i, { weekday: Number(e.currentTarget.value) as Weekday })}
              error={error(i, 'weekday')}
              w={116}
            />
          ),
        },
        {
          header: t(`${h}.from`),
          cell: (r, { index }) => <TextInput {...TIME_INPUT} {...field('from', r, index)} />,
        },
        {
          header: t(`${h}.to`),
          cell: (r, { index }) => <TextInput {...TIME_INPUT} {...field('to', r, index)} />,
        },
        {
          header: t(`${h}.validFrom`),
          cell: (r, { index }) => <TextInput {...DATE_INPUT} {...field('validFrom', r, index)} />,
        },
        {
          header: t(`${h}.validTo`),
          cell: (r, { index }) => (
            <TextInput {...DATE_INPUT} min={r.validFrom || undefined} {...field('validTo', r, index)} />
          ),
        },
      ]}
      removeLabel={(r, i) =>
        t(`${h}.remove`, { row: i + 1, weekday: day(r.weekday), from: r.from, to: r.to })
      }
      addLabel={t(`${h}.add`)}
      onAdd={onAdd}
      onRemove={onRemove}
      extraActions={
        <>
          <Button
            variant="subtle"
            leftSection={<IconCopy size={16} aria-hidden />}
            onClick={onCopyMonday}
            disabled={!rows.some((r) => r.weekday === 1)}
            aria-describedby={copyHintId}
          >
            {t(`${h}.copyMonday`)}
          </Button>
          <Text size="xs" c="dimmed" id={copyHintId}>
            {t(`${h}.copyMondayHint`)}
          </Text>
        </>
      }
    />
  );
}
