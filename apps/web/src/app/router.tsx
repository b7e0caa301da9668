import { Anchor, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes } from 'react-router';
import { LoadingState } from '../components/loading-state.tsx';
import { PageTitle } from '../components/page-title.tsx';
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
const PatientLogPage = lazy(() =>
  import('../features/audit/patient-log-page.tsx').then((m) => ({ default: m.PatientLogPage })),
);

/** Every page of the web client. Paths are Swedish; the server answers index.html for all of them. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/logga-in" element={<SignInPage />} />
      {/* Public: no sign-in, outside the app shell (which sends signed-out users to /logga-in). */}
      <Route
        path="/anmalan"
        element={
          <Suspense fallback={<LoadingState />}>
            <PublicRegistrationPage />
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
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

function StartPage() {
  return <Navigate to={startPath(useSignedInMe())} replace />;
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
