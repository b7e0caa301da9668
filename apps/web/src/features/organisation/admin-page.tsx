import { Stack, Tabs, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotAllowed } from '../../components/not-allowed.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useSignedInMe } from '../../lib/session.ts';
import { useSlot } from '../../lib/slots.tsx';
import { type AdminTab, adminTabs } from './admin-tabs.ts';
import { AreasPanel } from './areas-panel.tsx';
import { FeaturedPanel } from './featured-panel.tsx';
import { StaffPanel } from './staff-panel.tsx';
import { TeamsPanel } from './teams-panel.tsx';
import { UnitsPanel } from './units-panel.tsx';

/** The organisation's own parts of the administration; others come through the slot (app/extensions.ts). */
const OWN_TABS: readonly AdminTab[] = [
  {
    id: 'areas',
    path: 'lansdelar',
    order: 10,
    label: (t) => t('organisation.tabs.areas'),
    Component: AreasPanel,
  },
  {
    id: 'units',
    path: 'enheter',
    order: 20,
    label: (t) => t('organisation.tabs.units'),
    Component: UnitsPanel,
  },
  {
    id: 'staff',
    path: 'personal',
    order: 30,
    label: (t) => t('organisation.tabs.staff'),
    Component: StaffPanel,
  },
  {
    id: 'rooms',
    path: 'rum',
    order: 40,
    label: (t) => t('organisation.tabs.rooms'),
    Component: () => <FeaturedPanel kind="rooms" />,
  },
  {
    id: 'equipment',
    path: 'utrustning',
    order: 50,
    label: (t) => t('organisation.tabs.equipment'),
    Component: () => <FeaturedPanel kind="equipment" />,
  },
  { id: 'teams', path: 'team', order: 60, label: (t) => t('organisation.tabs.teams'), Component: TeamsPanel },
];

export function AdminPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  // /administration itself shows the units: no redirect, so the address a link names always renders.
  const { tab = 'enheter' } = useParams();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const tabs = useSlot(adminTabs, OWN_TABS);

  if (!me.user.isRegionAdmin) {
    return <NotAllowed title={t('organisation.title')} message={t('errors.adminOnly')} />;
  }
  if (!tabs.some((v) => v.path === tab)) return <Navigate to="/administration/enheter" replace />;
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
          {tabs.map((v) => (
            <Tabs.Tab key={v.id} value={v.path}>
              {v.label(t)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map(({ id, path, Component }) => (
          <Tabs.Panel key={id} value={path} pt="lg">
            {/* A tab's code may load when first opened. */}
            <Suspense fallback={<LoadingState />}>
              <Component />
            </Suspense>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
