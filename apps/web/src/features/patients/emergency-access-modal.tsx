import { Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppModal } from '../../components/app-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { IdentityNumberInput } from '../../components/identity-number-input.tsx';
import { ApiError } from '../../lib/api.ts';
import { useEmergencyAccess } from './use-patient-access.ts';

/**
 * Nödåtkomst: a patient of another unit of the region, by full identity number, with a mandatory
 * reason. The server answers "not found" for anyone outside the region; a protected identity asks for
 * a confirmation first. On success the patient page opens, with the red banner.
 */
export function EmergencyAccessModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const emergency = useEmergencyAccess();
  const [identityNumber, setIdentityNumber] = useState('');
  const [reasonText, setReasonText] = useState('');
  const [askConfirm, setAskConfirm] = useState(false);
  const [confirmed, setConfirmed] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    emergency.mutate(
      { identityNumber, reasonText, ...(askConfirm ? { confirmProtected: confirmed } : {}) },
      {
        onSuccess: (access) => navigate(`/patienter/${access.patientId}`),
        onError: (err) => {
          if (err instanceof ApiError && err.code === 'access_confirmation_required') setAskConfirm(true);
        },
      },
    );
  };

  return (
    <AppModal title={t('careAccess.emergency.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>{t('careAccess.emergency.intro')}</Text>
          <IdentityNumberInput value={identityNumber} onChange={setIdentityNumber} />
          <Textarea
            label={t('careAccess.emergency.reasonLabel')}
            description={t('careAccess.emergency.reasonDescription')}
            value={reasonText}
            onChange={(e) => setReasonText(e.currentTarget.value)}
            maxLength={300}
            required
            autosize
            minRows={2}
          />
          {askConfirm && (
            <Checkbox
              label={t('careAccess.emergency.confirmProtected')}
              checked={confirmed}
              onChange={(e) => setConfirmed(e.currentTarget.checked)}
            />
          )}
          <ErrorAlert error={emergency.error} showFieldErrors />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" color="red" loading={emergency.isPending}>
              {t('careAccess.emergency.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
