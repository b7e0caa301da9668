import { z } from 'zod';
import { messageCode } from './messages/index.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One contract per endpoint: the server validates with it and documents it in OpenAPI,
 * the web client builds its requests and types from it.
 */
export interface Endpoint<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  path: string;
  summary: string;
  tags: string[];
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** Status of a successful answer, 200 unless said. */
  status?: number;
}

export function defineEndpoint<
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  B extends z.ZodType = z.ZodUndefined,
  R extends z.ZodType = z.ZodType,
>(e: Endpoint<P, Q, B, R>): Endpoint<P, Q, B, R> {
  return e;
}

export type EndpointResponse<E> =
  E extends Endpoint<z.ZodType, z.ZodType, z.ZodType, infer R> ? z.infer<R> : never;
export type EndpointBody<E> =
  E extends Endpoint<z.ZodType, z.ZodType, infer B, z.ZodType> ? z.input<B> : never;
export type EndpointQuery<E> =
  E extends Endpoint<z.ZodType, infer Q, z.ZodType, z.ZodType> ? z.input<Q> : never;
export type EndpointParams<E> =
  E extends Endpoint<infer P, z.ZodType, z.ZodType, z.ZodType> ? z.input<P> : never;

/**
 * RFC 9457 problem details, the shape of every error answer: a stable `code` with its `params` (the
 * catalogues in `messages/` have its text in both languages) and `detail`, that text in the request's
 * language. Field errors carry a code and params of their own.
 */
export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.unknown()).optional(),
  errors: z
    .array(
      z.object({
        path: z.string(),
        message: z.string(),
        code: z.string().optional(),
        params: z.record(z.string(), z.unknown()).optional(),
      }),
    )
    .optional(),
});
export type Problem = z.infer<typeof ZProblem>;

/**
 * A catalogue message in a response (a search's reasons, a series day's why): the code and its
 * parameters; the web writes it in the reader's language (`renderAnyMessage`).
 */
export const ZMessage = z.object({ code: z.string(), params: z.record(z.string(), z.unknown()) });

export const ZId = z.uuid();
export const ZIdParams = z.object({ id: ZId });
export const ZOk = z.object({ ok: z.literal(true) });

/** A trimmed, non-empty line of text of bounded length. */
export const text = (max = 200) => z.string().trim().min(1).max(max);
/** Optional text: empty strings become null. */
export const optionalText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const ZPhone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{5,20}$/, {
    error: messageCode('phone_format'),
  });
export const ZOptionalPhone = z
  .union([ZPhone, z.literal(''), z.null()])
  .optional()
  .transform((v) => (v ? v : null));
export const ZOptionalEmail = z
  .union([
    z
      .email({
        error: messageCode('email_format'),
      })
      .max(200),
    z.literal(''),
    z.null(),
  ])
  .optional()
  .transform((v) => (v ? v : null));
