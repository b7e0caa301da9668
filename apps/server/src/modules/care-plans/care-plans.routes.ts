import {
  CARE_PLAN_PDF_PATH,
  carePlanEndpoints as e,
  partnerCarePlanEndpoints as p,
  ZIdParams,
} from '@lotsa/contracts';
import type { FastifyInstance } from 'fastify';
import { unauthenticated } from '../../lib/errors.ts';
import { route } from '../../plugins/contract-routes.ts';
import * as partner from './care-plans.partner.service.ts';
import * as service from './care-plans.service.ts';

export async function carePlanRoutes(app: FastifyInstance) {
  route(app, e.listCarePlans, ({ scope, params }) => service.listCarePlans(scope, params.id));
  route(app, e.createCarePlan, ({ scope, params, body }) => service.createCarePlan(scope, params.id, body));
  route(app, e.partnerAccounts, ({ scope, params }) => service.listPartnerAccounts(scope, params.id));
  route(app, e.dueFollowUps, ({ scope }) => service.listDueFollowUps(scope));
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

  app.get(
    CARE_PLAN_PDF_PATH,
    {
      schema: {
        params: ZIdParams,
        summary: 'The agreed SIP’s easy-read copy for the person, as PDF (LIX at most 30)',
        tags: ['care-plans'],
      },
    },
    async (req, reply) => {
      if (!req.scope) throw unauthenticated();
      const pdf = await service.easyReadCarePlanPdf(req.scope, (req.params as { id: string }).id);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="sip.pdf"')
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  route(app, p.listPartnerCarePlans, ({ scope }) => partner.listPartnerCarePlans(scope));
  route(app, p.acknowledgeCarePlan, ({ scope, params, body }) =>
    partner.acknowledgeCarePlan(scope, params.id, body.version),
  );
}
