import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from './app-modal.tsx';
import { ErrorAlert } from './error-alert.tsx';

/** A yes/no question before something that cannot be undone. */
export function ConfirmDialog({
  opened,
  title,
  message,
  confirmLabel,
  cancelLabel,
  focusCancel = false,
  onConfirm,
  onCancel,
  loading = false,
  error,
  confirmColor = 'red.9',
}: {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  /** Instead of "Avbryt". */
  cancelLabel?: string;
  /** Start on the cancel button, when it is the safe choice the user most likely wants. */
  focusCancel?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  loading?: boolean;
  error?: unknown;
  /** Red for what cannot be undone (the default); another colour for a plain confirmation. */
  confirmColor?: string;
}) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onCancel} title={title} size="md">
      <Stack>
        <Text>{message}</Text>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus={focusCancel || undefined}>
            {cancelLabel ?? t('actions.cancel')}
          </Button>
          <Button color={confirmColor} onClick={onConfirm} loading={loading}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
