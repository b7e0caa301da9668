import {
  followUpEndpoints as e,
  FOLLOW_UP_CSV_PATH,
  FOLLOW_UP_REGION_XLSX_PATH,
  FOLLOW_UP_XLSX_PATH,
  ZFollowUpQuery,
} from '@lotsa/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { unauthenticated } from '../../lib/errors.ts';
import { route } from '../../plugins/contract-routes.ts';
import { regionSheets, toCsv, toXlsx, unitSheets } from './follow-up.export.ts';
import { regionFollowUp, unitFollowUp } from './follow-up.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Query = z.output<typeof ZFollowUpQuery>;

function send(reply: FastifyReply, type: string, filename: string, body: Buffer | string) {
  return reply
    .type(type)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

export async function followUpRoutes(app: FastifyInstance) {
  route(app, e.unitFollowUp, ({ scope, query }) => unitFollowUp(scope, query));
  route(app, e.regionFollowUp, ({ scope, query }) => regionFollowUp(scope, query));

  const file = (summary: string) => ({
    schema: { summary, tags: ['follow-up'], querystring: ZFollowUpQuery, security: [{ session: [] }] },
  });
  const scopeOf = (req: FastifyRequest) => {
    if (!req.scope) throw unauthenticated();
    return req.scope;
  };
  app.get(FOLLOW_UP_XLSX_PATH, file('The unit’s follow-up as an Excel workbook'), async (req, reply) => {
    const q = req.query as Query;
    const f = await unitFollowUp(scopeOf(req), q, 'export');
    const body = await toXlsx(`Uppföljning SMO – ${f.unit.name}`, f.period, unitSheets(f));
    return send(reply, XLSX, `uppfoljning-${q.from}-${q.to}.xlsx`, body);
  });
  app.get(
    FOLLOW_UP_CSV_PATH,
    file('The unit’s follow-up as CSV (semicolons, UTF-8 with BOM)'),
    async (req, reply) => {
      const q = req.query as Query;
      const f = await unitFollowUp(scopeOf(req), q, 'export');
      return send(
        reply,
        'text/csv; charset=utf-8',
        `uppfoljning-${q.from}-${q.to}.csv`,
        toCsv(unitSheets(f)),
      );
    },
  );
  app.get(
    FOLLOW_UP_REGION_XLSX_PATH,
    file('The region’s follow-up as an Excel workbook (small counts suppressed)'),
    async (req, reply) => {
      const q = req.query as Query;
      const f = await regionFollowUp(scopeOf(req), q, 'export');
      const body = await toXlsx(`Uppföljning SMO – ${f.region.name}`, f.period, regionSheets(f));
      return send(reply, XLSX, `uppfoljning-region-${q.from}-${q.to}.xlsx`, body);
    },
  );
}
