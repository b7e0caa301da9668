import { Anchor, Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useDocumentTitle } from '../../components/page-title.tsx';
import { fieldErrors } from '../../lib/api.ts';
import { useMe } from '../../lib/session.ts';
import { SignedInFrame } from './signed-in-frame.tsx';
import { startPath } from './start-path.ts';
import { useVerifySecondStep } from './use-security.ts';

/**
 * "Skriv koden från appen": the sign-in's second step after the password, for an account with an
 * authenticator; or one of the recovery codes instead. The server refuses everything else meanwhile.
 */
export function SecondStepPage() {
  const { t } = useTranslation();
  const me = useMe();
  const verify = useVerifySecondStep();
  const navigate = useNavigate();
  const [recovery, setRecovery] = useState(false);
  const [value, setValue] = useState('');
  useDocumentTitle(t(recovery ? 'access.secondStep.recoveryTitle' : 'access.secondStep.title'));

  if (me.isPending) return <LoadingState />;
  if (!me.data) return <Navigate to="/logga-in" replace />;
  if (me.data.secondFactor !== 'verify' && !verify.isPending)
    return <Navigate to={startPath(me.data)} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    verify.mutate(recovery ? { recoveryCode: value } : { code: value }, {
      onSuccess: (next) => navigate(startPath(next), { replace: true, state: { focusMain: true } }),
    });
  };
  const errors = fieldErrors(verify.error);
  const k = 'access.secondStep';

  return (
    <SignedInFrame name={me.data.user.displayName} width={420}>
      <Card withBorder shadow="sm" padding="lg" component="section">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h2">
              {t(recovery ? `${k}.recoveryTitle` : `${k}.title`)}
            </Title>
            <Text>{t(recovery ? `${k}.recoveryIntro` : `${k}.intro`)}</Text>
            <ErrorAlert error={verify.error} title={t(`${k}.failed`)} />
            {recovery ? (
              <TextInput
                key="recovery"
                label={t(`${k}.recoveryCode`)}
                description={t(`${k}.recoveryHelp`)}
                name="recovery-code"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                required
                data-autofocus
                value={value}
                onChange={(e) => setValue(e.currentTarget.value)}
                error={errors.recoveryCode}
              />
            ) : (
              <TextInput
                key="code"
                label={t(`${k}.code`)}
                description={t(`${k}.codeHelp`)}
                name="one-time-code"
                autoComplete="one-time-code"
                inputMode="numeric"
                maxLength={7}
                required
                value={value}
                onChange={(e) => setValue(e.currentTarget.value)}
                error={errors.code}
              />
            )}
            <Button type="submit" loading={verify.isPending} fullWidth>
              {t(`${k}.submit`)}
            </Button>
            <Anchor
              component="button"
              type="button"
              onClick={() => {
                setRecovery((r) => !r);
                setValue('');
                verify.reset();
              }}
            >
              {t(recovery ? `${k}.useApp` : `${k}.useRecovery`)}
            </Anchor>
          </Stack>
        </form>
      </Card>
    </SignedInFrame>
  );
}
