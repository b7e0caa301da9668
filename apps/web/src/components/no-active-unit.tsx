import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../lib/session.ts';

/** Patient pages need a unit to work in; says so when none is chosen. */
export function NoActiveUnit() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  if (me.activeUnitId) return null;
  return (
    <Alert color="yellow" title={t('unit.noActiveUnitTitle')} role="status">
      {me.units.length === 0 ? t('unit.noUnits') : t('unit.noActiveUnit')}
    </Alert>
  );
}
