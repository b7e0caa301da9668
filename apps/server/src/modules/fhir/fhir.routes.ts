import type { FastifyInstance, FastifyRequest } from 'fastify';
import { searchsetBundle } from './fhir.bundle.ts';
import { codeSystemHandler, conditionHandler, flagHandler } from './fhir.clinical.ts';
import { registerExport } from './fhir.export.ts';
import { FHIR_BASE, fhirBase, registerFhirErrors, requireScope } from './fhir.http.ts';
import {
  deviceHandler,
  locationHandler,
  organizationHandler,
  practitionerHandler,
  practitionerRoleHandler,
} from './fhir.organisation.ts';
import { patientHandler } from './fhir.patient.ts';
import {
  capabilityStatement,
  type FhirContext,
  type ResourceHandler,
  searchParamsOf,
} from './fhir.registry.ts';
import { appointmentHandler } from './fhir.scheduling.ts';
import { parseSearch } from './fhir.search.rules.ts';

/** Every resource type the API answers; the routes and /metadata are made from this list alone. */
export const FHIR_HANDLERS: readonly ResourceHandler[] = [
  patientHandler,
  organizationHandler,
  locationHandler,
  deviceHandler,
  practitionerHandler,
  practitionerRoleHandler,
  conditionHandler,
  flagHandler,
  codeSystemHandler,
  appointmentHandler,
] as ResourceHandler[];

const STARTED = new Date().toISOString();

/**
 * The FHIR R4 API at /fhir/R4: one read and one search route per handler, /metadata, and every error
 * as an OperationOutcome. The session plugin signs requests in as for the rest of the API.
 */
export async function fhirRoutes(app: FastifyInstance) {
  const publicUrl = app.publicUrl;
  await app.register(
    async (f) => {
      registerFhirErrors(f);
      const context = (req: FastifyRequest): FhirContext => ({
        scope: requireScope(req),
        base: fhirBase(req, publicUrl),
        req,
      });
      f.get('/metadata', { config: { public: true } }, async (req) =>
        capabilityStatement(FHIR_HANDLERS, fhirBase(req, publicUrl), { date: STARTED, version: '0.1.0' }),
      );
      registerExport(f, context);
      for (const h of FHIR_HANDLERS) {
        const { read, search, create, update } = h;
        for (const op of h.operations ?? [])
          f.get(`/${h.type}/$${op.name}`, async (req) =>
            op.run(context(req), parseSearch(req.query as Record<string, string | string[]>, op.params)),
          );
        if (read)
          f.get<{ Params: { id: string } }>(`/${h.type}/:id`, async (req) =>
            read(context(req), req.params.id),
          );
        if (search) {
          const defs = searchParamsOf(h);
          f.get(`/${h.type}`, async (req) => {
            const ctx = context(req);
            const parsed = parseSearch(req.query as Record<string, string | string[]>, defs);
            const { resources, total } = await search.run(ctx, parsed);
            return searchsetBundle(ctx.base, h.type, parsed, resources, total);
          });
        }
        if (create)
          f.post(`/${h.type}`, async (req, reply) => {
            const ctx = context(req);
            const made = await create(ctx, req.body);
            reply.status(201).header('location', `${ctx.base}/${h.type}/${made.id}`);
            return made;
          });
        if (update)
          f.put<{ Params: { id: string } }>(`/${h.type}/:id`, async (req) =>
            update(context(req), req.params.id, req.body),
          );
      }
    },
    { prefix: FHIR_BASE },
  );
}
