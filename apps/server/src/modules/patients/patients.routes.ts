import { careAccessEndpoints as access, auditEndpoints, patientEndpoints as e } from '@lotsa/contracts';
import type { FastifyInstance } from 'fastify';
import { route } from '../../plugins/contract-routes.ts';
import * as accessService from './patients.access.service.ts';
import * as service from './patients.service.ts';

export async function patientRoutes(app: FastifyInstance) {
  route(app, e.searchPatients, ({ actor, query }) =>
    service.searchPatients(app.db, actor, query.q, query.limit),
  );
  route(app, e.createPatient, ({ actor, body }) => service.createPatient(app.db, actor, body));
  route(app, e.getPatient, ({ actor, params }) => service.getPatient(app.db, actor, params.id));
  route(app, e.updatePatient, ({ actor, params, body }) =>
    service.updatePatient(app.db, actor, params.id, body),
  );
  route(app, e.addRepresentative, ({ actor, params, body }) =>
    service.addRepresentative(app.db, actor, params.id, body),
  );
  route(app, e.updateRepresentative, ({ actor, params, body }) =>
    service.updateRepresentative(app.db, actor, params.id, params.representativeId, body),
  );
  route(app, e.removeRepresentative, ({ actor, params }) =>
    service.removeRepresentative(app.db, actor, params.id, params.representativeId),
  );
  route(app, access.getPatientAccess, ({ actor, params }) =>
    accessService.getPatientAccess(app.db, actor, params.id),
  );
  route(app, access.requestPatientAccess, ({ actor, params, body }) =>
    accessService.requestPatientAccess(app.db, actor, params.id, body),
  );
  route(app, access.emergencyAccess, ({ actor, body }) => accessService.emergencyAccess(app.db, actor, body));
  // The log extract lives here because it reads the patient (audited) before the log.
  route(app, auditEndpoints.patientExtract, ({ actor, params }) =>
    service.patientAuditExtract(app.db, actor, params.id),
  );
}
