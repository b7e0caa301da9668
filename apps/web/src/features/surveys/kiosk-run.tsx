import type { KioskInfo } from '@lotsa/contracts';
import { Button, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KioskSession } from './kiosk-session.tsx';
import { KIOSK_IDLE_MS } from './kiosk-timing.ts';
import { SurveyShell } from './survey-shell.tsx';

/**
 * The running kiosk: one person's session at a time (a new one after sending, or after
 * `KIOSK_IDLE_MS` without a touch or key press), and "Avsluta" for staff.
 */
export function KioskRun({
  kioskKey,
  info,
  onEnd,
}: {
  kioskKey: string;
  info: KioskInfo;
  onEnd: () => void;
}) {
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
