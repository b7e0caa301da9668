import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconCopy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type HourRow, WEEKDAYS, type Weekday } from './calendars-draft.ts';

/** Room for 24-hour and AM/PM browsers alike: the native picker icon needs little padding. */
const TIME = { type: 'time', step: 300, w: 116, styles: { input: { paddingInline: 8 } } } as const;
const DATE = { type: 'date', w: 138, styles: { input: { paddingInline: 8 } } } as const;

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
  const hintId = useId();
  const copyHintId = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const removeRefs = useRef(new Map<string, HTMLButtonElement>());
  const focusNew = useRef<string | null>(null);
  const day = (w: Weekday) => t(`${k}.weekdays.${w}`);
  const label = (field: string, i: number) => t(`${k}.rowField`, { field, row: i + 1 });

  const remove = (i: number) => {
    const next = rows[i + 1] ?? rows[i - 1];
    onRemove(i);
    // The row that takes its place (or the one before), else "Lägg till tid": focus is never lost.
    const target = next ? removeRefs.current.get(next.key) : null;
    (target ?? addRef.current)?.focus();
  };

  if (!canEdit)
    return rows.length === 0 ? (
      <Text>{t(`${h}.none`)}</Text>
    ) : (
      <Table.ScrollContainer minWidth={520}>
        <Table aria-label={t(`${h}.tableLabel`, { name })} data-testid="hours-table" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(`${h}.weekday`)}</Table.Th>
              <Table.Th scope="col">{t(`${h}.from`)}</Table.Th>
              <Table.Th scope="col">{t(`${h}.to`)}</Table.Th>
              <Table.Th scope="col">{t(`${h}.validFrom`)}</Table.Th>
              <Table.Th scope="col">{t(`${h}.validTo`)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Th scope="row" fw={500}>
                  {day(r.weekday)}
                </Table.Th>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{r.from}</Table.Td>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{r.to}</Table.Td>
                <Table.Td>{r.validFrom}</Table.Td>
                <Table.Td>{r.validTo || t(`${h}.untilFurther`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <>
      <Text size="sm" id={hintId}>
        {t(`${h}.hint`)}
      </Text>
      {rows.length === 0 ? (
        <Text>{t(`${h}.none`)}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table
            aria-label={t(`${h}.tableLabel`, { name })}
            aria-describedby={hintId}
            data-testid="hours-table"
            verticalSpacing={6}
            horizontalSpacing={6}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t(`${h}.weekday`)}</Table.Th>
                <Table.Th scope="col">{t(`${h}.from`)}</Table.Th>
                <Table.Th scope="col">{t(`${h}.to`)}</Table.Th>
                <Table.Th scope="col">{t(`${h}.validFrom`)}</Table.Th>
                <Table.Th scope="col">{t(`${h}.validTo`)}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('common.actionsColumn')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, i) => {
                const error = (field: keyof HourRow) => errors[`hours.${i}.${field}`];
                return (
                  <Table.Tr key={r.key} style={{ verticalAlign: 'top' }}>
                    <Table.Td>
                      <NativeSelect
                        ref={(el) => {
                          if (el && focusNew.current === r.key) {
                            focusNew.current = null;
                            el.focus();
                          }
                        }}
                        aria-label={label(t(`${h}.weekday`), i)}
                        data={WEEKDAYS.map((w) => ({ value: String(w), label: day(w) }))}
                        value={String(r.weekday)}
                        onChange={(e) => onChange(i, { weekday: Number(e.currentTarget.value) as Weekday })}
                        error={error('weekday')}
                        w={116}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        {...TIME}
                        aria-label={label(t(`${h}.from`), i)}
                        value={r.from}
                        onChange={(e) => onChange(i, { from: e.currentTarget.value })}
                        error={error('from')}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        {...TIME}
                        aria-label={label(t(`${h}.to`), i)}
                        value={r.to}
                        onChange={(e) => onChange(i, { to: e.currentTarget.value })}
                        error={error('to')}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        {...DATE}
                        aria-label={label(t(`${h}.validFrom`), i)}
                        value={r.validFrom}
                        onChange={(e) => onChange(i, { validFrom: e.currentTarget.value })}
                        error={error('validFrom')}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        {...DATE}
                        aria-label={label(t(`${h}.validTo`), i)}
                        min={r.validFrom || undefined}
                        value={r.validTo}
                        onChange={(e) => onChange(i, { validTo: e.currentTarget.value })}
                        error={error('validTo')}
                      />
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        ref={(el) => {
                          if (el) removeRefs.current.set(r.key, el);
                          else removeRefs.current.delete(r.key);
                        }}
                        variant="subtle"
                        color="red.9"
                        size="lg"
                        aria-label={t(`${h}.remove`, {
                          row: i + 1,
                          weekday: day(r.weekday),
                          from: r.from,
                          to: r.to,
                        })}
                        onClick={() => remove(i)}
                      >
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
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
          {t(`${h}.add`)}
        </Button>
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
      </Group>
    </>
  );
}
