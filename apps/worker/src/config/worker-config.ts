import { DEFAULT_QUEUE_PREFIX } from '@concordia/contracts';
import { z } from 'zod';

/** Injection token of the validated {@link WorkerConfig}. */
export const WORKER_CONFIG = Symbol('WORKER_CONFIG');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

// Container runtimes turn `VAR=` in an env file into an empty string: treat it as "not set" so
// the default (or the production requirement) applies instead of a confusing format error.
const optionalText = () =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.string().trim().optional(),
  );

const urlWithScheme = (schemes: readonly string[]) =>
  optionalText().refine(
    (value) => value === undefined || (URL.canParse(value) && schemes.includes(new URL(value).protocol)),
    { message: `must be a URL starting with ${schemes.map((s) => `${s}//`).join(' or ')}` },
  );

const envSchema = z
  .object({
    NODE_ENV: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.enum(['development', 'test', 'production']).default('development'),
    ),
    REDIS_URL: urlWithScheme(['redis:', 'rediss:']),
    // Same rule as the API's, so one value in a deployment's env file suits both processes.
    REDIS_PREFIX: optionalText().pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'must be 1 to 64 letters, digits or _ . : -')
        .default(DEFAULT_QUEUE_PREFIX),
    ),
    MONGODB_URI: urlWithScheme(['mongodb:', 'mongodb+srv:']),
    MONGODB_DB: optionalText().pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,63}$/, 'must be 1 to 63 letters, digits, dashes or underscores')
        .optional(),
    ),
    LOG_LEVEL: optionalText().pipe(z.enum(LOG_LEVELS).optional()),
    WORKER_CONCURRENCY: optionalText().pipe(z.coerce.number<string>().int().min(1).max(64).default(4)),
    // How long a job stays claimed by a worker that stopped answering (crashed) before another
    // worker takes it over; BullMQ's default. Tests shorten it to recover from kill -9 quickly.
    WORKER_LOCK_MS: optionalText().pipe(z.coerce.number<string>().int().min(1_000).max(600_000).default(30_000)),
    // Where email goes: the local sink in development and tests, the real relay in production.
    SMTP_URL: urlWithScheme(['smtp:', 'smtps:']),
    // SMTP connections the worker keeps open and sends over in parallel. Each message waits for
    // the server's replies (several round trips), so a few connections leave the sender idle;
    // nodemailer's default of 5 suits relays that limit connections per client, a local sink
    // or a relay that allows more takes 10-20 (bench/README.md, "Notifications").
    SMTP_POOL_CONNECTIONS: optionalText().pipe(z.coerce.number<string>().int().min(1).max(100).default(5)),
    MAIL_FROM: optionalText().pipe(z.string().max(200).default('Concordia <no-reply@concordia.test>')),
    // Links in emails point at the web app.
    WEB_BASE_URL: urlWithScheme(['http:', 'https:']),
  })
  .superRefine((env, ctx) => {
    // Falling back to a loopback database in production would hide a deployment mistake.
    if (env.NODE_ENV !== 'production') return;
    for (const key of ['REDIS_URL', 'MONGODB_URI', 'SMTP_URL', 'WEB_BASE_URL'] as const) {
      if (env[key] === undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'is required when NODE_ENV=production' });
      }
    }
  });

export interface WorkerConfig {
  readonly env: 'development' | 'test' | 'production';
  readonly logLevel: LogLevel;
  readonly redis: { readonly url: string; readonly prefix: string };
  /** `dbName` overrides the database named in the URI when set. */
  readonly mongo: { readonly uri: string; readonly dbName: string | undefined };
  readonly concurrency: number;
  readonly lockMs: number;
  readonly mail: {
    readonly smtpUrl: string;
    readonly poolConnections: number;
    readonly from: string;
    readonly webBaseUrl: string;
  };
}

/** Raised with every invalid variable named, so one start-up attempt reports all of them. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid worker configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
/** The development SMTP sink started by `npm start` (tools/lib/stack.js). */
export const DEFAULT_SMTP_URL = 'smtp://127.0.0.1:1025';
export const DEFAULT_WEB_BASE_URL = 'http://localhost:4200';
export const DEFAULT_MONGODB_URI = 'mongodb://127.0.0.1:27018/concordia';

export function parseWorkerConfig(env: NodeJS.ProcessEnv): WorkerConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'environment'}: ${issue.message}`),
    );
  }
  const parsed = result.data;
  return {
    env: parsed.NODE_ENV,
    logLevel: parsed.LOG_LEVEL ?? (parsed.NODE_ENV === 'development' ? 'debug' : 'info'),
    redis: { url: parsed.REDIS_URL ?? DEFAULT_REDIS_URL, prefix: parsed.REDIS_PREFIX },
    mongo: { uri: parsed.MONGODB_URI ?? DEFAULT_MONGODB_URI, dbName: parsed.MONGODB_DB },
    concurrency: parsed.WORKER_CONCURRENCY,
    lockMs: parsed.WORKER_LOCK_MS,
    mail: {
      smtpUrl: parsed.SMTP_URL ?? DEFAULT_SMTP_URL,
      poolConnections: parsed.SMTP_POOL_CONNECTIONS,
      from: parsed.MAIL_FROM,
      webBaseUrl: (parsed.WEB_BASE_URL ?? DEFAULT_WEB_BASE_URL).replace(/\/+$/, ''),
    },
  };
}
