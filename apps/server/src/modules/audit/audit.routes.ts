import { auditEndpoints as e } from '@lotsa/contracts';
import type { FastifyInstance } from 'fastify';
import { route } from '../../plugins/contract-routes.ts';
import { searchLog, verifyLog } from './audit.service.ts';

export async function auditRoutes(app: FastifyInstance) {
  route(app, e.searchAudit, ({ scope, query }) => searchLog(scope, query));
  route(app, e.verifyAudit, ({ scope }) => verifyLog(scope));
}
