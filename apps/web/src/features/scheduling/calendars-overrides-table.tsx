import { ActionIcon, Button, Checkbox, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverrideRow } from './calendars-draft.ts';

/** Room for 24-hour and AM/PM browsers alike: the native picker icon needs little padding. */
const TIME = { type: 'time', step: 300, w: 116, styles: { input: { paddingInline: 8 } } } as const;

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
  const hintId = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const removeRefs = useRef(new Map<string, HTMLButtonElement>());
  const focusNew = useRef<string | null>(null);
  const label = (field: string, i: number) => t('scheduling.calendars.rowField', { field, row: i + 1 });

  const remove = (i: number) => {
    const next = rows[i + 1] ?? rows[i - 1];
    onRemove(i);
    const target = next ? removeRefs.current.get(next.key) : null;
    (target ?? addRef.current)?.focus();
  };

  if (!canEdit)
    return rows.length === 0 ? (
      <Text>{t(`${o}.none`)}</Text>
    ) : (
      <Table.ScrollContainer minWidth={420}>
        <Table aria-label={t(`${o}.tableLabel`, { name })} data-testid="overrides-table" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(`${o}.date`)}</Table.Th>
              <Table.Th scope="col">{t(`${o}.time`)}</Table.Th>
              <Table.Th scope="col">{t(`${o}.reason`)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Th scope="row" fw={500}>
                  {r.date}
                </Table.Th>
                <Table.Td>
                  {r.closed ? t(`${o}.closed`) : t(`${o}.hours`, { from: r.from, to: r.to })}
                </Table.Td>
                <Table.Td>{r.reason || t(`${o}.noReason`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <>
      <Text size="sm" id={hintId}>
        {t(`${o}.hint`)}
      </Text>
      {rows.length === 0 ? (
        <Text>{t(`${o}.none`)}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table
            aria-label={t(`${o}.tableLabel`, { name })}
            aria-describedby={hintId}
            data-testid="overrides-table"
            verticalSpacing={6}
            horizontalSpacing={6}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t(`${o}.date`)}</Table.Th>
                <Table.Th scope="col">{t(`${o}.closed`)}</Table.Th>
                <Table.Th scope="col">{t(`${o}.from`)}</Table.Th>
                <Table.Th scope="col">{t(`${o}.to`)}</Table.Th>
                <Table.Th scope="col">{t(`${o}.reason`)}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('common.actionsColumn')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, i) => {
                const error = (field: string) => errors[`overrides.${i}.${field}`];
                return (
                  <Table.Tr key={r.key} style={{ verticalAlign: 'top' }}>
                    <Table.Td>
                      <TextInput
                        ref={(el) => {
                          if (el && focusNew.current === r.key) {
                            focusNew.current = null;
                            el.focus();
                          }
                        }}
                        type="date"
                        w={138}
                        styles={{ input: { paddingInline: 8 } }}
                        aria-label={label(t(`${o}.date`), i)}
                        value={r.date}
                        onChange={(e) => onChange(i, { date: e.currentTarget.value })}
                        error={error('date')}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Checkbox
                        mt={8}
                        aria-label={label(t(`${o}.closed`), i)}
                        checked={r.closed}
                        onChange={(e) => {
                          const closed = e.currentTarget.checked;
                          // Opening a closed day suggests a morning; the times are the person's to change.
                          onChange(
                            i,
                            closed ? { closed } : { closed, from: r.from || '08:00', to: r.to || '12:00' },
                          );
                        }}
                      />
                    </Table.Td>
                    {r.closed ? (
                      <Table.Td colSpan={2}>
                        <Text size="sm" mt={8} c="dimmed">
                          {t(`${o}.closed`)}
                        </Text>
                        {error('to') && (
                          <Text size="sm" c="red.9">
                            {error('to')}
                          </Text>
                        )}
                      </Table.Td>
                    ) : (
                      <>
                        <Table.Td>
                          <TextInput
                            {...TIME}
                            aria-label={label(t(`${o}.from`), i)}
                            value={r.from}
                            onChange={(e) => onChange(i, { from: e.currentTarget.value })}
                            error={error('from')}
                          />
                        </Table.Td>
                        <Table.Td>
                          <TextInput
                            {...TIME}
                            aria-label={label(t(`${o}.to`), i)}
                            value={r.to}
                            onChange={(e) => onChange(i, { to: e.currentTarget.value })}
                            error={error('to')}
                          />
                        </Table.Td>
                      </>
                    )}
                    <Table.Td>
                      <TextInput
                        aria-label={label(t(`${o}.reason`), i)}
                        maxLength={200}
                        miw={160}
                        value={r.reason}
                        onChange={(e) => onChange(i, { reason: e.currentTarget.value })}
                        error={error('reason')}
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
                        aria-label={
                          r.date
                            ? t(`${o}.removeDated`, { row: i + 1, date: r.date })
                            : t(`${o}.remove`, { row: i + 1 })
                        }
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
      <Button
        ref={addRef}
        variant="default"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => {
          focusNew.current = onAdd();
        }}
        style={{ alignSelf: 'flex-start' }}
      >
        {t(`${o}.add`)}
      </Button>
    </>
  );
}
