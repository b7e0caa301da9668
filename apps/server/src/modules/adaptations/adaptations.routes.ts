import { adaptationEndpoints as e } from '@lotsa/contracts';
import type { FastifyInstance } from 'fastify';
import { route } from '../../plugins/contract-routes.ts';
import * as service from './adaptations.service.ts';

export async function adaptationRoutes(app: FastifyInstance) {
  route(app, e.getAdaptations, ({ actor, params }) => service.getAdaptations(app.db, actor, params.id));
  route(app, e.saveAdaptations, ({ actor, params, body }) =>
    service.saveAdaptations(app.db, actor, params.id, body),
  );
  route(app, e.listAdaptationVersions, ({ actor, params }) =>
    service.listAdaptationVersions(app.db, actor, params.id),
  );
}
