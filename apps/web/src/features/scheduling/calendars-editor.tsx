import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { CalendarForm } from './calendars-form.tsx';
import type { CalendarResource } from './calendars-resource-list.tsx';
import { useResourceCalendar } from './use-calendars.ts';

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
