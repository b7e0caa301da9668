import { Alert, Text } from '@mantine/core';
import { IconAlertOctagon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTimeMinutes } from '../../lib/format.ts';
import type { PatientPartProps } from './patient-page-slots.ts';
import { usePatientAccess } from './use-patient-access.ts';

/**
 * Under the patient's name: "Du har vårdrelation: fast vårdkontakt", or — while an emergency access
 * is active — a red banner saying so and until when.
 */
export function CareRelationNote({ patient }: PatientPartProps) {
  const { t } = useTranslation();
  const access = usePatientAccess(patient.id);
  if (!access.data) return null;
  const a = access.data;
  if (a.emergencyUntil)
    return (
      <Alert
        color="red"
        variant="filled"
        title={t('careAccess.emergency.banner')}
        icon={<IconAlertOctagon aria-hidden />}
        data-testid="emergency-banner"
      >
        {t('careAccess.emergency.bannerText', { time: formatDateTimeMinutes(a.emergencyUntil) })}
      </Alert>
    );
  if (a.relations.length === 0) return null;
  const words = a.relations.map((r) => {
    const kind = t(`careAccess.relation.kinds.${r.kind}`);
    return r.until && (r.kind === 'reason' || r.kind === 'registered')
      ? `${kind} (${t('careAccess.relation.until', { time: formatDateTimeMinutes(r.until) })})`
      : kind;
  });
  return (
    <Text size="sm" data-testid="care-relation">
      {t('careAccess.relation.label')}: {words.join(', ')}
    </Text>
  );
}
