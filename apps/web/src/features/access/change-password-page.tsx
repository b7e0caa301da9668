import { passwordProblem } from '@lotsa/contracts';
import { Box, Button, Card, Center, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useDocumentTitle } from '../../components/page-title.tsx';
import { notify } from '../../lib/notify.ts';
import { useChangePassword, useMe } from '../../lib/session.ts';
import { useFieldErrors } from '../../lib/use-form-values.ts';
import { SignOutButton } from './sign-out-button.tsx';
import { startPath } from './start-path.ts';

type Field = 'currentPassword' | 'newPassword' | 'repeat';

/**
 * "Välj ett nytt lösenord": where an account with a temporary password must go before anything else
 * (the server refuses it every other route), and where anyone changes their password. Outside the
 * app shell, like the sign-in page, so nothing on it leads to a page that would be refused.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('access.password.title'));
  const me = useMe();
  const change = useChangePassword();
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<Field, string>>({
    currentPassword: '',
    newPassword: '',
    repeat: '',
  });
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const { errors: serverErrors, clear } = useFieldErrors(change.error);
  const mainRef = useRef<HTMLElement>(null);
  // Arriving from sign-in or the header, keyboard and screen reader users start at this form.
  const loaded = !!me.data;
  useEffect(() => {
    if (loaded) mainRef.current?.focus();
  }, [loaded]);

  if (me.isPending) return <LoadingState />;
  if (!me.data) return <Navigate to="/logga-in" replace state={{ from: '/nytt-losenord' }} />;
  const required = me.data.user.mustChangePassword;

  const set = (key: Field, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setLocal((l) => ({ ...l, [key]: undefined }));
    clear(key);
  };
  const errors = { ...serverErrors, ...Object.fromEntries(Object.entries(local).filter(([, v]) => v)) };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (passwordProblem(values.newPassword) === 'too_short' || !values.newPassword.trim())
      found.newPassword = t('access.password.tooShort');
    if (values.repeat !== values.newPassword) found.repeat = t('access.password.mismatch');
    setLocal(found);
    if (Object.keys(found).length > 0) return;
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: (next) => {
          notify.success(t('access.password.saved'));
          navigate(startPath(next), { replace: true, state: { focusMain: true } });
        },
      },
    );
  };

  return (
    <Box
      component="main"
      id="main-content"
      ref={mainRef}
      tabIndex={-1}
      bg="gray.0"
      mih="100vh"
      py="xl"
      px="md"
    >
      <Center>
        <Stack w="100%" maw={460} gap="md">
          <Group justify="space-between" align="flex-end">
            <div>
              <Text fw={700} fz={28} c="blue.9" lang="sv">
                {t('app.name')}
              </Text>
              <Text size="sm">{t('user.signedInAs', { name: me.data.user.displayName })}</Text>
            </div>
            <SignOutButton />
          </Group>
          <Card withBorder shadow="sm" padding="lg" component="section">
            <form onSubmit={submit} noValidate>
              <Stack>
                <Title order={1} size="h2">
                  {t('access.password.title')}
                </Title>
                <Text>{required ? t('access.password.introRequired') : t('access.password.intro')}</Text>
                <ErrorAlert
                  error={change.error}
                  title={t('access.password.failed')}
                  showFieldErrors
                  openFieldErrors={serverErrors}
                />
                {/* A hidden user name lets password managers file the new password under the right account. */}
                <input
                  type="text"
                  name="username"
                  autoComplete="username"
                  value={me.data.user.username}
                  readOnly
                  hidden
                />
                <PasswordInput
                  label={required ? t('access.password.currentRequired') : t('access.password.current')}
                  name="current-password"
                  autoComplete="current-password"
                  required
                  value={values.currentPassword}
                  onChange={(e) => set('currentPassword', e.currentTarget.value)}
                  error={errors.currentPassword}
                  visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
                />
                <PasswordInput
                  label={t('access.password.new')}
                  description={t('access.password.newHelp')}
                  name="new-password"
                  autoComplete="new-password"
                  required
                  value={values.newPassword}
                  onChange={(e) => set('newPassword', e.currentTarget.value)}
                  error={errors.newPassword}
                  visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
                />
                <PasswordInput
                  label={t('access.password.repeat')}
                  name="repeat-password"
                  autoComplete="new-password"
                  required
                  value={values.repeat}
                  onChange={(e) => set('repeat', e.currentTarget.value)}
                  error={errors.repeat}
                  visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
                />
                <Group justify="flex-end">
                  {!required && (
                    <Button variant="default" component={Link} to={startPath(me.data)}>
                      {t('access.password.cancel')}
                    </Button>
                  )}
                  <Button type="submit" loading={change.isPending}>
                    {t('access.password.submit')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Card>
        </Stack>
      </Center>
    </Box>
  );
}
