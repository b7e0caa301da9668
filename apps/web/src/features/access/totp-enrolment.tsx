import { Button, Code, Image, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { fieldErrors } from '../../lib/api.ts';
import { useConfirmTotpEnrolment, useStartTotpEnrolment } from './use-security.ts';

/**
 * Connecting an authenticator app: a new secret as QR code and as text, confirmed with the app's first
 * code; then the recovery codes, shown once.
 */
export function TotpEnrolment({ onCodes }: { onCodes: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const start = useStartTotpEnrolment();
  const confirm = useConfirmTotpEnrolment();
  const [code, setCode] = useState('');
  const k = 'access.security';

  if (!start.data)
    return (
      <Stack align="flex-start">
        <ErrorAlert error={start.error} title={t(`${k}.failed`)} />
        <Button onClick={() => start.mutate()} loading={start.isPending}>
          {t(`${k}.start`)}
        </Button>
      </Stack>
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    confirm.mutate(code, { onSuccess: (answer) => onCodes(answer.recoveryCodes) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={3} size="h4">
          {t(`${k}.step1`)}
        </Title>
        <Image src={start.data.qrCode} alt={t(`${k}.qrAlt`)} w={200} h={200} data-testid="totp-qr" />
        <Text id="totp-secret-label">{t(`${k}.secretLabel`)}</Text>
        <Code
          block
          aria-labelledby="totp-secret-label"
          data-testid="totp-secret"
          style={{ letterSpacing: '0.1em' }}
        >
          {start.data.secret.replace(/(.{4})/g, '$1 ').trim()}
        </Code>
        <Title order={3} size="h4">
          {t(`${k}.step2`)}
        </Title>
        <ErrorAlert error={confirm.error} title={t(`${k}.failed`)} />
        <TextInput
          label={t('access.secondStep.code')}
          description={t('access.secondStep.codeHelp')}
          name="one-time-code"
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={7}
          required
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={fieldErrors(confirm.error).code}
        />
        <Button type="submit" loading={confirm.isPending} style={{ alignSelf: 'flex-start' }}>
          {t(`${k}.confirm`)}
        </Button>
      </Stack>
    </form>
  );
}

/** The recovery codes, this once; the user says they have saved them. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const k = 'access.security';
  return (
    <Paper withBorder p="md" role="status" aria-labelledby="recovery-codes-title">
      <Stack>
        <Title order={3} size="h4" id="recovery-codes-title">
          {t(`${k}.codesTitle`)}
        </Title>
        <Text>{t(`${k}.codesIntro`)}</Text>
        <List aria-label={t(`${k}.codesLabel`)} data-testid="recovery-codes" ff="monospace" spacing={2}>
          {codes.map((c) => (
            <List.Item key={c}>{c}</List.Item>
          ))}
        </List>
        <Button onClick={onDone} style={{ alignSelf: 'flex-start' }} data-autofocus>
          {t(`${k}.codesSaved`)}
        </Button>
      </Stack>
    </Paper>
  );
}
