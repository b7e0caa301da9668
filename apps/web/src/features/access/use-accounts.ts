import { type EndpointBody, endpoints } from '@lotsa/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';

const e = endpoints.access;

export const accountKeys = {
  all: ['accounts'] as const,
  list: (unitId: string | null) => ['accounts', unitId ?? 'all'] as const,
};

export type AccountCreate = EndpointBody<typeof e.createAccount>;
export type AccountUpdate = EndpointBody<typeof e.updateAccount>;

/** The region's accounts, optionally those with a role at one unit (region admin only). */
export function useAccounts(unitId: string | null) {
  return useQuery({
    queryKey: accountKeys.list(unitId),
    queryFn: ({ signal }) => call(e.listAccounts, { query: unitId ? { unitId } : {}, signal }),
  });
}

function useAccountMutation<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

export const useCreateAccount = () =>
  useAccountMutation((body: AccountCreate) => call(e.createAccount, { body }));

export const useUpdateAccount = () =>
  useAccountMutation(({ id, body }: { id: string; body: AccountUpdate }) =>
    call(e.updateAccount, { params: { id }, body }),
  );

export const useSetTemporaryPassword = () =>
  useAccountMutation(({ id, temporaryPassword }: { id: string; temporaryPassword: string }) =>
    call(e.setTemporaryPassword, { params: { id }, body: { temporaryPassword } }),
  );

export const useSetAccountActive = () =>
  useAccountMutation(({ id, active }: { id: string; active: boolean }) =>
    call(e.setAccountActive, { params: { id }, body: { active } }),
  );

/** A temporary password to suggest: 16 characters without look-alikes (no 0/O, 1/l/I), from the browser's CSPRNG. */
export function suggestPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8, 12).join('')}-${chars.slice(12).join('')}`;
}
