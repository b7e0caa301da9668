import { endpoints } from '@lotsa/contracts';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';

const e = endpoints.careTeam;

export function useCareTeam(patientId: string) {
  return useQuery({
    queryKey: ['care-team', patientId],
    queryFn: ({ signal }) => call(e.getCareTeam, { params: { id: patientId }, signal }),
  });
}

export function useNetwork(patientId: string) {
  return useQuery({
    queryKey: ['network', patientId],
    queryFn: ({ signal }) => call(e.listNetwork, { params: { id: patientId }, signal }),
  });
}

export function useMyContacts(patientId: string) {
  return useQuery({
    queryKey: ['my-contacts', patientId],
    queryFn: ({ signal }) => call(e.getMyContacts, { params: { id: patientId }, signal }),
  });
}
