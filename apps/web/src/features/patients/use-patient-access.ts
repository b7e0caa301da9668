import { type EndpointBody, endpoints } from '@lotsa/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, call } from '../../lib/api.ts';
import { patientKeys } from './use-patients.ts';

const e = endpoints.careAccess;
export type AccessRequest = EndpointBody<typeof e.requestPatientAccess>;
export type EmergencyRequest = EndpointBody<typeof e.emergencyAccess>;

/** The server's answer when opening a patient needs a reason or a confirmation first (decision 0010). */
export const ACCESS_STEP_CODES = ['care_relation_required', 'protected_identity_confirm'] as const;

export function accessStepOf(error: unknown): (typeof ACCESS_STEP_CODES)[number] | null {
  if (!(error instanceof ApiError)) return null;
  return (ACCESS_STEP_CODES as readonly string[]).includes(error.code)
    ? (error.code as (typeof ACCESS_STEP_CODES)[number])
    : null;
}

export const accessKey = (id: string) => ['patients', 'access', id] as const;

/** Your relation to the patient (the header's note, the emergency banner). */
export function usePatientAccess(id: string) {
  return useQuery({
    queryKey: accessKey(id),
    queryFn: ({ signal }) => call(e.getPatientAccess, { params: { id }, signal }),
  });
}

/** States a reason (and/or confirms a protected identity); the patient is fetched again after. */
export function useRequestAccess(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AccessRequest) => call(e.requestPatientAccess, { params: { id }, body }),
    onSuccess: (access) => {
      client.setQueryData(accessKey(id), access);
      void client.invalidateQueries({ queryKey: patientKeys.one(id) });
    },
  });
}

export function useEmergencyAccess() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: EmergencyRequest) => call(e.emergencyAccess, { body }),
    onSuccess: (access) => {
      client.setQueryData(accessKey(access.patientId), access);
      void client.invalidateQueries({ queryKey: patientKeys.one(access.patientId) });
    },
  });
}
