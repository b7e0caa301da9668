import {
  type EndpointBody,
  endpoints,
  type HealthCheck,
  type HealthPlan,
  type LocalText,
} from '@lotsa/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';

const e = endpoints.healthChecks;
export type SaveSectionBody = EndpointBody<typeof e.saveSection>;

export const healthCheckKeys = {
  list: (patientId: string) => ['health-checks', 'patient', patientId] as const,
  one: (id: string) => ['health-checks', id] as const,
};

/** A template text in the UI language. */
export const local = (text: LocalText, language: string) => (language.startsWith('en') ? text.en : text.sv);

export function usePatientHealthChecks(patientId: string) {
  return useQuery({
    queryKey: healthCheckKeys.list(patientId),
    queryFn: ({ signal }) => call(e.listHealthChecks, { params: { id: patientId }, signal }),
  });
}

export function useHealthCheck(id: string) {
  return useQuery({
    queryKey: healthCheckKeys.one(id),
    queryFn: ({ signal }) => call(e.getHealthCheck, { params: { id }, signal }),
  });
}

function useStore() {
  const client = useQueryClient();
  return (check: HealthCheck) => {
    client.setQueryData(healthCheckKeys.one(check.id), check);
    void client.invalidateQueries({ queryKey: healthCheckKeys.list(check.patientId) });
  };
}

export function useCreateHealthCheck(patientId: string) {
  const store = useStore();
  return useMutation({
    mutationFn: (bookingId: string | null) =>
      call(e.createHealthCheck, { params: { id: patientId }, body: { bookingId } }),
    onSuccess: store,
  });
}

export function useSaveSection(id: string) {
  const store = useStore();
  return useMutation({
    mutationFn: ({ section, body }: { section: string; body: SaveSectionBody }) =>
      call(e.saveSection, { params: { id, section }, body }),
    onSuccess: store,
  });
}

export function useSignHealthCheck(id: string) {
  const store = useStore();
  return useMutation({
    mutationFn: () => call(e.signHealthCheck, { params: { id } }),
    onSuccess: store,
  });
}

export function useAmendHealthCheck(id: string) {
  const store = useStore();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => call(e.amendHealthCheck, { params: { id }, body: { reason } }),
    onSuccess: (next) => {
      store(next);
      void client.invalidateQueries({ queryKey: healthCheckKeys.one(id) });
    },
  });
}

const p = endpoints.healthPlans;
export type PlanActionBody = EndpointBody<typeof p.addAction>;
export type PlanActionUpdateBody = EndpointBody<typeof p.updateAction>;
const planKey = (id: string) => ['health-checks', id, 'plan'] as const;

export function useHealthPlan(checkId: string) {
  return useQuery({
    queryKey: planKey(checkId),
    queryFn: ({ signal }) => call(p.getPlan, { params: { id: checkId }, signal }),
  });
}

/** Every change of the plan answers the whole plan, which replaces the cached one. */
export function usePlanChange(checkId: string) {
  const client = useQueryClient();
  const onSuccess = (plan: HealthPlan) => client.setQueryData(planKey(checkId), plan);
  return {
    setNext: useMutation({
      mutationFn: (nextCheckDate: string) =>
        call(p.setPlan, { params: { id: checkId }, body: { nextCheckDate } }),
      onSuccess,
    }),
    add: useMutation({
      mutationFn: (body: PlanActionBody) => call(p.addAction, { params: { id: checkId }, body }),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ actionId, body }: { actionId: string; body: PlanActionUpdateBody }) =>
        call(p.updateAction, { params: { id: checkId, actionId }, body }),
      onSuccess,
    }),
    request: useMutation({
      mutationFn: (actionId: string) => call(p.actionContactRequest, { params: { id: checkId, actionId } }),
      onSuccess,
    }),
  };
}
