import {
  auditEndpoints as e,
  REVIEW_CSV_PATH,
  auditReviewEndpoints as review,
  ZReviewQuery,
} from '@lotsa/contracts';
import type { FastifyInstance } from 'fastify';
import { unauthenticated } from '../../lib/errors.ts';
import { route } from '../../plugins/contract-routes.ts';
import { markReviewed, reviewCsv, reviewQueue, reviewSample, reviewSummary } from './audit.review.service.ts';
import { searchLog, verifyLog } from './audit.service.ts';

export async function auditRoutes(app: FastifyInstance) {
  route(app, e.searchAudit, ({ scope, query }) => searchLog(scope, query));
  route(app, e.verifyAudit, ({ scope }) => verifyLog(scope));
  route(app, review.reviewQueue, ({ scope, query }) => reviewQueue(scope, query));
  route(app, review.markReviewed, ({ scope, body }) => markReviewed(scope, body));
  route(app, review.reviewSample, ({ scope, query }) => reviewSample(scope, query));
  route(app, review.reviewSummary, ({ scope, query }) => reviewSummary(scope, query));
  app.get(
    REVIEW_CSV_PATH,
    {
      schema: {
        summary: 'The log review queue (reviewed ones too) as CSV (semicolons, UTF-8 with BOM)',
        tags: ['audit'],
        querystring: ZReviewQuery,
      },
    },
    async (req, reply) => {
      if (!req.scope) throw unauthenticated();
      const csv = await reviewCsv(req.scope, req.query as never);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${csv.filename}"`)
        .header('cache-control', 'no-store')
        .send(csv.body);
    },
  );
}
