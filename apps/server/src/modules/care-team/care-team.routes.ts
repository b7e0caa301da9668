import { careTeamEndpoints as e } from '@lotsa/contracts';
import type { FastifyInstance } from 'fastify';
import { route } from '../../plugins/contract-routes.ts';
import { lookUpPartnerPatient } from './care-team.partner.service.ts';
import * as service from './care-team.service.ts';

export async function careTeamRoutes(app: FastifyInstance) {
  const db = app.db;
  route(app, e.getCareTeam, ({ actor, params }) => service.getCareTeam(db, actor, params.id));
  route(app, e.assignCareTeam, ({ actor, params, body }) =>
    service.assignCareTeam(db, actor, params.id, params.role, body),
  );
  route(app, e.setNeedsGroup, ({ actor, params, body }) =>
    service.setNeedsGroup(db, actor, params.id, body.needsGroup),
  );
  route(app, e.listNetwork, ({ actor, params }) => service.listNetwork(db, actor, params.id));
  route(app, e.addNetworkContact, ({ actor, params, body }) =>
    service.addNetworkContact(db, actor, params.id, body),
  );
  route(app, e.updateNetworkContact, ({ actor, params, body }) =>
    service.updateNetworkContact(db, actor, params.id, params.contactId, body),
  );
  route(app, e.removeNetworkContact, ({ actor, params }) =>
    service.removeNetworkContact(db, actor, params.id, params.contactId),
  );
  route(app, e.getMyContacts, ({ actor, params }) => service.getMyContacts(db, actor, params.id));
  route(app, e.listAbsences, ({ actor, params }) => service.listAbsences(db, actor, params.id));
  route(app, e.addAbsence, ({ actor, params, body }) => service.addAbsence(db, actor, params.id, body));
  route(app, e.lookUpPartnerPatient, ({ actor, body }) =>
    lookUpPartnerPatient(db, actor, body.identityNumber),
  );
}
