import { endpoints } from '@lotsa/contracts';
import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { call, setCsrfToken } from '../../lib/api.ts';
import { useMe } from '../../lib/session.ts';
import { surveyRights } from './survey-access.ts';
import { storeKioskKey, useStartKiosk } from './use-surveys.ts';

/**
 * Starting the tablet: a signed-in staff member with a care role starts it for the active unit (and is
 * signed out); anyone else is asked to sign in or told they may not. `ended`: the kiosk was just ended.
 */
export function StartPanel({ ended }: { ended: boolean }) {
  const { t } = useTranslation();
  const { data: me, isPending } = useMe();
  const start = useStartKiosk();
  const client = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (isPending) return <LoadingState />;
  const unit = me?.units.find((u) => u.id === me.activeUnitId);
  const begin = () =>
    start.mutate(undefined, {
      onSuccess: async (started) => {
        storeKioskKey(started.key);
        // The tablet keeps no staff session: sign out, drop everything held in memory, reload.
        await call(endpoints.access.signOut).catch(() => undefined);
        setCsrfToken(null);
        client.clear();
        window.location.replace('/enkat/kiosk');
      },
    });
  return (
    <Stack gap="md">
      <Title order={1} ref={heading} tabIndex={-1} className="survey-step-title">
        {t('surveys.kiosk.startTitle')}
      </Title>
      {ended && (
        <Alert color="blue" variant="light" role="status">
          {t('surveys.kiosk.ended')}
        </Alert>
      )}
      {!me ? (
        <>
          <Text>{t('surveys.kiosk.signInFirst')}</Text>
          <Anchor component={Link} to="/logga-in" state={{ from: '/enkat/kiosk' }} size="lg">
            {t('surveys.kiosk.signIn')}
          </Anchor>
        </>
      ) : !surveyRights(me) ? (
        <Alert color="orange" variant="light">
          {t('surveys.kiosk.noRights')}
        </Alert>
      ) : (
        <>
          <Text>{t('surveys.kiosk.startText', { unit: unit?.name ?? '' })}</Text>
          <ErrorAlert error={start.error} />
          <Button size="lg" onClick={begin} loading={start.isPending}>
            {t('surveys.kiosk.startButton')}
          </Button>
        </>
      )}
    </Stack>
  );
}
