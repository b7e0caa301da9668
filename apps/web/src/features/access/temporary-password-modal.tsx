import type { Account } from '@lotsa/contracts';
import { Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal.tsx';
import { notify } from '../../lib/notify.ts';
import { useFieldErrors } from '../../lib/use-form-values.ts';
import { TemporaryPasswordInput } from './temporary-password-input.tsx';
import { useSetTemporaryPassword } from './use-accounts.ts';

/** "Nytt tillfälligt lösenord": the account is signed out and must choose its own at the next sign-in. */
export function TemporaryPasswordModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSetTemporaryPassword();
  const { errors, clear } = useFieldErrors(save.error);
  const [password, setPassword] = useState('');
  const k = 'access.accounts';
  const name = account.displayName;

  return (
    <FormModal
      title={t(`${k}.newPasswordTitle`, { name })}
      onClose={onClose}
      onSubmit={() =>
        save.mutate(
          { id: account.id, temporaryPassword: password },
          {
            onSuccess: () => {
              notify.success(t(`${k}.newPasswordSaved`, { name }));
              onClose();
            },
          },
        )
      }
      pending={save.isPending}
      fieldErrors={errors}
      error={save.error}
      submitLabel={t('access.password.submit')}
    >
      <Text>{t(`${k}.newPasswordIntro`, { name })}</Text>
      <TemporaryPasswordInput
        label={t(`${k}.newPassword`)}
        value={password}
        onChange={(v) => {
          setPassword(v);
          clear('temporaryPassword');
        }}
        error={errors.temporaryPassword}
        autoFocus
      />
    </FormModal>
  );
}
