import { Burger, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { SecurityLink, SignOutButton, UnitSwitcher } from '../../features/access/index.ts';
import { useSignedInMe } from '../../lib/session.ts';
import { useIsWide } from './use-is-wide.ts';

export function AppHeader({ navOpened, onToggleNav }: { navOpened: boolean; onToggleNav: () => void }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const wide = useIsWide();

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? t('app.closeMenu') : t('app.openMenu')}
          aria-expanded={navOpened}
        />
        <Text component={Link} to="/" fw={700} fz={24} c="blue.9" td="none">
          {t('app.name')}
        </Text>
        <Text size="sm" visibleFrom="lg">
          {me.user.regionName}
        </Text>
      </Group>
      {wide && (
        <Group gap="md" wrap="nowrap">
          <UnitSwitcher inline />
          <LanguageSwitch inline />
          <Text size="sm" fw={500} data-testid="signed-in-user">
            {me.user.displayName}
          </Text>
          <SecurityLink />
          <SignOutButton />
        </Group>
      )}
    </Group>
  );
}
