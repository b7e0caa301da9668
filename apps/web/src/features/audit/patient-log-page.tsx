import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotAllowed } from '../../components/not-allowed.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { isUnitManager, useSignedInMe } from '../../lib/session.ts';
import { AuditTable } from './audit-table.tsx';
import { usePatientExtract } from './use-audit.ts';

/** Loggutdrag: every logged access to one patient's data, printable. */
export function PatientLogPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const { id = '' } = useParams();
  if (!isUnitManager(me))
    return <NotAllowed title={t('audit.extract.title')} message={t('errors.managerOnly')} />;
  return <PatientLog patientId={id} />;
}

function PatientLog({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const extract = usePatientExtract(patientId);

  if (extract.isPending) return <LoadingState />;
  if (extract.isError)
    return (
      <Stack>
        <PageTitle>{t('audit.extract.title')}</PageTitle>
        <ErrorAlert error={extract.error} />
      </Stack>
    );
  const { patient, entries } = extract.data;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/patienter/${patient.id}`} size="sm" className="no-print">
        {t('audit.extract.backToPatient')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <PageTitle>{`${t('audit.extract.title')}: ${patient.name}`}</PageTitle>
          <Text>
            {t('audit.extract.subtitle', { name: patient.name, identityNumber: patient.identityNumber })}
          </Text>
          <Text className="print-only">
            {t('audit.extract.printedAt', { time: formatDateTime(new Date().toISOString()) })}
          </Text>
        </Stack>
        <Button
          className="no-print"
          leftSection={<IconPrinter size={18} aria-hidden />}
          onClick={() => window.print()}
        >
          {t('actions.print')}
        </Button>
      </Group>
      {entries.length === 0 ? (
        <Text>{t('audit.extract.none')}</Text>
      ) : (
        <AuditTable
          entries={entries}
          label={t('audit.extract.tableLabel', { name: patient.name })}
          showPatientCount={false}
        />
      )}
    </Stack>
  );
}
