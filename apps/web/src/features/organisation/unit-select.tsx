import { Select } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useUnitOptions } from './unit-filter.tsx';

/** The unit a staff member, room, device or team belongs to: required, chosen from the region's units. */
export function UnitSelect({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (unitId: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('organisation.unitField')}
      placeholder={t('organisation.chooseUnit')}
      required
      allowDeselect={false}
      data={useUnitOptions()}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      error={error}
    />
  );
}

/** The check before sending a form with a unit: one must be chosen. */
export const unitRequired =
  (t: TFunction) =>
  (values: { unitId: string }): Record<string, string> =>
    values.unitId ? {} : { unitId: t('organisation.unitRequired') };
