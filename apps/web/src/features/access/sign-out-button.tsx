import { Button } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { hasUnsavedChanges, leaveOnPurpose } from '../../components/use-unsaved-changes.ts';
import { useSignOut } from '../../lib/session.ts';

/** Signs out; when a page has unsaved changes, asks first ("Stanna kvar" is the safe default). */
export function SignOutButton({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button
        variant="default"
        size="sm"
        fullWidth={fullWidth}
        leftSection={<IconLogout size={16} aria-hidden />}
        loading={signOut.isPending}
        onClick={() => (hasUnsavedChanges() ? setAsking(true) : signOut.mutate())}
      >
        {t('user.signOut')}
      </Button>
      <ConfirmDialog
        opened={asking}
        title={t('unsavedChanges.signOutTitle')}
        message={t('unsavedChanges.message')}
        confirmLabel={t('user.signOut')}
        cancelLabel={t('unsavedChanges.stay')}
        focusCancel
        loading={signOut.isPending}
        onConfirm={() => {
          leaveOnPurpose();
          signOut.mutate();
        }}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}
