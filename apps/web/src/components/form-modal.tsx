import { Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from './app-modal.tsx';
import { ErrorAlert } from './error-alert.tsx';

/** A dialog with one form: the server's message on top, Avbryt and Spara at the bottom. */
export function FormModal({
  title,
  onClose,
  onSubmit,
  pending,
  error,
  submitLabel,
  fieldErrors,
  children,
}: {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  pending: boolean;
  error: unknown;
  submitLabel?: string;
  /** The form's open field errors (see useFieldErrors). */
  fieldErrors?: Record<string, string>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <AppModal onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert
            error={error}
            title={t('errors.checkForm')}
            showFieldErrors
            openFieldErrors={fieldErrors}
          />
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {submitLabel ?? t('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
