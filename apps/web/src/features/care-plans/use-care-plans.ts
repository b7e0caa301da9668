import { type CarePlan, type EndpointBody, endpoints } from '@lotsa/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';

const e = endpoints.carePlans;
const p = endpoints.partnerCarePlans;
export type SaveCarePlanBody = EndpointBody<typeof e.saveCarePlan>;
export type ParticipantBody = EndpointBody<typeof e.addParticipant>;
export type ConsentBody = EndpointBody<typeof e.recordConsent>;

export const carePlanKeys = {
  list: (patientId: string) => ['care-plans', 'patient', patientId] as const,
  one: (id: string) => ['care-plans', id] as const,
  version: (id: string, version: number) => ['care-plans', id, 'version', version] as const,
  partner: ['care-plans', 'partner'] as const,
};

export function usePatientCarePlans(patientId: string) {
  return useQuery({
    queryKey: carePlanKeys.list(patientId),
    queryFn: ({ signal }) => call(e.listCarePlans, { params: { id: patientId }, signal }),
  });
}

export function useCarePlan(id: string) {
  return useQuery({
    queryKey: carePlanKeys.one(id),
    queryFn: ({ signal }) => call(e.getCarePlan, { params: { id }, signal }),
  });
}

export function useCarePlanVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: carePlanKeys.version(id, version ?? 0),
    enabled: version !== null,
    queryFn: ({ signal }) => call(e.getCarePlanVersion, { params: { id, version: version ?? 1 }, signal }),
  });
}

export function usePartnerAccounts(patientId: string) {
  return useQuery({
    queryKey: ['care-plans', 'partner-accounts', patientId],
    queryFn: ({ signal }) => call(e.partnerAccounts, { params: { id: patientId }, signal }),
  });
}

function useStore() {
  const client = useQueryClient();
  return (plan: CarePlan) => {
    client.setQueryData(carePlanKeys.one(plan.id), plan);
    void client.invalidateQueries({ queryKey: carePlanKeys.list(plan.patientId) });
  };
}

export function useCreateCarePlan(patientId: string) {
  const store = useStore();
  return useMutation({
    mutationFn: (trigger: string) => call(e.createCarePlan, { params: { id: patientId }, body: { trigger } }),
    onSuccess: store,
  });
}

/** Every change answers the whole plan, which replaces the cached one. */
export function useCarePlanChange(id: string) {
  const onSuccess = useStore();
  return {
    save: useMutation({
      mutationFn: (body: SaveCarePlanBody) => call(e.saveCarePlan, { params: { id }, body }),
      onSuccess,
    }),
    addParticipant: useMutation({
      mutationFn: (body: ParticipantBody) => call(e.addParticipant, { params: { id }, body }),
      onSuccess,
    }),
    removeParticipant: useMutation({
      mutationFn: (participantId: string) => call(e.removeParticipant, { params: { id, participantId } }),
      onSuccess,
    }),
    recordConsent: useMutation({
      mutationFn: (body: ConsentBody) => call(e.recordConsent, { params: { id }, body }),
      onSuccess,
    }),
    withdrawConsent: useMutation({
      mutationFn: ({ consentId, reason }: { consentId: string; reason: string }) =>
        call(e.withdrawConsent, { params: { id, consentId }, body: { reason } }),
      onSuccess,
    }),
    agree: useMutation({
      mutationFn: (expectedRevision: number) =>
        call(e.agreeCarePlan, { params: { id }, body: { expectedRevision } }),
      onSuccess,
    }),
    revise: useMutation({
      mutationFn: () => call(e.reviseCarePlan, { params: { id } }),
      onSuccess,
    }),
    fromHealthPlan: useMutation({
      mutationFn: (body: { expectedRevision: number; actionIds: string[] }) =>
        call(e.fromHealthPlan, { params: { id }, body }),
      onSuccess,
    }),
  };
}

export function usePartnerCarePlans() {
  return useQuery({
    queryKey: carePlanKeys.partner,
    queryFn: ({ signal }) => call(p.listPartnerCarePlans, { signal }),
  });
}

export function useAcknowledgeCarePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      call(p.acknowledgeCarePlan, { params: { id }, body: { version } }),
    onSuccess: () => client.invalidateQueries({ queryKey: carePlanKeys.partner }),
  });
}
