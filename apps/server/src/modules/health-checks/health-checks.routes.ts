import { healthCheckEndpoints as e } from '@lotsa/contracts';
import type { FastifyInstance } from 'fastify';
import { route } from '../../plugins/contract-routes.ts';
import * as service from './health-checks.service.ts';

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
}
