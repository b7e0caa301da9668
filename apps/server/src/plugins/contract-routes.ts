import type { Endpoint } from '@lotsa/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Scope } from '../kernel/index.ts';
import type { Actor } from '../lib/actor.ts';
import { unauthenticated } from '../lib/errors.ts';

export interface HandlerInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  req: FastifyRequest;
  reply: FastifyReply;
}

/**
 * Registers one endpoint from its contract: the contract validates the request (a bad request is a
 * 400 before the handler runs, so it can write nothing), serialises the answer and documents it in
 * OpenAPI. Every route needs a signed-in user unless it says `public`; a public route may set a
 * smaller `bodyLimit` (bytes; larger bodies are refused 413 before they are read). The handler gets
 * the request scope (`scope`: database, actor, region, units) that the session plugin built.
 */
export function route<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  app: FastifyInstance,
  e: Endpoint<P, Q, B, R>,
  handler: (
    input: HandlerInput<z.output<P>, z.output<Q>, z.output<B>> & { actor: Actor; scope: Scope },
  ) => Promise<z.input<R>>,
): void;
export function route<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  app: FastifyInstance,
  e: Endpoint<P, Q, B, R>,
  handler: (
    input: HandlerInput<z.output<P>, z.output<Q>, z.output<B>> & { actor: Actor | null; scope: Scope | null },
  ) => Promise<z.input<R>>,
  opts: { public: true; bodyLimit?: number },
): void;
export function route(
  app: FastifyInstance,
  e: Endpoint,
  // biome-ignore lint/suspicious/noExplicitAny: the overloads above give callers their exact types
  handler: (input: any) => Promise<unknown>,
  opts?: { public: true; bodyLimit?: number },
): void {
  const status = e.status ?? 200;
  app.route({
    method: e.method,
    url: e.path,
    config: { public: opts?.public === true },
    ...(opts?.bodyLimit ? { bodyLimit: opts.bodyLimit } : {}),
    schema: {
      summary: e.summary,
      tags: e.tags,
      ...(e.params ? { params: e.params } : {}),
      ...(e.query ? { querystring: e.query } : {}),
      ...(e.body ? { body: e.body } : {}),
      response: { [status]: e.response },
      ...(opts?.public ? {} : { security: [{ session: [] }] }),
    },
    handler: async (req, reply) => {
      if (!opts?.public && !req.actor) throw unauthenticated();
      const result = await handler({
        params: req.params,
        query: req.query,
        body: req.body,
        req,
        reply,
        actor: req.actor,
        scope: req.scope,
      });
      reply.status(status);
      return result;
    },
  });
}
