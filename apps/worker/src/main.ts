import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';
import { parseWorkerConfig } from './config/worker-config';
import { createLogger } from './logging/logger';
import { createWorkerApp, startWorkerApp } from './worker-app';

async function main(): Promise<void> {
  let logger: Logger = createLogger('info');
  try {
    const config = parseWorkerConfig(process.env);
    logger = createLogger(config.logLevel);
    const app = await createWorkerApp({ config, logger });
    stopOnSignals(app, logger);
    await startWorkerApp(app);
  } catch (error) {
    logger.fatal({ err: error }, `worker failed to start: ${(error as Error).message}`);
    process.exit(1);
  }
}

/**
 * First SIGTERM/SIGINT: stop fetching, let running jobs finish, close connections, exit 0.
 * A second signal exits at once (an impatient Ctrl-C; orchestrators send SIGKILL instead).
 */
function stopOnSignals(app: INestApplicationContext, logger: Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting for running jobs');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutdown requested');
    app.close().then(
      () => {
        logger.info('worker stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.fatal({ err: error }, 'worker did not stop cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

process.on('unhandledRejection', (reason) => {
  createLogger('fatal').fatal({ err: reason }, 'unhandled promise rejection');
  process.exit(1);
});

void main();
