import { Stack, Title } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../lib/notify.ts';
import { type ResourceCalendar, toBody } from './calendars-draft.ts';
import { CalendarsHoursTable } from './calendars-hours-table.tsx';
import { CalendarsOverridesTable } from './calendars-overrides-table.tsx';
import type { CalendarResource } from './calendars-resource-list.tsx';
import { CalendarsSaveBar } from './calendars-save-bar.tsx';
import { CalendarsSaveProblem } from './calendars-save-problem.tsx';
import { useCalendarDraft } from './use-calendar-draft.ts';
import { useSaveResourceCalendar } from './use-calendars.ts';

/** A loaded calendar's hours and overrides: a form with Spara and Ångra, or read-only tables. */
export function CalendarForm({
  resource,
  loaded,
  canEdit,
  onDirtyChange,
}: {
  resource: CalendarResource;
  loaded: ResourceCalendar;
  canEdit: boolean;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const k = 'scheduling.calendars';
  const d = useCalendarDraft(loaded, onDirtyChange);
  const save = useSaveResourceCalendar(resource.kind, resource.id);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(toBody(d.draft), {
      onSuccess: (saved) => {
        d.saved(saved);
        notify.success(t(`${k}.saved`, { name: resource.name }));
      },
      onError: d.failed,
    });
  };
  const undo = () => {
    d.undo();
    save.reset();
    notify.info(t(`${k}.undone`));
  };

  const hours = (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t(`${k}.hours.title`)}
      </Title>
      <CalendarsHoursTable
        rows={d.draft.hours}
        name={resource.name}
        canEdit={canEdit}
        errors={d.errors}
        onChange={d.changeHour}
        onAdd={d.addHour}
        onRemove={d.removeHour}
        onCopyMonday={() => {
          d.copyMonday();
          notify.info(t(`${k}.hours.copied`));
        }}
      />
    </Stack>
  );
  const overrides = (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t(`${k}.overrides.title`)}
      </Title>
      <CalendarsOverridesTable
        rows={d.draft.overrides}
        name={resource.name}
        canEdit={canEdit}
        errors={d.errors}
        onChange={d.changeOverride}
        onAdd={d.addOverride}
        onRemove={d.removeOverride}
      />
    </Stack>
  );

  if (!canEdit)
    return (
      <Stack gap="xl">
        {hours}
        {overrides}
      </Stack>
    );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xl">
        <CalendarsSaveProblem error={save.error} errors={d.errors} />
        {hours}
        {overrides}
        <CalendarsSaveBar dirty={d.dirty} saving={save.isPending} onUndo={undo} />
      </Stack>
    </form>
  );
}
