import { lazy } from 'react';
import type { AdminTab } from '../organisation/index.ts';

/** Konton, the last part of the administration; its code loads when the tab is first opened. */
export const accountsAdminTab: AdminTab = {
  id: 'accounts',
  path: 'konton',
  order: 70,
  label: (t) => t('access.accounts.title'),
  Component: lazy(() => import('./accounts-panel.tsx').then((m) => ({ default: m.AccountsPanel }))),
};
