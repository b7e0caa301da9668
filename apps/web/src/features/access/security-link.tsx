import { Button } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SECURITY_PATH } from './start-path.ts';

/** "Inloggning och säkerhet" (password, two-step sign-in, sessions), next to the signed-in user's name. */
export function SecurityLink({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={SECURITY_PATH}
      variant="subtle"
      size="sm"
      fullWidth={fullWidth}
      leftSection={<IconShieldLock size={16} aria-hidden />}
    >
      {t('access.security.link')}
    </Button>
  );
}
