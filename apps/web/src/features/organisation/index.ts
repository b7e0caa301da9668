import { lazy } from 'react';

// The organisation feature's door: the administration (loaded when first opened) and the slot other
// features add tabs to, the unit filter, and the organisation's lists for other features' forms.
export const AdminPage = lazy(() => import('./admin-page.tsx').then((m) => ({ default: m.AdminPage })));
export { type AdminTab, adminTabs } from './admin-tabs.ts';
export { UnitFilter, useUnitFilter } from './unit-filter.tsx';
export { useRooms, useStaff, useUnits } from './use-organisation.ts';
