import {
  type SurveyResults,
  type SurveyResultsQuery,
  VISIT_TYPE_CODES,
  type VisitTypeCode,
} from '@lotsa/contracts';
import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconDeviceTablet, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../app/i18n/index.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotAllowed } from '../../components/not-allowed.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useSignedInMe } from '../../lib/session.ts';
import { DimensionCharts, ResponseRateChart } from './results-charts.tsx';
import { spokenMonth } from './spoken-date.ts';
import { surveyRights } from './survey-access.ts';
import { resultsCsvUrl, useSurveyResults } from './use-surveys.ts';

const PERIODS = ['3', '6', '12', '24'] as const;

function currentMonth(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .slice(0, 7);
}

function monthsBack(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) - n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** /enkater — the active unit's survey results: per dimension over time, response rate, comments, CSV. */
export function SurveyResultsPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [visitType, setVisitType] = useState<VisitTypeCode | ''>('');
  const [period, setPeriod] = useState<(typeof PERIODS)[number]>('12');
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const to = currentMonth();
  const query: SurveyResultsQuery = {
    from: monthsBack(to, Number(period) - 1),
    to,
    ...(visitType ? { visitTypeCode: visitType } : {}),
  };
  const results = useSurveyResults(query);
  if (!surveyRights(me))
    return <NotAllowed title={t('surveys.results.title')} message={t('surveys.kiosk.noRights')} />;

  return (
    <Stack gap="lg">
      <PageTitle>{t('surveys.results.title')}</PageTitle>
      <Text>{t('surveys.results.intro')}</Text>
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t('surveys.results.visitType')}
          data={[
            { value: '', label: t('surveys.results.allVisitTypes') },
            ...VISIT_TYPE_CODES.map((c) => ({ value: c, label: t(`surveys.visitTypes.${c}`) })),
          ]}
          value={visitType}
          onChange={(v) => setVisitType((v ?? '') as VisitTypeCode | '')}
          allowDeselect={false}
          w={260}
        />
        <Select
          label={t('surveys.results.period')}
          data={PERIODS.map((p) => ({ value: p, label: t(`surveys.results.periods.${p}`) }))}
          value={period}
          onChange={(v) => v && setPeriod(v as (typeof PERIODS)[number])}
          allowDeselect={false}
          w={240}
        />
        <Button
          component="a"
          href={resultsCsvUrl(query)}
          download
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden />}
        >
          {t('surveys.results.export')}
        </Button>
        <Button
          component={Link}
          to="/enkat/kiosk"
          variant="default"
          leftSection={<IconDeviceTablet size={18} aria-hidden />}
        >
          {t('surveys.results.startKiosk')}
        </Button>
      </Group>

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
  view: 'chart' | 'table';
  setView: (v: 'chart' | 'table') => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const total = results.totals;
  return (
    <Stack gap="lg">
      <section aria-labelledby="survey-summary">
        <Title order={2} id="survey-summary" size="h3" mb="sm">
          {t('surveys.results.summary')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Paper withBorder p="md">
            <Text size="sm">{t('surveys.results.responses')}</Text>
            <Text fz={32} fw={700} data-testid="survey-total-responses">
              {total.responses}
            </Text>
            <Text size="sm">{t('surveys.results.responsesKiosk', { count: total.kiosk })}</Text>
          </Paper>
          <Paper withBorder p="md">
            <Text size="sm">{t('surveys.results.responseRate')}</Text>
            <Text fz={32} fw={700}>
              {total.responseRate === null
                ? t('surveys.results.noAnswers')
                : `${Math.round(total.responseRate * 100)} %`}
            </Text>
            <Text size="sm">
              {t('surveys.results.responseRateText', {
                answered: total.answered,
                invitations: total.invitations,
              })}
            </Text>
          </Paper>
        </SimpleGrid>
      </section>

      {total.responses === 0 ? (
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
                onChange={(v) => setView(v as 'chart' | 'table')}
                data={[
                  { value: 'chart', label: t('surveys.results.chart') },
                  { value: 'table', label: t('surveys.results.table') },
                ]}
              />
            </Group>
            <DimensionCharts results={results} view={view} />
          </section>
          <ResponseRateChart results={results} view={view} />
          <section aria-labelledby="survey-who">
            <Title order={2} id="survey-who" size="h3" mb="sm">
              {t('surveys.results.byWho')}
            </Title>
            <Table withTableBorder striped maw={640}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('surveys.results.byWho')}</Table.Th>
                  <Table.Th scope="col">{t('surveys.results.responses')}</Table.Th>
                  <Table.Th scope="col">{t('surveys.results.shareGood')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {results.byAnsweredBy.map((w) => {
                  const all = w.good.good + w.good.middle + w.good.bad;
                  return (
                    <Table.Tr key={w.answeredBy}>
                      <Table.Th scope="row">{t(`surveys.results.who.${w.answeredBy}`)}</Table.Th>
                      <Table.Td>{w.responses}</Table.Td>
                      <Table.Td>
                        {all ? `${Math.round((w.good.good / all) * 100)} %` : t('surveys.results.noAnswers')}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </section>
        </>
      )}

      <section aria-labelledby="survey-comments">
        <Title order={2} id="survey-comments" size="h3" mb="sm">
          {t('surveys.results.comments')}
        </Title>
        {results.comments.length === 0 ? (
          <Text>{t('surveys.results.commentsEmpty')}</Text>
        ) : (
          <Stack
            gap="sm"
            component="ul"
            className="survey-comments"
            style={{ listStyle: 'none', padding: 0 }}
          >
            {results.comments.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: anonymous comments have no id, and the list is fixed
              <Paper key={i} component="li" withBorder p="sm">
                <Text>{c.text}</Text>
                <Text size="sm" c="gray.8">
                  {t('surveys.results.commentMeta', {
                    month: spokenMonth(c.month, locale),
                    visitType: t(`surveys.visitTypes.${c.visitTypeCode}`),
                    who: t(`surveys.results.who.${c.answeredBy}`),
                  })}
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}
