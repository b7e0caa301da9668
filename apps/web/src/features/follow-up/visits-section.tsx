import type { UnitFollowUp } from '@lotsa/contracts';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { type ChartView, ChartWithTable } from '../../components/chart-with-table.tsx';
import { changeText, FigureTable } from './figure-table.tsx';
import { Section } from './section.tsx';

const share = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)} %`);

/** Visits by type and outcome, the reasons for cancellations, and continuity with the fixed contacts. */
export function VisitsSection({ f, view }: { f: UnitFollowUp; view: ChartView }) {
  const { t } = useTranslation();
  const v = f.visits;
  const name = (code: string) =>
    t(`surveys.visitTypes.${code}` as 'surveys.visitTypes.health_check', { defaultValue: code });
  const completed = v.byType.reduce((s, r) => s + r.completed, 0);
  const previous = v.byType.reduce((s, r) => s + r.previousCompleted, 0);
  const c = v.continuity;
  return (
    <Section
      id="follow-up-visits"
      title={t('followUp.visits.title')}
      summary={t('followUp.visits.summary', { completed, change: changeText(completed, previous) })}
    >
      <ChartWithTable
        view={view}
        chart={
          <BarChart
            h={240}
            type="stacked"
            data={v.byType.map((r) => ({
              type: name(r.visitTypeCode),
              completed: r.completed,
              noShow: r.noShow,
              cancelled: r.cancelled,
            }))}
            dataKey="type"
            withLegend
            barChartProps={{ accessibilityLayer: false }}
            series={[
              { name: 'completed', label: t('followUp.visits.completed'), color: 'green.7' },
              { name: 'noShow', label: t('followUp.visits.noShow'), color: 'red.7' },
              { name: 'cancelled', label: t('followUp.visits.cancelled'), color: 'gray.6' },
            ]}
          />
        }
        table={
          <FigureTable
            caption={t('followUp.visits.tableCaption')}
            head={[
              t('followUp.visits.type'),
              t('followUp.visits.completed'),
              t('followUp.visits.noShow'),
              t('followUp.visits.cancelled'),
              t('followUp.visits.previousCompleted'),
            ]}
            rows={v.byType.map((r) => ({
              key: r.visitTypeCode,
              cells: [name(r.visitTypeCode), r.completed, r.noShow, r.cancelled, r.previousCompleted],
            }))}
          />
        }
      />
      <FigureTable
        caption={t('followUp.visits.continuity')}
        head={[
          t('followUp.visits.fixedContact'),
          t('followUp.visits.visitsOfPatients'),
          t('followUp.visits.present'),
          t('followUp.share'),
        ]}
        rows={[
          {
            key: 'doctor',
            cells: [
              t('followUp.visits.fixedDoctor'),
              c.withDoctorPatients,
              c.fixedDoctorPresent,
              share(c.fixedDoctorPresent, c.withDoctorPatients),
            ],
          },
          {
            key: 'nurse',
            cells: [
              t('followUp.visits.fixedNurse'),
              c.withNursePatients,
              c.fixedNursePresent,
              share(c.fixedNursePresent, c.withNursePatients),
            ],
          },
        ]}
      />
      <FigureTable
        caption={t('followUp.visits.cancelReasons')}
        head={[t('followUp.intake.reason'), t('followUp.count')]}
        rows={
          v.cancelReasons.length === 0
            ? [{ key: 'none', cells: [t('followUp.none'), 0] }]
            : v.cancelReasons.map((r) => ({
                key: r.reason,
                cells: [r.reason || t('followUp.intake.noReason'), r.count],
              }))
        }
      />
    </Section>
  );
}
