import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUp, IconDeviceFloppy, IconLock } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { ApiError, fieldMessage } from '../../lib/api.ts';
import { todayInStockholm } from '../../lib/format.ts';
import { notify } from '../../lib/notify.ts';
import {
  type CalendarDraft,
  copyMondayToWeekdays,
  errorRow,
  type HourRow,
  newHourRow,
  newOverrideRow,
  type OverrideRow,
  type ResourceCalendar,
  sameCalendar,
  toBody,
  toDraft,
  withoutRowErrors,
  withoutSectionErrors,
} from './calendars-draft.ts';
import { CalendarsHoursTable } from './calendars-hours-table.tsx';
import { CalendarsOverridesTable } from './calendars-overrides-table.tsx';
import type { CalendarResource } from './calendars-resource-list.tsx';
import { useResourceCalendar, useSaveResourceCalendar } from './use-calendars.ts';

/** The chosen resource's calendar: loads it, then the form (or the read-only tables). */
export function CalendarsEditor({
  resource,
  subtitle,
  canEdit,
  onDirtyChange,
  actions,
}: {
  resource: CalendarResource;
  /** Buttons beside the name (change or retire an external participant). */
  actions?: ReactNode;
  /** Who or what it is, under the name: "Läkare", "Kommunens sjuksköterska · Kumla kommun". */
  subtitle: string | undefined;
  canEdit: boolean;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const calendar = useResourceCalendar(resource.kind, resource.id);
  const headingId = useId();
  return (
    <Stack gap="lg" component="section" aria-labelledby={headingId} data-testid="calendar-editor">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={0}>
          <Title order={2} id={headingId}>
            {resource.name}
          </Title>
          {subtitle && <Text c="dimmed">{subtitle}</Text>}
        </Stack>
        {actions}
      </Group>
      {!canEdit && (
        <Alert color="blue" variant="light" icon={<IconLock aria-hidden />} data-testid="read-only-note">
          {t('scheduling.calendars.readOnly')}
        </Alert>
      )}
      {calendar.isPending ? (
        <LoadingState />
      ) : calendar.isError ? (
        <ErrorAlert error={calendar.error} />
      ) : (
        <CalendarForm
          resource={resource}
          loaded={calendar.data}
          canEdit={canEdit}
          onDirtyChange={onDirtyChange}
        />
      )}
    </Stack>
  );
}

type Section = 'hours' | 'overrides';

/** The server's field messages by path (`hours.2.to`), from a 400 answer. */
function serverFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const f of error.problem.errors ?? []) if (f.path) out[f.path] ??= fieldMessage(f);
  return out;
}

