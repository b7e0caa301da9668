import type { DayList } from '@lotsa/contracts';
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { capitalise, clockRange, dayWords } from '../../lib/when.ts';
import { DayListBanner } from './day-list-banner.tsx';
import { type DayListEntry as Entry, entriesByDate } from './day-list-query.ts';
import { BookingStatusBadge } from './status-badge.tsx';
import { VisitSteps } from './visit-steps.tsx';

/** The day list's visits, a section per day, each visit a card in time order. */
export function DayListEntries({ list, week }: { list: DayList; week: boolean }) {
  const { t, i18n } = useTranslation();
  const k = 'scheduling.dayList';
  const byDate = entriesByDate(list.entries);
  if (byDate.size === 0) return <Text>{t(week ? `${k}.empty` : `${k}.emptyDay`)}</Text>;
  return (
    <Stack gap="lg" data-testid="day-list">
      {[...byDate].map(([date, entries]) => (
        <section key={date} aria-labelledby={`day-${date}`}>
          <Title order={2} size="h3" id={`day-${date}`} mb="xs">
            {capitalise(dayWords(date, i18n.language))}{' '}
            <Text span c="dimmed" fz="md" fw={400}>
              ({t(`${k}.visits`, { count: entries.length })})
            </Text>
          </Title>
          <Stack gap="sm">
            {entries.map((e) => (
              <DayListEntry key={e.bookingId} entry={e} />
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}

function DayListEntry({ entry: e }: { entry: Entry }) {
  const { t, i18n } = useTranslation();
  const headingId = `entry-${e.bookingId}`;
  return (
    <Card component="article" withBorder aria-labelledby={headingId} className="day-list-entry" py="sm">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Title order={3} size="h4" id={headingId}>
          <span style={{ fontVariantNumeric: 'tabular-nums' }}>
            {clockRange(e.start, e.end, i18n.language)}
          </span>{' '}
          <Anchor component={Link} to={`/patienter/${e.patientId}`} inherit>
            {e.patientName}
          </Anchor>
        </Title>
        <Group gap="xs">
          <Text fw={600}>{e.visitTypeName}</Text>
          {e.location !== 'clinic' && (
            <Badge variant="outline" color="gray" tt="none">
              {t(`scheduling.locations.${e.location}`)}
            </Badge>
          )}
          {e.status !== 'booked' && <BookingStatusBadge status={e.status} />}
        </Group>
      </Group>
      <VisitSteps steps={e.steps} location={e.location} />
      <DayListBanner banner={e.banner} patientName={e.patientName} />
    </Card>
  );
}
