import { z } from 'zod';
import { LOG_LEVELS, type AppConfig } from './app-config';

/** Only for development and tests: production refuses to start without a real secret. */
export const DEV_JWT_SECRET = 'concordia-development-secret-not-for-production';

const booleanVar = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const intVar = (min: number, max: number) => z.coerce.number().int('must be an integer').min(min).max(max);

const urlVar = (protocols: RegExp, example: string) =>
  z.string().refine((v) => {
    try {
      return protocols.test(new URL(v).protocol);
    } catch {
      return false;
    }
  }, `must be a URL such as ${example}`);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: intVar(0, 65535).default(3000),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\/[^/]+/, 'must be a mongodb:// or mongodb+srv:// URI')
    .default('mongodb://127.0.0.1:27018/concordia'),
  MONGODB_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,63}$/, 'must be 1 to 63 letters, digits, dashes or underscores')
    .optional(),
  REDIS_URL: urlVar(/^rediss?:$/, 'redis://127.0.0.1:6379').default('redis://127.0.0.1:6379'),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'must be 1 to 64 letters, digits or _ . : -')
    .default('concordia'),
  JWT_ACCESS_SECRET: z.string().optional(),
  ACCESS_TOKEN_TTL_SECONDS: intVar(30, 86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: intVar(1, 365).default(14),
  /** How long the just-rotated refresh token still yields its successor (two tabs refreshing at once); 0: never. */
  REFRESH_GRACE_SECONDS: intVar(0, 60).default(15),
  CORS_ORIGINS: z.string().default('http://localhost:4200,http://127.0.0.1:4200'),
  WEB_BASE_URL: urlVar(/^https?:$/, 'http://localhost:4200').default('http://localhost:4200'),
  SEED_DEMO: booleanVar.optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  LOGIN_MAX_FAILURES: intVar(1, 100).default(5),
  LOGIN_LOCK_MINUTES: intVar(1, 24 * 60).default(15),
  TRUST_PROXY: booleanVar.default(false),
  /**
   * Requests per minute from one address to the routes open without signing in (public rounds,
   * invitation and unsubscribe links, refresh). A mission's staff, or a whole meeting room on the
   * conference network, may share one address: generous by default.
   */
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: intVar(1, 1_000_000).default(600),
  /** Sign-in attempts per minute from one address, whatever the account (password guessing across accounts). */
  RATE_LIMIT_SIGN_IN_PER_MINUTE: intVar(1, 1_000_000).default(60),
  /**
   * Requests per minute from one signed-in account to all its routes, whatever its address (a
   * delegation behind one conference network is many accounts). A page load costs about 10.
   */
  RATE_LIMIT_ACCOUNT_PER_MINUTE: intVar(1, 1_000_000).default(600),
  /** Of those, requests per minute to the costly routes: exports, compare, carry-forward, search. */
  RATE_LIMIT_COSTLY_PER_MINUTE: intVar(1, 1_000_000).default(60),
  /** false: changes notify nobody (no outbox record is written); the benchmark's baseline. */
  NOTIFICATIONS_OUTBOX: booleanVar.default(true),
  /** Web page of the development SMTP sink; shown to signed-in users outside production only. */
  MAIL_CATCHER_URL: urlVar(/^https?:$/, 'http://127.0.0.1:1080').optional(),
});

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The database name is the URI's path ("/concordia"), unless MONGODB_DB overrides it. */
export function databaseNameFromUri(uri: string): string | null {
  const match = /^mongodb(?:\+srv)?:\/\/[^/]+\/([^?]*)/.exec(uri);
  const name = match?.[1] ? decodeURIComponent(match[1]) : '';
  return name.length > 0 ? name : null;
}

function parseOrigins(raw: string, problems: string[]): string[] {
  const origins = raw
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
  for (const origin of origins) {
    let ok = false;
    try {
      const url = new URL(origin);
      // An origin is scheme://host[:port] exactly: no path, no trailing slash.
      ok = /^https?:$/.test(url.protocol) && url.origin === origin;
    } catch {
      ok = false;
    }
    if (!ok) problems.push(`CORS_ORIGINS: "${origin}" is not an origin such as http://localhost:4200`);
  }
  return origins;
}

/**
 * Validates the environment into a typed configuration. Every problem is reported at once, each
 * naming its variable, so a misconfigured deployment is fixed in one go.
 */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  // Empty strings count as unset, as most process managers cannot unset a variable.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  const e = result.data;
  const problems: string[] = [];
  const production = e.NODE_ENV === 'production';

  let secret = e.JWT_ACCESS_SECRET;
  if (production) {
    if (!secret) problems.push('JWT_ACCESS_SECRET: is required in production');
    else if (secret.length < 32) problems.push('JWT_ACCESS_SECRET: must be at least 32 characters in production');
    else if (secret === DEV_JWT_SECRET)
      problems.push('JWT_ACCESS_SECRET: the development default cannot be used in production');
  } else if (!secret) {
    secret = DEV_JWT_SECRET;
  }

  const corsOrigins = parseOrigins(e.CORS_ORIGINS, problems);
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    env: e.NODE_ENV,
    http: {
      host: e.API_HOST,
      port: e.API_PORT,
      corsOrigins,
      trustProxy: e.TRUST_PROXY,
      rateLimits: {
        anonymousPerMinute: e.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
        signInPerMinute: e.RATE_LIMIT_SIGN_IN_PER_MINUTE,
        accountPerMinute: e.RATE_LIMIT_ACCOUNT_PER_MINUTE,
        costlyPerMinute: e.RATE_LIMIT_COSTLY_PER_MINUTE,
      },
    },
    mongo: { uri: e.MONGODB_URI, dbName: e.MONGODB_DB ?? databaseNameFromUri(e.MONGODB_URI) ?? 'concordia' },
    redis: { url: e.REDIS_URL, prefix: e.REDIS_PREFIX },
    auth: {
      jwtAccessSecret: secret ?? DEV_JWT_SECRET,
      accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
      refreshGraceSeconds: e.REFRESH_GRACE_SECONDS,
      loginMaxFailures: e.LOGIN_MAX_FAILURES,
      loginLockMinutes: e.LOGIN_LOCK_MINUTES,
    },
    webBaseUrl: e.WEB_BASE_URL.replace(/\/+$/, ''),
    seedDemo: e.SEED_DEMO ?? e.NODE_ENV === 'development',
    logLevel: e.LOG_LEVEL,
    notificationsOutbox: e.NOTIFICATIONS_OUTBOX,
    mailCatcherUrl: e.NODE_ENV === 'production' ? null : (e.MAIL_CATCHER_URL ?? null),
  };
}
