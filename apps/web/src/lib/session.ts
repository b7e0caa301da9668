import { endpoints, type Locale, type Me, type Role } from '@lotsa/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { applyLocale, isLocale } from '../app/i18n/index.ts';
import { ME_KEY } from '../app/query-client.ts';
import { ApiError, call, setCsrfToken } from './api.ts';

const e = endpoints.access;

/** Remembers the CSRF token and follows the user's language. */
async function adoptMe(me: Me): Promise<Me> {
  setCsrfToken(me.csrfToken);
  if (isLocale(me.user.locale)) await applyLocale(me.user.locale);
  return me;
}

/** The signed-in user, or null when nobody is signed in (401). */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async ({ signal }): Promise<Me | null> => {
      try {
        return await adoptMe(await call(e.me, { signal }));
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw err;
      }
    },
    staleTime: 5 * 60_000,
  });
}

/** The signed-in user for pages inside the app shell, which renders them only when signed in. */
export function useSignedInMe(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInMe used outside the signed-in app shell');
  return data;
}

export function rolesInActiveUnit(me: Me): readonly Role[] {
  return me.units.find((u) => u.id === me.activeUnitId)?.roles ?? [];
}

export function isUnitManager(me: Me): boolean {
  return rolesInActiveUnit(me).includes('unit_manager');
}

/** Queries of the previous user or unit must not show: drop all but `me`, refetch what is on screen. */
function resetDataQueries(client: ReturnType<typeof useQueryClient>) {
  return client.resetQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
}

export interface SignInInput {
  username: string;
  password: string;
  /** A language chosen on the sign-in page: saved to the account when it differs. */
  locale?: Locale | null;
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ username, password, locale }: SignInInput) => {
      let me = await call(e.signIn, { body: { username, password } });
      setCsrfToken(me.csrfToken);
      if (locale && locale !== me.user.locale) {
        me = await call(e.setLocale, { body: { locale } }).catch(() => me);
      }
      return adoptMe(me);
    },
    onSuccess: (me) => {
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      client.setQueryData(ME_KEY, me);
    },
  });
}

/**
 * Signs out, then loads the sign-in page afresh: a full page load drops every patient detail held
 * in memory (the query cache), which no in-app navigation could guarantee.
 */
export function useSignOut() {
  return useMutation({
    mutationFn: () => call(e.signOut),
    onSettled: () => {
      setCsrfToken(null);
      window.location.replace('/logga-in');
    },
  });
}

export function useSetActiveUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (unitId: string) => call(e.setActiveUnit, { body: { unitId } }),
    onSuccess: async (me) => {
      client.setQueryData(ME_KEY, await adoptMe(me));
      await resetDataQueries(client);
    },
  });
}

/** Chooses a new password; the answer is the user without the "must change" flag. */
export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => call(e.changePassword, { body }),
    onSuccess: async (me) => {
      client.setQueryData(ME_KEY, await adoptMe(me));
    },
  });
}

export function useSetLocale() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => call(e.setLocale, { body: { locale } }),
    onSuccess: async (me) => {
      client.setQueryData(ME_KEY, await adoptMe(me));
    },
  });
}
