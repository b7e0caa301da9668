import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { todayInStockholm } from '../../lib/format.ts';
import { useSignedInMe } from '../../lib/session.ts';
import './scheduling.css';
import { addDays, capitalise, dayMonth, dayWords, isoWeek } from '../../lib/when.ts';
import { DayListEntries } from './day-list-entries.tsx';
import { DayListFilters } from './day-list-filters.tsx';
import { dayListQuery, dayListView, withParams } from './day-list-query.ts';
import { useDayList } from './use-scheduling.ts';

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
  const view = dayListView(params, todayInStockholm());
  const query = dayListQuery(view);
  const list = useDayList(query);
  const update = (changes: Record<string, string | null>) =>
    setParams(withParams(params, changes), { replace: true });

  const from = query.date;
  const period = view.week
    ? t(`${k}.weekLabel`, {
        week: isoWeek(from),
        from: dayMonth(from, lang),
        to: dayMonth(addDays(from, 6), lang),
      })
    : dayWords(view.date, lang);
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

      <DayListFilters view={view} unitId={me.activeUnitId} onChange={update} />

      {list.isPending || (list.isPlaceholderData && list.isFetching) ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : (
        <DayListEntries list={list.data} week={view.week} />
      )}
    </Stack>
  );
}
