import { Alert, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { DueCarePlanFollowUps } from '../care-plans/index.ts';
import { RecallProgress } from './recall-progress.tsx';
import { RecallTable } from './recall-table.tsx';
import { useBookMany } from './use-book-many.ts';
import { useRecallSelection } from './use-recall-selection.ts';
import { HEALTH_CHECK, useRecall, useVisitTypes } from './use-scheduling.ts';

const WITHIN = [4, 8, 12, 26];

/**
 * Återkallelse: who is due or overdue for the annual health check. Tick rows and "Boka valda" books
 * them one by one at the best proposed time (with progress, a result per row and a stop button);
 * "Boka" on a row opens the booking page for that patient.
 */
export function RecallPage() {
  const { t } = useTranslation();
  const k = 'scheduling.recall';
  const [withinWeeks, setWithinWeeks] = useState(8);
  const recall = useRecall(withinWeeks);
  const visitTypes = useVisitTypes();
  const healthCheck = visitTypes.data?.find((v) => v.code === HEALTH_CHECK && v.active) ?? null;
  const run = useBookMany(healthCheck?.id ?? null);
  const items = recall.data ?? [];
  const selection = useRecallSelection(items, run.results);
  const { chosen } = selection;

  const start = () => {
    const list = chosen.map((i) => ({ patientId: i.patientId, patientName: i.patientName }));
    selection.clear();
    void run.start(list);
  };

  return (
    <Stack gap="md">
      <PageTitle>{t(`${k}.title`)}</PageTitle>
      <Text>{t(`${k}.intro`)}</Text>
      <Group align="flex-end" className="no-print">
        <NativeSelect
          label={t(`${k}.within`)}
          value={String(withinWeeks)}
          onChange={(e) => setWithinWeeks(Number(e.currentTarget.value))}
          data={WITHIN.map((w) => ({ value: String(w), label: t(`${k}.withinWeeks`, { count: w }) }))}
          disabled={run.running}
        />
        <Button onClick={start} disabled={chosen.length === 0 || run.running || !healthCheck}>
          {t(`${k}.bookSelected`, { count: chosen.length })}
        </Button>
        {run.running && (
          <Button color="red.9" variant="outline" onClick={run.stop}>
            {t(`${k}.stop`)}
          </Button>
        )}
      </Group>
      {visitTypes.isSuccess && !healthCheck && <Alert color="yellow">{t(`${k}.noHealthCheck`)}</Alert>}

      {run.total > 0 && <RecallProgress run={run} />}

      {recall.isPending ? (
        <LoadingState />
      ) : recall.isError ? (
        <ErrorAlert error={recall.error} />
      ) : items.length === 0 ? (
        <Text>{t(`${k}.empty`)}</Text>
      ) : (
        <RecallTable
          items={items}
          results={run.results}
          selection={selection}
          running={run.running}
          healthCheckId={healthCheck?.id ?? null}
        />
      )}
      <DueCarePlanFollowUps />
    </Stack>
  );
}
