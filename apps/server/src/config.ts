import path from 'node:path';
import { z } from 'zod';

/** Every setting Lotsa reads, from environment variables. Documented in the README. */
const ZConfig = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    DATABASE_URL: z.string().url().optional(),
    /** The owner role's URL: migrations run as it, the app (DATABASE_URL) as a restricted role. */
    DATABASE_MIGRATION_URL: z.string().url().optional(),
    LOTSA_DATA_DIR: z.string().default(path.resolve(process.cwd(), 'data')),
    LOTSA_DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
    LOTSA_SECURE_COOKIES: z.enum(['auto', 'on', 'off']).default('auto'),
    /** The address patients use (links and QR codes on letters and survey invitations), e.g. https://lotsa.region.se */
    LOTSA_PUBLIC_URL: z
      .string()
      .url()
      .refine((u) => /^https?:\/\//.test(u), 'must start with http:// or https://')
      .optional(),
    /** Encrypts TOTP secrets at rest: 32 bytes as 64 hex digits or base64 (`openssl rand -base64 32`). */
    LOTSA_TOTP_KEY: z
      .string()
      .refine(
        (v) => /^[0-9a-f]{64}$/i.test(v) || Buffer.from(v, 'base64').length === 32,
        'must be 32 bytes: 64 hex digits or base64',
      )
      .optional(),
    LOTSA_SESSION_HOURS: z.coerce.number().positive().default(10),
    /** A session unused this long ends (unset: only LOTSA_SESSION_HOURS from sign-in). */
    LOTSA_SESSION_IDLE_MINUTES: z.coerce.number().int().positive().optional(),
    LOTSA_SESSION_CACHE_SECONDS: z.coerce.number().min(0).default(30),
    /** Longest wait for requests under way when asked to stop (SIGTERM), then the process exits anyway. */
    LOTSA_SHUTDOWN_SECONDS: z.coerce.number().positive().default(25),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NODE_ENV: z.string().default('development'),
  })
  .refine((c) => !c.DATABASE_MIGRATION_URL || c.DATABASE_URL, {
    path: ['DATABASE_MIGRATION_URL'],
    message: 'needs DATABASE_URL too (the restricted role the app runs as)',
  });

export type Config = z.infer<typeof ZConfig>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZConfig.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
