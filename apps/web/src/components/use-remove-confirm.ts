import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../lib/notify.ts';

/** The request that removes a row by id (a TanStack Query mutation fits). */
export interface Remover {
  mutate: (id: string, options: { onSuccess: () => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
}

/**
 * Asking before a row is removed: which row is asked about, and the props of the `ConfirmDialog`
 * ("Ta bort"), which on yes removes it, says so and closes; a refusal stays in the dialog.
 */
export function useRemoveConfirm<T extends { id: string }>(remove: Remover, removedNotice: string) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<T | null>(null);
  return {
    removing,
    ask: (row: T) => {
      remove.reset();
      setRemoving(row);
    },
    dialog: {
      opened: removing !== null,
      confirmLabel: t('actions.remove'),
      onConfirm: () => {
        if (!removing) return;
        remove.mutate(removing.id, {
          onSuccess: () => {
            notify.success(removedNotice);
            setRemoving(null);
          },
        });
      },
      onCancel: () => setRemoving(null),
      loading: remove.isPending,
      error: remove.error,
    },
  };
}
