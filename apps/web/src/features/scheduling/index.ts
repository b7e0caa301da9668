import { lazy } from 'react';

// The scheduling feature's door: its pages (each loaded when first opened), who may use them, and the
// patient page's Besök card and "Boka besök" button.
export const BookingPage = lazy(() => import('./booking-page.tsx').then((m) => ({ default: m.BookingPage })));
export const DayListPage = lazy(() =>
  import('./day-list-page.tsx').then((m) => ({ default: m.DayListPage })),
);
export const UnitCalendarPage = lazy(() =>
  import('./unit-calendar-page.tsx').then((m) => ({ default: m.UnitCalendarPage })),
);
export const CalendarsPage = lazy(() =>
  import('./calendars-page.tsx').then((m) => ({ default: m.CalendarsPage })),
);
export const RecallPage = lazy(() => import('./recall-page.tsx').then((m) => ({ default: m.RecallPage })));
export { bookingsSection, bookVisitAction } from './patient-page-parts.tsx';
export { canSchedule } from './scheduling-access.ts';
