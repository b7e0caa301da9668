import type { HealthCheck } from '@lotsa/contracts';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppModal } from '../../components/app-modal.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { notify } from '../../lib/notify.ts';
import { useAmendHealthCheck, useSignHealthCheck } from './use-health-checks.ts';

/** Signera (the doctor, when nothing blocks) and Rätta (a signed check: a new version with a reason). */
export function CheckActions({ check }: { check: HealthCheck }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sign = useSignHealthCheck(check.id);
  const amend = useAmendHealthCheck(check.id);
  const [confirming, setConfirming] = useState(false);
  const [amending, setAmending] = useState(false);
  const [reason, setReason] = useState('');
  const k = 'healthChecks';

  if (check.status === 'amended') return <Text>{t(`${k}.replacedBy`)}</Text>;
  if (check.status === 'signed')
    return (
      <Group>
        <Text>{t(`${k}.readOnly`)}</Text>
        <Button variant="light" onClick={() => setAmending(true)}>
          {t(`${k}.amend`)}
        </Button>
        {amending && (
          <AppModal title={t(`${k}.amendTitle`)} onClose={() => setAmending(false)} size="md">
            <Stack>
              <Textarea
                label={t(`${k}.amendReason`)}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                data-autofocus
              />
              <ErrorAlert error={amend.error} showFieldErrors />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setAmending(false)}>
                  {t('actions.cancel')}
                </Button>
                <Button
                  loading={amend.isPending}
                  onClick={() =>
                    amend.mutate(reason, {
                      onSuccess: (next) => {
                        notify.success(t(`${k}.amended`));
                        navigate(`/halsokontroller/${next.id}`);
                      },
                    })
                  }
                >
                  {t(`${k}.amend`)}
                </Button>
              </Group>
            </Stack>
          </AppModal>
        )}
      </Group>
    );
  if (!check.canSign) return null;
  return (
    <Group>
      <Button color="green.9" onClick={() => setConfirming(true)}>
        {t(`${k}.sign`)}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t(`${k}.sign`)}
        message={t(`${k}.signConfirm`)}
        confirmLabel={t(`${k}.sign`)}
        confirmColor="green.9"
        loading={sign.isPending}
        error={sign.error}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          sign.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              notify.success(t(`${k}.signed`));
            },
          })
        }
      />
    </Group>
  );
}
