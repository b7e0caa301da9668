import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useUnits } from './use-organisation.ts';

/** The unit shown in the staff, room, equipment and team lists; kept in the URL (?enhet=). */
export function useUnitFilter(): [string | null, (unitId: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const unitId = params.get('enhet');
  const set = (id: string | null) =>
    setParams(
      (p) => {
        if (id) p.set('enhet', id);
        else p.delete('enhet');
        return p;
      },
      { replace: true },
    );
  return [unitId, set];
}

export function UnitFilter() {
  const { t } = useTranslation();
  const units = useUnits();
  const [unitId, setUnitId] = useUnitFilter();
  return (
    <NativeSelect
      label={t('organisation.unitFilter')}
      value={unitId ?? ''}
      onChange={(e) => setUnitId(e.currentTarget.value || null)}
      maw={360}
    >
      <option value="">{t('organisation.allUnits')}</option>
      {(units.data ?? []).map((u) => (
        <option key={u.id} value={u.id}>
          {u.name}
        </option>
      ))}
    </NativeSelect>
  );
}

/** Unit options for a form's Select. */
export function useUnitOptions() {
  const units = useUnits();
  return (units.data ?? []).map((u) => ({ value: u.id, label: u.name }));
}

/** A unit's name by id, for the lists. */
export function useUnitName() {
  const units = useUnits();
  const names = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  return (id: string) => names.get(id) ?? '';
}
