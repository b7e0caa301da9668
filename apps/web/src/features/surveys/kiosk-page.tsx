import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useDocumentTitle } from '../../components/page-title.tsx';
import { KioskRun } from './kiosk-run.tsx';
import { StartPanel } from './kiosk-start-panel.tsx';
import { SurveyShell } from './survey-shell.tsx';
import { endKiosk, storedKioskKey, storeKioskKey, useKioskInfo } from './use-surveys.ts';

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
