import { type EndpointBody, endpoints, type HealthCheck, type LocalText } from '@lotsa/contracts';
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
