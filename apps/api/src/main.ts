import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app/create-app';
import { ConfigError, parseConfig } from './config/parse-config';

async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      // Before the logger exists: a plain message naming each bad variable.
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  // SIGTERM/SIGINT close the HTTP and socket servers, then Mongo and Redis (module shutdown hooks).
  app.enableShutdownHooks();
  await app.listen(config.http.port, config.http.host);
  new Logger('Bootstrap').log(`api ready on http://${config.http.host}:${config.http.port} (docs at /api/docs)`);
}

main().catch((error: unknown) => {
  console.error('api failed to start:', error);
  process.exit(1);
});
