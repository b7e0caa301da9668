import type { KioskInfo, VisitTypeCode } from '@lotsa/contracts';
import { Button, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Face } from './faces.tsx';
import { KIOSK_THANKS_MS } from './kiosk-timing.ts';
import { Picture, VISIT_PICTURES } from './pictures.tsx';
import { SurveyForm } from './survey-form.tsx';
import { Thanks } from './survey-page.tsx';
import { useAnswerKiosk } from './use-surveys.ts';

/**
 * One person at the kiosk: welcome, which visit, the survey, thanks (then the next person after
 * `KIOSK_THANKS_MS`). Thrown away as a whole afterwards, so nothing of theirs is left.
 */
export function KioskSession({
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
