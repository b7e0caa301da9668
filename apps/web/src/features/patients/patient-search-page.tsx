import { Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertOctagon, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { NoActiveUnit } from '../../components/no-active-unit.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { EmergencyAccessModal } from './emergency-access-modal.tsx';
import { PatientResultsTable } from './patient-results-table.tsx';
import { useSearchPatients } from './use-patients.ts';

/** Search the active unit's patients by name or identity number; the query lives in the URL (?q=). */
export function PatientSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const search = useSearchPatients(debounced);
  const ready = debounced.length >= 2;
  const [emergencyOpen, setEmergencyOpen] = useState(false);

  const setQ = (value: string) => setParams(value ? { q: value } : {}, { replace: true });

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <PageTitle>{t('patients.search.title')}</PageTitle>
        <Group>
          <Button
            variant="outline"
            color="red"
            onClick={() => setEmergencyOpen(true)}
            leftSection={<IconAlertOctagon size={18} aria-hidden />}
          >
            {t('careAccess.emergency.open')}
          </Button>
          <Button component={Link} to="/patienter/ny" leftSection={<IconUserPlus size={18} aria-hidden />}>
            {t('patients.search.newPatient')}
          </Button>
        </Group>
      </Group>
      {emergencyOpen && <EmergencyAccessModal onClose={() => setEmergencyOpen(false)} />}
      <NoActiveUnit />
      <search>
        <TextInput
          label={t('patients.search.label')}
          description={t('patients.search.description')}
          type="search"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          leftSection={<IconSearch size={18} aria-hidden />}
          rightSection={search.isFetching ? <Loader size="xs" aria-hidden /> : null}
          maxLength={60}
          autoComplete="off"
          size="md"
          maw={560}
        />
      </search>
      <div aria-live="polite" aria-atomic="true">
        {!ready ? (
          <Text>{t('patients.search.tooShort')}</Text>
        ) : search.isPending ? (
          <Text>{t('patients.search.searching')}</Text>
        ) : search.data ? (
          <Text>
            {search.data.length === 0
              ? t('patients.search.empty', { q: debounced })
              : t('patients.search.resultCount', { count: search.data.length })}
          </Text>
        ) : null}
      </div>
      {ready && <ErrorAlert error={search.error} />}
      {ready && search.data && search.data.length > 0 && <PatientResultsTable patients={search.data} />}
    </Stack>
  );
}
