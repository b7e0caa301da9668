import type { UnitFollowUp } from '@lotsa/contracts';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { type ChartView, ChartWithTable } from '../../components/chart-with-table.tsx';
import { changeText, FigureTable, spreadText } from './figure-table.tsx';
import { Section } from './section.tsx';

/** The intake funnel of the period's registrations, lead times between steps, and drop-outs with reasons. */
export function IntakeSection({ f, view }: { f: UnitFollowUp; view: ChartView }) {
  const { t } = useTranslation();
  const steps = f.intake.steps;
  const none = t('followUp.none');
  // Closing and exit reasons are codes; a not-eligible decision's reason is the navigator's own words.
  const reasonText = (outcome: string, reason: string) =>
    !reason
      ? t('followUp.intake.noReason')
      : outcome === 'closed'
        ? t(`intake.closeReasons.${reason}` as 'intake.closeReasons.other', { defaultValue: reason })
        : outcome === 'exited'
          ? t(`intake.exitReasons.${reason}` as 'intake.exitReasons.moved_away', { defaultValue: reason })
          : reason;
  return (
    <Section
      id="follow-up-intake"
      title={t('followUp.intake.title')}
      summary={t('followUp.intake.summary', {
        received: steps[0]?.count ?? 0,
        enrolled: steps.at(-1)?.count ?? 0,
        change: changeText(steps[0]?.count ?? 0, steps[0]?.previousCount ?? 0),
      })}
    >
      <ChartWithTable
        view={view}
        chart={
          <BarChart
            h={240}
            data={steps.map((s) => ({
              step: t(`followUp.intake.steps.${s.step}`),
              count: s.count,
              previous: s.previousCount,
            }))}
            dataKey="step"
            withLegend
            barChartProps={{ accessibilityLayer: false }}
            series={[
              { name: 'count', label: t('followUp.thisPeriod'), color: 'blue.7' },
              { name: 'previous', label: t('followUp.previousPeriod'), color: 'gray.5' },
            ]}
          />
        }
        table={
          <FigureTable
            caption={t('followUp.intake.tableCaption')}
            head={[
              t('followUp.intake.step'),
              t('followUp.thisPeriod'),
              t('followUp.previousPeriod'),
              t('followUp.intake.leadTime'),
            ]}
            rows={steps.map((s) => ({
              key: s.step,
              cells: [
                t(`followUp.intake.steps.${s.step}`),
                s.count,
                s.previousCount,
                s.step === 'received' ? '' : spreadText(s.days, t('followUp.days'), none),
              ],
            }))}
          />
        }
      />
      {view === 'chart' && (
        <FigureTable
          caption={t('followUp.intake.leadTimes')}
          head={[t('followUp.intake.step'), t('followUp.intake.leadTime'), t('followUp.intake.measured')]}
          rows={steps.slice(1).map((s) => ({
            key: s.step,
            cells: [
              t(`followUp.intake.steps.${s.step}`),
              spreadText(s.days, t('followUp.days'), none),
              s.days.n,
            ],
          }))}
        />
      )}
      <FigureTable
        caption={t('followUp.intake.dropOuts')}
        head={[t('followUp.intake.outcome'), t('followUp.intake.reason'), t('followUp.count')]}
        rows={
          f.intake.dropOuts.length === 0
            ? [{ key: 'none', cells: [none, '', 0] }]
            : f.intake.dropOuts.map((d) => ({
                key: `${d.outcome}-${d.reason}`,
                cells: [t(`followUp.intake.outcomes.${d.outcome}`), reasonText(d.outcome, d.reason), d.count],
              }))
        }
      />
    </Section>
  );
}
