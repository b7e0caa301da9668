import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { errorRow } from './calendars-draft.ts';
import { type CalendarSection, serverFieldErrors } from './use-calendar-draft.ts';

/**
 * Why the save was refused, brought into view (the Spara button may be far below it): the open field
 * errors as a list naming section and row, or the server's message when it named no field.
 */
export function CalendarsSaveProblem({
  error,
  errors,
}: {
  error: unknown;
  /** The field errors still open (each goes when its row is changed). */
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const k = 'scheduling.calendars';
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!error || !el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [error]);

  const sectionName = (s: CalendarSection) => t(`${k}.${s}.title`);
  const rowMessages = Object.entries(errors).map(([path, message]) => {
    const at = errorRow(path);
    return at ? t(`${k}.errorRow`, { section: sectionName(at.section), row: at.row, message }) : message;
  });
  const hadFieldErrors = Object.keys(serverFieldErrors(error)).length > 0;
  if (!error || (hadFieldErrors && rowMessages.length === 0)) return null;
  return (
    <div ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
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
        <ErrorAlert error={error} />
      )}
    </div>
  );
}
