import { z } from 'zod';
import {
  defineEndpoint,
  optionalText,
  text,
  ZId,
  ZIdParams,
  ZOptionalEmail,
  ZOptionalPhone,
} from './http.ts';
import { messageCode } from './messages/index.ts';
import { isKnownMunicipality } from './municipalities.ts';

export const PROFESSIONS = [
  'navigator',
  'doctor',
  'nurse',
  'assistant_nurse',
  'ot',
  'pt',
  'unit_manager',
  'other',
] as const;
export const ZProfession = z.enum(PROFESSIONS);
export type Profession = z.infer<typeof ZProfession>;

/** Room and equipment features the scheduler matches against a patient's adaptations. */
export const FEATURES = [
  'wide_bench',
  'floor_lift',
  'ceiling_lift',
  'hearing_loop',
  'low_stimulus',
  'wheelchair_scale',
  'height_adjustable_bench',
  'separate_entrance',
] as const;
export const ZFeature = z.enum(FEATURES);
export type Feature = z.infer<typeof ZFeature>;

export const ZMunicipalityCode = z
  .string()
  .trim()
  .refine(isKnownMunicipality, {
    error: messageCode('municipality_code_unknown'),
  });

const ZHsaId = z
  .string()
  .trim()
  .regex(/^SE[0-9]{10}-[A-Za-z0-9]{1,31}$/, {
    error: messageCode('hsa_id_format'),
  });
const ZOptionalHsaId = z
  .union([ZHsaId, z.literal(''), z.null()])
  .optional()
  .transform((v) => (v ? v : null));

export const ZArea = z.object({ id: ZId, name: z.string() });
export const ZRegion = z.object({ id: ZId, code: z.string(), name: z.string(), areas: z.array(ZArea) });

export const ZUnit = z.object({
  id: ZId,
  name: z.string(),
  areaId: ZId.nullable(),
  cap: z.number().int(),
  hsaId: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  active: z.boolean(),
  municipalityCodes: z.array(z.string()),
  /** Patients registered at the unit. */
  patientCount: z.number().int(),
});
export type Unit = z.infer<typeof ZUnit>;
export const ZUnitInput = z.object({
  name: text(120),
  areaId: ZId.nullish().transform((v) => v ?? null),
  cap: z.number().int().min(0).max(10000),
  hsaId: ZOptionalHsaId,
  phone: ZOptionalPhone,
  address: optionalText(200),
  active: z.boolean().default(true),
  municipalityCodes: z
    .array(ZMunicipalityCode)
    .min(1, {
      error: messageCode('catchment_required'),
    })
    .max(50),
});

export const ZStaff = z.object({
  id: ZId,
  unitId: ZId,
  givenName: z.string(),
  familyName: z.string(),
  profession: ZProfession,
  hsaId: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  active: z.boolean(),
});
export type Staff = z.infer<typeof ZStaff>;
export const ZStaffInput = z.object({
  unitId: ZId,
  givenName: text(80),
  familyName: text(80),
  profession: ZProfession,
  hsaId: ZOptionalHsaId,
  phone: ZOptionalPhone,
  email: ZOptionalEmail,
  active: z.boolean().default(true),
});

export const ZRoom = z.object({
  id: ZId,
  unitId: ZId,
  name: z.string(),
  features: z.array(ZFeature),
  active: z.boolean(),
});
export type Room = z.infer<typeof ZRoom>;
export const ZRoomInput = z.object({
  unitId: ZId,
  name: text(80),
  features: z.array(ZFeature).max(FEATURES.length),
  active: z.boolean().default(true),
});
export const ZEquipment = ZRoom;
export type Equipment = Room;
export const ZEquipmentInput = ZRoomInput;

export const ZTeam = z.object({ id: ZId, unitId: ZId, name: z.string(), memberIds: z.array(ZId) });
export type Team = z.infer<typeof ZTeam>;
export const ZTeamInput = z.object({ unitId: ZId, name: text(80), memberIds: z.array(ZId).max(100) });

export const ZUnitQuery = z.object({ unitId: ZId.optional() });

