import {
  Anchor,
  Box,
  Button,
  Card,
  Center,
  Group,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { localeChosenBeforeSignIn } from '../../app/i18n/index.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { useDocumentTitle } from '../../components/page-title.tsx';
import { fieldErrors } from '../../lib/api.ts';
import { useMe, useSignIn } from '../../lib/session.ts';
import { startPath } from './start-path.ts';

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.title'));
  const { data: me } = useMe();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const from = (location.state as { from?: string } | null)?.from;

  if (me && !signIn.isPending) return <Navigate to={from ?? startPath(me)} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate(
      { username, password, locale: localeChosenBeforeSignIn() },
      {
        onSuccess: (next) => navigate(from ?? startPath(next), { replace: true, state: { focusMain: true } }),
      },
    );
  };
  const errors = fieldErrors(signIn.error);

  return (
    <Box component="main" id="main-content" bg="gray.0" mih="100vh" py="xl" px="md">
      <Center>
        <Stack w="100%" maw={420} gap="md">
          <Group justify="space-between" align="flex-end">
            <div>
              <Text fw={700} fz={28} c="blue.9" lang="sv">
                {t('app.name')}
              </Text>
              <Text size="sm">{t('app.tagline')}</Text>
            </div>
            <LanguageSwitch />
          </Group>
          <Card withBorder shadow="sm" padding="lg" component="section">
            <form onSubmit={submit} noValidate>
              <Stack>
                <Title order={1} size="h2">
                  {t('signIn.title')}
                </Title>
                <Text>{t('signIn.intro')}</Text>
                <ErrorAlert error={signIn.error} title={t('signIn.failed')} />
                <TextInput
                  label={t('signIn.username')}
                  name="username"
                  autoComplete="username"
                  required
                  value={username}
                  onChange={(e) => setUsername(e.currentTarget.value)}
                  error={errors.username}
                />
                <PasswordInput
                  label={t('signIn.password')}
                  name="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  error={errors.password}
                  visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
                />
                <Button type="submit" loading={signIn.isPending} fullWidth>
                  {t('signIn.submit')}
                </Button>
              </Stack>
            </form>
          </Card>
          <Text ta="center">
            {t('signIn.publicFormQuestion')}{' '}
            <Anchor component={Link} to="/anmalan">
              {t('signIn.publicFormLink')}
            </Anchor>
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
