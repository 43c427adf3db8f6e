import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerRuntime } from './jobs/worker-runtime';
import { PinoNestLogger } from './logging/pino-nest-logger';
import { WorkerModule, type WorkerModuleOptions } from './worker.module';

/** Builds the Nest context (connects Redis and MongoDB) without taking jobs yet. */
export function createWorkerApp(options: WorkerModuleOptions): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(WorkerModule.forRoot(options), {
    logger: new PinoNestLogger(options.logger),
    // Let the caller log and exit with its own code instead of Nest aborting the process.
    abortOnError: false,
  });
}

/** Starts taking jobs; on failure closes what was opened so the caller can exit cleanly. */
export async function startWorkerApp(app: INestApplicationContext): Promise<void> {
  try {
    await app.get(WorkerRuntime).start();
  } catch (error) {
    await app.close();
    throw error;
  }
}
