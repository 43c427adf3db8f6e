import { Inject, Injectable } from '@nestjs/common';
import type { Readiness } from '@concordia/contracts';
import type { Redis } from 'ioredis';
import type { Connection } from 'mongoose';
import { MONGO_CONNECTION } from '../infra/database.module';
import { InjectRedis } from '../infra/redis.module';
import { checkDependency } from './dependency-check';

const PROBE_TIMEOUT_MS = 2_000;

@Injectable()
export class CheckReadinessUseCase {
  constructor(
    @Inject(MONGO_CONNECTION) private readonly connection: Connection,
    @InjectRedis() private readonly redis: Redis,
  ) {}

  async execute(): Promise<Readiness> {
    const [database, redis] = await Promise.all([
      checkDependency(async () => {
        const db = this.connection.db;
        if (!db) throw new Error('not connected');
        await db.command({ ping: 1 });
      }, PROBE_TIMEOUT_MS),
      checkDependency(() => this.redis.ping(), PROBE_TIMEOUT_MS),
    ]);
    const ready = database.status === 'up' && redis.status === 'up';
    return { status: ready ? 'ready' : 'not_ready', checks: { database, redis } };
  }
}
