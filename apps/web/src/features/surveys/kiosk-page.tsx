import type { KioskInfo, VisitTypeCode } from '@lotsa/contracts';
import { endpoints } from '@lotsa/contracts';
import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useDocumentTitle } from '../../components/page-title.tsx';
import { call, setCsrfToken } from '../../lib/api.ts';
import { useMe } from '../../lib/session.ts';
import { Face } from './faces.tsx';
import { Picture, VISIT_PICTURES } from './pictures.tsx';
import { surveyRights } from './survey-access.ts';
import { SurveyForm } from './survey-form.tsx';
import { Thanks } from './survey-page.tsx';
import { SurveyShell } from './survey-shell.tsx';
import {
  endKiosk,
  storedKioskKey,
  storeKioskKey,
  useAnswerKiosk,
  useKioskInfo,
  useStartKiosk,
} from './use-surveys.ts';

/** Back to the welcome screen after this long without a touch or key press. */
export const KIOSK_IDLE_MS = 90_000;
/** The thank-you screen stays this long, then the next person starts afresh. */
export const KIOSK_THANKS_MS = 8_000;

/**
 * /enkat/kiosk — the reception tablet. A staff member with a care role starts it for the active unit;
 * that signs them out on this device and keeps only the kiosk key (session storage). Each person's
 * answers live in one component that is thrown away after sending or after inactivity, so nothing of
 * the previous person can be seen or sent again.
 */
export function KioskPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('surveys.kiosk.title'));
  const [key, setKey] = useState<string | null>(storedKioskKey);
  const info = useKioskInfo(key);
  const [ended, setEnded] = useState(false);

  const stop = async () => {
    if (key) await endKiosk(key).catch(() => undefined);
    storeKioskKey(null);
    setKey(null);
    setEnded(true);
  };

  if (!key) return <SurveyShell>{<StartPanel ended={ended} />}</SurveyShell>;
  if (info.isPending) return <SurveyShell>{<LoadingState />}</SurveyShell>;
  if (info.isError) {
    storeKioskKey(null);
    return (
      <SurveyShell>
        <Stack>
          <ErrorAlert error={info.error} />
          <StartPanel ended={false} />
        </Stack>
      </SurveyShell>
    );
  }
  return <KioskRun kioskKey={key} info={info.data} onEnd={stop} />;
}

function StartPanel({ ended }: { ended: boolean }) {
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

function KioskRun({ kioskKey, info, onEnd }: { kioskKey: string; info: KioskInfo; onEnd: () => void }) {
  const { t } = useTranslation();
  // A new number throws away the whole session component and its state.
  const [session, setSession] = useState(0);
  const [idle, setIdle] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const reset = useCallback(() => {
    window.clearTimeout(timer.current);
    setIdle(false);
    setSession((s) => s + 1);
  }, []);
  const activity = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setIdle(true), KIOSK_IDLE_MS);
  }, []);
  useEffect(() => {
    if (idle) reset();
  }, [idle, reset]);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  useEffect(() => {
    const onInput = () => activity();
    window.addEventListener('pointerdown', onInput);
    window.addEventListener('keydown', onInput);
    return () => {
      window.removeEventListener('pointerdown', onInput);
      window.removeEventListener('keydown', onInput);
    };
  }, [activity]);

  return (
    <SurveyShell header={<Text size="md">{info.unitName}</Text>}>
      <KioskSession key={session} kioskKey={kioskKey} info={info} onDone={reset} onActivity={activity} />
      <Stack mt={48} align="center">
        <Button
          variant="default"
          size="sm"
          onClick={() => {
            if (window.confirm(t('surveys.kiosk.endConfirm'))) onEnd();
          }}
        >
          {t('surveys.kiosk.end')}
        </Button>
      </Stack>
    </SurveyShell>
  );
}

function KioskSession({
  kioskKey,
  info,
  onDone,
  onActivity,
}: {
  kioskKey: string;
  info: KioskInfo;
  onDone: () => void;
  onActivity: () => void;
}) {
  const { t } = useTranslation();
  const [visit, setVisit] = useState<VisitTypeCode | null>(null);
  const [started, setStarted] = useState(false);
  const answer = useAnswerKiosk(kioskKey);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (started && !visit) heading.current?.focus();
  }, [started, visit]);
  useEffect(() => {
    if (!answer.isSuccess) return;
    const id = window.setTimeout(onDone, KIOSK_THANKS_MS);
    return () => window.clearTimeout(id);
  }, [answer.isSuccess, onDone]);

  if (answer.isSuccess)
    return (
      <Thanks>
        <Text>{t('surveys.kiosk.thanksAgain')}</Text>
        <Button size="lg" onClick={onDone}>
          {t('surveys.kiosk.restart')}
        </Button>
      </Thanks>
    );
  if (!started)
    return (
      <Stack gap="lg" align="flex-start" data-testid="kiosk-welcome">
        <Face score={3} size={96} />
        <Title order={1} className="survey-step-title">
          {t('surveys.kiosk.welcome')}
        </Title>
        <Text>{t('surveys.kiosk.welcomeText')}</Text>
        <Button size="xl" onClick={() => setStarted(true)}>
          {t('surveys.kiosk.begin')}
        </Button>
      </Stack>
    );
  if (!visit)
    return (
      <Stack gap="lg">
        <Title order={1} ref={heading} tabIndex={-1} className="survey-step-title">
          {t('surveys.kiosk.pickVisit')}
        </Title>
        <div className="kiosk-visits">
          {info.visitTypeCodes.map((code) => (
            <button key={code} type="button" className="kiosk-visit" onClick={() => setVisit(code)}>
              <Picture icon={VISIT_PICTURES[code]} size={56} />
              {t(`surveys.visitTypes.${code}`)}
            </button>
          ))}
        </div>
        <Button variant="subtle" size="lg" onClick={onDone}>
          {t('surveys.kiosk.restart')}
        </Button>
      </Stack>
    );
  return (
    <SurveyForm
      onSubmit={(a) =>
        answer.mutate({
          visitTypeCode: visit,
          version: a.version,
          answeredBy: a.answeredBy,
          scores: a.scores,
          comment: a.comment || null,
        })
      }
      submitting={answer.isPending}
      error={answer.error}
      onActivity={onActivity}
      focusOnMount
    />
  );
}
