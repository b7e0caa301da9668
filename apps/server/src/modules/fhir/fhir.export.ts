import { Readable } from 'node:stream';
import type { Resource } from '@medplum/fhirtypes';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { exportPatients, type PatientRow, toPatientAnswer } from '../patients/index.ts';
import { diagnosisCondition } from './fhir.clinical.rules.ts';
import { badSearch, FhirError, notSupported } from './fhir.errors.ts';
import {
  deviceHandler,
  locationHandler,
  organizationHandler,
  practitionerHandler,
  practitionerRoleHandler,
} from './fhir.organisation.ts';
import { toFhirPatient } from './fhir.patient.rules.ts';
import { FHIR_AUDIT, patientUnitsOf, regionCodeOf } from './fhir.patient.ts';
import type { FhirContext, ResourceHandler } from './fhir.registry.ts';
import * as repo from './fhir.repository.ts';
import { parseDateBound, parseSearch, splitValues } from './fhir.search.rules.ts';

// FHIR Bulk Data Access (`$export`): kick-off with `Prefer: respond-async` (202 and the status
// address), the status (the manifest: one NDJSON file per type), the files streamed from the
// database in keyset batches of BATCH patients (memory flat whatever the size), each batch audited.

const BATCH = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NDJSON = 'application/fhir+ndjson';

type PatientMapper = (row: PatientRow, regionCode: string) => Resource[];
const PATIENT_TYPES: Record<string, PatientMapper> = {
  Patient: (row, code) => [toFhirPatient(toPatientAnswer(row, []), code)],
  Condition: (row) => row.diagnoses.map((d) => diagnosisCondition(row.id, d, row.updatedAt.toISOString())),
};
/** The organisation's small lists, whole (they have no change time, so _since does not filter them). */
const LIST_TYPES: Record<string, ResourceHandler> = Object.fromEntries(
  [organizationHandler, locationHandler, deviceHandler, practitionerHandler, practitionerRoleHandler].map(
    (h) => [h.type, h as ResourceHandler],
  ),
);
export const EXPORT_TYPES = [...Object.keys(PATIENT_TYPES), ...Object.keys(LIST_TYPES)];

async function* patientLines(
  ctx: FhirContext,
  job: repo.ExportRow,
  map: PatientMapper,
): AsyncGenerator<string> {
  const regionCode = await regionCodeOf(ctx);
  const unitIds = patientUnitsOf(ctx);
  let afterId: string | null = null;
  for (;;) {
    const rows = await exportPatients(
      ctx.scope,
      { unitIds, since: job.since, until: job.transactionTime, afterId, limit: BATCH },
      { ...FHIR_AUDIT, export: job.id },
    );
    let chunk = '';
    for (const r of rows) for (const res of map(r, regionCode)) chunk += `${JSON.stringify(res)}\n`;
    if (chunk) yield chunk;
    if (rows.length < BATCH) return;
    afterId = rows[rows.length - 1]!.id;
  }
}

async function* listLines(ctx: FhirContext, h: ResourceHandler): AsyncGenerator<string> {
  const all = await h.search!.run(ctx, parseSearch({ _count: '1000' }, []));
  yield all.resources.map((r) => `${JSON.stringify(r)}\n`).join('');
}

export function registerExport(f: FastifyInstance, context: (req: FastifyRequest) => FhirContext) {
  const kickOff = async (req: FastifyRequest, reply: import('fastify').FastifyReply) => {
    const ctx = context(req);
    const prefer = String(req.headers.prefer ?? '');
    if (!/respond-async/.test(prefer))
      throw new FhirError(
        400,
        'invalid',
        'A bulk export runs asynchronously: send the header Prefer: respond-async.',
      );
    const q = req.query as Record<string, string | string[]>;
    let types = EXPORT_TYPES;
    let since: Date | null = null;
    for (const [key, value] of Object.entries(q)) {
      const v = Array.isArray(value) ? value.join(',') : value;
      if (key === '_type') {
        types = [...new Set(splitValues(v).filter(Boolean))];
        const unknown = types.filter((t) => !EXPORT_TYPES.includes(t));
        if (unknown.length > 0)
          throw notSupported(
            `_type ${unknown.join(', ')} cannot be exported; these can: ${EXPORT_TYPES.join(', ')}.`,
            '_type',
          );
      } else if (key === '_since') {
        const b = parseDateBound('_since', v);
        since = new Date(b.start.length === 10 ? `${b.start}T00:00:00Z` : b.start);
      } else if (key === '_outputFormat') {
        if (!['application/fhir+ndjson', 'application/ndjson', 'ndjson'].includes(v))
          throw notSupported(`_outputFormat ${v} is not supported: the files are NDJSON.`, '_outputFormat');
      } else throw badSearch(`Unknown $export parameter "${key}".`, key);
    }
    const job = await repo.insertExport(ctx.scope.db, {
      regionId: ctx.scope.regionId,
      userId: ctx.scope.actor.userId,
      types,
      since,
      request: `${ctx.base}${req.url.replace(/^\/fhir\/R4/, '')}`,
    });
    reply.status(202).header('content-location', `${ctx.base}/$export-status/${job.id}`);
    return {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'information', code: 'informational', diagnostics: 'Export accepted.' }],
    };
  };
  f.get('/$export', kickOff);
  f.get('/Patient/$export', kickOff);

  const jobOf = async (ctx: FhirContext, id: string) => {
    const job = UUID.test(id)
      ? await repo.findExport(ctx.scope.db, ctx.scope.regionId, ctx.scope.actor.userId, id)
      : null;
    if (!job) throw new FhirError(404, 'not-found', `There is no export ${id} of yours.`);
    return job;
  };
  f.get<{ Params: { id: string } }>('/$export-status/:id', async (req, reply) => {
    const ctx = context(req);
    const job = await jobOf(ctx, req.params.id);
    // The files are made as they are downloaded: the export is complete at once.
    reply.type('application/json; charset=utf-8');
    return {
      transactionTime: job.transactionTime.toISOString(),
      request: job.request,
      requiresAccessToken: true,
      output: job.types.map((type) => ({ type, url: `${ctx.base}/$export-file/${job.id}/${type}.ndjson` })),
      error: [],
    };
  });
  f.delete<{ Params: { id: string } }>('/$export-status/:id', async (req, reply) => {
    const ctx = context(req);
    if (
      !UUID.test(req.params.id) ||
      !(await repo.deleteExport(ctx.scope.db, ctx.scope.regionId, ctx.scope.actor.userId, req.params.id))
    )
      throw new FhirError(404, 'not-found', `There is no export ${req.params.id} of yours.`);
    reply.status(202);
    return {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'information', code: 'informational', diagnostics: 'Export deleted.' }],
    };
  });
  f.get<{ Params: { id: string; file: string } }>('/$export-file/:id/:file', async (req, reply) => {
    const ctx = context(req);
    const job = await jobOf(ctx, req.params.id);
    const type = req.params.file.replace(/\.ndjson$/, '');
    if (!job.types.includes(type))
      throw new FhirError(404, 'not-found', `Export ${job.id} has no ${type} file.`);
    const lines = PATIENT_TYPES[type]
      ? patientLines(ctx, job, PATIENT_TYPES[type])
      : listLines(ctx, LIST_TYPES[type]!);
    reply.type(NDJSON);
    return reply.send(Readable.from(lines));
  });
}
