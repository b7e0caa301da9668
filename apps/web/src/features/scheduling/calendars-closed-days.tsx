import { Badge, Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { todayInStockholm } from '../../lib/format.ts';
import { capitalise, dayWords } from '../../lib/when.ts';
import { useClosedDays } from './use-calendars.ts';

const KIND_COLOR = { holiday: 'red', eve: 'orange', other: 'gray' } as const;

/** The unit's closed days of a year (this or next), read-only: they come from the region's holiday list. */
export function CalendarsClosedDays() {
  const { t, i18n } = useTranslation();
  const k = 'scheduling.calendars.closedDays';
  const today = todayInStockholm();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const days = useClosedDays(year);
  const headingId = useId();

  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="closed-days">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          <Title order={2} size="h3" id={headingId}>
            {t(`${k}.title`)}
          </Title>
          <NativeSelect
            label={t(`${k}.year`)}
            size="xs"
            w={96}
            data={[thisYear, thisYear + 1].map(String)}
            value={String(year)}
            onChange={(e) => setYear(Number(e.currentTarget.value))}
          />
        </Group>
        <Text size="sm">{t(`${k}.intro`)}</Text>
        {days.isPending ? (
          <LoadingState />
        ) : days.isError ? (
          <ErrorAlert error={days.error} />
        ) : days.data.length === 0 ? (
          <Text>{t(`${k}.none`)}</Text>
        ) : (
          <Table aria-label={t(`${k}.tableLabel`, { year })} verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t(`${k}.date`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.name`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.kind`)}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...days.data]
                .sort((a, b) => a.date.localeCompare(b.date))
                .map((d) => (
                  <Table.Tr key={d.date} c={d.date < today ? 'dimmed' : undefined}>
                    <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={d.date}>
                        {capitalise(dayWords(d.date, i18n.language, `${year}-01-01`))}
                      </time>
                    </Table.Th>
                    <Table.Td>{capitalise(d.name)}</Table.Td>
                    <Table.Td>
                      <Badge size="xs" variant="light" color={KIND_COLOR[d.kind]}>
                        {t(`${k}.kinds.${d.kind}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
