import { intakeEndpoints as e } from '@lotsa/contracts';
import type { FastifyInstance } from 'fastify';
import { route } from '../../plugins/contract-routes.ts';
import { markNotDuplicate, mergeDuplicate } from './intake.duplicates.service.ts';
import { PUBLIC_FORM_BODY_LIMIT, submitPublicRegistration } from './intake.public.service.ts';
import * as service from './intake.service.ts';
import * as steps from './intake.steps.service.ts';

export async function intakeRoutes(app: FastifyInstance) {
  const db = app.db;
  route(app, e.submitPublicRegistration, ({ body, req }) => submitPublicRegistration(db, body, req.ip), {
    public: true,
    bodyLimit: PUBLIC_FORM_BODY_LIMIT,
  });
  route(app, e.getBoard, ({ actor, query }) => service.getBoard(db, actor, query));
  route(app, e.createRegistration, ({ actor, body }) => service.createRegistration(db, actor, body));
  route(app, e.getRegistration, ({ actor, params }) => service.getRegistration(db, actor, params.id));
  route(app, e.updateRegistration, ({ actor, params, body }) =>
    steps.updateRegistration(db, actor, params.id, body),
  );
  route(app, e.addNote, ({ actor, params, body }) => steps.addNote(db, actor, params.id, body));
  route(app, e.bookFirstCall, ({ actor, params, body }) => steps.bookFirstCall(db, actor, params.id, body));
  route(app, e.recordFirstCall, ({ actor, params, body }) =>
    steps.recordFirstCall(db, actor, params.id, body),
  );
  route(app, e.decideEligibility, ({ actor, params, body }) =>
    steps.decideEligibility(db, actor, params.id, body),
  );
  route(app, e.recordConsent, ({ actor, params, body }) => steps.recordConsent(db, actor, params.id, body));
  route(app, e.withdrawConsent, ({ actor, params, body }) =>
    steps.withdrawConsent(db, actor, params.id, body),
  );
  route(app, e.enrol, ({ actor, params, body }) => steps.enrol(db, actor, params.id, body));
  route(app, e.addToWaitingList, ({ actor, params, body }) =>
    steps.addToWaitingList(db, actor, params.id, body),
  );
  route(app, e.declineOffer, ({ actor, params, body }) => steps.declineOffer(db, actor, params.id, body));
  route(app, e.exit, ({ actor, params, body }) => steps.exit(db, actor, params.id, body));
  route(app, e.close, ({ actor, params, body }) => steps.close(db, actor, params.id, body));
  route(app, e.mergeDuplicate, ({ actor, params, body }) => mergeDuplicate(db, actor, params.id, body));
  route(app, e.markNotDuplicate, ({ actor, params, body }) => markNotDuplicate(db, actor, params.id, body));
  route(app, e.getPatientIntake, ({ actor, params }) => service.getPatientIntake(db, actor, params.id));
}
