import type { Endpoint } from '@lotsa/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Scope } from '../kernel/index.ts';
import type { Actor } from '../lib/actor.ts';
import { unauthenticated } from '../lib/errors.ts';

/**
 * A public route (no session). `credential`: the route takes another credential instead, a header (e.g.
 * the survey kiosk's key): a call without it is refused with `missing()` (a 401) before validation, the
 * handler checks its value, and OpenAPI declares the security scheme `scheme` (app.ts lists the schemes).
 */
export interface PublicRouteOptions {
  public: true;
  bodyLimit?: number;
  credential?: { scheme: string; header: string; missing: () => Error };
}

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
 * OpenAPI. Every route needs a signed-in user unless it says `public` (the session plugin enforces it
 * and declares it in OpenAPI, `needsSession`); a public route may set a
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
  opts: PublicRouteOptions,
): void;
export function route(
  app: FastifyInstance,
  e: Endpoint,
  // biome-ignore lint/suspicious/noExplicitAny: the overloads above give callers their exact types
  handler: (input: any) => Promise<unknown>,
  opts?: PublicRouteOptions,
): void {
  const status = e.status ?? 200;
  const credential = opts?.credential;
  app.route({
    method: e.method,
    url: e.path,
    config: { public: opts?.public === true, credential: opts?.credential?.scheme },
    ...(opts?.bodyLimit ? { bodyLimit: opts.bodyLimit } : {}),
    ...(credential
      ? {
          onRequest: async (req: FastifyRequest) => {
            if (typeof req.headers[credential.header] !== 'string') throw credential.missing();
          },
        }
      : {}),
    schema: {
      summary: e.summary,
      tags: e.tags,
      ...(e.params ? { params: e.params } : {}),
      ...(e.query ? { querystring: e.query } : {}),
      ...(e.body ? { body: e.body } : {}),
      response: { [status]: e.response },
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
