import { SURVEY_DIMENSIONS, type SurveyDimension, type SurveyResults } from '@lotsa/contracts';
import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/index.ts';
import { type ChartView, ChartWithTable } from '../../components/chart-with-table.tsx';
import { spokenMonth } from './spoken-date.ts';

type View = ChartView;

const pct = (x: number) => `${Math.round(x * 100)} %`;

const shareOf = (c: { good: number; middle: number; bad: number }) => {
  const total = c.good + c.middle + c.bad;
  return total === 0 ? null : { good: c.good / total, middle: c.middle / total, bad: c.bad / total, total };
};

export function DimensionCharts({ results, view }: { results: SurveyResults; view: View }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {SURVEY_DIMENSIONS.map((d) => (
        <DimensionChart key={d} dimension={d} results={results} view={view} />
      ))}
      <Paper withBorder p="md">
        <Text size="sm">{t('surveys.results.byWhoText')}</Text>
      </Paper>
    </SimpleGrid>
  );
}

function DimensionChart({
  dimension,
  results,
  view,
}: {
  dimension: SurveyDimension;
  results: SurveyResults;
  view: View;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const name = t(`surveys.dimensions.${dimension}`);
  const data = results.months.map((m) => ({
    month: spokenMonth(m.month, locale, true),
    good: m.dimensions[dimension].good,
    middle: m.dimensions[dimension].middle,
    bad: m.dimensions[dimension].bad,
  }));
  const caption = t('surveys.results.dimensionChart', { dimension: name });
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="sm">
        {name}
      </Title>
      <ChartWithTable
        view={view}
        chart={
          <BarChart
            h={220}
            data={data}
            dataKey="month"
            type="percent"
            withLegend
            barChartProps={{ accessibilityLayer: false }}
            series={[
              { name: 'good', label: t('surveys.results.good'), color: 'green.7' },
              { name: 'middle', label: t('surveys.results.middle'), color: 'yellow.5' },
              { name: 'bad', label: t('surveys.results.bad'), color: 'red.7' },
            ]}
          />
        }
        table={
          <Table striped withTableBorder>
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('surveys.results.month')}</Table.Th>
                <Table.Th scope="col">{t('surveys.results.good')}</Table.Th>
                <Table.Th scope="col">{t('surveys.results.middle')}</Table.Th>
                <Table.Th scope="col">{t('surveys.results.bad')}</Table.Th>
                <Table.Th scope="col">{t('surveys.results.responses')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {results.months.map((m) => {
                const s = shareOf(m.dimensions[dimension]);
                return (
                  <Table.Tr key={m.month}>
                    <Table.Th scope="row">{spokenMonth(m.month, locale)}</Table.Th>
                    <Table.Td>{s ? pct(s.good) : t('surveys.results.noAnswers')}</Table.Td>
                    <Table.Td>{s ? pct(s.middle) : t('surveys.results.noAnswers')}</Table.Td>
                    <Table.Td>{s ? pct(s.bad) : t('surveys.results.noAnswers')}</Table.Td>
                    <Table.Td>{s?.total ?? 0}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        }
      />
    </Paper>
  );
}

export function ResponseRateChart({ results, view }: { results: SurveyResults; view: View }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const data = results.months.map((m) => ({
    month: spokenMonth(m.month, locale, true),
    rate: m.responseRate === null ? 0 : Math.round(m.responseRate * 100),
  }));
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="sm">
        {t('surveys.results.rateTitle')}
      </Title>
      <ChartWithTable
        view={view}
        chart={
          <BarChart
            h={200}
            data={data}
            dataKey="month"
            unit=" %"
            yAxisProps={{ domain: [0, 100] }}
            barChartProps={{ accessibilityLayer: false }}
            series={[{ name: 'rate', label: t('surveys.results.responseRate'), color: 'blue.7' }]}
          />
        }
        table={
          <Table striped withTableBorder>
            <Table.Caption>{t('surveys.results.rateChart')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('surveys.results.month')}</Table.Th>
                <Table.Th scope="col">{t('surveys.results.invitations')}</Table.Th>
                <Table.Th scope="col">{t('surveys.results.answered')}</Table.Th>
                <Table.Th scope="col">{t('surveys.results.responseRate')}</Table.Th>
                <Table.Th scope="col">{t('surveys.results.responses')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {results.months.map((m) => (
                <Table.Tr key={m.month}>
                  <Table.Th scope="row">{spokenMonth(m.month, locale)}</Table.Th>
                  <Table.Td>{m.invitations}</Table.Td>
                  <Table.Td>{m.answered}</Table.Td>
                  <Table.Td>
                    {m.responseRate === null ? t('surveys.results.noAnswers') : pct(m.responseRate)}
                  </Table.Td>
                  <Table.Td>{m.responses}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        }
      />
    </Paper>
  );
}
