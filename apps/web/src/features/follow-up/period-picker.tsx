import type { Period } from '@lotsa/contracts';
import { Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/index.ts';
import { type PeriodKind, periodBack, periodName, stockholmToday } from './period.ts';

const HOW_MANY = { month: 24, quarter: 8, year: 4 } as const;

export interface PeriodChoice {
  kind: PeriodKind;
  /** Steps back from the month, quarter or year of today (presets). */
  back: number;
  custom: Period;
}

/** The period a choice stands for. */
export function periodOf(c: PeriodChoice, today = stockholmToday()): Period {
  return c.kind === 'custom' ? c.custom : periodBack(c.kind, today, c.back);
}

/** Month, quarter, year or a custom period: a segmented choice, then which one (or two dates). */
export function PeriodPicker({
  value,
  onChange,
}: {
  value: PeriodChoice;
  onChange: (c: PeriodChoice) => void;
}) {
  const { t } = useTranslation();
  const today = stockholmToday();
  const locale = currentLocale();
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <SegmentedControl
        aria-label={t('followUp.period.kind')}
        value={value.kind}
        onChange={(k) => onChange({ ...value, kind: k as PeriodKind, back: 0 })}
        data={(['month', 'quarter', 'year', 'custom'] as const).map((k) => ({
          value: k,
          label: t(`followUp.period.${k}`),
        }))}
      />
      {value.kind === 'custom' ? (
        <>
          <TextInput
            type="date"
            label={t('followUp.period.from')}
            value={value.custom.from}
            onChange={(ev) =>
              onChange({ ...value, custom: { ...value.custom, from: ev.currentTarget.value } })
            }
          />
          <TextInput
            type="date"
            label={t('followUp.period.to')}
            value={value.custom.to}
            onChange={(ev) => onChange({ ...value, custom: { ...value.custom, to: ev.currentTarget.value } })}
          />
        </>
      ) : (
        <Select
          label={t('followUp.period.which')}
          allowDeselect={false}
          w={200}
          value={String(value.back)}
          onChange={(v) => onChange({ ...value, back: Number(v ?? 0) })}
          data={Array.from({ length: HOW_MANY[value.kind] }, (_, i) => ({
            value: String(i),
            label: periodName(
              value.kind as Exclude<PeriodKind, 'custom'>,
              periodBack(value.kind as Exclude<PeriodKind, 'custom'>, today, i),
              locale,
            ),
          }))}
        />
      )}
    </Group>
  );
}
