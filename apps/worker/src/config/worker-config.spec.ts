import { ConfigError, parseWorkerConfig } from './worker-config';

const problemsOf = (env: NodeJS.ProcessEnv): readonly string[] => {
  try {
    parseWorkerConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('parseWorkerConfig', () => {
  it('applies the development defaults to an empty environment', () => {
    expect(parseWorkerConfig({})).toEqual({
      env: 'development',
      logLevel: 'debug',
      redis: { url: 'redis://127.0.0.1:6379', prefix: 'concordia' },
      mongo: { uri: 'mongodb://127.0.0.1:27018/concordia', dbName: undefined },
      concurrency: 4,
      lockMs: 30_000,
      mail: {
        smtpUrl: 'smtp://127.0.0.1:1025',
        poolConnections: 5,
        from: 'Concordia <no-reply@concordia.test>',
        webBaseUrl: 'http://localhost:4200',
      },
    });
  });

  it('reads every variable', () => {
    expect(
      parseWorkerConfig({
        NODE_ENV: 'production',
        REDIS_URL: 'rediss://:secret@cache.internal:6380/2',
        REDIS_PREFIX: 'concordia-prod',
        MONGODB_URI: 'mongodb://mongo-1,mongo-2/concordia?replicaSet=rs0',
        MONGODB_DB: 'concordia_prod',
        LOG_LEVEL: 'warn',
        WORKER_CONCURRENCY: '12',
        SMTP_URL: 'smtps://mailer:secret@smtp.example.org:465',
        SMTP_POOL_CONNECTIONS: '20',
        MAIL_FROM: 'Consultations <notify@example.org>',
        WEB_BASE_URL: 'https://concordia.example.org/',
      }),
    ).toEqual({
      env: 'production',
      logLevel: 'warn',
      redis: { url: 'rediss://:secret@cache.internal:6380/2', prefix: 'concordia-prod' },
      mongo: { uri: 'mongodb://mongo-1,mongo-2/concordia?replicaSet=rs0', dbName: 'concordia_prod' },
      concurrency: 12,
      lockMs: 30_000,
      mail: {
        smtpUrl: 'smtps://mailer:secret@smtp.example.org:465',
        poolConnections: 20,
        from: 'Consultations <notify@example.org>',
        webBaseUrl: 'https://concordia.example.org',
      },
    });
  });

  it('treats empty values as unset, as env files produce them', () => {
    const config = parseWorkerConfig({ NODE_ENV: '', REDIS_PREFIX: '', WORKER_CONCURRENCY: ' ', MONGODB_DB: '' });
    expect(config.env).toBe('development');
    expect(config.redis.prefix).toBe('concordia');
    expect(config.concurrency).toBe(4);
    expect(config.mongo.dbName).toBeUndefined();
  });

  it('logs at info by default outside development', () => {
    expect(parseWorkerConfig({ NODE_ENV: 'test' }).logLevel).toBe('info');
  });

  it.each([
    ['NODE_ENV', 'staging'],
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['REDIS_URL', 'not a url'],
    ['REDIS_PREFIX', 'has space'],
    ['REDIS_PREFIX', '{tagged}'],
    ['MONGODB_URI', 'postgres://127.0.0.1/db'],
    ['MONGODB_DB', 'a.b'],
    ['LOG_LEVEL', 'verbose'],
    ['WORKER_CONCURRENCY', '0'],
    ['WORKER_CONCURRENCY', '2.5'],
    ['WORKER_CONCURRENCY', 'many'],
    ['SMTP_URL', 'http://mail.example.org'],
    ['SMTP_POOL_CONNECTIONS', '0'],
    ['SMTP_POOL_CONNECTIONS', '101'],
    ['SMTP_POOL_CONNECTIONS', 'ten'],
    ['WORKER_LOCK_MS', '10'],
    ['WEB_BASE_URL', 'ftp://web.example.org'],
  ])('rejects %s=%j and names the variable', (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name}: `));
  });

  it('reports every invalid variable at once', () => {
    const problems = problemsOf({ LOG_LEVEL: 'loud', WORKER_CONCURRENCY: '-1' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['LOG_LEVEL', 'WORKER_CONCURRENCY']);
  });

  it('requires explicit Redis, MongoDB, SMTP and web URLs in production', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems).toEqual([
      'REDIS_URL: is required when NODE_ENV=production',
      'MONGODB_URI: is required when NODE_ENV=production',
      'SMTP_URL: is required when NODE_ENV=production',
      'WEB_BASE_URL: is required when NODE_ENV=production',
    ]);
  });

  it('puts the variable names in the error message', () => {
    expect(() => parseWorkerConfig({ WORKER_CONCURRENCY: 'many' })).toThrow(/WORKER_CONCURRENCY/);
  });
});
