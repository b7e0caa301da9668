import { ACCESS_REASON_CODES, type AccessReasonCode } from '@lotsa/contracts';
import { Button, Checkbox, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppModal } from '../../components/app-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { ApiError } from '../../lib/api.ts';
import { useRequestAccess } from './use-patient-access.ts';

/**
 * Asked when the server answers that opening the patient needs a reason (no care relationship) or a
 * confirmation (protected identity). Nothing of the patient is shown until it is given; the reason is
 * logged and the access lasts a limited time. Cancel goes back to the search.
 */
export function AccessReasonDialog({
  patientId,
  step,
}: {
  patientId: string;
  step: 'care_relation_required' | 'protected_identity_confirm';
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const request = useRequestAccess(patientId);
  const needsReason = step === 'care_relation_required';
  const [code, setCode] = useState<AccessReasonCode | ''>('');
  const [text, setText] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // A protected identity without a care relationship asks both; the server says so when it does.
  const [serverAsksConfirm, setServerAsksConfirm] = useState(false);
  const askConfirm = step === 'protected_identity_confirm' || serverAsksConfirm;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (needsReason && !code) return setProblem(t('careAccess.reason.chooseCode'));
    if (askConfirm && !confirmed) return setProblem(t('careAccess.reason.mustConfirm'));
    setProblem(null);
    request.mutate(
      {
        ...(needsReason && code ? { reasonCode: code, reasonText: text } : {}),
        ...(askConfirm ? { confirmProtected: confirmed } : {}),
      },
      {
        onError: (err) => {
          if (err instanceof ApiError && err.code === 'access_confirmation_required')
            setServerAsksConfirm(true);
        },
      },
    );
  };

  return (
    <AppModal title={t('careAccess.reason.title')} onClose={() => navigate('/patienter')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>{needsReason ? t('careAccess.reason.intro') : t('careAccess.reason.protectedIntro')}</Text>
          {needsReason && (
            <>
              <Radio.Group
                label={t('careAccess.reason.codeLabel')}
                value={code}
                onChange={(v) => setCode(v as AccessReasonCode)}
                withAsterisk
              >
                <Stack gap="xs" mt="xs">
                  {ACCESS_REASON_CODES.map((c) => (
                    <Radio key={c} value={c} label={t(`careAccess.reason.codes.${c}`)} />
                  ))}
                </Stack>
              </Radio.Group>
              <Textarea
                label={t('careAccess.reason.textLabel')}
                description={t('careAccess.reason.textDescription')}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                maxLength={300}
                autosize
                minRows={2}
              />
            </>
          )}
          {askConfirm && (
            <Checkbox
              label={t('careAccess.reason.confirmProtected')}
              checked={confirmed}
              onChange={(e) => setConfirmed(e.currentTarget.checked)}
            />
          )}
          {problem && (
            <Text c="red.8" role="alert">
              {problem}
            </Text>
          )}
          <ErrorAlert error={request.error} showFieldErrors />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate('/patienter')}>
              {t('careAccess.reason.cancel')}
            </Button>
            <Button type="submit" loading={request.isPending}>
              {t('careAccess.reason.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
