import { carePlanEndpoints as e, partnerCarePlanEndpoints as p } from '@lotsa/contracts';
import type { FastifyInstance } from 'fastify';
import { route } from '../../plugins/contract-routes.ts';
import * as partner from './care-plans.partner.service.ts';
import * as service from './care-plans.service.ts';

export async function carePlanRoutes(app: FastifyInstance) {
  route(app, e.listCarePlans, ({ scope, params }) => service.listCarePlans(scope, params.id));
  route(app, e.createCarePlan, ({ scope, params, body }) => service.createCarePlan(scope, params.id, body));
  route(app, e.partnerAccounts, ({ scope, params }) => service.listPartnerAccounts(scope, params.id));
  route(app, e.getCarePlan, ({ scope, params }) => service.getCarePlan(scope, params.id));
  route(app, e.saveCarePlan, ({ scope, params, body }) => service.saveCarePlan(scope, params.id, body));
  route(app, e.addParticipant, ({ scope, params, body }) => service.addParticipant(scope, params.id, body));
  route(app, e.removeParticipant, ({ scope, params }) =>
    service.removeParticipant(scope, params.id, params.participantId),
  );
  route(app, e.recordConsent, ({ scope, params, body }) => service.recordConsent(scope, params.id, body));
  route(app, e.withdrawConsent, ({ scope, params, body }) =>
    service.withdrawConsent(scope, params.id, params.consentId, body.reason),
  );
  route(app, e.agreeCarePlan, ({ scope, params, body }) =>
    service.agreeCarePlan(scope, params.id, body.expectedRevision),
  );
  route(app, e.reviseCarePlan, ({ scope, params }) => service.reviseCarePlan(scope, params.id));
  route(app, e.getCarePlanVersion, ({ scope, params }) =>
    service.getCarePlanVersion(scope, params.id, params.version),
  );
  route(app, e.fromHealthPlan, ({ scope, params, body }) => service.fromHealthPlan(scope, params.id, body));

  route(app, p.listPartnerCarePlans, ({ scope }) => partner.listPartnerCarePlans(scope));
  route(app, p.acknowledgeCarePlan, ({ scope, params, body }) =>
    partner.acknowledgeCarePlan(scope, params.id, body.version),
  );
}
