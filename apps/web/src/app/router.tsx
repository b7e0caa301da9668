import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Suspense, useEffect } from 'react';
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
import {
  ChangePasswordPage,
  SECOND_STEP_PATH,
  SECURITY_PATH,
  SecondStepPage,
  SecurityPage,
  SignInPage,
  startPath,
} from '../features/access/index.ts';
import { AuditPage, PatientLogPage, ReviewPage } from '../features/audit/index.ts';
import { CarePlanPage } from '../features/care-plans/index.ts';
import { MyContactsPage } from '../features/care-team/index.ts';
import { ContactRequestsPage } from '../features/contact-requests/index.ts';
import { FollowUpPage } from '../features/follow-up/index.ts';
import { HealthCheckPage } from '../features/health-checks/index.ts';
import { IntakeBoardPage, PublicRegistrationPage, RegistrationPage } from '../features/intake/index.ts';
import { LettersPage, PublicLetterPage } from '../features/letters/index.ts';
import { AdminPage } from '../features/organisation/index.ts';
import { PartnerPage } from '../features/partner/index.ts';
import {
  CreatePatientPage,
  EditPatientPage,
  PatientPage,
  PatientSearchPage,
} from '../features/patients/index.ts';
import {
  BookingPage,
  CalendarsPage,
  DayListPage,
  RecallPage,
  UnitCalendarPage,
} from '../features/scheduling/index.ts';
import { KioskPage, SurveyPage, SurveyResultsPage } from '../features/surveys/index.ts';
import { useSignedInMe } from '../lib/session.ts';
import { AppLayout } from './shell/app-layout.tsx';

// Pages other than sign-in and the patients' are lazy in their feature's door: loaded when first opened.

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
      {/* Outside the shell too: the sign-in's second step, and connecting an app the region requires. */}
      <Route path={SECOND_STEP_PATH} element={<SecondStepPage />} />
      <Route path={SECURITY_PATH} element={<SecurityPage />} />
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
        <Route path="uppfoljning" element={<FollowUpPage />} />
        <Route path="logguppfoljning" element={<ReviewPage />} />
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
        <Route path="halsokontroller/:id" element={<HealthCheckPage />} />
        <Route path="halsokontroller/:id/:section" element={<HealthCheckPage />} />
        <Route path="sip/:id" element={<CarePlanPage />} />
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
