import { followUpEndpoints as e } from '@lotsa/contracts';
import type { FastifyInstance } from 'fastify';
import { route } from '../../plugins/contract-routes.ts';
import { regionFollowUp, unitFollowUp } from './follow-up.service.ts';

export async function followUpRoutes(app: FastifyInstance) {
  route(app, e.unitFollowUp, ({ scope, query }) => unitFollowUp(scope, query));
  route(app, e.regionFollowUp, ({ scope, query }) => regionFollowUp(scope, query));
}
