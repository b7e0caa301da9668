import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api.ts';

/**
 * Shows an error as the server phrased it (problem+json `detail`, already in the UI language), in a
 * live region so screen readers announce it. Field errors are listed when `showFieldErrors` is set.
 */
export function ErrorAlert({
  error,
  title,
  showFieldErrors = false,
  openFieldErrors,
}: {
  error: unknown;
  title?: string;
  showFieldErrors?: boolean;
  /** The field errors still shown at their fields; once all are corrected the alert goes away. */
  openFieldErrors?: Record<string, string>;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : null;
  const detail = problem?.detail ?? (error instanceof Error ? error.message : String(error));
  const allFieldErrors = problem?.errors ?? [];
  const fieldErrors = showFieldErrors
    ? allFieldErrors.filter((f) => !openFieldErrors || !f.path || f.path in openFieldErrors)
    : [];
  if (showFieldErrors && openFieldErrors && allFieldErrors.length > 0 && fieldErrors.length === 0)
    return null;
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={title ?? problem?.title ?? t('errors.title')}
      icon={<IconAlertTriangle aria-hidden />}
    >
      {fieldErrors.length > 0 ? (
        <List size="sm">
          {fieldErrors.map((f) => (
            <List.Item key={`${f.path}:${f.message}`}>{f.message}</List.Item>
          ))}
        </List>
      ) : (
        detail
      )}
    </Alert>
  );
}
