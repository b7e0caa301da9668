import { type EndpointBody, endpoints, type Patient } from '@lotsa/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';

const e = endpoints.patients;
export type PatientInput = EndpointBody<typeof e.createPatient>;
export type PatientPatch = EndpointBody<typeof e.updatePatient>;
export type RepresentativeInput = EndpointBody<typeof e.addRepresentative>;

export const patientKeys = {
  all: ['patients'] as const,
  search: (q: string) => ['patients', 'search', q] as const,
  one: (id: string) => ['patients', 'one', id] as const,
};

/** Searches the active unit's patients; runs from two characters. */
export function useSearchPatients(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: patientKeys.search(query),
    queryFn: ({ signal }) => call(e.searchPatients, { query: { q: query, limit: 50 }, signal }),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
  });
}

export function usePatient(id: string) {
  return useQuery({
    queryKey: patientKeys.one(id),
    queryFn: ({ signal }) => call(e.getPatient, { params: { id }, signal }),
  });
}

function useStorePatient() {
  const client = useQueryClient();
  return (p: Patient) => {
    client.setQueryData(patientKeys.one(p.id), p);
    void client.invalidateQueries({ queryKey: ['patients', 'search'] });
  };
}

export function useCreatePatient() {
  const store = useStorePatient();
  return useMutation({
    mutationFn: (body: PatientInput) => call(e.createPatient, { body }),
    onSuccess: store,
  });
}

export function useUpdatePatient(id: string) {
  const store = useStorePatient();
  return useMutation({
    mutationFn: (body: PatientPatch) => call(e.updatePatient, { params: { id }, body }),
    onSuccess: store,
  });
}

/** Add (no representativeId) or change a representative; the patient is refetched after. */
export function useSaveRepresentative(patientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      representativeId,
      body,
    }: {
      representativeId: string | null;
      body: RepresentativeInput;
    }) =>
      representativeId
        ? call(e.updateRepresentative, { params: { id: patientId, representativeId }, body })
        : call(e.addRepresentative, { params: { id: patientId }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: patientKeys.one(patientId) }),
  });
}

export function useRemoveRepresentative(patientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (representativeId: string) =>
      call(e.removeRepresentative, { params: { id: patientId, representativeId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: patientKeys.one(patientId) }),
  });
}
