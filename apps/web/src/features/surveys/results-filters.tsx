import { type SurveyResultsQuery, VISIT_TYPE_CODES, type VisitTypeCode } from '@lotsa/contracts';
import { Button, Group, Select } from '@mantine/core';
import { IconDeviceTablet, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PERIODS, type ResultsPeriod } from './results-query.ts';
import { resultsCsvUrl } from './use-surveys.ts';

/** The results' choices: visit type and period, the CSV of what is shown, and the kiosk. */
export function ResultsFilters({
  visitType,
  period,
  query,
  onVisitType,
  onPeriod,
}: {
  visitType: VisitTypeCode | '';
  period: ResultsPeriod;
  /** What is shown, for the CSV. */
  query: SurveyResultsQuery;
  onVisitType: (v: VisitTypeCode | '') => void;
  onPeriod: (p: ResultsPeriod) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Select
        label={t('surveys.results.visitType')}
        data={[
          { value: '', label: t('surveys.results.allVisitTypes') },
          ...VISIT_TYPE_CODES.map((c) => ({ value: c, label: t(`surveys.visitTypes.${c}`) })),
        ]}
        value={visitType}
        onChange={(v) => onVisitType((v ?? '') as VisitTypeCode | '')}
        allowDeselect={false}
        w={260}
      />
      <Select
        label={t('surveys.results.period')}
        data={PERIODS.map((p) => ({ value: p, label: t(`surveys.results.periods.${p}`) }))}
        value={period}
        onChange={(v) => v && onPeriod(v as ResultsPeriod)}
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
  );
}
