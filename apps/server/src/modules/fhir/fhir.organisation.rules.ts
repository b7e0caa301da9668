import type { Feature, Profession, Room, Staff, Unit } from '@lotsa/contracts';
import type { Device, Location, Organization, Practitioner, PractitionerRole } from '@medplum/fhirtypes';

export const HSA_ID = 'urn:oid:1.2.752.29.4.19';
export const LOTSA_CS = 'https://lotsa.se/fhir/CodeSystem';
const ORG_TYPE = 'http://terminology.hl7.org/CodeSystem/organization-type';

const hsa = (id: string | null) => (id ? { identifier: [{ system: HSA_ID, value: id }] } : {});

/** The region: the care provider (vårdgivare), the top of the organisation. */
export function regionOrganization(regionId: string, name: string): Organization {
  return {
    resourceType: 'Organization',
    id: regionId,
    active: true,
    type: [{ coding: [{ system: ORG_TYPE, code: 'prov', display: 'Healthcare Provider' }] }],
    name,
  };
}

/** A unit (vårdcentral with an SMO assignment), part of its region. */
export function unitOrganization(u: Omit<Unit, 'patientCount'>, regionId: string): Organization {
  return {
    resourceType: 'Organization',
    id: u.id,
    ...hsa(u.hsaId),
    active: u.active,
    type: [{ coding: [{ system: ORG_TYPE, code: 'prov', display: 'Healthcare Provider' }] }],
    name: u.name,
    ...(u.phone ? { telecom: [{ system: 'phone' as const, value: u.phone, use: 'work' as const }] } : {}),
    ...(u.address ? { address: [{ use: 'work' as const, text: u.address, country: 'SE' }] } : {}),
    partOf: { reference: `Organization/${regionId}` },
  };
}

const FEATURE_NAMES: Record<Feature, string> = {
  wide_bench: 'Wide bench',
  floor_lift: 'Floor lift',
  ceiling_lift: 'Ceiling lift',
  hearing_loop: 'Hearing loop',
  low_stimulus: 'Low-stimulus room',
  wheelchair_scale: 'Wheelchair scale',
  height_adjustable_bench: 'Height-adjustable bench',
  separate_entrance: 'Separate entrance',
};
const features = (fs: readonly Feature[]) =>
  fs.map((f) => ({ coding: [{ system: `${LOTSA_CS}/room-feature`, code: f, display: FEATURE_NAMES[f] }] }));

/** A room with its features (what the scheduler matches adaptations against). */
export function roomLocation(r: Room): Location {
  return {
    resourceType: 'Location',
    id: r.id,
    status: r.active ? 'active' : 'inactive',
    name: r.name,
    mode: 'instance',
    ...(r.features.length > 0 ? { type: features(r.features) } : {}),
    physicalType: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/location-physical-type',
          code: 'ro',
          display: 'Room',
        },
      ],
    },
    managingOrganization: { reference: `Organization/${r.unitId}` },
  };
}

/** Mobile equipment that moves between rooms (a floor lift, a seated scale). */
export function equipmentDevice(e: Room): Device {
  return {
    resourceType: 'Device',
    id: e.id,
    status: e.active ? 'active' : 'inactive',
    deviceName: [{ name: e.name, type: 'user-friendly-name' }],
    ...(e.features.length > 0
      ? { property: [{ type: { text: 'features' }, valueCode: features(e.features) }] }
      : {}),
    owner: { reference: `Organization/${e.unitId}` },
  };
}

const PROFESSION_NAMES: Record<Profession, string> = {
  navigator: 'Care navigator (vårdlots)',
  doctor: 'Doctor',
  nurse: 'Nurse',
  assistant_nurse: 'Assistant nurse',
  ot: 'Occupational therapist',
  pt: 'Physiotherapist',
  unit_manager: 'Unit manager',
  other: 'Other',
};

export function staffPractitioner(s: Staff): Practitioner {
  return {
    resourceType: 'Practitioner',
    id: s.id,
    ...hsa(s.hsaId),
    active: s.active,
    name: [{ use: 'official', family: s.familyName, given: s.givenName.split(/\s+/).filter(Boolean) }],
    ...(s.phone || s.email
      ? {
          telecom: [
            ...(s.phone ? [{ system: 'phone' as const, value: s.phone, use: 'work' as const }] : []),
            ...(s.email ? [{ system: 'email' as const, value: s.email, use: 'work' as const }] : []),
          ],
        }
      : {}),
  };
}

/** A staff member's role at their unit: one per staff member (same id as the Practitioner). */
export function staffRole(s: Staff): PractitionerRole {
  return {
    resourceType: 'PractitionerRole',
    id: s.id,
    active: s.active,
    practitioner: { reference: `Practitioner/${s.id}` },
    organization: { reference: `Organization/${s.unitId}` },
    code: [
      {
        coding: [
          { system: `${LOTSA_CS}/profession`, code: s.profession, display: PROFESSION_NAMES[s.profession] },
        ],
      },
    ],
  };
}
