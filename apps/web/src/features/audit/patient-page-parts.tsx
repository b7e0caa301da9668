import { Button } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isUnitManager, useSignedInMe } from '../../lib/session.ts';
import type { SlotPart } from '../../lib/slots.tsx';
import type { PatientPartProps } from '../patients/index.ts';

/** "Loggutdrag" in the patient's header, for the unit manager only. */
export const logExtractAction: SlotPart<PatientPartProps> = {
  id: 'log-extract',
  order: 40,
  Component: LogExtractButton,
};

function LogExtractButton({ patient }: PatientPartProps) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  if (!isUnitManager(me)) return null;
  return (
    <Button
      component={Link}
      to={`/patienter/${patient.id}/logg`}
      variant="default"
      leftSection={<IconFileText size={18} aria-hidden />}
    >
      {t('patients.page.logExtract')}
    </Button>
  );
}
