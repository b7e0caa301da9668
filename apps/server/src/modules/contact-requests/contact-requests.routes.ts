import { contactRequestEndpoints as e } from '@lotsa/contracts';
import type { FastifyInstance } from 'fastify';
import { route } from '../../plugins/contract-routes.ts';
import * as service from './contact-requests.service.ts';

export async function contactRequestRoutes(app: FastifyInstance) {
  const db = app.db;
  route(app, e.listContactRequests, ({ actor, query }) => service.listContactRequests(db, actor, query));
  route(app, e.createContactRequest, ({ actor, body }) => service.createContactRequest(db, actor, body));
  route(app, e.getContactRequest, ({ actor, params }) => service.getContactRequest(db, actor, params.id));
  route(app, e.updateContactRequest, ({ actor, params, body }) =>
    service.updateContactRequest(db, actor, params.id, body),
  );
}
