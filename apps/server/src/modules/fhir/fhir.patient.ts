import { parseIdentityNumber } from '@lotsa/contracts';
import type { Patient } from '@medplum/fhirtypes';
import { canAccessPatientsOf } from '../../kernel/index.ts';
import { findRegionCode } from '../organisation/index.ts';
import { findPatients, type PatientFilter, toPatientAnswer, withPatient } from '../patients/index.ts';
import { accessDenied, resourceNotFound } from './fhir.errors.ts';
import { identityKindOf, toFhirPatient } from './fhir.patient.rules.ts';
import { type FhirContext, LAST_UPDATED, type ResourceHandler } from './fhir.registry.ts';
import { type ParsedSearch, parseDateBound, parseToken } from './fhir.search.rules.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What the audit entries of FHIR reads say besides the defaults: the app's entries say nothing. */
export const FHIR_AUDIT = { api: 'fhir' } as const;

const regionCodes = new Map<string, { code: string; at: number }>();
/** The region's code (for its reserve-number system); asked once a minute at most. */
export async function regionCodeOf(ctx: FhirContext): Promise<string> {
  const hit = regionCodes.get(ctx.scope.regionId);
  if (hit && Date.now() - hit.at < 60_000) return hit.code;
  const code = (await findRegionCode(ctx.scope.db, ctx.scope.regionId)) ?? ctx.scope.regionId;
  regionCodes.set(ctx.scope.regionId, { code, at: Date.now() });
  return code;
}

/** The units whose patients the actor may see: a search never reaches past them. */
export const patientUnitsOf = (ctx: FhirContext) =>
  ctx.scope.unitIds.filter((u) => canAccessPatientsOf(ctx.scope.actor, u));

/** An identity number as sent (with or without dash, 10 or 12 digits) as it is stored. */
function normaliseIdentity(value: string): string {
  const parsed = parseIdentityNumber(value);
  return parsed.ok ? parsed.normalized : value.replace(/[\s-]/g, '').toUpperCase();
}

async function readPatient(ctx: FhirContext, id: string): Promise<Patient> {
  if (!UUID.test(id)) throw resourceNotFound('Patient', id);
  const r = await withPatient(
    ctx.scope,
    id,
    { forUpdate: false, action: 'read', entity: 'patient' },
    async (_tx, row) => ({ value: row, detail: FHIR_AUDIT }),
  );
  if (r.status === 'not_found') throw resourceNotFound('Patient', id);
  if (r.status === 'denied') throw accessDenied('Patient', id);
  return toFhirPatient(toPatientAnswer(r.value, []), await regionCodeOf(ctx));
}

const words = (values: string[]) => values.map((v) => v.trim()).filter(Boolean);

async function searchPatients(ctx: FhirContext, s: ParsedSearch) {
  const regionCode = await regionCodeOf(ctx);
  const p = s.params;
  const filter: PatientFilter = {
    unitIds: patientUnitsOf(ctx),
    limit: s.count,
    offset: s.offset,
    countOnly: s.summaryCount,
  };
  const ids = p.get('_id');
  // Several occurrences of _id: a resource has one id, so only ids in every list can match.
  if (ids) filter.ids = ids.map((u) => u.values).reduce((a, b) => a.filter((x) => b.includes(x)));
  const identifiers = p.get('identifier');
  if (identifiers) {
    const sets = identifiers.map((u) =>
      u.values.flatMap((v): Array<{ kind?: string; number: string }> => {
        const t = parseToken(v);
        if (t.anySystem) return [{ number: normaliseIdentity(t.code) }];
        const kind = t.system ? identityKindOf(t.system, regionCode) : null;
        return kind ? [{ kind, number: normaliseIdentity(t.code) }] : [];
      }),
    );
    // AND of identifier lists: a patient has one identity number, so it must be in every list.
    filter.identities = sets.reduce((a, b) =>
      a.filter((x) => b.some((y) => y.number === x.number && (!y.kind || !x.kind || y.kind === x.kind))),
    );
  }
  filter.names = p.get('name')?.map((u) => words(u.values));
  filter.families = p.get('family')?.map((u) => words(u.values));
  filter.givens = p.get('given')?.map((u) => words(u.values));
  filter.birthDate = p.get('birthdate')?.flatMap((u) => u.values.map((v) => parseDateBound('birthdate', v)));
  filter.lastUpdated = p
    .get('_lastUpdated')
    ?.flatMap((u) => u.values.map((v) => parseDateBound('_lastUpdated', v)));
  const { rows, total } = await findPatients(ctx.scope, filter, FHIR_AUDIT);
  return { resources: rows.map((r) => toFhirPatient(toPatientAnswer(r, []), regionCode)), total };
}

export const patientHandler: ResourceHandler<Patient> = {
  type: 'Patient',
  documentation:
    'Patients of the units where you have a care role. Identifiers: personnummer (urn:oid:1.2.752.129.2.1.3.1), samordningsnummer (urn:oid:1.2.752.129.2.1.3.3), reserve numbers (https://lotsa.se/fhir/sid/reservnummer/<region code>). Protected identity: no address or telecom, meta.security R.',
  read: readPatient,
  search: {
    params: [
      {
        name: 'identifier',
        type: 'token',
        documentation: 'system|number; 10 or 12 digits, with or without dash.',
      },
      { name: 'name', type: 'string', documentation: 'Start of the given or family name.' },
      { name: 'family', type: 'string', documentation: 'Start of the family name.' },
      { name: 'given', type: 'string', documentation: 'Start of a given name.' },
      { name: 'birthdate', type: 'date', documentation: 'Birth date (prefixes eq, ge, le, gt, lt …).' },
      LAST_UPDATED,
    ],
    run: searchPatients,
  },
};
