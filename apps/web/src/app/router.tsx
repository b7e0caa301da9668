import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createBrowserRouter,
  createRoutesFromElements,
  Link,
  Navigate,
  Route,
  useRouteError,
} from 'react-router';
import { LoadingState } from '../components/loading-state.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { ChangePasswordPage } from '../features/access/change-password-page.tsx';
import { SignInPage } from '../features/access/sign-in-page.tsx';
import { startPath } from '../features/access/start-path.ts';
import { useSignedInMe } from '../features/access/use-session.ts';
import { CreatePatientPage } from '../features/patients/create-patient-page.tsx';
import { EditPatientPage } from '../features/patients/edit-patient-page.tsx';
import { PatientPage } from '../features/patients/patient-page.tsx';
import { PatientSearchPage } from '../features/patients/patient-search-page.tsx';
import { AppLayout } from './shell/app-layout.tsx';

// Administration and the log are for a few users: loaded when first opened.
const AdminPage = lazy(() =>
  import('../features/organisation/admin-page.tsx').then((m) => ({ default: m.AdminPage })),
);
const AuditPage = lazy(() =>
  import('../features/audit/audit-page.tsx').then((m) => ({ default: m.AuditPage })),
);
const MyContactsPage = lazy(() =>
  import('../features/care-team/my-contacts-page.tsx').then((m) => ({ default: m.MyContactsPage })),
);
const ContactRequestsPage = lazy(() =>
  import('../features/contact-requests/contact-requests-page.tsx').then((m) => ({
    default: m.ContactRequestsPage,
  })),
);
const LettersPage = lazy(() =>
  import('../features/letters/letters-page.tsx').then((m) => ({ default: m.LettersPage })),
);
const PublicLetterPage = lazy(() =>
  import('../features/letters/public-letter-page.tsx').then((m) => ({ default: m.PublicLetterPage })),
);
const PublicRegistrationPage = lazy(() =>
  import('../features/intake/public-registration-page.tsx').then((m) => ({
    default: m.PublicRegistrationPage,
  })),
);
const IntakeBoardPage = lazy(() =>
  import('../features/intake/intake-board-page.tsx').then((m) => ({ default: m.IntakeBoardPage })),
);
const RegistrationPage = lazy(() =>
  import('../features/intake/registration-page.tsx').then((m) => ({ default: m.RegistrationPage })),
);
const PartnerPage = lazy(() =>
  import('../features/partner/partner-page.tsx').then((m) => ({ default: m.PartnerPage })),
);
const BookingPage = lazy(() =>
  import('../features/scheduling/booking-page.tsx').then((m) => ({ default: m.BookingPage })),
);
const DayListPage = lazy(() =>
  import('../features/scheduling/day-list-page.tsx').then((m) => ({ default: m.DayListPage })),
);
const UnitCalendarPage = lazy(() =>
  import('../features/scheduling/unit-calendar-page.tsx').then((m) => ({ default: m.UnitCalendarPage })),
);
const CalendarsPage = lazy(() =>
  import('../features/scheduling/calendars-page.tsx').then((m) => ({ default: m.CalendarsPage })),
);
const RecallPage = lazy(() =>
  import('../features/scheduling/recall-page.tsx').then((m) => ({ default: m.RecallPage })),
);
const SurveyPage = lazy(() =>
  import('../features/surveys/survey-page.tsx').then((m) => ({ default: m.SurveyPage })),
);
const KioskPage = lazy(() =>
  import('../features/surveys/kiosk-page.tsx').then((m) => ({ default: m.KioskPage })),
);
const SurveyResultsPage = lazy(() =>
  import('../features/surveys/results-page.tsx').then((m) => ({ default: m.SurveyResultsPage })),
);
const PatientLogPage = lazy(() =>
  import('../features/audit/patient-log-page.tsx').then((m) => ({ default: m.PatientLogPage })),
);

/**
 * The web client's router: a data router (not `<BrowserRouter>`), so a page with unsaved changes can
 * hold a navigation and ask first (`useBlocker`, see components/use-unsaved-changes.ts).
 */
export function createAppRouter() {
  // A page that fails while drawing (a chunk missing after an update, a bug) gets a Swedish error page.
  return createBrowserRouter(
    createRoutesFromElements(<Route errorElement={<PageError />}>{appRoutes()}</Route>),
  );
}

/** Every page of the web client. Paths are Swedish; the server answers index.html for all of them. */
function appRoutes() {
  return (
    <>
      <Route path="/logga-in" element={<SignInPage />} />
      {/* Outside the shell: with a temporary password, nothing else may be used until this is done. */}
      <Route path="/nytt-losenord" element={<ChangePasswordPage />} />
      {/* Public: no sign-in, outside the app shell (which sends signed-out users to /logga-in). */}
      <Route
        path="/brev/:token"
        element={
          <Suspense fallback={<LoadingState />}>
            <PublicLetterPage />
          </Suspense>
        }
      />
      <Route
        path="/anmalan"
        element={
          <Suspense fallback={<LoadingState />}>
            <PublicRegistrationPage />
          </Suspense>
        }
      />
      {/* The after-visit survey: a link or QR code, and the reception tablet (kiosk). */}
      <Route
        path="/enkat/kiosk"
        element={
          <Suspense fallback={<LoadingState />}>
            <KioskPage />
          </Suspense>
        }
      />
      <Route
        path="/enkat/:token"
        element={
          <Suspense fallback={<LoadingState />}>
            <SurveyPage />
          </Suspense>
        }
      />
      <Route element={<AppLayout />}>
        <Route index element={<StartPage />} />
        <Route path="patienter" element={<PatientSearchPage />} />
        <Route path="patienter/ny" element={<CreatePatientPage />} />
        <Route path="patienter/:id" element={<PatientPage />} />
        <Route path="patienter/:id/andra" element={<EditPatientPage />} />
        <Route path="patienter/:id/logg" element={<PatientLogPage />} />
        <Route path="patienter/:id/mina-kontakter" element={<MyContactsPage />} />
        <Route path="administration" element={<AdminPage />} />
        <Route path="administration/:tab" element={<AdminPage />} />
        <Route path="logg" element={<AuditPage />} />
        <Route path="arenden" element={<ContactRequestsPage />} />
        <Route path="intag" element={<IntakeBoardPage />} />
        <Route path="intag/:id" element={<RegistrationPage />} />
        <Route path="samverkan" element={<PartnerPage />} />
        <Route path="patienter/:id/boka" element={<BookingPage />} />
        <Route path="dagslista" element={<DayListPage />} />
        <Route path="kalender" element={<UnitCalendarPage />} />
        <Route path="arbetstider" element={<CalendarsPage />} />
        <Route path="aterkallelse" element={<RecallPage />} />
        <Route path="enkater" element={<SurveyResultsPage />} />
        <Route path="kallelser" element={<LettersPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </>
  );
}

function StartPage() {
  return <Navigate to={startPath(useSignedInMe())} replace />;
}

/** What a page that failed while drawing shows instead: what happened and what to do, with a way out. */
function PageError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => console.error(error), [error]);
  return (
    <Stack p="md" maw={640}>
      <PageTitle>{t('errors.title')}</PageTitle>
      <Text>{t('errors.pageFailed')}</Text>
      <Group>
        <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
        <Anchor href="/">{t('errors.toStart')}</Anchor>
      </Group>
    </Stack>
  );
}

function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('errors.notFoundTitle')}</PageTitle>
      <Text>{t('errors.notFound')}</Text>
      <Anchor component={Link} to="/">
        {t('errors.toStart')}
      </Anchor>
    </Stack>
  );
}
