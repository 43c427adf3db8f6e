import type { FactoryProvider } from '@nestjs/common';
import mongoose, { type Connection } from 'mongoose';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { redactUrl } from '../logging/redact-url';

/** Injection token of the mongoose connection to the application database. */
export const MONGO_CONNECTION = Symbol('MONGO_CONNECTION');

export const mongoProvider: FactoryProvider<Promise<Connection>> = {
  provide: MONGO_CONNECTION,
  inject: [WORKER_CONFIG],
  useFactory: async (config: WorkerConfig) => {
    // The API owns the schemas and indexes; the worker only runs raw collection operations,
    // so it must never build indexes of its own.
    const connection = mongoose.createConnection(config.mongo.uri, {
      ...(config.mongo.dbName === undefined ? {} : { dbName: config.mongo.dbName }),
      autoIndex: false,
      autoCreate: false,
      serverSelectionTimeoutMS: 15_000,
    });
    try {
      return await connection.asPromise();
    } catch (error) {
      await connection.close(true).catch(() => undefined);
      throw new Error(`MongoDB unreachable at ${redactUrl(config.mongo.uri)}: ${(error as Error).message}`);
    }
  },
};
