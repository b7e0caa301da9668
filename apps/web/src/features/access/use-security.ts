import { endpoints, type Me, type Role } from '@lotsa/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ME_KEY } from '../../app/query-client.ts';
import { call, setCsrfToken } from '../../lib/api.ts';
import { accountKeys } from './use-accounts.ts';

const e = endpoints.signIn;

const securityKeys = {
  totp: ['security', 'totp'] as const,
  sessions: ['security', 'sessions'] as const,
};

/** The sign-in went on: keep the user (and its CSRF token) the server answered. */
function useAdoptMe() {
  const client = useQueryClient();
  return (me: Me) => {
    setCsrfToken(me.csrfToken);
    client.setQueryData(ME_KEY, me);
  };
}

/** The sign-in's second step: a code from the app, or a recovery code. */
export function useVerifySecondStep() {
  const adopt = useAdoptMe();
  return useMutation({
    mutationFn: (input: { code: string } | { recoveryCode: string }) =>
      'code' in input
        ? call(e.verifyTotp, { body: { code: input.code } })
        : call(e.useRecoveryCode, { body: { recoveryCode: input.recoveryCode } }),
    onSuccess: adopt,
  });
}

export const useTotpStatus = () =>
  useQuery({ queryKey: securityKeys.totp, queryFn: ({ signal }) => call(e.totpStatus, { signal }) });

export const useStartTotpEnrolment = () => useMutation({ mutationFn: () => call(e.startTotpEnrolment) });

export function useConfirmTotpEnrolment() {
  const adopt = useAdoptMe();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => call(e.confirmTotpEnrolment, { body: { code } }),
    onSuccess: (answer) => {
      adopt(answer.me);
      void client.invalidateQueries({ queryKey: securityKeys.totp });
    },
  });
}

export function useRenewRecoveryCodes() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => call(e.renewRecoveryCodes, { body: { code } }),
    onSuccess: () => client.invalidateQueries({ queryKey: securityKeys.totp }),
  });
}

export const useSessions = (enabled = true) =>
  useQuery({
    queryKey: securityKeys.sessions,
    queryFn: ({ signal }) => call(e.listSessions, { signal }),
    enabled,
  });

function useSessionsMutation<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: securityKeys.sessions }),
  });
}

export const useEndSession = () =>
  useSessionsMutation((id: string) => call(e.endSession, { params: { id } }));
export const useEndOtherSessions = () => useSessionsMutation(() => call(e.endOtherSessions));

function useAccountsMutation<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

/** The region admin's reset of an account's TOTP, and signing an account out everywhere. */
export const useResetAccountTotp = () =>
  useAccountsMutation((id: string) => call(e.resetAccountTotp, { params: { id } }));
export const useEndAccountSessions = () =>
  useAccountsMutation((id: string) => call(e.endAccountSessions, { params: { id } }));

const totpRolesKey = ['security', 'totp-roles'] as const;

/** The roles the region requires TOTP of (region admin). */
export const useTotpRoles = () =>
  useQuery({ queryKey: totpRolesKey, queryFn: ({ signal }) => call(e.getTotpRoles, { signal }) });

export function useSetTotpRoles() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (roles: Role[]) => call(e.setTotpRoles, { body: { roles } }),
    onSuccess: (answer) => client.setQueryData(totpRolesKey, answer),
  });
}
