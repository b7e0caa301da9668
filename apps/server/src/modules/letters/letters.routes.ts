import {
  letterEndpoints as e,
  IMAGE_MAX_BYTES,
  LETTER_PATHS,
  LETTER_PICTOGRAMS,
  ZBatchRequest,
  ZIdParams,
  ZLetterPictogram,
} from '@lotsa/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../lib/actor.ts';
import { unauthenticated } from '../../lib/errors.ts';
import { publicBaseUrl } from '../../lib/public-url.ts';
import { route } from '../../plugins/contract-routes.ts';
import * as images from './images.service.ts';
import type { ImageKind } from './letters.repository.ts';
import * as service from './letters.service.ts';
import { pictogramSvg } from './pictograms.ts';

/** Uploads larger than this are cut off by Fastify; up to it, the service answers a clear 413. */
const UPLOAD_READ_LIMIT = 4 * IMAGE_MAX_BYTES;

const baseUrl = (req: FastifyRequest) => publicBaseUrl(req, req.server.publicUrl);

function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw unauthenticated();
  return req.actor;
}

function sendPdf(reply: FastifyReply, pdf: Buffer, filename: string) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(pdf);
}

export async function letterRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = app.db;
  // Pictures are sent as the request body itself (Content-Type image/* or application/octet-stream);
  // any other type is read too, so the content check (not the header) decides, with a clear answer.
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: UPLOAD_READ_LIMIT }, (_req, body, done) =>
    done(null, body),
  );

  route(app, e.createLetters, ({ actor, params, body, req }) =>
    service.createLetters(db, actor, params.id, { batchId: body.batchId, baseUrl: baseUrl(req) }),
  );
  route(app, e.listBookingLetters, ({ actor, params }) => service.listBookingLetters(db, actor, params.id));
  route(app, e.getLetter, ({ actor, params }) => service.getLetter(db, actor, params.id));
  route(app, e.markSent, ({ actor, params, body }) => service.markSent(db, actor, params.id, body.via));
  route(app, e.letterDay, ({ actor, query }) => service.letterDay(db, actor, query.date));
  route(app, e.publicLetter, ({ params }) => service.publicLetter(db, params.token), { public: true });

  app.get(
    LETTER_PATHS.pdf,
    {
      schema: {
        params: ZIdParams,
        summary: 'A letter as PDF (a new web link is made for its QR code)',
        tags: ['letters'],
      },
    },
    async (req, reply) =>
      sendPdf(reply, await service.letterPdf(db, actorOf(req), req.params.id, baseUrl(req)), 'kallelse.pdf'),
  );
  app.post(
    LETTER_PATHS.batchPdf,
    {
      schema: { body: ZBatchRequest, summary: 'Many letters in one PDF (bulk printing)', tags: ['letters'] },
    },
    async (req, reply) =>
      sendPdf(reply, await service.batchPdf(db, actorOf(req), req.body, baseUrl(req)), 'kallelser.pdf'),
  );
  app.get(
    LETTER_PATHS.myContactsPdf,
    { schema: { params: ZIdParams, summary: '"My contacts" as an easy-read PDF', tags: ['letters'] } },
    async (req, reply) =>
      sendPdf(reply, await service.myContactsPdf(db, actorOf(req), req.params.id), 'mina-kontakter.pdf'),
  );
  app.get(
    LETTER_PATHS.pictogram,
    {
      config: { public: true },
      schema: {
        params: z.object({ code: ZLetterPictogram }),
        summary: `A pictogram as SVG (${LETTER_PICTOGRAMS.length} codes)`,
        tags: ['letters'],
      },
    },
    async (req, reply) =>
      reply
        .type('image/svg+xml')
        .header('cache-control', 'public, max-age=86400')
        .send(pictogramSvg(req.params.code)),
  );

  const pictureRoutes = (path: string, kind: ImageKind) => {
    app.put(
      path,
      {
        bodyLimit: UPLOAD_READ_LIMIT,
        schema: {
          params: ZIdParams,
          summary: 'Upload a picture (JPEG, PNG or WebP, at most 5 MB)',
          tags: ['letters'],
        },
      },
      async (req, reply) => {
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        return reply.send(await images.uploadImage(db, actorOf(req), kind, req.params.id, body));
      },
    );
    app.get(
      path,
      { schema: { params: ZIdParams, summary: 'The picture', tags: ['letters'] } },
      async (req, reply) => {
        const img = await images.readImage(db, actorOf(req), kind, req.params.id);
        return reply.type(img.contentType).header('cache-control', 'private, no-cache').send(img.data);
      },
    );
  };
  pictureRoutes(LETTER_PATHS.staffPhoto, 'staff');
  pictureRoutes(LETTER_PATHS.unitEntrance, 'unit_entrance');
  route(app, e.staffPhotoInfo, ({ actor, params }) => images.imageInfo(db, actor, 'staff', params.id));
  route(app, e.deleteStaffPhoto, ({ actor, params }) => images.removeImage(db, actor, 'staff', params.id));
  route(app, e.unitEntranceInfo, ({ actor, params }) =>
    images.imageInfo(db, actor, 'unit_entrance', params.id),
  );
  route(app, e.deleteUnitEntrance, ({ actor, params }) =>
    images.removeImage(db, actor, 'unit_entrance', params.id),
  );
}
