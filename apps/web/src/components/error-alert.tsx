import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldMessage, problemDetail } from '../lib/api.ts';

/**
 * Shows an error in the UI language, rendered from its code and params by the same catalogues the server
 * uses (the server's `detail` for a code this build does not know), in a live region so screen readers
 * announce it. Field errors are listed when `showFieldErrors` is set.
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
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : null;
  const detail = problem
    ? problemDetail(problem, i18n.language)
    : error instanceof Error
      ? error.message
      : String(error);
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
            <List.Item key={`${f.path}:${f.message}`}>{fieldMessage(f, i18n.language)}</List.Item>
          ))}
        </List>
      ) : (
        detail
      )}
    </Alert>
  );
}
