import type { FactoryProvider } from '@nestjs/common';
import { createModels, type Models } from '@concordia/dal';
import type { Connection } from 'mongoose';
import { MONGO_CONNECTION } from './mongo.provider';

/** Injection token of the typed models on the worker's connection. */
export const MODELS = Symbol('MODELS');

/** The API's models, for typed reads and writes; the worker never builds indexes (the API does). */
export const modelsProvider: FactoryProvider<Models> = {
  provide: MODELS,
  inject: [MONGO_CONNECTION],
  useFactory: (connection: Connection) => createModels(connection),
};
