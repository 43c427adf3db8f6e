/** Levels accepted by LOG_LEVEL (pino's, plus "silent" for tests). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type NodeEnv = 'development' | 'test' | 'production';

/** The API's whole configuration, validated once at start-up (see parse-config.ts). */
export interface AppConfig {
  env: NodeEnv;
  http: {
    host: string;
    port: number;
    corsOrigins: string[];
    /** Express "trust proxy": true only behind a reverse proxy that sets X-Forwarded-*. */
    trustProxy: boolean;
    /**
     * In Redis so every API process counts together (rate-limits/): per client address on the
     * routes open without signing in, per account on the others.
     */
    rateLimits: {
      anonymousPerMinute: number;
      signInPerMinute: number;
      accountPerMinute: number;
      /** Exports, compare, carry-forward and search, counted in accountPerMinute too. */
      costlyPerMinute: number;
    };
  };
  mongo: { uri: string; dbName: string };
  redis: { url: string; prefix: string };
  auth: {
    jwtAccessSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    /**
     * Seconds during which the refresh token a rotation just replaced is answered with that
     * rotation's successor instead of being taken for a stolen token (0: strict rotation).
     */
    refreshGraceSeconds: number;
    loginMaxFailures: number;
    loginLockMinutes: number;
  };
  webBaseUrl: string;
  seedDemo: boolean;
  logLevel: LogLevel;
  /** Whether changes write outbox records (false: nobody is notified). */
  notificationsOutbox: boolean;
  /** Where developers read the mail the local SMTP sink caught; null in production. */
  mailCatcherUrl: string | null;
}

/** Injection token of the AppConfig value. */
export const APP_CONFIG = Symbol('APP_CONFIG');
