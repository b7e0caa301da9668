import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { notify } from '../../lib/notify.ts';
import { useSetActiveUnit, useSignedInMe } from '../../lib/session.ts';

/**
 * The unit the user works in. Changing it asks the server (PUT /api/auth/active-unit), then drops
 * every cached answer of the previous unit; a patient page goes back to the search.
 */
export function UnitSwitcher({ inline = false }: { inline?: boolean }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const setActiveUnit = useSetActiveUnit();
  const navigate = useNavigate();
  const location = useLocation();
  if (me.units.length === 0) return null;

  const change = (unitId: string) => {
    setActiveUnit.mutate(unitId, {
      onSuccess: (next) => {
        const name = next.units.find((u) => u.id === next.activeUnitId)?.name ?? '';
        notify.success(t('unit.switched', { unit: name }));
        if (/^\/patienter\/.+/.test(location.pathname)) navigate('/patienter');
      },
      onError: (err) => notify.error(t('errors.title'), err.message),
    });
  };

  return (
    <NativeSelect
      label={t('unit.label')}
      value={me.activeUnitId ?? ''}
      onChange={(e) => change(e.currentTarget.value)}
      disabled={setActiveUnit.isPending}
      size="sm"
      styles={inline ? { root: { display: 'flex', alignItems: 'center', gap: 8 } } : undefined}
    >
      {me.activeUnitId === null && <option value="">{t('unit.noActiveUnitTitle')}</option>}
      {me.units.map((u) => (
        <option key={u.id} value={u.id}>
          {u.name}
        </option>
      ))}
    </NativeSelect>
  );
}
