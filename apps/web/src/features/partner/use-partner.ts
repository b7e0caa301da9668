import { type EndpointBody, endpoints } from '@lotsa/contracts';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';

const e = endpoints.careTeam.lookUpPartnerPatient;
export type PartnerLookup = EndpointBody<typeof e>;

/**
 * A partner's look-up by identity number. A POST (the number stays out of addresses and logs) and a
 * mutation: nothing is cached, so the patient is gone once the page is left or cleared.
 */
export function useLookUpPartnerPatient() {
  return useMutation({ mutationFn: (body: PartnerLookup) => call(e, { body }) });
}
