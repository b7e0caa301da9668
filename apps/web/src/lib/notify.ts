import { notifications } from '@mantine/notifications';
import i18next from 'i18next';

/** Notifications with a named close button (Mantine's has no accessible name of its own). */
function show(color: string, message: string, title?: string) {
  notifications.show({
    color,
    title,
    message,
    closeButtonProps: { 'aria-label': i18next.t('actions.close') },
  });
}

export const notify = {
  success: (message: string) => show('green', message),
  info: (message: string) => show('blue', message),
  error: (title: string, message: string) => show('red', message, title),
};
