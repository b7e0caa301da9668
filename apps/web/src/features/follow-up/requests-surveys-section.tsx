import { ANSWERED_BY, SURVEY_DIMENSIONS, type UnitFollowUp } from '@lotsa/contracts';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { type ChartView, ChartWithTable } from '../../components/chart-with-table.tsx';
import { changeText, FigureTable, spreadText } from './figure-table.tsx';
import { Section } from './section.tsx';

/** Contact requests: how many, routed where, hours to the first answer. */
export function RequestsSection({ f }: { f: UnitFollowUp }) {
  const { t } = useTranslation();
  const r = f.contactRequests;
  return (
    <Section
      id="follow-up-requests"
      title={t('followUp.requests.title')}
      summary={t('followUp.requests.summary', {
        total: r.total,
        change: changeText(r.total, r.previousTotal),
        hours: spreadText(r.firstAnswerHours, t('followUp.hours'), t('followUp.none')),
      })}
    >
      <FigureTable
        caption={t('followUp.requests.byRoute')}
        head={[t('followUp.requests.routedTo'), t('followUp.count')]}
        rows={r.byRoute.map((x) => ({
          key: x.routedTo,
          cells: [
            t(`followUp.requests.routes.${x.routedTo}` as 'followUp.requests.routes.team', {
              defaultValue: x.routedTo,
            }),
            x.count,
          ],
        }))}
      />
    </Section>
  );
}

/** Survey answers: the mean score (1–3) per dimension, split by who answered, with the number of answers. */
export function SurveysSection({ f, view }: { f: UnitFollowUp; view: ChartView }) {
  const { t } = useTranslation();
  const s = f.surveys;
  const cell = (d: string, by: string) => s.dimensions.find((x) => x.dimension === d && x.answeredBy === by);
  const fmt = (x: { n: number; mean: number | null } | undefined) =>
    x && x.mean !== null ? `${x.mean.toLocaleString('sv-SE')} (n = ${x.n})` : t('followUp.none');
  return (
    <Section
      id="follow-up-surveys"
      title={t('followUp.surveys.title')}
      summary={t('followUp.surveys.summary', {
        answers: s.answers,
        change: changeText(s.answers, s.previousAnswers),
      })}
    >
      <ChartWithTable
        view={view}
        chart={
          <BarChart
            h={240}
            data={SURVEY_DIMENSIONS.map((d) => ({
              dimension: t(`surveys.dimensions.${d}`),
              ...Object.fromEntries(ANSWERED_BY.map((by) => [by, cell(d, by)?.mean ?? 0])),
            }))}
            dataKey="dimension"
            withLegend
            yAxisProps={{ domain: [0, 3] }}
            barChartProps={{ accessibilityLayer: false }}
            series={ANSWERED_BY.map((by, i) => ({
              name: by,
              label: t(`followUp.surveys.by.${by}`),
              color: ['blue.7', 'teal.6', 'grape.6'][i] as string,
            }))}
          />
        }
        table={
          <FigureTable
            caption={t('followUp.surveys.tableCaption')}
            head={[
              t('followUp.surveys.dimension'),
              ...ANSWERED_BY.map((by) => t(`followUp.surveys.by.${by}`)),
            ]}
            rows={SURVEY_DIMENSIONS.map((d) => ({
              key: d,
              cells: [t(`surveys.dimensions.${d}`), ...ANSWERED_BY.map((by) => fmt(cell(d, by)))],
            }))}
          />
        }
      />
    </Section>
  );
}
