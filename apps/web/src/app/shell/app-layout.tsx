import { AppShell, Button, Center, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { CHANGE_PASSWORD_PATH, startPath } from '../../features/access/index.ts';
import { useMe } from '../../lib/session.ts';
import { AppHeader } from './app-header.tsx';
import { AppNavbar } from './app-navbar.tsx';

/**
 * The signed-in frame: header, navigation and the `<main>` landmark. Signed out → sign-in page; a
 * temporary password → the page to choose a new one.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  const mainRef = useRef<HTMLElement>(null);
  const shownPage = useRef(pageKey(location.pathname));

  // A new page: close the phone menu and move focus to <main>, so keyboard and screen reader users
  // start at the content instead of the top of the document.
  const focusMain = (location.state as { focusMain?: boolean } | null)?.focusMain === true;
  useEffect(() => {
    if (focusMain) mainRef.current?.focus(); // just signed in: the sign-in form is gone
  }, [focusMain]);
  useEffect(() => {
    if (shownPage.current === pageKey(location.pathname)) return;
    shownPage.current = pageKey(location.pathname);
    close();
    mainRef.current?.focus();
  }, [location.pathname, close]);

  if (me.isPending) return <LoadingState />;
  if (me.isError) {
    return (
      <Center p="xl">
        <Stack>
          <ErrorAlert error={me.error} />
          <Button onClick={() => void me.refetch()}>{t('actions.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  if (!me.data)
    return <Navigate to="/logga-in" replace state={{ from: location.pathname + location.search }} />;
  // A temporary password: the server refuses everything else until the user has chosen their own.
  // The sign-in's second step (a code, or connecting an app the region requires) before anything else.
  if (me.data.secondFactor !== 'none') return <Navigate to={startPath(me.data)} replace />;
  if (me.data.user.mustChangePassword) return <Navigate to={CHANGE_PASSWORD_PATH} replace />;

  return (
    <>
      <a href="#main-content" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="md"
      >
        <AppShell.Header>
          <AppHeader navOpened={navOpened} onToggleNav={toggle} />
        </AppShell.Header>
        <AppShell.Navbar p="sm" component="nav" aria-label={t('app.mainNavigation')}>
          <AppNavbar />
        </AppShell.Navbar>
        <AppShell.Main id="main-content" ref={mainRef} tabIndex={-1}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </>
  );
}

/** One page for focus purposes: the administration's tabs are one page, so tabbing there keeps focus. */
function pageKey(pathname: string): string {
  return pathname.startsWith('/administration') ? '/administration' : pathname;
}