const tags = ['organisation'];
export const organisationEndpoints = {
  getRegion: defineEndpoint({
    method: 'GET',
    path: '/api/organisation/region',
    summary: 'The signed-in user’s region and its areas',
    tags,
    response: ZRegion,
  }),
  createArea: defineEndpoint({
    method: 'POST',
    path: '/api/organisation/areas',
    summary: 'Add a länsdel',
    tags,
    body: z.object({ name: text(120) }),
    response: ZArea,
    status: 201,
  }),
  updateArea: defineEndpoint({
    method: 'PATCH',
    path: '/api/organisation/areas/:id',
    summary: 'Rename a länsdel',
    tags,
    params: ZIdParams,
    body: z.object({ name: text(120) }),
    response: ZArea,
  }),
  listUnits: defineEndpoint({
    method: 'GET',
    path: '/api/organisation/units',
    summary: 'Units of the region',
    tags,
    response: z.array(ZUnit),
  }),
  createUnit: defineEndpoint({
    method: 'POST',
    path: '/api/organisation/units',
    summary: 'Add a unit',
    tags,
    body: ZUnitInput,
    response: ZUnit,
    status: 201,
  }),
  updateUnit: defineEndpoint({
    method: 'PATCH',
    path: '/api/organisation/units/:id',
    summary: 'Change a unit',
    tags,
    params: ZIdParams,
    body: ZUnitInput,
    response: ZUnit,
  }),
  listStaff: defineEndpoint({
    method: 'GET',
    path: '/api/organisation/staff',
    summary: 'Staff, optionally of one unit',
    tags,
    query: ZUnitQuery,
    response: z.array(ZStaff),
  }),
  createStaff: defineEndpoint({
    method: 'POST',
    path: '/api/organisation/staff',
    summary: 'Add a staff member',
    tags,
    body: ZStaffInput,
    response: ZStaff,
    status: 201,
  }),
  updateStaff: defineEndpoint({
    method: 'PATCH',
    path: '/api/organisation/staff/:id',
    summary: 'Change a staff member',
    tags,
    params: ZIdParams,
    body: ZStaffInput,
    response: ZStaff,
  }),
  listRooms: defineEndpoint({
    method: 'GET',
    path: '/api/organisation/rooms',
    summary: 'Rooms, optionally of one unit',
    tags,
    query: ZUnitQuery,
    response: z.array(ZRoom),
  }),
  createRoom: defineEndpoint({
    method: 'POST',
    path: '/api/organisation/rooms',
    summary: 'Add a room',
    tags,
    body: ZRoomInput,
    response: ZRoom,
    status: 201,
  }),
  updateRoom: defineEndpoint({
    method: 'PATCH',
    path: '/api/organisation/rooms/:id',
    summary: 'Change a room',
    tags,
    params: ZIdParams,
    body: ZRoomInput,
    response: ZRoom,
  }),
  listEquipment: defineEndpoint({
    method: 'GET',
    path: '/api/organisation/equipment',
    summary: 'Mobile equipment, optionally of one unit',
    tags,
    query: ZUnitQuery,
    response: z.array(ZEquipment),
  }),
  createEquipment: defineEndpoint({
    method: 'POST',
    path: '/api/organisation/equipment',
    summary: 'Add mobile equipment',
    tags,
    body: ZEquipmentInput,
    response: ZEquipment,
    status: 201,
  }),
  updateEquipment: defineEndpoint({
    method: 'PATCH',
    path: '/api/organisation/equipment/:id',
    summary: 'Change mobile equipment',
    tags,
    params: ZIdParams,
    body: ZEquipmentInput,
    response: ZEquipment,
  }),
  listTeams: defineEndpoint({
    method: 'GET',
    path: '/api/organisation/teams',
    summary: 'Teams, optionally of one unit',
    tags,
    query: ZUnitQuery,
    response: z.array(ZTeam),
  }),
  createTeam: defineEndpoint({
    method: 'POST',
    path: '/api/organisation/teams',
    summary: 'Add a team',
    tags,
    body: ZTeamInput,
    response: ZTeam,
    status: 201,
  }),
  updateTeam: defineEndpoint({
    method: 'PATCH',
    path: '/api/organisation/teams/:id',
    summary: 'Change a team',
    tags,
    params: ZIdParams,
    body: ZTeamInput,
    response: ZTeam,
  }),
  listMunicipalities: defineEndpoint({
    method: 'GET',
    path: '/api/organisation/municipalities',
    summary: 'Swedish municipalities with SCB codes',
    tags,
    response: z.array(z.object({ code: z.string(), name: z.string() })),
  }),
};
