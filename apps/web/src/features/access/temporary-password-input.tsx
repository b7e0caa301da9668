import { Button, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestPassword } from './use-accounts.ts';

/** The temporary password an administrator gives: typed, or suggested (and then shown, to pass on). */
export function TemporaryPasswordInput({
  value,
  onChange,
  error,
  label,
  autoFocus = false,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  label?: string;
  /** First field of its dialog: the dialog puts focus here. */
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <Stack gap={6} align="flex-start">
      <PasswordInput
        w="100%"
        label={label ?? t('access.accounts.temporaryPassword')}
        description={t('access.accounts.temporaryPasswordHelp')}
        required
        autoComplete="new-password"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        visible={visible}
        onVisibilityChange={setVisible}
        error={error}
        visibilityToggleButtonProps={{ 'aria-label': t('access.accounts.showPassword') }}
        data-autofocus={autoFocus || undefined}
      />
      <Button
        size="xs"
        variant="default"
        onClick={() => {
          onChange(suggestPassword());
          setVisible(true);
        }}
      >
        {t('access.accounts.suggest')}
      </Button>
    </Stack>
  );
}