function CalendarForm({
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
  const baseline = useMemo(() => toDraft(loaded), [loaded]);
  const [draft, setDraft] = useState<CalendarDraft>(baseline);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveResourceCalendar(resource.kind, resource.id);
  const problemRef = useRef<HTMLDivElement>(null);
  const dirty = !sameCalendar(draft, baseline);

  // A fresh copy from the server replaces the form only while nothing is changed in it.
  const [seen, setSeen] = useState(baseline);
  if (seen !== baseline) {
    setSeen(baseline);
    if (sameCalendar(draft, seen)) setDraft(baseline);
  }

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  // A refused save brings its message into view (the Spara button may be far below it).
  useEffect(() => {
    const el = problemRef.current;
    if (!save.error || !el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [save.error]);

  const changeHour = (index: number, patch: Partial<HourRow>) => {
    setDraft((d) => ({ ...d, hours: d.hours.map((r, i) => (i === index ? { ...r, ...patch } : r)) }));
    setErrors((e) => withoutRowErrors(e, 'hours', index));
  };
  const changeOverride = (index: number, patch: Partial<OverrideRow>) => {
    setDraft((d) => ({
      ...d,
      overrides: d.overrides.map((r, i) => (i === index ? { ...r, ...patch } : r)),
    }));
    setErrors((e) => withoutRowErrors(e, 'overrides', index));
  };
  const setRows = (section: Section, next: (d: CalendarDraft) => CalendarDraft) => {
    setDraft(next);
    setErrors((e) => withoutSectionErrors(e, section));
  };

  const addHour = () => {
    const row = newHourRow(draft.hours, todayInStockholm());
    setRows('hours', (d) => ({ ...d, hours: [...d.hours, row] }));
    return row.key;
  };
  const addOverride = () => {
    const row = newOverrideRow();
    setRows('overrides', (d) => ({ ...d, overrides: [...d.overrides, row] }));
    return row.key;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(toBody(draft), {
      onSuccess: (saved) => {
        setDraft(toDraft(saved));
        setErrors({});
        notify.success(t(`${k}.saved`, { name: resource.name }));
      },
      onError: (err) => setErrors(serverFieldErrors(err)),
    });
  };
  const undo = () => {
    setDraft(baseline);
    setErrors({});
    save.reset();
    notify.info(t(`${k}.undone`));
  };

  const sectionName = (s: Section) => t(`${k}.${s}.title`);
  const rowMessages = Object.entries(errors).map(([path, message]) => {
    const at = errorRow(path);
    return at ? t(`${k}.errorRow`, { section: sectionName(at.section), row: at.row, message }) : message;
  });
  const hadFieldErrors = Object.keys(serverFieldErrors(save.error)).length > 0;

  const hours = (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {sectionName('hours')}
      </Title>
      <CalendarsHoursTable
        rows={draft.hours}
        name={resource.name}
        canEdit={canEdit}
        errors={errors}
        onChange={changeHour}
        onAdd={addHour}
        onRemove={(i) => setRows('hours', (d) => ({ ...d, hours: d.hours.filter((_, j) => j !== i) }))}
        onCopyMonday={() => {
          setRows('hours', (d) => ({ ...d, hours: copyMondayToWeekdays(d.hours) }));
          notify.info(t(`${k}.hours.copied`));
        }}
      />
    </Stack>
  );
  const overrides = (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {sectionName('overrides')}
      </Title>
      <CalendarsOverridesTable
        rows={draft.overrides}
        name={resource.name}
        canEdit={canEdit}
        errors={errors}
        onChange={changeOverride}
        onAdd={addOverride}
        onRemove={(i) =>
          setRows('overrides', (d) => ({ ...d, overrides: d.overrides.filter((_, j) => j !== i) }))
        }
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
        {save.isError && (!hadFieldErrors || rowMessages.length > 0) && (
          <div ref={problemRef} tabIndex={-1} style={{ outline: 'none' }}>
            {hadFieldErrors ? (
              <Alert
                role="alert"
                color="red"
                variant="light"
                title={t('errors.checkForm')}
                icon={<IconAlertTriangle aria-hidden />}
              >
                <List size="sm">
                  {rowMessages.map((m) => (
                    <List.Item key={m}>{m}</List.Item>
                  ))}
                </List>
              </Alert>
            ) : (
              <ErrorAlert error={save.error} />
            )}
          </div>
        )}
        {hours}
        {overrides}
        <Paper
          withBorder
          p="sm"
          shadow="sm"
          style={{ position: 'sticky', bottom: 0, zIndex: 2 }}
          data-testid="calendar-actions"
        >
          <Group justify="space-between" gap="sm">
            <Text role="status" fw={600} size="sm">
              {dirty && (
                <Group gap={6} component="span" wrap="nowrap">
                  <IconAlertTriangle size={18} aria-hidden color="var(--mantine-color-orange-8)" />
                  {t(`${k}.unsaved`)}
                </Group>
              )}
            </Text>
            <Group gap="sm">
              <Button
                variant="default"
                leftSection={<IconArrowBackUp size={18} aria-hidden />}
                onClick={undo}
                disabled={!dirty}
              >
                {t(`${k}.undo`)}
              </Button>
              <Button
                type="submit"
                leftSection={<IconDeviceFloppy size={18} aria-hidden />}
                loading={save.isPending}
              >
                {t('actions.save')}
              </Button>
            </Group>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}
