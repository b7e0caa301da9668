import type { VisitType } from '@lotsa/contracts';
import { Alert, Radio, SimpleGrid, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HEALTH_CHECK, visitTypeMinutes } from './use-scheduling.ts';

/**
 * The active visit types and the one chosen: the booking's own when rescheduling, else Hälsokontroll
 * (or the first) until the booker picks another.
 */
export function useVisitTypeChoice(
  all: readonly VisitType[] | undefined,
  rescheduledType: string | undefined,
) {
  const [chosenType, setChosenType] = useState<string | null>(null);
  const types = useMemo(() => (all ?? []).filter((v) => v.active), [all]);
  const defaultType =
    rescheduledType ?? types.find((v) => v.code === HEALTH_CHECK)?.id ?? types[0]?.id ?? null;
  const visitTypeId = chosenType ?? defaultType;
  return { types, visitTypeId, visitType: types.find((v) => v.id === visitTypeId) ?? null, setChosenType };
}

/** Besökstyp: radios „Hälsokontroll (60 min)"; rescheduling keeps the booking's own type. */
export function VisitTypeChoice({
  types,
  value,
  onChange,
  locked,
}: {
  types: readonly VisitType[];
  value: string | null;
  onChange: (id: string) => void;
  /** Only the chosen type can be chosen (rescheduling). */
  locked: boolean;
}) {
  const { t } = useTranslation();
  const k = 'scheduling.book';
  if (types.length === 0) return <Alert color="yellow">{t(`${k}.noVisitTypes`)}</Alert>;
  return (
    <Radio.Group
      value={value}
      onChange={onChange}
      label={
        <Text span fw={600}>
          {t(`${k}.visitType`)}
        </Text>
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs" mt="xs">
        {types.map((v) => (
          <Radio
            key={v.id}
            value={v.id}
            disabled={locked && v.id !== value}
            label={t(`${k}.visitTypeOption`, { name: v.name, minutes: visitTypeMinutes(v) })}
          />
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
