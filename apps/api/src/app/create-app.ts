import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { LIMITS, SERVER_TIME_HEADER } from '@concordia/contracts';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AccessTokenService } from '../auth/access-token.service';
import { bearerToken } from '../auth/authenticator.service';
import type { AppConfig } from '../config/app-config';
import { WriteGenerations } from '../authz/write-generations.service';
import { EarlyAccountCounts } from '../rate-limits/early-account-counts';
import { sendError } from '../errors/error-response';
import { createHttpLogger, createRootLogger } from '../logging/http-logger';
import { RedisIoAdapter } from '../realtime/redis-io.adapter';
import { AppModule } from './app.module';
import { setupOpenApi } from './openapi';
import { GLOBAL_PREFIX } from './route-access-audit';

/**
 * Builds the fully configured application (not yet listening). main.ts and the integration
 * specs both go through here, so tests exercise exactly what production runs.
 */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const rootLogger = createRootLogger(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, rootLogger), {
    // Our own JSON parser below, so its errors (bad JSON, too large) are mapped like any other.
    bodyParser: false,
    bufferLogs: true,
    // Throw instead of exiting: main.ts decides, and tests see the reason.
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.http.trustProxy);

  // First of all, so the sign-in check's Redis round trip overlaps everything before it (see
  // prefetch; a speculative route confirms on it before writing), and so does the account's
  // rate count when its token was verified here before (EarlyAccountCounts). It rejects nothing.
  const generations = app.get(WriteGenerations);
  const tokens = app.get(AccessTokenService);
  const counts = app.get(EarlyAccountCounts);
  app.use((req: Request, res: Response, next: NextFunction) => {
    // The clock on arrival: the web reads its offset from the fastest round trips, where the
    // request's time at the server hardly matters (see the web's server-clock).
    res.setHeader(SERVER_TIME_HEADER, String(Date.now()));
    if (req.headers.authorization) {
      generations.prefetch(req);
      const token = bearerToken(req.headers.authorization);
      const claims = token === undefined ? undefined : tokens.remembered(token);
      if (claims) counts.begin(req, claims.sub);
    }
    next();
  });
  // Then the request id and logging, so every later rejection is logged with it.
  app.use(createHttpLogger(rootLogger));
  app.use(helmet());
  app.enableCors({ origin: config.http.corsOrigins, credentials: true, exposedHeaders: [SERVER_TIME_HEADER] });
  app.use(cookieParser());
  app.use(express.json({ limit: LIMITS.jsonBodyBytes }));
  // Express error handler for the parser above (Nest's filters only see errors inside routes).
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => sendError(error, req, res));

  app.setGlobalPrefix(GLOBAL_PREFIX);
  app.useWebSocketAdapter(new RedisIoAdapter(app, config));
  setupOpenApi(app);
  await app.init();
  return app;
}
