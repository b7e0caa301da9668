import { Anchor, Group, SegmentedControl, Stack, Tabs, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartView } from '../../components/chart-with-table.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotAllowed } from '../../components/not-allowed.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useSignedInMe } from '../../lib/session.ts';
import { EnrolmentSection } from './enrolment-section.tsx';
import { followUpRights } from './follow-up-access.ts';
import { IntakeSection } from './intake-section.tsx';
import { stockholmToday } from './period.ts';
import { type PeriodChoice, PeriodPicker, periodOf } from './period-picker.tsx';
import { RegionTable } from './region-table.tsx';
import { RequestsSection, SurveysSection } from './requests-surveys-section.tsx';
import {
  regionXlsxUrl,
  unitCsvUrl,
  unitXlsxUrl,
  useRegionFollowUp,
  useUnitFollowUp,
} from './use-follow-up.ts';
import { VisitsSection } from './visits-section.tsx';

/** /uppfoljning — is SMO working? The unit's figures (unit manager) and the region's (region admin). */
export function FollowUpPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const rights = followUpRights(me);
  const today = stockholmToday();
  const [choice, setChoice] = useState<PeriodChoice>({
    kind: 'year',
    back: 0,
    custom: { from: `${today.slice(0, 4)}-01-01`, to: today },
  });
  const [view, setView] = useState<ChartView>('chart');
  const [tab, setTab] = useState<string | null>(rights.unit ? 'unit' : 'region');
  const period = periodOf(choice, today);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(period.from) && /^\d{4}-\d{2}-\d{2}$/.test(period.to);
  const unit = useUnitFollowUp(period, rights.unit && valid && tab === 'unit');
  const region = useRegionFollowUp(period, rights.region && valid && tab === 'region');
  if (!rights.unit && !rights.region)
    return <NotAllowed title={t('followUp.title')} message={t('followUp.noRights')} />;

  return (
    <Stack gap="lg">
      <PageTitle>{t('followUp.title')}</PageTitle>
      <Text>{t('followUp.intro')}</Text>
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <PeriodPicker value={choice} onChange={setChoice} />
        <SegmentedControl
          aria-label={t('followUp.view')}
          value={view}
          onChange={(v) => setView(v as ChartView)}
          data={[
            { value: 'chart', label: t('followUp.chart') },
            { value: 'table', label: t('followUp.table') },
          ]}
        />
      </Group>
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          {rights.unit && <Tabs.Tab value="unit">{t('followUp.unitTab')}</Tabs.Tab>}
          {rights.region && <Tabs.Tab value="region">{t('followUp.regionTab')}</Tabs.Tab>}
        </Tabs.List>
        {rights.unit && (
          <Tabs.Panel value="unit" pt="md">
            {unit.isPending ? (
              <LoadingState />
            ) : unit.isError ? (
              <ErrorAlert error={unit.error} />
            ) : (
              <Stack gap="lg">
                <Text size="sm">
                  {t('followUp.comparedWith', { from: unit.data.previous.from, to: unit.data.previous.to })}
                </Text>
                <Group gap="md">
                  <Anchor href={unitXlsxUrl(period)} download>
                    <IconDownload size={16} aria-hidden /> {t('followUp.exportXlsx')}
                  </Anchor>
                  <Anchor href={unitCsvUrl(period)} download>
                    <IconDownload size={16} aria-hidden /> {t('followUp.exportCsv')}
                  </Anchor>
                </Group>
                <EnrolmentSection f={unit.data} view={view} />
                <IntakeSection f={unit.data} view={view} />
                <VisitsSection f={unit.data} view={view} />
                <RequestsSection f={unit.data} />
                <SurveysSection f={unit.data} view={view} />
              </Stack>
            )}
          </Tabs.Panel>
        )}
        {rights.region && (
          <Tabs.Panel value="region" pt="md">
            {region.isPending ? (
              <LoadingState />
            ) : region.isError ? (
              <ErrorAlert error={region.error} />
            ) : (
              <Stack gap="md">
                <Anchor href={regionXlsxUrl(period)} download>
                  <IconDownload size={16} aria-hidden /> {t('followUp.exportXlsx')}
                </Anchor>
                <RegionTable f={region.data} />
              </Stack>
            )}
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
