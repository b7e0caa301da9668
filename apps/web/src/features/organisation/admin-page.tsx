import { Stack, Tabs, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { NotAllowed } from '../../components/not-allowed.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { AccountsPanel } from '../access/accounts-panel.tsx';
import { useSignedInMe } from '../access/use-session.ts';
import { AreasPanel } from './areas-panel.tsx';
import { FeaturedPanel } from './featured-panel.tsx';
import { StaffPanel } from './staff-panel.tsx';
import { TeamsPanel } from './teams-panel.tsx';
import { UnitsPanel } from './units-panel.tsx';

/** The administration's parts, each with its own address under /administration. */
export const ADMIN_TABS = [
  'lansdelar',
  'enheter',
  'personal',
  'rum',
  'utrustning',
  'team',
  'konton',
] as const;
type AdminTab = (typeof ADMIN_TABS)[number];

export function AdminPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  // /administration itself shows the units: no redirect, so the address a link names always renders.
  const { tab = 'enheter' } = useParams();
  const navigate = useNavigate();
  const [search] = useSearchParams();

  if (!me.user.isRegionAdmin) {
    return <NotAllowed title={t('organisation.title')} message={t('errors.adminOnly')} />;
  }
  if (!ADMIN_TABS.includes(tab as AdminTab)) return <Navigate to="/administration/enheter" replace />;

  const labels: Record<AdminTab, string> = {
    lansdelar: t('organisation.tabs.areas'),
    enheter: t('organisation.tabs.units'),
    personal: t('organisation.tabs.staff'),
    rum: t('organisation.tabs.rooms'),
    utrustning: t('organisation.tabs.equipment'),
    team: t('organisation.tabs.teams'),
    konton: t('access.accounts.title'),
  };
  const panels: Record<AdminTab, ReactNode> = {
    lansdelar: <AreasPanel />,
    enheter: <UnitsPanel />,
    personal: <StaffPanel />,
    rum: <FeaturedPanel kind="rooms" />,
    utrustning: <FeaturedPanel kind="equipment" />,
    team: <TeamsPanel />,
    konton: <AccountsPanel />,
  };
  const keep = search.get('enhet') ? `?enhet=${search.get('enhet')}` : '';

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{t('organisation.title')}</PageTitle>
        <Text>{t('organisation.intro', { region: me.user.regionName })}</Text>
      </Stack>
      <Tabs
        value={tab}
        onChange={(v) => v && navigate(`/administration/${v}${keep}`)}
        keepMounted={false}
        activateTabWithKeyboard={false}
      >
        <Tabs.List aria-label={t('organisation.tabsLabel')}>
          {ADMIN_TABS.map((v) => (
            <Tabs.Tab key={v} value={v}>
              {labels[v]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {ADMIN_TABS.map((v) => (
          <Tabs.Panel key={v} value={v} pt="lg">
            {panels[v]}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
