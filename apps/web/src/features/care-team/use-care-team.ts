import { type CareTeamRole, type EndpointBody, endpoints } from '@lotsa/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';

const e = endpoints.careTeam;
export type AssignCareTeamInput = EndpointBody<typeof e.assignCareTeam>;
export type NetworkContactInput = EndpointBody<typeof e.addNetworkContact>;
export type NeedsGroup = NonNullable<EndpointBody<typeof e.setNeedsGroup>['needsGroup']>;

export const careTeamKeys = {
  team: (patientId: string) => ['care-team', patientId] as const,
  network: (patientId: string) => ['network', patientId] as const,
  myContacts: (patientId: string) => ['my-contacts', patientId] as const,
};

export function useCareTeam(patientId: string) {
  return useQuery({
    queryKey: careTeamKeys.team(patientId),
    queryFn: ({ signal }) => call(e.getCareTeam, { params: { id: patientId }, signal }),
  });
}

export function useNetwork(patientId: string) {
  return useQuery({
    queryKey: careTeamKeys.network(patientId),
    queryFn: ({ signal }) => call(e.listNetwork, { params: { id: patientId }, signal }),
  });
}

export function useMyContacts(patientId: string) {
  return useQuery({
    queryKey: careTeamKeys.myContacts(patientId),
    queryFn: ({ signal }) => call(e.getMyContacts, { params: { id: patientId }, signal }),
  });
}

/** Assigns a fixed contact (and stand-in); the answer is the whole care team, history included. */
export function useAssignCareTeam(patientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ role, body }: { role: CareTeamRole; body: AssignCareTeamInput }) =>
      call(e.assignCareTeam, { params: { id: patientId, role }, body }),
    onSuccess: (team) => {
      client.setQueryData(careTeamKeys.team(patientId), team);
      void client.invalidateQueries({ queryKey: careTeamKeys.myContacts(patientId) });
    },
  });
}

export function useSetNeedsGroup(patientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (needsGroup: NeedsGroup | null) =>
      call(e.setNeedsGroup, { params: { id: patientId }, body: { needsGroup } }),
    onSuccess: (team) => client.setQueryData(careTeamKeys.team(patientId), team),
  });
}

/** Adds (contactId null) or changes a network contact; the whole record is sent. */
export function useSaveNetworkContact(patientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, body }: { contactId: string | null; body: NetworkContactInput }) =>
      contactId
        ? call(e.updateNetworkContact, { params: { id: patientId, contactId }, body })
        : call(e.addNetworkContact, { params: { id: patientId }, body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: careTeamKeys.network(patientId) });
      void client.invalidateQueries({ queryKey: careTeamKeys.myContacts(patientId) });
    },
  });
}

export function useRemoveNetworkContact(patientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (contactId: string) => call(e.removeNetworkContact, { params: { id: patientId, contactId } }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: careTeamKeys.network(patientId) });
      void client.invalidateQueries({ queryKey: careTeamKeys.myContacts(patientId) });
    },
  });
}
