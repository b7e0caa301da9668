import type { SurveyResults, VisitTypeCode } from '@lotsa/contracts';
import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotAllowed } from '../../components/not-allowed.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useSignedInMe } from '../../lib/session.ts';
import { DimensionCharts, ResponseRateChart } from './results-charts.tsx';
import { ResultsFilters } from './results-filters.tsx';
import { currentMonth, type ResultsPeriod, resultsQuery } from './results-query.ts';
import { ResultsByWho, ResultsComments, ResultsSummary } from './results-sections.tsx';
import { surveyRights } from './survey-access.ts';
import { useSurveyResults } from './use-surveys.ts';

type View = 'chart' | 'table';

/** /enkater — the active unit's survey results: per dimension over time, response rate, comments, CSV. */
export function SurveyResultsPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [visitType, setVisitType] = useState<VisitTypeCode | ''>('');
  const [period, setPeriod] = useState<ResultsPeriod>('12');
  const [view, setView] = useState<View>('chart');
  const query = resultsQuery(currentMonth(), period, visitType);
  const results = useSurveyResults(query);
  if (!surveyRights(me))
    return <NotAllowed title={t('surveys.results.title')} message={t('surveys.kiosk.noRights')} />;

  return (
    <Stack gap="lg">
      <PageTitle>{t('surveys.results.title')}</PageTitle>
      <Text>{t('surveys.results.intro')}</Text>
      <ResultsFilters
        visitType={visitType}
        period={period}
        query={query}
        onVisitType={setVisitType}
        onPeriod={setPeriod}
      />
      {results.isPending ? (
        <LoadingState />
      ) : results.isError ? (
        <ErrorAlert error={results.error} />
      ) : (
        <ResultsBody results={results.data} view={view} setView={setView} />
      )}
    </Stack>
  );
}

function ResultsBody({
  results,
  view,
  setView,
}: {
  results: SurveyResults;
  view: View;
  setView: (v: View) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <ResultsSummary total={results.totals} />
      {results.totals.responses === 0 ? (
        <Text>{t('surveys.results.empty')}</Text>
      ) : (
        <>
          <section aria-labelledby="survey-dimensions">
            <Group justify="space-between" align="flex-end" mb="sm">
              <Title order={2} id="survey-dimensions" size="h3">
                {t('surveys.results.perDimension')}
              </Title>
              <SegmentedControl
                aria-label={t('surveys.results.view')}
                value={view}
                onChange={(v) => setView(v as View)}
                data={[
                  { value: 'chart', label: t('surveys.results.chart') },
                  { value: 'table', label: t('surveys.results.table') },
                ]}
              />
            </Group>
            <DimensionCharts results={results} view={view} />
          </section>
          <ResponseRateChart results={results} view={view} />
          <ResultsByWho rows={results.byAnsweredBy} />
        </>
      )}
      <ResultsComments comments={results.comments} />
    </Stack>
  );
}
