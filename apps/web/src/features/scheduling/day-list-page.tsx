import type { DayList } from '@lotsa/contracts';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Input,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { todayInStockholm } from '../../lib/format.ts';
import { useSignedInMe } from '../../lib/session.ts';
import { useRooms, useStaff } from '../organisation/index.ts';
import { DayListBanner } from './day-list-banner.tsx';
import './scheduling.css';
import {
  addDays,
  capitalise,
  clockRange,
  dayMonth,
  dayWords,
  isoWeek,
  localParts,
  mondayOf,
} from '../../lib/when.ts';
import { BookingStatusBadge } from './status-badge.tsx';
import { type DayListQuery, useDayList } from './use-scheduling.ts';
import { VisitSteps } from './visit-steps.tsx';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
type Entry = DayList['entries'][number];

/**
 * Dagslista (`/dagslista?datum=&vecka=1&visa=staff:<id>|room:<id>`): the active unit's visits for a
 * day or a week, for everyone or one staff member or room, in time order, each with the patient's
 * adaptation banner. Printable: the filters and the app's navigation are left off the paper.
 */
export function DayListPage() {
  const { t, i18n } = useTranslation();
  const me = useSignedInMe();
  const [params, setParams] = useSearchParams();
  const lang = i18n.language;
  const k = 'scheduling.dayList';
  const rawDate = params.get('datum') ?? '';
  const date = DATE.test(rawDate) ? rawDate : todayInStockholm();
  const week = params.get('vecka') === '1';
  const show = params.get('visa') ?? '';
  const [kind, resourceId] = show.split(':');
  const staff = useStaff(me.activeUnitId);
  const rooms = useRooms(me.activeUnitId);

  const from = week ? mondayOf(date) : date;
  const query: DayListQuery = {
    date: from,
    days: week ? 7 : 1,
    ...(kind === 'staff' && resourceId ? { staffId: resourceId } : {}),
    ...(kind === 'room' && resourceId ? { roomId: resourceId } : {}),
  };
  const list = useDayList(query);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const step = (days: number) => update({ datum: addDays(date, days) });

  const resourceOptions = [
    { value: '', label: t(`${k}.wholeUnit`) },
    {
      group: t(`${k}.staffGroup`),
      items: (staff.data ?? [])
        .filter((s) => s.active)
        .map((s) => ({
          value: `staff:${s.id}`,
          label: `${s.givenName} ${s.familyName} (${t(`professions.${s.profession}`)})`,
        })),
    },
    {
      group: t(`${k}.roomGroup`),
      items: (rooms.data ?? [])
        .filter((r) => r.active)
        .map((r) => ({ value: `room:${r.id}`, label: r.name })),
    },
  ];

  const period = week
    ? t(`${k}.weekLabel`, {
        week: isoWeek(from),
        from: dayMonth(from, lang),
        to: dayMonth(addDays(from, 6), lang),
      })
    : dayWords(date, lang);
  const who =
    list.data?.resource.kind === 'unit' || !list.data ? t(`${k}.wholeUnit`) : list.data.resource.name;

  return (
    <Stack gap="md" className="day-list">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <PageTitle>{t(`${k}.title`)}</PageTitle>
          <Text fz="lg" data-testid="day-list-period">
            {capitalise(period)} · {who}
          </Text>
        </Stack>
        <Button
          variant="default"
          leftSection={<IconPrinter size={18} aria-hidden />}
          onClick={() => window.print()}
          className="no-print"
        >
          {t('actions.print')}
        </Button>
      </Group>

      <Group align="flex-end" gap="sm" className="no-print" role="search" aria-label={t(`${k}.title`)}>
        <Group gap={4} align="flex-end">
          <ActionIcon
            variant="default"
            size={36}
            aria-label={t(week ? `${k}.previousWeek` : `${k}.previousDay`)}
            onClick={() => step(week ? -7 : -1)}
          >
            <IconChevronLeft size={18} aria-hidden />
          </ActionIcon>
          <TextInput
            type="date"
            label={t(`${k}.date`)}
            value={date}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (DATE.test(v)) update({ datum: v });
            }}
          />
          <ActionIcon
            variant="default"
            size={36}
            aria-label={t(week ? `${k}.nextWeek` : `${k}.nextDay`)}
            onClick={() => step(week ? 7 : 1)}
          >
            <IconChevronRight size={18} aria-hidden />
          </ActionIcon>
          <Button variant="subtle" onClick={() => update({ datum: null })}>
            {t(`${k}.today`)}
          </Button>
        </Group>
        <Input.Wrapper label={t(`${k}.period`)} labelElement="div" id="day-list-period">
          <SegmentedControl
            aria-labelledby="day-list-period-label"
            value={week ? 'week' : 'day'}
            onChange={(v) => update({ vecka: v === 'week' ? '1' : null })}
            data={[
              { value: 'day', label: t(`${k}.day`) },
              { value: 'week', label: t(`${k}.week`) },
            ]}
          />
        </Input.Wrapper>
        <NativeSelect
          label={t(`${k}.resource`)}
          data={resourceOptions}
          value={show}
          onChange={(e) => update({ visa: e.currentTarget.value || null })}
          miw={260}
        />
      </Group>

      {list.isPending || (list.isPlaceholderData && list.isFetching) ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : (
        <DayListEntries list={list.data} week={week} />
      )}
    </Stack>
  );
}

function DayListEntries({ list, week }: { list: DayList; week: boolean }) {
  const { t, i18n } = useTranslation();
  const k = 'scheduling.dayList';
  const byDate = new Map<string, Entry[]>();
  for (const e of [...list.entries].sort((a, b) => a.start.localeCompare(b.start))) {
    const d = localParts(e.start).date;
    byDate.set(d, [...(byDate.get(d) ?? []), e]);
  }
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
