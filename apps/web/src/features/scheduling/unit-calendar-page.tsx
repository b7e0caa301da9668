import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { todayInStockholm } from '../../lib/format.ts';
import './scheduling.css';
import {
  addDays,
  clockRange,
  dayMonth,
  isoWeek,
  localParts,
  mondayOf,
  shortDay,
  shortRange,
} from '../../lib/when.ts';
import { useUnitCalendar } from './use-scheduling.ts';

const KINDS = ['staff', 'room', 'equipment', 'external'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Kalender (`/kalender?vecka=<monday>`): the active unit's week, Monday to Friday, one row per staff
 * member, room, device and external participant, one column per day, with busy blocks and closed days.
 */
export function UnitCalendarPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const k = 'scheduling.calendar';
  const [params, setParams] = useSearchParams();
  const raw = params.get('vecka') ?? '';
  const monday = mondayOf(DATE.test(raw) ? raw : todayInStockholm());
  const days = [0, 1, 2, 3, 4].map((i) => addDays(monday, i));
  const friday = days[4] ?? monday;
  const calendar = useUnitCalendar(monday, friday);
  const go = (to: string | null) => setParams(to ? { vecka: to } : {}, { replace: true });
  const week = isoWeek(monday);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <PageTitle>{t(`${k}.title`)}</PageTitle>
          <Text fz="lg" data-testid="calendar-week">
            {t(`${k}.week`, { week })}:{' '}
            {t(`${k}.weekRange`, { from: dayMonth(monday, lang), to: dayMonth(friday, lang) })}
          </Text>
        </Stack>
        <Group gap="xs" className="no-print">
          <Button
            variant="default"
            leftSection={<IconChevronLeft size={18} aria-hidden />}
            onClick={() => go(addDays(monday, -7))}
          >
            {t(`${k}.previousWeek`)}
          </Button>
          <Button variant="subtle" onClick={() => go(null)}>
            {t(`${k}.thisWeek`)}
          </Button>
          <Button
            variant="default"
            rightSection={<IconChevronRight size={18} aria-hidden />}
            onClick={() => go(addDays(monday, 7))}
          >
            {t(`${k}.nextWeek`)}
          </Button>
        </Group>
      </Group>

      {calendar.isPending || (calendar.isPlaceholderData && calendar.isFetching) ? (
        <LoadingState />
      ) : calendar.isError ? (
        <ErrorAlert error={calendar.error} />
      ) : calendar.data.resources.length === 0 ? (
        <Text>{t(`${k}.empty`)}</Text>
      ) : (
        <Table.ScrollContainer minWidth={960}>
          <Table
            className="unit-calendar"
            withTableBorder
            withColumnBorders
            highlightOnHover={false}
            aria-label={t(`${k}.tableLabel`, { week })}
            data-testid="unit-calendar"
            layout="fixed"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={190}>
                  {t(`${k}.resource`)}
                </Table.Th>
                {days.map((d) => {
                  const closed = calendar.data.closedDays.find((c) => c.date === d);
                  return (
                    <Table.Th key={d} scope="col" className={closed ? 'closed-day' : undefined}>
                      {shortDay(d, lang)}
                      {closed && (
                        <Text size="xs" fw={600} c="red.9">
                          {t(`${k}.closed`, { name: closed.name })}
                        </Text>
                      )}
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            </Table.Thead>
            {KINDS.map((kind) => {
              const resources = calendar.data.resources.filter((r) => r.kind === kind);
              if (resources.length === 0) return null;
              return (
                <Table.Tbody key={kind}>
                  <Table.Tr bg="gray.1">
                    <Table.Th scope="rowgroup" colSpan={6}>
                      {t(`${k}.kinds.${kind}`)}
                    </Table.Th>
                  </Table.Tr>
                  {resources.map((r) => (
                    <Table.Tr key={`${r.kind}-${r.id}`}>
                      <Table.Th scope="row" fw={600}>
                        {r.name}
                        {r.detail && (
                          <Text size="xs" c="dimmed" fw={400}>
                            {detailWords(r.kind, r.detail, t)}
                          </Text>
                        )}
                      </Table.Th>
                      {days.map((d) => {
                        const closed = calendar.data.closedDays.find((c) => c.date === d);
                        if (closed)
                          return (
                            <Table.Td key={d} className="closed-day">
                              <Text size="xs">{t(`${k}.closed`, { name: closed.name })}</Text>
                            </Table.Td>
                          );
                        const open = r.open.filter((o) => localParts(o.start).date === d);
                        const busy = r.busy
                          .filter((b) => localParts(b.start).date === d && b.status !== 'cancelled')
                          .sort((a, b) => a.start.localeCompare(b.start));
                        return (
                          <Table.Td key={d}>
                            {open.length === 0 && busy.length === 0 ? (
                              <Text size="xs" c="dimmed">
                                {t(`${k}.notWorking`)}
                              </Text>
                            ) : (
                              <>
                                {open.length > 0 && (
                                  <Text size="xs" c="dimmed" mb={4}>
                                    {t(`${k}.open`, {
                                      hours: open.map((o) => shortRange(o.start, o.end, lang)).join(', '),
                                    })}
                                  </Text>
                                )}
                                {busy.map((b) => (
                                  <span
                                    key={`${b.bookingId}-${b.start}`}
                                    className="busy-block"
                                    data-status={b.status}
                                  >
                                    <strong style={{ fontVariantNumeric: 'tabular-nums' }}>
                                      {clockRange(b.start, b.end, lang)}
                                    </strong>{' '}
                                    {b.label}
                                  </span>
                                ))}
                              </>
                            )}
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              );
            })}
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** The server sends codes as details: a profession for staff, features for rooms and devices. */
function detailWords(kind: string, detail: string, t: TFunction): string {
  if (kind === 'staff') return t(`professions.${detail as 'other'}`, { defaultValue: detail });
  if (kind === 'room' || kind === 'equipment')
    return detail
      .split(/,\s*/)
      .map((f) => t(`features.${f as 'floor_lift'}`, { defaultValue: f }))
      .join(', ');
  return detail;
}
