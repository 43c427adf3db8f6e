import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MONGO_CONNECTION } from '../infra/database.module';
import { seedDemo } from './seed-demo';

/** Loads the demo data at start when SEED_DEMO is true (the default in development). */
@Injectable()
export class SeedOnStart implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MONGO_CONNECTION) private readonly connection: Connection,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    const summary = await seedDemo(this.connection);
    this.logger.log({ seed: summary }, 'demo data ready');
  }
}
