import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';
import { WriteLock } from './write-lock.service';

/** Cross-cutting infrastructure on Redis: job producers and write locks. */
@Global()
@Module({ providers: [JobQueue, WriteLock], exports: [JobQueue, WriteLock] })
export class InfraModule {}
