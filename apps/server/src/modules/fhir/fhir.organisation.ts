import type {
  Device,
  Location,
  Organization,
  Practitioner,
  PractitionerRole,
  Resource,
} from '@medplum/fhirtypes';
import {
  equipmentTable,
  findFeatured,
  findRegionName,
  findStaff,
  findUnits,
  roomsTable,
} from '../organisation/index.ts';
import { resourceNotFound } from './fhir.errors.ts';
import {
  identifierMatches,
  type MemoryParam,
  memorySearch,
  referenceMatches,
  startsWord,
} from './fhir.memory.ts';
import {
  equipmentDevice,
  regionOrganization,
  roomLocation,
  staffPractitioner,
  staffRole,
  unitOrganization,
} from './fhir.organisation.rules.ts';
import type { FhirContext, ResourceHandler } from './fhir.registry.ts';
import { parseToken } from './fhir.search.rules.ts';

// The organisation (not patient data, so not audited): the region and its units, rooms, mobile
// equipment and staff, read through the organisation module's door, always of the reader's region.

/** A handler over a small list loaded whole: read finds by id in it, search filters it. */
function listHandler<R extends Resource>(
  type: R['resourceType'] & ResourceHandler['type'],
  documentation: string,
  list: (ctx: FhirContext) => Promise<R[]>,
  params: ReadonlyArray<MemoryParam<R>>,
): ResourceHandler<R> {
  return {
    type,
    documentation,
    read: async (ctx, id) => {
      const found = (await list(ctx)).find((r) => r.id === id);
      if (!found) throw resourceNotFound(type, id);
      return found;
    },
    search: memorySearch(params, list),
  };
}

const codeMatches = (
  concepts: ReadonlyArray<{ coding?: Array<{ system?: string; code?: string }> }> | undefined,
  v: string,
) => {
  const t = parseToken(v);
  return (concepts ?? []).some((c) =>
    (c.coding ?? []).some((x) => x.code === t.code && (t.anySystem || x.system === t.system)),
  );
};

export const organizationHandler = listHandler<Organization>(
  'Organization',
  'The region (care provider) and its units (HSA-id urn:oid:1.2.752.29.4.19), each unit partOf the region.',
  async (ctx) => {
    const { db, regionId } = ctx.scope;
    const [name, units] = await Promise.all([findRegionName(db, regionId), findUnits(db, regionId)]);
    return [regionOrganization(regionId, name ?? ''), ...units.map((u) => unitOrganization(u, regionId))];
  },
  [
    { name: 'name', type: 'string', match: (r, v) => startsWord([r.name], v) },
    { name: 'identifier', type: 'token', match: (r, v) => identifierMatches(r.identifier, v) },
    {
      name: 'partof',
      type: 'reference',
      match: (r, v) => referenceMatches(r.partOf?.reference, 'Organization', v),
    },
  ],
);

export const locationHandler = listHandler<Location>(
  'Location',
  'Rooms of the units, with their features as type codings (https://lotsa.se/fhir/CodeSystem/room-feature).',
  async (ctx) => (await findFeatured(ctx.scope.db, roomsTable, ctx.scope.regionId)).map(roomLocation),
  [
    { name: 'name', type: 'string', match: (r, v) => startsWord([r.name], v) },
    {
      name: 'organization',
      type: 'reference',
      match: (r, v) => referenceMatches(r.managingOrganization?.reference, 'Organization', v),
    },
    { name: 'type', type: 'token', match: (r, v) => codeMatches(r.type, v) },
  ],
);

export const deviceHandler = listHandler<Device>(
  'Device',
  'Mobile equipment of the units (a floor lift, a wheelchair scale), with its features.',
  async (ctx) => (await findFeatured(ctx.scope.db, equipmentTable, ctx.scope.regionId)).map(equipmentDevice),
  [
    {
      name: 'organization',
      type: 'reference',
      match: (r, v) => referenceMatches(r.owner?.reference, 'Organization', v),
    },
  ],
);

const staffOf = (ctx: FhirContext) => findStaff(ctx.scope.db, ctx.scope.regionId);

export const practitionerHandler = listHandler<Practitioner>(
  'Practitioner',
  'Staff of the region (HSA-id urn:oid:1.2.752.29.4.19).',
  async (ctx) => (await staffOf(ctx)).map(staffPractitioner),
  [
    {
      name: 'name',
      type: 'string',
      match: (r, v) => startsWord(r.name?.flatMap((n) => [n.family, ...(n.given ?? [])]) ?? [], v),
    },
    { name: 'identifier', type: 'token', match: (r, v) => identifierMatches(r.identifier, v) },
  ],
);

export const practitionerRoleHandler = listHandler<PractitionerRole>(
  'PractitionerRole',
  "A staff member's profession at their unit (https://lotsa.se/fhir/CodeSystem/profession); same id as the Practitioner.",
  async (ctx) => (await staffOf(ctx)).map(staffRole),
  [
    {
      name: 'practitioner',
      type: 'reference',
      match: (r, v) => referenceMatches(r.practitioner?.reference, 'Practitioner', v),
    },
    {
      name: 'organization',
      type: 'reference',
      match: (r, v) => referenceMatches(r.organization?.reference, 'Organization', v),
    },
    { name: 'role', type: 'token', match: (r, v) => codeMatches(r.code, v) },
  ],
);
