import type { RegionFollowUp } from '@lotsa/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FigureTable } from './figure-table.tsx';
import { Section } from './section.tsx';

const COLUMNS = [
  'enrolled',
  'waiting',
  'registrations',
  'enrolments',
  'completedVisits',
  'noShows',
  'contactRequests',
  'surveyAnswers',
] as const;

/** The region's units side by side; counts of 1–4 are shown as "< 5" so that no patient can be identified. */
export function RegionTable({ f }: { f: RegionFollowUp }) {
  const { t } = useTranslation();
  const show = (v: number | '<5') => (v === '<5' ? '< 5' : v);
  return (
    <Section id="follow-up-region" title={t('followUp.region.title', { region: f.region.name })}>
      <Text size="sm">{t('followUp.region.suppressed')}</Text>
      <FigureTable
        caption={t('followUp.region.tableCaption', { from: f.period.from, to: f.period.to })}
        head={[
          t('followUp.region.unit'),
          t('followUp.enrolment.cap'),
          ...COLUMNS.map((c) => t(`followUp.region.columns.${c}`)),
        ]}
        rows={f.units.map((u) => ({
          key: u.unitId,
          cells: [u.name, u.cap, ...COLUMNS.map((c) => show(u[c]))],
        }))}
      />
    </Section>
  );
}
