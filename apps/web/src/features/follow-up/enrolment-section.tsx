import type { UnitFollowUp } from '@lotsa/contracts';
import { BarChart, LineChart } from '@mantine/charts';
import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ChartView, ChartWithTable } from '../../components/chart-with-table.tsx';
import { changeText, FigureTable, spreadText } from './figure-table.tsx';
import { Section } from './section.tsx';

/** Enrolled against the cap and the waiting list, month by month; who holds a place; waiting days. */
export function EnrolmentSection({ f, view }: { f: UnitFollowUp; view: ChartView }) {
  const { t } = useTranslation();
  const e = f.enrolment;
  const data = e.months.map((m) => ({ ...m, cap: f.unit.cap }));
  return (
    <Section
      id="follow-up-enrolment"
      title={t('followUp.enrolment.title')}
      summary={t('followUp.enrolment.summary', {
        enrolled: e.atEnd.enrolled,
        cap: f.unit.cap,
        waiting: e.atEnd.waiting,
        change: changeText(e.atEnd.enrolled, e.atPreviousEnd.enrolled),
        days: spreadText(e.waitingDays, t('followUp.days'), t('followUp.none')),
      })}
    >
      <ChartWithTable
        view={view}
        chart={
          <LineChart
            h={240}
            data={data}
            dataKey="month"
            withLegend
            lineChartProps={{ accessibilityLayer: false }}
            series={[
              { name: 'enrolled', label: t('followUp.enrolment.enrolled'), color: 'blue.7' },
              { name: 'waiting', label: t('followUp.enrolment.waiting'), color: 'orange.7' },
              { name: 'cap', label: t('followUp.enrolment.cap'), color: 'gray.6', strokeDasharray: '5 5' },
            ]}
          />
        }
        table={
          <FigureTable
            caption={t('followUp.enrolment.tableCaption')}
            head={[
              t('followUp.month'),
              t('followUp.enrolment.enrolled'),
              t('followUp.enrolment.waiting'),
              t('followUp.enrolment.cap'),
            ]}
            rows={e.months.map((m) => ({
              key: m.month,
              cells: [m.month, m.enrolled, m.waiting, f.unit.cap],
            }))}
          />
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <div>
          <ChartWithTable
            view={view}
            chart={
              <BarChart
                h={200}
                data={e.byMunicipality.map((r) => ({ name: r.name, count: r.count }))}
                dataKey="name"
                barChartProps={{ accessibilityLayer: false }}
                series={[{ name: 'count', label: t('followUp.count'), color: 'blue.7' }]}
              />
            }
            table={
              <FigureTable
                caption={t('followUp.enrolment.byMunicipality')}
                head={[t('followUp.enrolment.municipality'), t('followUp.count')]}
                rows={e.byMunicipality.map((r) => ({
                  key: r.code,
                  cells: [`${r.name} (${r.code})`, r.count],
                }))}
              />
            }
          />
        </div>
        <div>
          <ChartWithTable
            view={view}
            chart={
              <BarChart
                h={200}
                data={e.byDiagnosis.slice(0, 10)}
                dataKey="code"
                barChartProps={{ accessibilityLayer: false }}
                series={[{ name: 'count', label: t('followUp.count'), color: 'teal.7' }]}
              />
            }
            table={
              <FigureTable
                caption={t('followUp.enrolment.byDiagnosis')}
                head={[t('followUp.enrolment.diagnosis'), t('followUp.count')]}
                rows={e.byDiagnosis.map((r) => ({ key: r.code, cells: [r.code, r.count] }))}
              />
            }
          />
        </div>
      </SimpleGrid>
      {view === 'chart' && (
        <Text size="sm" c="dimmed">
          {t('followUp.enrolment.breakdownNote')}
        </Text>
      )}
    </Section>
  );
}
