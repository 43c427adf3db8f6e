import { ConfigError, DEV_JWT_SECRET, databaseNameFromUri, parseConfig } from './parse-config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseConfig', () => {
  it('gives safe development defaults', () => {
    const config = parseConfig({});
    expect(config.env).toBe('development');
    expect(config.http).toEqual({
      host: '127.0.0.1',
      port: 3000,
      corsOrigins: ['http://localhost:4200', 'http://127.0.0.1:4200'],
      trustProxy: false,
      rateLimits: { anonymousPerMinute: 600, signInPerMinute: 60, accountPerMinute: 600, costlyPerMinute: 60 },
    });
    expect(config.mongo).toEqual({ uri: 'mongodb://127.0.0.1:27018/concordia', dbName: 'concordia' });
    expect(config.redis).toEqual({ url: 'redis://127.0.0.1:6379', prefix: 'concordia' });
    expect(config.auth).toEqual({
      jwtAccessSecret: DEV_JWT_SECRET,
      accessTokenTtlSeconds: 900,
      refreshTokenTtlDays: 14,
      refreshGraceSeconds: 15,
      loginMaxFailures: 5,
      loginLockMinutes: 15,
    });
    expect(config.webBaseUrl).toBe('http://localhost:4200');
    expect(config.seedDemo).toBe(true);
    expect(config.logLevel).toBe('info');
  });

  it('seeds by default only in development', () => {
    expect(parseConfig({ NODE_ENV: 'test' }).seedDemo).toBe(false);
    expect(parseConfig({ NODE_ENV: 'test', SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(parseConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
  });

  it('takes the database name from the URI path, overridable by MONGODB_DB', () => {
    expect(parseConfig({ MONGODB_URI: 'mongodb://h:1/abc?retryWrites=false' }).mongo.dbName).toBe('abc');
    expect(parseConfig({ MONGODB_URI: 'mongodb://h:1/' }).mongo.dbName).toBe('concordia');
    expect(parseConfig({ MONGODB_URI: 'mongodb://h:1/abc', MONGODB_DB: 'other' }).mongo.dbName).toBe('other');
    expect(databaseNameFromUri('mongodb://a:1,b:2/rs?replicaSet=x')).toBe('rs');
    expect(databaseNameFromUri('mongodb+srv://cluster.example')).toBeNull();
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ API_PORT: '', LOG_LEVEL: '' }).http.port).toBe(3000);
  });

  it('names each bad variable', () => {
    const problems = problemsOf({ API_PORT: 'eighty', REDIS_URL: 'http://x', LOG_LEVEL: 'loud', SEED_DEMO: 'maybe' });
    expect(problems.join('\n')).toMatch(/API_PORT/);
    expect(problems.join('\n')).toMatch(/REDIS_URL/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL/);
    expect(problems.join('\n')).toMatch(/SEED_DEMO/);
    expect(problemsOf({ REFRESH_GRACE_SECONDS: '61' })[0]).toMatch(/^REFRESH_GRACE_SECONDS/);
    expect(problemsOf({ REFRESH_GRACE_SECONDS: '-1' })[0]).toMatch(/^REFRESH_GRACE_SECONDS/);
    expect(parseConfig({ REFRESH_GRACE_SECONDS: '0' }).auth.refreshGraceSeconds).toBe(0);
    expect(problemsOf({ MONGODB_URI: 'postgres://x' })[0]).toMatch(/^MONGODB_URI/);
    expect(problemsOf({ RATE_LIMIT_ACCOUNT_PER_MINUTE: '0' })[0]).toMatch(/^RATE_LIMIT_ACCOUNT_PER_MINUTE/);
    expect(problemsOf({ RATE_LIMIT_COSTLY_PER_MINUTE: 'many' })[0]).toMatch(/^RATE_LIMIT_COSTLY_PER_MINUTE/);
    expect(problemsOf({ CORS_ORIGINS: 'http://ok.test,http://bad.test/path' })).toEqual([
      expect.stringMatching(/^CORS_ORIGINS: "http:\/\/bad.test\/path"/),
    ]);
  });

  it('requires a real JWT secret in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual(['JWT_ACCESS_SECRET: is required in production']);
    expect(problemsOf({ NODE_ENV: 'production', JWT_ACCESS_SECRET: 'short' })[0]).toMatch(/at least 32/);
    expect(problemsOf({ NODE_ENV: 'production', JWT_ACCESS_SECRET: DEV_JWT_SECRET })[0]).toMatch(/development default/);
    const config = parseConfig({ NODE_ENV: 'production', JWT_ACCESS_SECRET: 's'.repeat(32) });
    expect(config.auth.jwtAccessSecret).toBe('s'.repeat(32));
    expect(config.seedDemo).toBe(false);
  });

  it('parses lists, booleans and numbers', () => {
    const config = parseConfig({
      CORS_ORIGINS: ' https://a.test , https://b.test:8443 ',
      TRUST_PROXY: 'true',
      LOGIN_MAX_FAILURES: '3',
      RATE_LIMIT_ACCOUNT_PER_MINUTE: '2000',
      RATE_LIMIT_COSTLY_PER_MINUTE: '100',
      WEB_BASE_URL: 'https://web.test/',
    });
    expect(config.http.corsOrigins).toEqual(['https://a.test', 'https://b.test:8443']);
    expect(config.http.trustProxy).toBe(true);
    expect(config.auth.loginMaxFailures).toBe(3);
    expect(config.http.rateLimits).toMatchObject({ accountPerMinute: 2000, costlyPerMinute: 100 });
    expect(config.webBaseUrl).toBe('https://web.test');
  });
});
