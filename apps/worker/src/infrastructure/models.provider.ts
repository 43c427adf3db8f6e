import type { FactoryProvider } from '@nestjs/common';
import { createModels, incrementGeneration, onWatchedWrite, type Models } from '@concordia/dal';
import type { Redis } from 'ioredis';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { LOGGER } from '../logging/logger';
import { MONGO_CONNECTION } from './mongo.provider';
import { REDIS } from './redis.provider';

/** Injection token of the typed models on the worker's connection. */
export const MODELS = Symbol('MODELS');

/**
 * The API's models, for typed reads and writes; the worker never builds indexes (the API does).
 * A write of a collection the API caches (a round closed at its closing time) counts in the
 * API's write generations, as the API's own writes do: otherwise its readers would be answered
 * the round as it was, open, until some other change.
 */
export const modelsProvider: FactoryProvider<Models> = {
  provide: MODELS,
  inject: [MONGO_CONNECTION, REDIS, WORKER_CONFIG, LOGGER],
  useFactory: (connection: Connection, redis: Redis, config: WorkerConfig, logger: Logger) => {
    onWatchedWrite(connection, (collection) =>
      incrementGeneration(redis, config.redis.prefix, collection).catch((error: unknown) =>
        // The write is stored: the job must not fail (and be retried) for it.
        logger.warn({ err: error, collection }, 'API write generation not incremented'),
      ),
    );
    return createModels(connection);
  },
};
