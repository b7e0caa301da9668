import { type EndpointBody, type EndpointQuery, endpoints, type Registration } from '@lotsa/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, call } from '../../lib/api.ts';

const e = endpoints.intake;
export type BoardQuery = EndpointQuery<typeof e.getBoard>;
export type NewRegistrationInput = EndpointBody<typeof e.createRegistration>;
export type PublicRegistrationInput = EndpointBody<typeof e.submitPublicRegistration>;

export const intakeKeys = {
  all: ['intake'] as const,
  board: (q: BoardQuery) => ['intake', 'board', q] as const,
  one: (id: string) => ['intake', 'one', id] as const,
  patient: (patientId: string) => ['intake', 'patient', patientId] as const,
};

/** The navigator's board: the active unit's registrations and places. Refreshes every minute. */
export function useBoard(query: BoardQuery) {
  return useQuery({
    queryKey: intakeKeys.board(query),
    queryFn: ({ signal }) => call(e.getBoard, { query, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

export function useRegistration(id: string, enabled = true) {
  return useQuery({
    queryKey: intakeKeys.one(id),
    queryFn: ({ signal }) => call(e.getRegistration, { params: { id }, signal }),
    enabled: enabled && id !== '',
  });
}

export function usePatientIntake(patientId: string) {
  return useQuery({
    queryKey: intakeKeys.patient(patientId),
    queryFn: ({ signal }) => call(e.getPatientIntake, { params: { id: patientId }, signal }),
    retry: false,
  });
}

/** Stores the answer of a step and refreshes the board (places and stages change with it). */
function useStoreRegistration() {
  const client = useQueryClient();
  return (r: Registration) => {
    client.setQueryData(intakeKeys.one(r.id), r);
    void client.invalidateQueries({ queryKey: ['intake', 'board'] });
    void client.invalidateQueries({ queryKey: ['intake', 'patient'] });
    // Enrolment creates a patient; an exit changes one.
    if (r.patientId) void client.invalidateQueries({ queryKey: ['patients'] });
  };
}

export function useCreateRegistration() {
  const store = useStoreRegistration();
  return useMutation({
    mutationFn: (body: NewRegistrationInput) => call(e.createRegistration, { body }),
    onSuccess: store,
  });
}

/** The public form: no session needed; answers a receipt only. */
export function useSubmitPublicRegistration() {
  return useMutation({
    mutationFn: (body: PublicRegistrationInput) => call(e.submitPublicRegistration, { body }),
  });
}

/** Corrects or completes a registration before enrolment (only the changed fields). */
export function useUpdateRegistration(id: string) {
  const store = useStoreRegistration();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof e.updateRegistration>) =>
      call(e.updateRegistration, { params: { id }, body }),
    onSuccess: store,
  });
}

/** Adds a note to the timeline. */
export function useAddNote(id: string) {
  const store = useStoreRegistration();
  return useMutation({
    mutationFn: (note: string) => call(e.addNote, { params: { id }, body: { note } }),
    onSuccess: store,
  });
}

/**
 * A possible duplicate: merge it into the earlier registration, or say it is not one (a reason either
 * way). The earlier one changes too (what the merge carries over, its list of possible duplicates).
 */
export function useResolveDuplicate(id: string, earlierId: string) {
  const store = useStoreRegistration();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, reason }: { kind: 'merge' | 'notDuplicate'; reason: string }) =>
      kind === 'merge'
        ? call(e.mergeDuplicate, { params: { id }, body: { reason } })
        : call(e.markNotDuplicate, { params: { id }, body: { reason } }),
    onSuccess: (r) => {
      store(r);
      void client.invalidateQueries({ queryKey: intakeKeys.one(earlierId) });
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) {
        void client.invalidateQueries({ queryKey: intakeKeys.one(id) });
        void client.invalidateQueries({ queryKey: intakeKeys.one(earlierId) });
      }
    },
  });
}

/** Every step of a registration after it arrived, with its body. */
export type IntakeStep =
  | { kind: 'bookFirstCall'; body: EndpointBody<typeof e.bookFirstCall> }
  | { kind: 'recordFirstCall'; body: EndpointBody<typeof e.recordFirstCall> }
  | { kind: 'decideEligibility'; body: EndpointBody<typeof e.decideEligibility> }
  | { kind: 'recordConsent'; body: EndpointBody<typeof e.recordConsent> }
  | { kind: 'withdrawConsent'; body: EndpointBody<typeof e.withdrawConsent> }
  | { kind: 'enrol'; body: EndpointBody<typeof e.enrol> }
  | { kind: 'addToWaitingList'; body: EndpointBody<typeof e.addToWaitingList> }
  | { kind: 'declineOffer'; body: EndpointBody<typeof e.declineOffer> }
  | { kind: 'exit'; body: EndpointBody<typeof e.exit> }
  | { kind: 'close'; body: EndpointBody<typeof e.close> };

function runStep(id: string, step: IntakeStep): Promise<Registration> {
  const params = { id };
  switch (step.kind) {
    case 'bookFirstCall':
      return call(e.bookFirstCall, { params, body: step.body });
    case 'recordFirstCall':
      return call(e.recordFirstCall, { params, body: step.body });
    case 'decideEligibility':
      return call(e.decideEligibility, { params, body: step.body });
    case 'recordConsent':
      return call(e.recordConsent, { params, body: step.body });
    case 'withdrawConsent':
      return call(e.withdrawConsent, { params, body: step.body });
    case 'enrol':
      return call(e.enrol, { params, body: step.body });
    case 'addToWaitingList':
      return call(e.addToWaitingList, { params, body: step.body });
    case 'declineOffer':
      return call(e.declineOffer, { params, body: step.body });
    case 'exit':
      return call(e.exit, { params, body: step.body });
    case 'close':
      return call(e.close, { params, body: step.body });
  }
}

/** Takes a registration one step; a refusal (409) comes back as an ApiError with the server's message. */
export function useIntakeStep(id: string) {
  const store = useStoreRegistration();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (step: IntakeStep) => runStep(id, step),
    onSuccess: store,
    // A refusal because the registration changed meanwhile (its decision outdated, a place taken):
    // read it again, so the page shows why and offers the step that is possible now.
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) {
        void client.invalidateQueries({ queryKey: intakeKeys.one(id) });
        void client.invalidateQueries({ queryKey: ['intake', 'board'] });
      }
    },
  });
}
