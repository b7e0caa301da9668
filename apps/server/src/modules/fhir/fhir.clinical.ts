import type { CodeSystem, Condition, Flag } from '@medplum/fhirtypes';
import { findCurrentAdaptations } from '../adaptations/index.ts';
import { withPatient } from '../patients/index.ts';
import { adaptationFlag, CODE_SYSTEMS, diagnosisCondition, splitChildId } from './fhir.clinical.rules.ts';
import { accessDenied, badSearch, resourceNotFound } from './fhir.errors.ts';
import { type MemoryParam, memorySearch, referenceMatches } from './fhir.memory.ts';
import { FHIR_AUDIT } from './fhir.patient.ts';
import type { FhirContext, ResourceHandler, SearchResult } from './fhir.registry.ts';
import { type ParsedSearch, parseToken } from './fhir.search.rules.ts';

// Resources that hang on one patient: read and searched through withPatient (the patient's row
// region-bound and access-checked, the read logged), one patient at a time.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a patient-bound resource type loads of one patient (inside withPatient's transaction). */
type Loader<R> = Parameters<typeof withPatient<R[]>>[3];

async function loadFor<R>(ctx: FhirContext, patientId: string, entity: string, load: Loader<R>) {
  const r = await withPatient(ctx.scope, patientId, { forUpdate: false, action: 'read', entity }, load);
  return r;
}

/** The patients a search names (`patient=` or `subject=`, Patient/<id> or <id>): required. */
function patientsOf(s: ParsedSearch, type: string): string[] {
  const uses = [...(s.params.get('patient') ?? []), ...(s.params.get('subject') ?? [])];
  if (uses.length === 0)
    throw badSearch(`A ${type} search needs patient (or subject): ${type}?patient=Patient/<id>.`, 'patient');
  const sets = uses.map((u) => u.values.map((v) => (v.startsWith('Patient/') ? v.slice(8) : v)));
  return sets.reduce((a, b) => a.filter((x) => b.includes(x))).filter((id) => UUID.test(id));
}

const codeParam = <
  R extends { code?: { coding?: Array<{ system?: string; code?: string }> } },
>(): MemoryParam<R> => ({
  name: 'code',
  type: 'token',
  match: (r, v) => {
    const t = parseToken(v);
    return (r.code?.coding ?? []).some((c) => c.code === t.code && (t.anySystem || c.system === t.system));
  },
});

function patientBound<R extends Condition | Flag>(
  type: 'Condition' | 'Flag',
  documentation: string,
  entity: string,
  load: (patientId: string) => Loader<R>,
): ResourceHandler<R> {
  const params: MemoryParam<R>[] = [
    {
      name: 'patient',
      type: 'reference',
      match: (r, v) => referenceMatches(r.subject?.reference, 'Patient', v),
    },
    {
      name: 'subject',
      type: 'reference',
      match: (r, v) => referenceMatches(r.subject?.reference, 'Patient', v),
    },
    codeParam<R>(),
  ];
  return {
    type,
    documentation,
    read: async (ctx, id) => {
      const parts = splitChildId(id);
      if (!parts) throw resourceNotFound(type, id);
      const r = await loadFor(ctx, parts.patientId, entity, load(parts.patientId));
      if (r.status === 'denied') throw accessDenied(type, id);
      const found = r.status === 'ok' ? r.value.find((x) => x.id === id) : undefined;
      if (!found) throw resourceNotFound(type, id);
      return found;
    },
    search: {
      params: params.filter((p) => p.name !== '_id'),
      run: async (ctx, s): Promise<SearchResult<R>> => {
        const all: R[] = [];
        for (const patientId of patientsOf(s, type)) {
          const r = await loadFor(ctx, patientId, entity, load(patientId));
          if (r.status === 'ok') all.push(...r.value);
        }
        return memorySearch(params, async () => all).run(ctx, s);
      },
    },
  };
}

export const conditionHandler = patientBound<Condition>(
  'Condition',
  "The diagnoses of a patient's record (ICD-10-SE, urn:oid:1.2.752.116.1.1.1.1.3). Search needs patient.",
  'condition',
  (patientId) => async (_tx, row) => ({
    value: row.diagnoses.map((code) => diagnosisCondition(patientId, code, row.updatedAt.toISOString())),
    detail: FHIR_AUDIT,
  }),
);

export const flagHandler = patientBound<Flag>(
  'Flag',
  "The adaptations of a patient's current profile, one Flag each (codes: CodeSystem/adaptation). Search needs patient.",
  'adaptations',
  (patientId) => async (tx) => {
    const v = await findCurrentAdaptations(tx, patientId);
    return {
      value: (v?.items ?? []).map((item) => adaptationFlag(patientId, item, v!.recordedAt.toISOString())),
      detail: FHIR_AUDIT,
    };
  },
);

export const codeSystemHandler: ResourceHandler<CodeSystem> = {
  type: 'CodeSystem',
  documentation: "Lotsa's own code lists: adaptation, room-feature, profession.",
  read: async (_ctx, id) => {
    const cs = CODE_SYSTEMS.find((c) => c.id === id);
    if (!cs) throw resourceNotFound('CodeSystem', id);
    return cs;
  },
  search: memorySearch<CodeSystem>(
    [
      { name: 'url', type: 'uri', match: (r, v) => r.url === v },
      {
        name: 'name',
        type: 'string',
        match: (r, v) => (r.name ?? '').toLowerCase().startsWith(v.toLowerCase()),
      },
    ],
    async () => [...CODE_SYSTEMS],
  ),
};
