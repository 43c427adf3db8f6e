import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { createModels, ensureIndexes, type Models } from '@concordia/dal';
import mongoose, { type Connection } from 'mongoose';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export const MONGO_CONNECTION = Symbol('MONGO_CONNECTION');
export const MODELS = Symbol('MODELS');

/** Injects the typed mongoose models of this app's connection. */
export const InjectModels = (): ParameterDecorator => Inject(MODELS);

@Global()
@Module({
  providers: [
    {
      provide: MONGO_CONNECTION,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<Connection> => {
        // A connection of our own (not the mongoose singleton) so parallel apps in tests stay apart.
        const connection = mongoose.createConnection(config.mongo.uri, {
          dbName: config.mongo.dbName,
          autoIndex: false,
          autoCreate: false,
          serverSelectionTimeoutMS: 10_000,
        });
        await connection.asPromise();
        return connection;
      },
    },
    {
      provide: MODELS,
      inject: [MONGO_CONNECTION],
      useFactory: async (connection: Connection): Promise<Models> => {
        const models = createModels(connection);
        await ensureIndexes(models);
        return models;
      },
    },
  ],
  exports: [MONGO_CONNECTION, MODELS],
})
export class DatabaseModule implements OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseModule.name);

  constructor(@Inject(MONGO_CONNECTION) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
    this.logger.log('database connection closed');
  }
}
