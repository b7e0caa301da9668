import { Button } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CHANGE_PASSWORD_PATH } from './start-path.ts';

/** "Byt lösenord", next to the signed-in user's name. */
export function ChangePasswordLink({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={CHANGE_PASSWORD_PATH}
      variant="subtle"
      size="sm"
      fullWidth={fullWidth}
      leftSection={<IconKey size={16} aria-hidden />}
    >
      {t('access.password.change')}
    </Button>
  );
}
