import { type EndpointBody, endpoints } from '@lotsa/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';

const e = endpoints.organisation;

export const orgKeys = {
  all: ['organisation'] as const,
  region: ['organisation', 'region'] as const,
  units: ['organisation', 'units'] as const,
  list: (kind: 'staff' | 'rooms' | 'equipment' | 'teams', unitId: string | null) =>
    ['organisation', kind, unitId ?? 'all'] as const,
};

export function useRegion() {
  return useQuery({ queryKey: orgKeys.region, queryFn: ({ signal }) => call(e.getRegion, { signal }) });
}

export function useUnits() {
  return useQuery({ queryKey: orgKeys.units, queryFn: ({ signal }) => call(e.listUnits, { signal }) });
}

const unitQuery = (unitId: string | null) => (unitId ? { unitId } : {});

export function useStaff(unitId: string | null) {
  return useQuery({
    queryKey: orgKeys.list('staff', unitId),
    queryFn: ({ signal }) => call(e.listStaff, { query: unitQuery(unitId), signal }),
  });
}

export function useRooms(unitId: string | null) {
  return useQuery({
    queryKey: orgKeys.list('rooms', unitId),
    queryFn: ({ signal }) => call(e.listRooms, { query: unitQuery(unitId), signal }),
  });
}

export function useEquipment(unitId: string | null) {
  return useQuery({
    queryKey: orgKeys.list('equipment', unitId),
    queryFn: ({ signal }) => call(e.listEquipment, { query: unitQuery(unitId), signal }),
  });
}

export function useTeams(unitId: string | null) {
  return useQuery({
    queryKey: orgKeys.list('teams', unitId),
    queryFn: ({ signal }) => call(e.listTeams, { query: unitQuery(unitId), signal }),
  });
}

export type AreaInput = EndpointBody<typeof e.createArea>;
export type UnitInput = EndpointBody<typeof e.createUnit>;
export type StaffInput = EndpointBody<typeof e.createStaff>;
export type FeaturedInput = EndpointBody<typeof e.createRoom>;
/** Rooms and mobile equipment have the same shape: a name and features. */
export type FeaturedKind = 'rooms' | 'equipment';
export type TeamInput = EndpointBody<typeof e.createTeam>;

interface Save<B> {
  /** null creates; an id changes that record (the whole record is sent). */
  id: string | null;
  body: B;
}

/** Lists and counts depend on each other: after a change, refetch all of the organisation. */
function useSave<B, R>(save: (s: Save<B>) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.all }),
  });
}

export const useSaveArea = () =>
  useSave(({ id, body }: Save<AreaInput>) =>
    id ? call(e.updateArea, { params: { id }, body }) : call(e.createArea, { body }),
  );

export const useSaveUnit = () =>
  useSave(({ id, body }: Save<UnitInput>) =>
    id ? call(e.updateUnit, { params: { id }, body }) : call(e.createUnit, { body }),
  );

export const useSaveStaff = () =>
  useSave(({ id, body }: Save<StaffInput>) =>
    id ? call(e.updateStaff, { params: { id }, body }) : call(e.createStaff, { body }),
  );

export const useSaveRoom = () =>
  useSave(({ id, body }: Save<FeaturedInput>) =>
    id ? call(e.updateRoom, { params: { id }, body }) : call(e.createRoom, { body }),
  );

export const useSaveEquipment = () =>
  useSave(({ id, body }: Save<FeaturedInput>) =>
    id ? call(e.updateEquipment, { params: { id }, body }) : call(e.createEquipment, { body }),
  );

export const useSaveTeam = () =>
  useSave(({ id, body }: Save<TeamInput>) =>
    id ? call(e.updateTeam, { params: { id }, body }) : call(e.createTeam, { body }),
  );

// --- Absences (owned by the care-team module on the server: they route contact requests) ----------

const ct = endpoints.careTeam;
export type AbsenceInput = EndpointBody<typeof ct.addAbsence>;
export const absenceKeys = { staff: (staffId: string) => ['absences', staffId] as const };

export function useAbsences(staffId: string) {
  return useQuery({
    queryKey: absenceKeys.staff(staffId),
    queryFn: ({ signal }) => call(ct.listAbsences, { params: { id: staffId }, signal }),
  });
}

/** The region admin, or the unit manager of the staff member's unit, may add; the server decides. */
export function useAddAbsence(staffId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AbsenceInput) => call(ct.addAbsence, { params: { id: staffId }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: absenceKeys.staff(staffId) }),
  });
}
