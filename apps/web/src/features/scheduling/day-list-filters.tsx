import { ActionIcon, Button, Group, Input, NativeSelect, SegmentedControl, TextInput } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../lib/when.ts';
import { useRooms, useStaff } from '../organisation/index.ts';
import { type DayListView, isDayListDate } from './day-list-query.ts';

/**
 * The day list's filters (left off the paper): a day back or forward (a week in week view), the
 * date, today, day or week, and the whole unit or one active staff member or room.
 */
export function DayListFilters({
  view: { date, week, show },
  unitId,
  onChange,
}: {
  view: DayListView;
  unitId: string | null;
  /** The address parameters to set (a null value drops one). */
  onChange: (changes: Record<string, string | null>) => void;
}) {
  const { t } = useTranslation();
  const k = 'scheduling.dayList';
  const staff = useStaff(unitId);
  const rooms = useRooms(unitId);
  const step = week ? 7 : 1;
  const resourceOptions = [
    { value: '', label: t(`${k}.wholeUnit`) },
    {
      group: t(`${k}.staffGroup`),
      items: (staff.data ?? [])
        .filter((s) => s.active)
        .map((s) => ({
          value: `staff:${s.id}`,
          label: `${s.givenName} ${s.familyName} (${t(`professions.${s.profession}`)})`,
        })),
    },
    {
      group: t(`${k}.roomGroup`),
      items: (rooms.data ?? [])
        .filter((r) => r.active)
        .map((r) => ({ value: `room:${r.id}`, label: r.name })),
    },
  ];

  return (
    <Group align="flex-end" gap="sm" className="no-print" role="search" aria-label={t(`${k}.title`)}>
      <Group gap={4} align="flex-end">
        <ActionIcon
          variant="default"
          size={36}
          aria-label={t(week ? `${k}.previousWeek` : `${k}.previousDay`)}
          onClick={() => onChange({ datum: addDays(date, -step) })}
        >
          <IconChevronLeft size={18} aria-hidden />
        </ActionIcon>
        <TextInput
          type="date"
          label={t(`${k}.date`)}
          value={date}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (isDayListDate(v)) onChange({ datum: v });
          }}
        />
        <ActionIcon
          variant="default"
          size={36}
          aria-label={t(week ? `${k}.nextWeek` : `${k}.nextDay`)}
          onClick={() => onChange({ datum: addDays(date, step) })}
        >
          <IconChevronRight size={18} aria-hidden />
        </ActionIcon>
        <Button variant="subtle" onClick={() => onChange({ datum: null })}>
          {t(`${k}.today`)}
        </Button>
      </Group>
      <Input.Wrapper label={t(`${k}.period`)} labelElement="div" id="day-list-period">
        <SegmentedControl
          aria-labelledby="day-list-period-label"
          value={week ? 'week' : 'day'}
          onChange={(v) => onChange({ vecka: v === 'week' ? '1' : null })}
          data={[
            { value: 'day', label: t(`${k}.day`) },
            { value: 'week', label: t(`${k}.week`) },
          ]}
        />
      </Input.Wrapper>
      <NativeSelect
        label={t(`${k}.resource`)}
        data={resourceOptions}
        value={show}
        onChange={(e) => onChange({ visa: e.currentTarget.value || null })}
        miw={260}
      />
    </Group>
  );
}
