import {
  healthCheckEndpoints as e,
  HEALTH_PLAN_PDF_PATH,
  healthPlanEndpoints as p,
  ZIdParams,
} from '@lotsa/contracts';
import type { FastifyInstance } from 'fastify';
import { unauthenticated } from '../../lib/errors.ts';
import { route } from '../../plugins/contract-routes.ts';
import * as service from './health-checks.service.ts';
import * as plans from './health-plans.service.ts';

export async function healthCheckRoutes(app: FastifyInstance) {
  route(app, e.currentTemplate, async () => service.getCurrentTemplate());
  route(app, e.listHealthChecks, ({ scope, params }) => service.listHealthChecks(scope, params.id));
  route(app, e.createHealthCheck, ({ scope, params, body }) =>
    service.createHealthCheck(scope, params.id, body),
  );
  route(app, e.getHealthCheck, ({ scope, params }) => service.getHealthCheck(scope, params.id));
  route(app, e.saveSection, ({ scope, params, body }) =>
    service.saveSection(scope, params.id, params.section, body),
  );
  route(app, e.signHealthCheck, ({ scope, params }) => service.signHealthCheck(scope, params.id));
  route(app, e.amendHealthCheck, ({ scope, params, body }) =>
    service.amendHealthCheck(scope, params.id, body.reason),
  );

  route(app, p.getPlan, ({ scope, params }) => plans.getPlan(scope, params.id));
  route(app, p.setPlan, ({ scope, params, body }) => plans.setPlan(scope, params.id, body.nextCheckDate));
  route(app, p.addAction, ({ scope, params, body }) => plans.addAction(scope, params.id, body));
  route(app, p.updateAction, ({ scope, params, body }) =>
    plans.updateAction(scope, params.id, params.actionId, body),
  );
  route(app, p.actionContactRequest, ({ scope, params }) =>
    plans.actionContactRequest(scope, params.id, params.actionId),
  );
  app.get(
    HEALTH_PLAN_PDF_PATH,
    {
      schema: {
        params: ZIdParams,
        summary: 'The health plan’s easy-read copy as PDF (one pictogram per action)',
        tags: ['health-checks'],
      },
    },
    async (req, reply) => {
      if (!req.scope) throw unauthenticated();
      const pdf = await plans.easyReadPlanPdf(req.scope, (req.params as { id: string }).id);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="halsoplan.pdf"')
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
